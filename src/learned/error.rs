//! Why a model file could not be read: the one error of the model kit.

use std::fmt;

/// Why a model file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    /// What was wrong, for a person to read.
    pub message: String,
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad model file: {}", self.message)
    }
}

impl std::error::Error for ModelError {}

/// The error for a file that ends too early or holds a bad value.
pub fn error(message: impl Into<String>) -> ModelError {
    ModelError {
        message: message.into(),
    }
}
