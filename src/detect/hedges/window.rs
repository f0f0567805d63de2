//! The words around a token in its sentence, read by both the context
//! rules ([`super::context`]) and the sense rules ([`super::senses`]).

use crate::document::Document;
use std::ops::Range;

/// The word at position `t` (which may lie outside the sentence) of the
/// sentence whose tokens are `sentence`, if inside it.
pub fn word_at<'t>(doc: &Document<'t>, sentence: &Range<usize>, t: isize) -> Option<&'t str> {
    (t >= sentence.start as isize && t < sentence.end as isize).then(|| doc.word(t as usize))
}

/// Whether `word` is one of `list`, ignoring ASCII case.
pub fn one_of(word: Option<&str>, list: &[&str]) -> bool {
    word.is_some_and(|w| list.iter().any(|l| l.eq_ignore_ascii_case(w)))
}
