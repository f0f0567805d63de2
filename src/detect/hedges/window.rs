//! The words around a token in its sentence, read by both the context
//! rules ([`super::context`]) and the sense rules ([`super::senses`]).

use crate::document::Document;
use crate::lexicon::WordClass;
use std::ops::Range;

/// The word at position `t` (which may lie outside the sentence) of the
/// sentence whose tokens are `sentence`, if inside it.
pub fn word_at<'t>(doc: &Document<'t>, sentence: &Range<usize>, t: isize) -> Option<&'t str> {
    (t >= sentence.start as isize && t < sentence.end as isize).then(|| doc.word(t as usize))
}

/// Whether `word` is in word class `class`, ignoring ASCII case.
pub fn one_of(word: Option<&str>, class: &WordClass) -> bool {
    word.is_some_and(|w| class.contains_any_case(w))
}

/// Whether `word` is `expected`, ignoring ASCII case.
pub fn is_word(word: Option<&str>, expected: &str) -> bool {
    word.is_some_and(|w| w.eq_ignore_ascii_case(expected))
}
