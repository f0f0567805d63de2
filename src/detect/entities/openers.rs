//! Words whose capital only their place gives: what opens a sentence, a
//! quotation or a caption is capitalized whatever it is, so a common word
//! there ("Well, …", "When Kessler spoke"), an auxiliary ("Did Kessler
//! know?", "Don't go") or the imperative of a caption or request ("Watch:
//! …", "See Kessler's timeline", "Please sit") is no name nor part of one.

use crate::document::Document;
use crate::lexicon::{BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS, NEGATIONS, SENTENCE_OPENERS};
use crate::ner::lists::GIVEN_NAME;
use crate::ner::Tagger;

/// Whether the token at `t` opens its sentence or a quotation in it
/// (also one opened the old way, by two apostrophes), where any word is
/// capitalized.
pub(super) fn opens_sentence(doc: &Document, t: usize, sentence_start: usize) -> bool {
    t == sentence_start
        || matches!(
            doc.word(t - 1),
            "\"" | "\u{201C}" | "'" | "\u{2018}" | "(" | "[" | ":"
        )
}

/// Where the name the tagger found at tokens `start..end` begins once the
/// word opening the sentence is left out, if it is no name (see the module
/// doc); `None` when nothing of a name is left.
pub(super) fn name_start(
    doc: &Document,
    start: usize,
    end: usize,
    sentence_start: usize,
) -> Option<usize> {
    let word = doc.word(start);
    let capitalized = |t: usize| doc.word(t).starts_with(char::is_uppercase);
    let opens = opens_sentence(doc, start, sentence_start);
    // A caption's imperative may follow its date in brackets ("(9/17) Watch").
    let after_bracket = start > sentence_start && matches!(doc.word(start - 1), ")" | "]");
    // A title in quotes keeps its first word ("\u{2018}This Week\u{2019}").
    let title = end - start > 1 && fills_quotation(doc, end);
    if (opens || after_bracket) && is_opening_verb(word) {
        let mut next = start + 1;
        if next < end && NEGATIONS.contains(doc.word(next)) {
            next += 1;
        }
        let rest_capitalized = next < end && capitalized(next);
        return rest_capitalized.then_some(if title { start } else { next });
    }
    if opens && is_common(word) && !title {
        return match end - start {
            1 => None,
            _ if capitalized(start + 1) => Some(start + 1),
            _ => Some(start),
        };
    }
    Some(start)
}

/// Whether a quotation closes right after the name ending before token
/// `end` (at most a comma or period between).
fn fills_quotation(doc: &Document, end: usize) -> bool {
    let closing = |t: usize| {
        t < doc.tokens.len() && matches!(doc.word(t), "\"" | "\u{201D}" | "'" | "\u{2019}")
    };
    let punctuated = end < doc.tokens.len() && matches!(doc.word(end), "," | ".");
    closing(end) || punctuated && closing(end + 1)
}

/// Whether a capitalized word opening a sentence is a common word, not a
/// name ("Well, …", "When Kessler spoke"): see [`Tagger::is_common_word`].
fn is_common(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && Tagger::embedded().is_common_word(word)
}

/// Whether `word`, capitalized, is a word that opens sentences and names
/// no one ([`SENTENCE_OPENERS`]) or an auxiliary that is no given name
/// ("Will Kessler" is someone).
fn is_opening_verb(word: &str) -> bool {
    let auxiliary = [&DO_FORMS, &BE_FORMS, &HAVE_FORMS, &MODALS]
        .iter()
        .any(|class| class.contains_lower_case_of(word));
    SENTENCE_OPENERS.contains(word)
        || auxiliary
            && word.starts_with(char::is_uppercase)
            && Tagger::embedded().list_flags(&[word]) & GIVEN_NAME == 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;

    #[test]
    fn an_auxiliary_or_imperative_opening_a_sentence_is_no_name() {
        let cases = [
            (
                "The analyst asked, \"Did Hollander lower his taxes?\" Hollander said no.",
                vec!["Hollander", "Hollander"],
            ),
            (
                "She told him: \"Don't leave it to chance,\" and left.",
                vec![],
            ),
            (
                "Speech at Calden Hall (9/17/16) Watch on the site.",
                vec!["Calden Hall"],
            ),
            ("(See Hollander's full remarks below.)", vec!["Hollander"]),
            ("The clerk said, \"Please sit down.\"", vec![]),
            (
                "Will Ostrander said the plan would work.",
                vec!["Will Ostrander"],
            ),
            (
                "He spoke on ''This Morning,'' the weekly show.",
                vec!["This Morning"],
            ),
        ];
        for (text, names) in cases {
            let found: Vec<&str> = found(text).into_iter().flat_map(|(_, m)| m).collect();
            assert_eq!(found, names, "{text}");
        }
    }
}
