//! Building blocks shared by the learned models (the entity tagger, the
//! part-of-speech tagger and the cue model): feature hashing, the model
//! file encoding and what a tagger reads of one token.

pub mod codec;
pub mod hash;
pub mod shuffle;
pub mod table;
pub mod token_info;
