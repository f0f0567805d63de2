//! Punctuation that credits a quotation: a colon after a speaker's name
//! ("Ana Ruiz: “…”") and a dash that signs it ("“…” — Ana Ruiz").

use super::super::context::{Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon::is_speech_verb;
use std::ops::Range;

/// A dash right after a quotation's closing mark (in the same paragraph
/// or opening the next), followed by a short capitalized name that ends
/// its line: "“…” — Ana Ruiz".
pub(super) fn is_signature_dash(doc: &Document, context: &Context, t: usize, end: usize) -> bool {
    let dash = matches!(
        doc.word(t),
        "-" | "--" | "\u{2014}" | "\u{2013}" | "\u{2015}"
    );
    if !dash || t == 0 || context.place[t - 1] != QuotePlace::Closing {
        return false;
    }
    let mut name_end = t + 1;
    while name_end < end
        && name_end - t <= 8
        && !line_breaks_before(doc, name_end)
        && (doc.word(name_end).starts_with(char::is_uppercase)
            || matches!(
                doc.word(name_end),
                "of" | "the" | "," | "." | "'s" | "\u{2019}s"
            ))
    {
        name_end += 1;
    }
    let named = t + 1 < end && doc.word(t + 1).starts_with(char::is_uppercase);
    // "— Ana Ruiz" ending its line, or "— Ana Ruiz, a commuter".
    let line_ends = name_end >= end
        || line_breaks_before(doc, name_end)
        || doc.word(name_end - 1) == "," && name_end - 1 > t + 1;
    named && line_ends
}

/// Whether a line break separates token `t` from the token before it.
fn line_breaks_before(doc: &Document, t: usize) -> bool {
    t > 0 && doc.text[doc.tokens[t - 1].span.end..doc.tokens[t].span.start].contains('\n')
}

/// "Ana Ruiz: “We…”": a colon after a short name that opens the sentence,
/// right before a quotation.
pub(super) fn speaker_colon(
    doc: &Document,
    context: &Context,
    range: Range<usize>,
) -> Option<usize> {
    let colon = (range.start + 1..range.end.min(range.start + 7)).find(|&t| doc.word(t) == ":")?;
    // A short phrase naming someone, with no verb of its own to be the cue:
    // "Ana Ruiz:", "The mayor on Twitter:", "Harbor Gazette editorial:".
    let named = (range.start..colon).any(|t| {
        doc.tokens[t].kind == TokenKind::Word && doc.word(t).starts_with(char::is_uppercase)
    });
    let verbless = (range.start..colon).all(|t| {
        context.place[t] == QuotePlace::Outside && !is_speech_verb(&doc.word(t).to_lowercase())
    });
    let quoted = colon + 1 < range.end && context.place[colon + 1] == QuotePlace::Opening;
    (named && verbless && quoted).then_some(colon)
}
