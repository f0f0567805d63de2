//! The learned-model kit: one hash ([`hash`]), one model-file format with
//! a header and its load policy ([`weights`]), one perceptron update
//! ([`perceptron`]), one trainer ([`trainer`], `tools` only), the
//! fingerprint that ties a model file to its feature code
//! ([`fingerprint`]), the coding of hashed keys in few bits ([`rice`]),
//! the one error a damaged file gives ([`error`]), and what a tagger
//! reads of one token. The cue and
//! hedge models use all of it; the entity tagger (`src/ner/`) uses the
//! hash, the codec, the feature table, the header, fingerprint and load
//! policy of [`weights`], with a body of its own after the header (name
//! lists, word classes, and 8-bit weights per feature for all 17 tags at
//! once, which one look-up reads), and trains through the structured
//! update of [`perceptron::Averaged`] (see `ner::train`).

pub mod codec;
pub mod error;
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
