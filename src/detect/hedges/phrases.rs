//! Multi-word hedge cues found by pattern: weasel phrases ("some say",
//! "critics claim", "it is believed") and reporting phrases ("is said to",
//! "said to be"). These are rare in the training corpora, so they are
//! rules, not learned. A participle that raises a "to" after it takes
//! the "to" and the "be" before it into its cue ("is expected to",
//! [`word_cue`]).

use crate::annotation::HedgeKind;
use crate::document::Document;
use std::ops::Range;

/// Forms of "be" (and the clitic "'s").
const BE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "'s",
    "\u{2019}s",
];
/// Verbs of saying and believing that follow a vague group ("critics say").
const CLAIM_VERBS: &[&str] = &[
    "say", "says", "said", "argue", "argued", "claim", "claimed", "believe", "believed", "think",
    "contend", "suggest", "fear", "feel", "insist", "maintain", "charge", "worry", "warn",
    "warned",
];
/// Quantifiers that make a group vague ("some", "many").
const VAGUE_QUANTIFIERS: &[&str] = &["some", "many", "most"];
/// Groups that become vague sources after a quantifier ("many experts").
const GROUP_NOUNS: &[&str] = &[
    "people",
    "observers",
    "analysts",
    "experts",
    "critics",
    "commentators",
    "economists",
    "scientists",
    "observers",
    "sceptics",
    "skeptics",
    "historians",
];
/// Groups vague enough on their own ("critics say").
const VAGUE_GROUPS: &[&str] = &["critics", "observers", "skeptics", "sceptics"];
/// Adverbs inside "it is widely believed".
const DEGREE: &[&str] = &["widely", "generally", "commonly", "often", "long"];
/// Participles of "it is believed that".
const IMPERSONAL: &[&str] = &[
    "believed",
    "thought",
    "said",
    "claimed",
    "rumored",
    "rumoured",
    "feared",
    "alleged",
    "understood",
    "assumed",
    "reported",
    "suggested",
];
/// Participles of "X is said to …".
const SAID_TO: &[&str] = &["said", "understood", "rumored", "rumoured", "reputed"];

/// Participles that raise a "to": their cue takes the "to" and the "be"
/// before them ("is expected to", "are believed to").
const RAISING: &[&str] = &[
    "expected",
    "anticipated",
    "believed",
    "thought",
    "projected",
    "estimated",
    "presumed",
    "alleged",
    "rumored",
    "supposed",
    "considered",
    "feared",
];

/// Adverbs that may stand between "be" and a raising participle ("are also
/// expected to"), besides any word ending in "-ly" ("widely").
const BEFORE_PARTICIPLE: &[&str] = &["also", "still", "now", "not"];

/// The tokens of the cue of the one-word candidate at token `t`: a
/// participle that raises a "to" takes it and the "be" before it, with an
/// adverb between ("is expected to", "are also believed to", "expected
/// to"), as "is said to" does; any other word is its own cue.
pub fn word_cue(doc: &Document, sentence: &Range<usize>, t: usize) -> Range<usize> {
    let is = |i: usize, list: &[&str]| {
        sentence.contains(&i) && list.iter().any(|l| l.eq_ignore_ascii_case(doc.word(i)))
    };
    if !(is(t, RAISING) && is(t + 1, &["to"])) {
        return t..t + 1;
    }
    let adverb = |i: usize| {
        sentence.contains(&i)
            && (is(i, BEFORE_PARTICIPLE) || doc.word(i).to_ascii_lowercase().ends_with("ly"))
    };
    let start = match t.checked_sub(1) {
        Some(before) if is(before, BE) => before,
        Some(before) if adverb(before) && before.checked_sub(1).is_some_and(|b| is(b, BE)) => {
            before - 1
        }
        _ => t,
    };
    start..t + 2
}

/// The phrase cue starting at token `t`: its length in tokens and kind.
pub fn phrase_at(doc: &Document, sentence: &Range<usize>, t: usize) -> Option<(usize, HedgeKind)> {
    let word = |k: usize| (t + k < sentence.end).then(|| doc.word(t + k));
    let is = |k: usize, list: &[&str]| {
        word(k).is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
    };
    // "some say", "many experts believe", "some analysts".
    if is(0, VAGUE_QUANTIFIERS) {
        if is(1, CLAIM_VERBS) {
            return Some((2, HedgeKind::Weasel));
        }
        if is(1, GROUP_NOUNS) && is(2, CLAIM_VERBS) {
            return Some((3, HedgeKind::Weasel));
        }
    }
    // "critics claim".
    if is(0, VAGUE_GROUPS) && is(1, CLAIM_VERBS) {
        return Some((2, HedgeKind::Weasel));
    }
    // "it is (widely) believed".
    if is(0, &["it"]) && is(1, BE) {
        let participle = if is(2, DEGREE) { 3 } else { 2 };
        if is(participle, IMPERSONAL) {
            return Some((participle + 1, HedgeKind::Weasel));
        }
    }
    // "is said to", "are understood to".
    if is(0, BE) && is(1, SAID_TO) && is(2, &["to"]) {
        return Some((3, HedgeKind::Reporting));
    }
    // "said to be", "reputed to have", without "is" before.
    if is(0, SAID_TO) && is(1, &["to"]) && is(2, &["be", "have"]) {
        return Some((3, HedgeKind::Reporting));
    }
    None
}
