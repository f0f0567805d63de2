//! sourcelight: a news-article annotator that runs in the reader's browser.
//!
//! The pipeline, from pasted text to highlights:
//!
//! 1. [`document`] reads the text as plain text or Markdown into blocks,
//!    tokens and sentences, all with byte spans into the original text.
//! 2. [`detect`] runs one detector per concern: quotations, entities,
//!    attributions and hedges.
//! 3. [`output`] turns the byte spans into the contract's UTF-16 offsets,
//!    once per document, as JSON or a self-contained HTML page.
//!
//! [`annotate`] is the one entry point that the CLI and the wasm module
//! both call.
#![deny(missing_docs)]

pub mod annotation;
pub mod detect;
pub mod document;
pub mod error;
#[cfg(feature = "tools")]
pub mod figures;
pub mod learned;
pub mod lexicon;
pub mod ner;
pub mod output;
pub mod span;
#[cfg(feature = "tools")]
pub mod stress;
pub mod summary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use annotation::Annotations;
pub use document::format::{Format, FormatChoice};
pub use document::Document;
pub use error::AnnotateError;

/// The largest text annotated at once, in bytes: 10 MB, which a native
/// run annotates in a few seconds within about 200 MB of memory. The page
/// refuses larger texts before they reach the worker (`www/guard.js` holds
/// the same number; tests/cli.rs checks it) and the CLI with a message.
pub const MAX_INPUT_BYTES: usize = 10_000_000;

/// How to annotate a text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// How to read the text.
    pub format: FormatChoice,
}

/// A text read as a document, with everything found in it.
#[derive(Debug)]
pub struct Analysis<'t> {
    /// The document the detectors read.
    pub document: Document<'t>,
    /// What they found.
    pub annotations: Annotations,
}

/// Reads `text` and finds its entities, quotations, attributions and hedges.
pub fn annotate<'t>(text: &'t str, options: &Options) -> Result<Analysis<'t>, AnnotateError> {
    if text.trim().is_empty() {
        return Err(AnnotateError::Empty);
    }
    if text.len() > MAX_INPUT_BYTES {
        return Err(AnnotateError::TooLarge { bytes: text.len() });
    }
    let document = Document::parse(text, options.format.resolve(text));
    let quotes = detect::quotes::detect(&document);
    let entities = detect::entities::detect(&document);
    let found = detect::attributions::detect(&document, &entities, &quotes);
    let quotes = found.quotes;
    let hedges = detect::hedges::detect(&document, &quotes);
    let attributions = detect::attributions::hedging::decide(
        document.text,
        found.attributions,
        &found.cue_kinds,
        &hedges,
    );
    let annotations = Annotations {
        entities,
        quotes,
        attributions,
        hedges,
    };
    Ok(Analysis {
        document,
        annotations,
    })
}
