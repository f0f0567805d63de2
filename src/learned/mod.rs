//! Building blocks shared by the learned models (the entity tagger, the
//! hedge and cue models): feature hashing, the model
//! file encoding and what a tagger reads of one token.

pub mod codec;
pub mod hash;
pub mod shuffle;
pub mod table;
pub mod token_info;
