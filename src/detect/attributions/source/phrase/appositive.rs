//! The description that follows an inverted source ("…, said Ana Ruiz,
//! an aide to the mayor.", "…, said Ana Ruiz, senior pilot at the port,
//! a body that …"): part of the source, as the corpus marks it, through
//! further descriptions and a place's state; a participle, a conjunction
//! or a preposition after a comma ("…, said Ana Ruiz, adding …", "…, in
//! a statement") starts something else.

use super::{phrase_before, SourceTokens};
use crate::detect::attributions::context::{Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::{PERSON_DESCRIPTIONS, ROLE_NOUNS};
use std::ops::Range;

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
    lexicon::APPOSITIVE_OPENERS.contains(&lower.as_str())
        || ROLE_NOUNS.contains(&lower.as_str())
        || PERSON_DESCRIPTIONS.contains(&lower.as_str())
        || age
        || is_description_word(doc, t)
}

/// Whether token `t` is a lower-case word that can start a description
/// without a determiner ("senior counsel at …", "co-director of …"):
/// not a function word, a participle ("adding") or an adverb ("later").
fn is_description_word(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let lower = word.to_lowercase();
    doc.tokens[t].kind == TokenKind::Word
        && word.starts_with(char::is_lowercase)
        && lower.chars().all(|c| c.is_alphabetic() || c == '-')
        && !is_adverb_or_participle(word)
        && !lexicon::NOT_DESCRIPTIONS.contains(&lower.as_str())
}

/// Whether `word` is a lower-case adverb or participle by its ending
/// ("clearly", "adding").
pub fn is_adverb_or_participle(word: &str) -> bool {
    word.starts_with(char::is_lowercase) && (word.ends_with("ly") || word.ends_with("ing"))
}

/// Whether the description goes on past a comma at token `t - 1`: through
/// a place's state or country ("in Calden, Brill,") or into a further
/// description ("…, a body that runs the port").
fn continues_description(doc: &Document, t: usize, sentence_end: usize) -> bool {
    t + 1 < sentence_end
        && (doc.word(t).starts_with(char::is_uppercase) && matches!(doc.word(t + 1), "," | ".")
            || opens_description(doc, t))
}

/// "Ana Ruiz, the port's envoy, said": the name before the appositive,
/// with the appositive.
pub fn appositive_subject(
    doc: &Document,
    context: &Context,
    comma: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let floor = sentence_start.max(comma.saturating_sub(30));
    let capitalized = |r: Range<usize>| {
        r.clone()
            .any(|t| doc.word(t).starts_with(char::is_uppercase))
    };
    // "Ana Ruiz, envoy for trade, ports, and fisheries, said": the commas
    // inside the description are passed until a name comes before one.
    let mut before = comma;
    // A description read first ("the envoy of Calden"), kept in case no
    // name comes before it.
    let mut description = None;
    for _ in 0..4 {
        let first_comma = (floor..before).rev().find(|&t| doc.word(t) == ",")?;
        // "Ana Ruiz (D-Calden), who …, said": the name before the label.
        let mut name_end = first_comma;
        if name_end > sentence_start && doc.word(name_end - 1) == ")" {
            name_end = (sentence_start.max(name_end.saturating_sub(10))..name_end - 1)
                .rev()
                .find(|&t| doc.word(t) == "(")?;
        }
        if let Some(name) = phrase_before(doc, context, name_end, sentence_start) {
            // "her top aide, Ana Ruiz, said": the name is the description.
            let named_between = first_comma + 1 < comma
                && doc.word(first_comma + 1).starts_with(char::is_uppercase)
                && !matches!(doc.word(first_comma + 1), "The" | "A" | "An");
            if capitalized(name.tokens.clone()) || named_between {
                // "Ana Ruiz, meanwhile, said", "Ana Ruiz, in Calden, said":
                // an aside describes no one.
                let end = if opens_aside(doc, first_comma + 1) {
                    first_comma
                } else {
                    comma
                };
                let found = SourceTokens {
                    tokens: name.tokens.start..end,
                    via: None,
                };
                // "Ana Ruiz, 59, of Calden, Ore., said": a place is no name.
                let named = capitalized(name.tokens.clone());
                if !named || !describes(doc, name.tokens.clone(), sentence_start) {
                    return Some(found);
                }
                description.get_or_insert(found);
            }
        }
        before = first_comma;
    }
    description
}

/// Whether the capitalized phrase `tokens` found before a comma is part
/// of a description rather than the name it describes: the object of a
/// preposition ("Ana Ruiz, 59, of Calden, said") or a lower-case head
/// whose capitals come after its preposition ("Ana Ruiz, the envoy of
/// Calden, said").
fn describes(doc: &Document, tokens: Range<usize>, sentence_start: usize) -> bool {
    let is_preposition = |w: &str| lexicon::HEAD_PREPOSITIONS.contains(w) || w == "in";
    let after_preposition = tokens.start > sentence_start
        && is_preposition(doc.word(tokens.start - 1).to_lowercase().as_str());
    let head_end = tokens
        .clone()
        .find(|&t| is_preposition(doc.word(t)))
        .unwrap_or(tokens.end);
    let lower_head = doc.word(tokens.start).starts_with(char::is_lowercase)
        && !(tokens.start..head_end).any(|t| doc.word(t).starts_with(char::is_uppercase));
    after_preposition || lower_head
}

/// Whether token `t`, right after the comma that follows a name, opens an
/// aside: a preposition, an adverb or a participle.
fn opens_aside(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let lower = word.to_lowercase();
    lexicon::ASIDE_WORDS.contains(&lower.as_str()) || is_adverb_or_participle(word)
}
