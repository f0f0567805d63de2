//! Whether a source phrase can name someone who speaks: not a word of
//! time, a connective or a preposition alone, and no phrase cut short on
//! one ("… Renewal Amid", "Jon Meacham, the author of").

use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon::{is_dating_word, NON_SPEAKERS};
use crate::ner::Tagger;
use std::ops::Range;

/// A source phrase that runs on past a comma into words cut short ("Jon
/// Meacham, the author of"): the words before the comma; any other
/// phrase as found.
pub(super) fn before_cut_phrase(doc: &Document, tokens: Range<usize>) -> Range<usize> {
    let comma = tokens.clone().find(|&t| doc.word(t) == ",");
    match comma {
        Some(comma) if is_cut_short(doc, &tokens) && comma > tokens.start => tokens.start..comma,
        _ => tokens,
    }
}

/// Whether a phrase ends on a word no noun phrase ends on ("… the author
/// of", "… Renewal Amid").
fn is_cut_short(doc: &Document, tokens: &Range<usize>) -> bool {
    tokens
        .clone()
        .last()
        .is_some_and(|t| NON_SPEAKERS.contains_lower_case_of(doc.word(t)))
}

/// Whether the phrase `tokens` can name someone who speaks: it holds a
/// word that is neither punctuation nor one of the
/// [`NON_SPEAKERS`] ("In", "yet", "Having", "the past" cannot), nor a
/// date ("Sunday", "last week", "in April"), and it does not end on one
/// of those (a Title Case headline read up to its cue, "Visa Program Up
/// for Renewal Amid").
pub(super) fn can_speak(doc: &Document, tokens: &Range<usize>) -> bool {
    !is_cut_short(doc, tokens)
        && tokens.clone().any(|t| {
            let lower = doc.word(t).to_lowercase();
            doc.tokens[t].kind == TokenKind::Word
                && !NON_SPEAKERS.contains(lower.as_str())
                && !is_dating_word(&lower)
                && !Tagger::embedded().is_calendar(&[doc.word(t)])
        })
}
