//! Context rules that decide a candidate whatever the model says. Ruled
//! out: the month May, a negated "could", an adjectival "expected", a
//! comparison ("than expected"). Ruled in: "could" before a future time.
//! Each looks only at the words around the candidate in its sentence.

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

/// Whether the context makes the candidate a hedge whatever the model says:
/// "could" with a future time after it in the sentence.
pub fn rules_in(doc: &Document, sentence: &Range<usize>, t: usize, word: &str) -> bool {
    word.eq_ignore_ascii_case("could")
        && (t + 1..sentence.end.min(t + 1 + FUTURE_REACH))
            .any(|i| one_of(Some(doc.word(i)), FUTURE_MARKERS))
}

/// Whether the context rules out the candidate `word` at token `t` of the
/// sentence whose tokens are `sentence`.
pub fn rules_out(doc: &Document, sentence: &Range<usize>, t: usize, word: &str) -> bool {
    if word.eq_ignore_ascii_case("may") {
        return is_month_or_name(doc, sentence, t);
    }
    if word.eq_ignore_ascii_case("could") {
        return is_negated(doc, sentence, t);
    }
    if word.eq_ignore_ascii_case("expected") || word.eq_ignore_ascii_case("anticipated") {
        return is_adjective_or_comparison(doc, sentence, t);
    }
    false
}

fn word_at<'t>(doc: &Document<'t>, sentence: &Range<usize>, t: isize) -> Option<&'t str> {
    (t >= sentence.start as isize && t < sentence.end as isize).then(|| doc.word(t as usize))
}

fn one_of(word: Option<&str>, list: &[&str]) -> bool {
    word.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
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
