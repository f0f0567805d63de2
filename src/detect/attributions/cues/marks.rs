//! Punctuation that credits a quotation: a colon after a speaker's name
//! ("Ana Ruiz: “…”"), a transcript's speaker label ("LIND: We are
//! ready.") and a dash that signs it ("“…” — Ana Ruiz").

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

/// The colon of a transcript's speaker label opening the paragraph of
/// sentence `range`: one to three words in capitals before it ("LIND:",
/// "MR. GREVE:"), after an opening quotation mark or none.
pub(super) fn transcript_label(doc: &Document, range: Range<usize>) -> Option<usize> {
    let block = doc
        .blocks
        .get(doc.sentences.get(sentence_of(doc, range.start))?.block)?;
    if doc.tokens.get(range.start)?.span.start != block.span.start {
        return None;
    }
    // A transcript quoted whole opens each paragraph with a mark.
    let first = range.start + usize::from(matches!(doc.word(range.start), "\"" | "\u{201C}"));
    let colon = (first + 1..range.end.min(first + 5)).find(|&t| doc.word(t) == ":")?;
    (first..colon)
        .all(|t| is_label_word(doc.word(t)))
        .then_some(colon)
}

/// The sentence holding token `t`.
fn sentence_of(doc: &Document, t: usize) -> usize {
    doc.sentences.partition_point(|s| s.tokens.end <= t)
}

/// A word of a speaker label: capitals, with a letter ("LIND", "MR.").
fn is_label_word(word: &str) -> bool {
    word.chars().any(char::is_alphabetic)
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
}

/// A transcript's speakers: the labels that open two paragraphs or more,
/// when two speakers or more have such labels ("LIND: …", "GREVE: …",
/// each speaking more than once); none in other texts, whose capitalized
/// openers ("UPDATE:", "CORRECTION:") seldom recur that way.
pub(super) fn transcript_speakers<'t>(doc: &'t Document) -> Vec<&'t str> {
    let mut labels: Vec<&str> = doc
        .sentences
        .iter()
        .filter_map(|s| label_text(doc, s.tokens.clone()))
        .collect();
    labels.sort_unstable();
    let mut speakers: Vec<&str> = labels
        .chunk_by(|a, b| a == b)
        .filter(|run| run.len() >= 2)
        .map(|run| run[0])
        .collect();
    if speakers.len() < 2 {
        speakers.clear();
    }
    speakers
}

/// The words of the speaker label opening sentence `range`, if any.
pub(super) fn label_text<'t>(doc: &'t Document, range: Range<usize>) -> Option<&'t str> {
    let colon = transcript_label(doc, range.clone())?;
    let first = (range.start..colon).find(|&t| is_label_word(doc.word(t)))?;
    Some(&doc.text[doc.tokens[first].span.start..doc.tokens[colon].span.start])
}
