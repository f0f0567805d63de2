//! Context rules that decide a candidate whatever the model says. Ruled
//! out: the month May, a negated "could", an adjectival "expected", a
//! comparison ("than expected"), a capitalized word inside a name ("the
//! Unknown Soldier") and the other non-hedging senses of [`super::senses`].
//! Ruled in: "could" before a future time, and "could", "may" or "might"
//! before a passive ("could be reopened"). Each looks only at the words
//! around the candidate in its sentence.

use super::senses;
use super::window::{is_word, one_of, word_at};
use crate::document::Document;
use crate::lexicon;
use std::ops::Range;

/// How many words after "could" a future marker is looked for.
const FUTURE_REACH: usize = 8;

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
            .any(|i| one_of(Some(doc.word(i)), &lexicon::FUTURE_MARKERS));
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
    if one_of(word_at(doc, sentence, i), &lexicon::BETWEEN_MODAL_AND_BE) {
        i += 1;
    }
    is_word(word_at(doc, sentence, i), "be")
        && word_at(doc, sentence, i + 1).is_some_and(is_past_participle)
}

/// A lower-case word that looks like a past participle ("reopened",
/// "taken", "sold").
fn is_past_participle(word: &str) -> bool {
    let regular = word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"));
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && (regular || lexicon::IRREGULAR_PARTICIPLES.contains(&word))
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
    if one_of(previous, &lexicon::BEFORE_MONTH) {
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
            one_of(Some(n), &lexicon::AFTER_MAY) || n.starts_with(|c: char| !c.is_alphanumeric())
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
    one_of(word_at(doc, sentence, t as isize + 1), &lexicon::NEGATIONS)
}

/// "the expected result", "than expected", "as expected".
fn is_adjective_or_comparison(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    one_of(
        word_at(doc, sentence, t as isize - 1),
        &lexicon::BEFORE_ADJECTIVE,
    )
}
