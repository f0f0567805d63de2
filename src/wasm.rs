//! The WebAssembly boundary: the only module that touches wasm-bindgen.

use crate::output::to_contract;
use crate::{annotate as annotate_text, FormatChoice, Options};
use wasm_bindgen::prelude::*;

/// Annotates `text` read as `format` ("auto", "text" or "markdown") and
/// returns the contract document as JSON text, which the page reads with
/// `JSON.parse`: one string across the boundary costs far less than a
/// JavaScript object built field by field for every span.
///
/// Throws an `Error` with a reader-facing message for bad input.
#[wasm_bindgen]
pub fn annotate(text: &str, format: &str) -> Result<String, JsError> {
    let format: FormatChoice = format.parse().map_err(|e: String| JsError::new(&e))?;
    let analysis =
        annotate_text(text, &Options { format }).map_err(|e| JsError::new(&e.to_string()))?;
    let document = to_contract(&analysis);
    serde_json::to_string(&document)
        .map_err(|e| JsError::new(&format!("cannot convert the result: {e}")))
}

/// The crate version and schema, e.g. "0.1.0 sourcelight/1".
#[wasm_bindgen]
pub fn version() -> String {
    format!("{} {}", env!("CARGO_PKG_VERSION"), crate::output::SCHEMA)
}
