//! Coverage-guided fuzzing (libFuzzer) of `sourcelight::annotate`: each
//! input is read as plain text and as Markdown (and the automatic choice
//! is made), and every analysis must keep the invariants of
//! `sourcelight::stress::invariants`, including the UTF-16 conversion of
//! the boundary, and render as JSON and HTML without a panic.
//!
//! Built and run by `scripts/fuzz.sh` (see the README), which gives the
//! coverage flags: `cargo build --features fuzz` alone links a binary
//! that runs without guidance.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sourcelight::output::{html, to_contract};
use sourcelight::stress::invariants;
use sourcelight::{annotate, AnnotateError, FormatChoice, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = FormatChoice::Auto.resolve(&text);
    for format in [FormatChoice::Text, FormatChoice::Markdown] {
        match annotate(&text, &Options { format }) {
            Ok(analysis) => {
                if let Err(broken) = invariants::check(&text, &analysis) {
                    panic!("{format:?}: {broken}");
                }
                let json = serde_json::to_string(&to_contract(&analysis));
                assert!(json.is_ok(), "{format:?}: the contract does not serialize");
                html::render(&analysis, "fuzz");
            }
            Err(AnnotateError::Empty) => assert!(text.trim().is_empty()),
            Err(e) => panic!("{format:?}: {e}"),
        }
    }
});
