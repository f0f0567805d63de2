//! The description that follows an inverted source ("…, said Ana Ruiz,
//! an aide to the mayor."): part of the source, as the corpus marks it,
//! up to its next comma (a place's state aside); a participle or a
//! conjunction after the first comma ("…, said Ana Ruiz, adding …")
//! starts something else.

use super::context::{Context, QuotePlace};
use crate::detect::lexicon::{PERSON_DESCRIPTIONS, ROLE_NOUNS};
use crate::document::tokens::TokenKind;
use crate::document::Document;

/// Words that open a description of the source after its comma.
const OPENERS: &[&str] = &["a", "an", "the", "another", "one", "who", "whose", "then"];

/// The longest description followed, in tokens.
const MAX_APPOSITIVE: usize = 30;

/// The end of the source ending at token `end` with its description, if
/// a comma and a description follow it; `end` itself otherwise.
/// `sentence_end` bounds the search.
pub fn extend(doc: &Document, context: &Context, end: usize, sentence_end: usize) -> usize {
    if end + 1 >= sentence_end || doc.word(end) != "," || !opens_description(doc, end + 1) {
        return end;
    }
    let mut stop = end + 1;
    while stop < sentence_end && stop - end <= MAX_APPOSITIVE {
        let word = doc.word(stop);
        let breaks = matches!(word, "." | ";" | ":" | "!" | "?" | "\u{2014}" | "(" | "--")
            || context.place[stop] != QuotePlace::Outside
            || word == "," && !continues_description(doc, stop + 1, sentence_end);
        if breaks {
            break;
        }
        stop += 1;
    }
    if stop - end > MAX_APPOSITIVE {
        return end;
    }
    stop
}

/// Whether token `t` opens a description: a determiner, a relative
/// pronoun, a role ("president of …") or an age ("Ana Ruiz, 54,").
fn opens_description(doc: &Document, t: usize) -> bool {
    let lower = doc.word(t).to_lowercase();
    let age = doc.tokens[t].kind == TokenKind::Number
        && t + 1 < doc.tokens.len()
        && matches!(doc.word(t + 1), "," | ".");
    OPENERS.contains(&lower.as_str())
        || ROLE_NOUNS.contains(&lower.as_str())
        || PERSON_DESCRIPTIONS.contains(&lower.as_str())
        || age
}

/// Whether the description goes on past a comma at token `t - 1`: only
/// through a place's state or country ("in Calden, Brill,").
fn continues_description(doc: &Document, t: usize, sentence_end: usize) -> bool {
    t + 1 < sentence_end
        && doc.word(t).starts_with(char::is_uppercase)
        && matches!(doc.word(t + 1), "," | ".")
}
