//! The one error type of the core.

use std::fmt;

/// Why a text could not be annotated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnnotateError {
    /// The text is empty or holds only white space.
    Empty,
    /// The text is larger than [`crate::MAX_INPUT_BYTES`].
    TooLarge {
        /// Size of the text in bytes.
        bytes: usize,
    },
}

impl fmt::Display for AnnotateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnnotateError::Empty => write!(f, "the text is empty: paste or load an article"),
            AnnotateError::TooLarge { bytes } => write!(
                f,
                "the text is {:.1} MB; sourcelight annotates up to {} MB at once: split it into parts",
                *bytes as f64 / 1e6,
                crate::MAX_INPUT_BYTES / 1_000_000
            ),
        }
    }
}

impl std::error::Error for AnnotateError {}
