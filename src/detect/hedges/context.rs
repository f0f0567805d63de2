//! Context rules that decide a candidate whatever the model says. Ruled
//! out: the month May, a negated "could", an adjectival "expected", a
//! comparison ("than expected"), a capitalized word inside a name ("the
//! Unknown Soldier") and the other non-hedging senses of [`super::senses`].
//! Ruled in: "could" before a future time, and "could", "may" or "might"
//! before a passive ("could be reopened"). Each looks only at the words
//! around the candidate in its sentence.

use super::senses;
use super::window::{one_of, word_at};
use crate::document::Document;
use std::ops::Range;

/// Words before "May" that make it the month ("in May", "early May").
const BEFORE_MONTH: &[&str] = &[
    "in",
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "through",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "of",
    "during",
    "before",
    "after",
    "between",
    "and",
    "to",
    "throughout",
];

/// Words after a sentence-initial "May" that make it a name or the month
/// ("May was wet", "May said").
const AFTER_NAME: &[&str] = &[
    "is",
    "was",
    "has",
    "had",
    "said",
    "says",
    "told",
    "'s",
    "\u{2019}s",
    "and",
    "brought",
    "saw",
];

/// Words before "expected" that make it an adjective ("the expected
/// result") or a comparison ("than expected").
const BEFORE_ADJECTIVE: &[&str] = &[
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "my",
    "this",
    "that",
    "these",
    "those",
    "'s",
    "\u{2019}s",
    "than",
    "as",
];

/// Words that place what follows "could" in the future ("could close next
/// year"): past ability cannot, so "could" there is a hedge.
const FUTURE_MARKERS: &[&str] = &[
    "next",
    "tomorrow",
    "soon",
    "later",
    "coming",
    "upcoming",
    "eventually",
];
/// How many words after "could" a future marker is looked for.
const FUTURE_REACH: usize = 8;

/// Adverbs that may stand between a modal and "be" ("could still be").
const BETWEEN_MODAL_AND_BE: &[&str] = &["still", "also", "soon", "even", "well", "yet"];

/// Past participles not ending in "-ed" or "-en" that follow "could be".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "made",
    "held",
    "sold",
    "built",
    "cut",
    "set",
    "put",
    "shut",
    "hit",
    "brought",
    "bought",
    "kept",
    "left",
    "lost",
    "paid",
    "sent",
    "spent",
    "told",
    "won",
    "found",
    "done",
    "led",
    "met",
    "read",
    "run",
    "struck",
    "split",
    "spread",
    "sought",
    "taught",
    "thrown",
    "withdrawn",
];

/// Whether the context makes the candidate a hedge whatever the model says:
/// "could" with a future time after it in the sentence, and "could", "may"
/// or "might" before a passive ("may be delayed"), which the news corpus
/// rarely marks but a reader takes as a hedge.
pub fn rules_in(doc: &Document, sentence: &Range<usize>, t: usize, word: &str) -> bool {
    let modal = ["could", "may", "might"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(word));
    let future = word.eq_ignore_ascii_case("could")
        && (t + 1..sentence.end.min(t + 1 + FUTURE_REACH))
            .any(|i| one_of(Some(doc.word(i)), FUTURE_MARKERS));
    future || (modal && is_before_passive(doc, sentence, t))
}

/// Whether the context rules out the candidate `word` at token `t` of the
/// sentence whose tokens are `sentence`.
pub fn rules_out(doc: &Document, sentence: &Range<usize>, t: usize, word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    match lower.as_str() {
        "may" => return is_month_or_name(doc, sentence, t),
        "could" if is_negated(doc, sentence, t) => return true,
        "expected" | "anticipated" if is_adjective_or_comparison(doc, sentence, t) => return true,
        _ => {}
    }
    is_name_part(doc, sentence, t) || senses::is_other_sense(doc, sentence, t, &lower)
}

/// A modal before "be" and a past participle ("could be reopened", "may
/// still be delayed").
fn is_before_passive(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    let mut i = t as isize + 1;
    if one_of(word_at(doc, sentence, i), BETWEEN_MODAL_AND_BE) {
        i += 1;
    }
    one_of(word_at(doc, sentence, i), &["be"])
        && word_at(doc, sentence, i + 1).is_some_and(is_past_participle)
}

/// A lower-case word that looks like a past participle ("reopened",
/// "taken", "sold").
fn is_past_participle(word: &str) -> bool {
    let regular = word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"));
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && (regular || IRREGULAR_PARTICIPLES.contains(&word))
}

/// A capitalized candidate after a word, inside a sentence that is not
/// title case: part of a name ("the Unknown Soldier", "Hope May").
fn is_name_part(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    t > sentence.start
        && doc.word(t).starts_with(|c: char| c.is_ascii_uppercase())
        && doc.word(t - 1).starts_with(char::is_alphanumeric)
        && !is_title_case(doc, sentence)
}

/// "May" the month or the name, not the modal verb.
fn is_month_or_name(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    let word = doc.word(t);
    let previous = word_at(doc, sentence, t as isize - 1);
    let next = word_at(doc, sentence, t as isize + 1);
    let capitalized = word.starts_with('M');
    if next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) {
        return true;
    }
    if one_of(previous, BEFORE_MONTH) {
        return true;
    }
    if !capitalized {
        return false;
    }
    // Capitalized: the month or a name, unless it opens the sentence as a
    // verb or the sentence is a title-case headline ("Talks May Shift").
    let first = t == sentence.start;
    if first {
        return next.is_none_or(|n| {
            one_of(Some(n), AFTER_NAME) || n.starts_with(|c: char| !c.is_alphanumeric())
        });
    }
    !is_title_case(doc, sentence)
}

/// Whether most words of the sentence are capitalized, as in a headline.
fn is_title_case(doc: &Document, sentence: &Range<usize>) -> bool {
    let mut words = 0;
    let mut capitalized = 0;
    for i in sentence.clone() {
        let word = doc.word(i);
        if word.chars().next().is_some_and(char::is_alphabetic) && word.len() > 3 {
            words += 1;
            capitalized += usize::from(word.starts_with(char::is_uppercase));
        }
    }
    words >= 2 && capitalized * 4 >= words * 3
}

/// "could not", "couldn't", "could never": a negation, not a hedge.
fn is_negated(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    one_of(
        word_at(doc, sentence, t as isize + 1),
        &["not", "n't", "n\u{2019}t", "never"],
    )
}

/// "the expected result", "than expected", "as expected".
fn is_adjective_or_comparison(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    one_of(word_at(doc, sentence, t as isize - 1), BEFORE_ADJECTIVE)
}
