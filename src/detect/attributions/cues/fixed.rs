//! Cues wherever they stand: "according to", the reporting adverbs, "X
//! has learned", a sentence opening with a poll, and the commonest speech
//! verbs.

use super::super::context::{Context, QuotePlace};
use super::table::according_to;
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::{
    CORE_SPEECH_VERBS, REPORTING_ADVERBS, SAY_FORMS, SPEECH_VERBS, TELLING_VERBS, TELL_FORMS,
};
use std::ops::Range;

/// "according to" and the reporting adverbs are cues wherever they stand.
pub(super) fn is_fixed_cue(doc: &Document, t: usize, start: usize, end: usize) -> bool {
    (t == start && opens_with_poll(doc, start..end))
        || in_according_to(doc, t, end)
        || doc.is(t, &REPORTING_ADVERBS)
        || has_learned(doc, t)
}

/// Whether token `t` is a word of "according to" (its first word in any
/// case, its last as written).
fn in_according_to(doc: &Document, t: usize, end: usize) -> bool {
    let [first, last] = according_to() else {
        return false;
    };
    let word = doc.word(t);
    (word.eq_ignore_ascii_case(first) && t + 1 < end && doc.word(t + 1) == *last)
        || (word == *last && t > 0 && doc.word(t - 1).eq_ignore_ascii_case(first))
}

/// How many words may stand between an opening "In" and its poll ("In a
/// Harbor Gazette poll released on Monday,").
const POLL_REACH: usize = 8;

/// "In a Harbor Gazette poll, 52 percent said…": a sentence that opens
/// with "In" and a poll before the first comma credits what follows to the
/// poll, as "according to" would.
pub(super) fn opens_with_poll(doc: &Document, sentence: Range<usize>) -> bool {
    doc.word(sentence.start) == "In"
        && (sentence.start + 1..sentence.end.min(sentence.start + 1 + POLL_REACH))
            .take_while(|&t| doc.word(t) != ",")
            .any(|t| lexicon::POLL_NOUNS.contains(&doc.word(t).to_lowercase().as_str()))
}

/// The commonest speech verbs, and any speech verb that introduces a
/// "that"-clause after its subject, are cues wherever they stand outside a
/// quotation, whatever the model says.
pub(super) fn is_core_verb(doc: &Document, context: &Context, t: usize) -> bool {
    if context.place[t] != QuotePlace::Outside {
        return false;
    }
    // The token's classes ignore ASCII case; these verbs count only as
    // written, in lower case.
    let word = doc.word(t);
    let lower_case = !word.bytes().any(|b| b.is_ascii_uppercase());
    if lower_case && (doc.is(t, &CORE_SPEECH_VERBS) || is_saying(doc, t)) {
        return true;
    }
    // "Sources note that …": a speech verb after a word, before "that".
    let before = if t > 0 { context.lower(t - 1) } else { "" };
    word.chars().all(char::is_lowercase)
        && doc.is(t, &SPEECH_VERBS)
        && t + 1 < doc.tokens.len()
        && doc.word(t + 1) == "that"
        && t > 0
        && doc.tokens[t - 1].kind == TokenKind::Word
        && !matches!(
            before,
            "to" | "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its"
        )
}

/// "saying", "telling", "asking": the participle of "say", "tell" or
/// "ask" reports what was said ("…, saying the pier would close",
/// "footage of Ana asking, “…”"), but "it goes without saying" reports
/// nothing.
fn is_saying(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    word.ends_with("ing")
        && (doc.is(t, &SAY_FORMS) || doc.is(t, &TELL_FORMS) || doc.is(t, &TELLING_VERBS))
        && !(t > 0 && doc.word(t - 1).eq_ignore_ascii_case("without"))
}

/// "X has learned": the reporting outlet's own cue.
fn has_learned(doc: &Document, t: usize) -> bool {
    let is = |i: usize, w: &str| i < doc.tokens.len() && doc.word(i).eq_ignore_ascii_case(w);
    let has = |i: usize| is(i, "has") || is(i, "have");
    (has(t) && is(t + 1, "learned")) || (is(t, "learned") && t > 0 && has(t - 1))
}
