//! The detectors: each a pure function of the tokenized document.

pub mod attributions;
pub mod entities;
pub mod gender;
pub mod hedges;
pub mod quotes;
pub mod speaker;
