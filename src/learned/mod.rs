//! The learned-model kit: one hash ([`hash`]), one model-file format with
//! a header and its load policy ([`weights`]), one perceptron update
//! ([`perceptron`]), one trainer ([`trainer`], `tools` only), the
//! fingerprint that ties a model file to its feature code
//! ([`fingerprint`]), the coding of hashed keys in few bits ([`rice`]),
//! and what a tagger reads of one token. The cue and
//! hedge models use all of it; the entity tagger (`src/ner/`) uses the
//! hash, the codec and the feature table, and can move its file onto
//! [`weights`] by giving each tag's weight its own key.

pub mod codec;
pub mod fingerprint;
pub mod hash;
pub mod perceptron;
pub mod rice;
pub mod shuffle;
pub mod table;
pub mod token_info;
#[cfg(feature = "tools")]
pub mod trainer;
pub mod weights;
