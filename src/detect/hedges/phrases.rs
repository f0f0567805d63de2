//! Multi-word hedge cues found by pattern: weasel phrases ("some say",
//! "critics claim", "it is believed") and reporting phrases ("is said to",
//! "said to be"). These are rare in the training corpora, so they are
//! rules, not learned. A participle that raises a "to" after it takes
//! the "to" and the "be" before it into its cue ("is expected to",
//! [`word_cue`]).

use crate::annotation::HedgeKind;
use crate::document::Document;
use crate::lexicon::{self, WordClass};
use std::ops::Range;

/// The tokens of the cue of the one-word candidate at token `t`: a
/// participle that raises a "to" takes it and the "be" before it, with an
/// adverb between ("is expected to", "are also believed to", "expected
/// to"), as "is said to" does; any other word is its own cue.
pub fn word_cue(doc: &Document, sentence: &Range<usize>, t: usize) -> Range<usize> {
    let is = |i: usize, class: &WordClass| sentence.contains(&i) && doc.is(i, class);
    let to = sentence.contains(&(t + 1)) && doc.word(t + 1).eq_ignore_ascii_case("to");
    if !(is(t, &lexicon::RAISING_PARTICIPLES) && to) {
        return t..t + 1;
    }
    let copula = |i: usize| sentence.contains(&i) && doc.classes[i].is_copula();
    let adverb = |i: usize| {
        sentence.contains(&i)
            && (is(i, &lexicon::BEFORE_PARTICIPLE)
                || doc.word(i).to_ascii_lowercase().ends_with("ly"))
    };
    let start = match t.checked_sub(1) {
        Some(before) if copula(before) => before,
        Some(before) if adverb(before) && before.checked_sub(1).is_some_and(copula) => before - 1,
        _ => t,
    };
    start..t + 2
}

/// The phrase cue starting at token `t`: its length in tokens and kind.
pub fn phrase_at(doc: &Document, sentence: &Range<usize>, t: usize) -> Option<(usize, HedgeKind)> {
    let word = |k: usize| (t + k < sentence.end).then(|| doc.word(t + k));
    // The token's word classes, computed once when the document was read
    // (the classes asked here all ignore case).
    let is = |k: usize, class: &WordClass| t + k < sentence.end && doc.is(t + k, class);
    let copula = |k: usize| t + k < sentence.end && doc.classes[t + k].is_copula();
    let is_word = |k: usize, w: &str| word(k).is_some_and(|x| x.eq_ignore_ascii_case(w));
    // "some say", "many experts believe", "some analysts".
    if is(0, &lexicon::VAGUE_QUANTIFIERS) {
        if is(1, &lexicon::CLAIM_VERBS) {
            return Some((2, HedgeKind::Weasel));
        }
        if is(1, &lexicon::GROUP_NOUNS) && is(2, &lexicon::CLAIM_VERBS) {
            return Some((3, HedgeKind::Weasel));
        }
    }
    // "critics claim".
    if is(0, &lexicon::VAGUE_GROUPS) && is(1, &lexicon::CLAIM_VERBS) {
        return Some((2, HedgeKind::Weasel));
    }
    // "it is (widely) believed".
    if is_word(0, "it") && copula(1) {
        let participle = if is(2, &lexicon::DEGREE_ADVERBS) {
            3
        } else {
            2
        };
        if is(participle, &lexicon::IMPERSONAL_PARTICIPLES) {
            return Some((participle + 1, HedgeKind::Weasel));
        }
    }
    // "is said to", "are understood to".
    if copula(0) && is(1, &lexicon::SAID_TO) && is_word(2, "to") {
        return Some((3, HedgeKind::Reporting));
    }
    // "said to be", "reputed to have", without "is" before.
    if is(0, &lexicon::SAID_TO) && is_word(1, "to") && (is_word(2, "be") || is_word(2, "have")) {
        return Some((3, HedgeKind::Reporting));
    }
    None
}
