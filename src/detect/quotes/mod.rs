//! Quotations: quotation marks paired into spans, each classified as
//! speech, scare quote or title.
//!
//! [`marks`] tells quotation marks from apostrophes, [`pairing`] pairs
//! them (mixed straight and curly marks, guillemets, low-9 marks, quotes
//! over several paragraphs, unclosed quotes), [`kind`] classifies them.

pub mod kind;
pub mod marks;
pub mod pairing;

use crate::annotation::Quote;
use crate::document::Document;

/// Finds every quotation in the text blocks of `doc`, in text order.
pub fn detect(doc: &Document) -> Vec<Quote> {
    pairing::pair(doc.text, &doc.blocks)
        .into_iter()
        .map(|pair| Quote {
            span: pair.span,
            inner: pair.inner,
            kind: kind::classify(doc.text, pair.span, pair.inner),
            attribution: None,
        })
        .collect()
}
