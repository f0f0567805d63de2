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
            AnnotateError::TooLarge { bytes } => {
                // Tenths of a megabyte in integers: a float here would bring
                // the standard library's float formatting into the wasm.
                let tenths = bytes.saturating_add(50_000) / 100_000;
                write!(
                    f,
                    "the text is {}.{} MB; sourcelight annotates up to {} MB at once: split it into parts",
                    tenths / 10,
                    tenths % 10,
                    crate::MAX_INPUT_BYTES / 1_000_000
                )
            }
        }
    }
}

impl std::error::Error for AnnotateError {}

#[cfg(test)]
mod tests {
    use super::AnnotateError;

    #[test]
    fn a_too_large_text_is_told_in_megabytes_to_one_decimal() {
        let said = |bytes| AnnotateError::TooLarge { bytes }.to_string();
        assert!(
            said(12_345_678).starts_with("the text is 12.3 MB; "),
            "{}",
            said(12_345_678)
        );
        assert!(said(10_960_000).starts_with("the text is 11.0 MB; "));
        assert!(said(10_000_001).starts_with("the text is 10.0 MB; "));
        assert!(said(10_000_001).ends_with("up to 10 MB at once: split it into parts"));
    }
}
