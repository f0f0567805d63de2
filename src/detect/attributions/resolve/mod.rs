//! Resolution: the source phrase linked to an entity ([`entities`], with
//! [`gender`](crate::detect::gender) for pronouns) and told apart by kind ([`source_kind`]);
//! once the quotations are credited, [`chains`] relinks the pronouns the
//! way a reader follows them.

pub mod chains;
pub mod entities;
pub mod source_kind;

use crate::annotation::{Entity, SourceKind, SourceMention};
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::is_organization_description;
use crate::span::Span;
use entities::EntityIndex;
use std::ops::Range;

/// The mention and kind of the source in `tokens`.
pub fn mention(
    doc: &Document,
    index: &EntityIndex,
    entities: &[Entity],
    tokens: &Range<usize>,
) -> (SourceMention, SourceKind) {
    let span = span_of(doc, tokens);
    let phrase = span.slice(doc.text);
    let entity = entities::entity_of(index, phrase, span);
    let kind = source_kind::classify(phrase, entity.map(|e| entities[e].kind));
    // A capital that only opens the sentence ("Dozens") is no sign of a name.
    let capitalized: Vec<usize> = tokens
        .clone()
        .filter(|&t| !lexicon::KIND_DETERMINERS.contains(&doc.word(t).to_lowercase().as_str()))
        .filter(|&t| !starts_sentence(doc, t))
        .filter(|&t| doc.word(t).starts_with(char::is_uppercase))
        .collect();
    // "many Latinos", "the millions of Americans": people of a group, no
    // person or body, whatever kind the tagger gave the word ("a survey of
    // Republicans" stays a document); a place after the group only
    // locates it ("Latinos in Calden").
    let located_at = tokens
        .clone()
        .find(|&t| matches!(doc.word(t), "in" | "from" | "at"))
        .unwrap_or(tokens.end);
    let mut head_names = capitalized
        .iter()
        .take_while(|&&t| t < located_at)
        .peekable();
    let group =
        head_names.peek().is_some() && head_names.all(|&t| lexicon::is_group_plural(doc.word(t)));
    let named = !capitalized.is_empty();
    let named_kind = matches!(
        kind,
        SourceKind::Unknown | SourceKind::Person | SourceKind::Organization
    );
    if group && named_kind {
        // Nor is it the entity the tagger made of the group's name.
        return (
            SourceMention { span, entity: None },
            SourceKind::UnnamedGroup,
        );
    }
    let kind = if kind == SourceKind::Unknown && named && tokens.len() <= 4 {
        // A capitalized name the entity finder missed or left untyped: a
        // person's when it looks like a given name and a surname.
        if looks_like_personal_name(doc, tokens) {
            SourceKind::Person
        } else {
            SourceKind::Organization
        }
    } else {
        kind
    };
    (SourceMention { span, entity }, kind)
}

/// Whether token `t` is the first of its sentence.
fn starts_sentence(doc: &Document, t: usize) -> bool {
    let s = doc.sentences.partition_point(|s| s.tokens.end <= t);
    doc.sentences.get(s).is_some_and(|s| s.tokens.start == t)
}

/// Two or three capitalized words, none of them a word that names an
/// organization or outlet ("Ana Ruiz", not "Harbor Gazette").
fn looks_like_personal_name(doc: &Document, tokens: &Range<usize>) -> bool {
    (2..=3).contains(&tokens.len())
        && tokens.clone().all(|t| {
            let word = doc.word(t);
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '-')
                && !is_organization_description(word.to_lowercase().as_str())
                && !lexicon::OUTLET_WORDS.contains(&word.to_lowercase().as_str())
        })
}

/// The byte span of `tokens`.
pub fn span_of(doc: &Document, tokens: &Range<usize>) -> Span {
    doc.tokens[tokens.start]
        .span
        .cover(doc.tokens[tokens.end.max(tokens.start + 1) - 1].span)
}
