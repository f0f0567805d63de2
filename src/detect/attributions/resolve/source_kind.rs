//! Who a source is: a named person or organization, an anonymous source,
//! a vague group, or a document, judged from the words of the source
//! phrase and the kind of the entity it names.

use crate::annotation::{EntityKind, SourceKind};
use crate::lexicon;
use crate::lexicon::{
    describes_document, is_organization_description, ANONYMOUS_SOURCE_NOUNS, DOCUMENT_NOUNS,
    PERSON_DESCRIPTIONS, UNNAMED_GROUP_NOUNS,
};

/// The kind of the source `phrase` ("sources", "a person familiar with
/// the talks", "the ministry", "Ana Ruiz"); `entity` is the kind of the
/// named entity the phrase mentions or refers to, if any.
pub fn classify(phrase: &str, entity: Option<EntityKind>) -> SourceKind {
    // "the company's chief executive, Liv Haugen": a person named after
    // the comma is the source, whatever the description before it.
    let named_after_comma = phrase.split_once(',').is_some_and(|(_, rest)| {
        let first = rest.split_whitespace().next().unwrap_or("");
        first.starts_with(char::is_uppercase) && !matches!(first, "The" | "A" | "An")
    });
    if named_after_comma && entity == Some(EntityKind::Person) {
        return SourceKind::Person;
    }
    // An appositive after a comma describes the source; the head is before it.
    let phrase = phrase
        .split(',')
        .find(|part| !part.trim().is_empty())
        .unwrap_or("");
    let words: Vec<String> = phrase
        .split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = head_noun(&words) else {
        return SourceKind::Unknown;
    };
    let head = words[at].as_str();
    let described = at + 1 < words.len();
    let unnamed = ANONYMOUS_SOURCE_NOUNS.contains(&head);
    let group = UNNAMED_GROUP_NOUNS.contains(&head) || is_plural_organization(head);
    // "the paper" that names a newspaper is the newspaper.
    let document = DOCUMENT_NOUNS.contains(&head)
        && !(is_organization_description(head) && entity == Some(EntityKind::Organization));
    match entity {
        // An untyped name ("other") says nothing about who speaks.
        Some(kind) if kind != EntityKind::Other && !unnamed && !group && !document => {
            return named(kind)
        }
        _ => {}
    }
    if lexicon::PERSONAL_PRONOUNS.contains(head) {
        return SourceKind::Person;
    }
    // "those close to him", "those familiar with the talks"
    if unnamed || head == "those" && described {
        return SourceKind::Anonymous;
    }
    if group {
        return SourceKind::UnnamedGroup;
    }
    if document {
        return SourceKind::Document;
    }
    if PERSON_DESCRIPTIONS.contains(&head) {
        // "a lawyer close to …", "two senators who …": people described
        // but left unnamed.
        return if described && words.first().is_some_and(|w| is_indefinite(w)) {
            SourceKind::Anonymous
        } else {
            SourceKind::Person
        };
    }
    if is_organization_description(head) {
        // "a group of doctors", "a company" name no body: unnamed, as "a
        // lawyer close to …" names no person.
        return if words.first().is_some_and(|w| is_indefinite(w)) {
            SourceKind::UnnamedGroup
        } else {
            SourceKind::Organization
        };
    }
    SourceKind::Unknown
}

/// Whether `word` opens a noun phrase without naming whom it means: "a",
/// "an", "one", "two" … or a number.
fn is_indefinite(word: &str) -> bool {
    matches!(
        word,
        "a" | "an" | "one" | "two" | "three" | "four" | "five" | "several" | "some"
    ) || word.chars().all(|c| c.is_ascii_digit())
}

/// A plural of an organization word ("governments", "agencies"): bodies
/// left unnamed.
fn is_plural_organization(head: &str) -> bool {
    let singular = match head.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => head.strip_suffix('s').unwrap_or(head).to_string(),
    };
    singular.len() < head.len() && is_organization_description(singular.as_str())
}

fn named(kind: EntityKind) -> SourceKind {
    match kind {
        EntityKind::Person => SourceKind::Person,
        // A country or city speaking is its government.
        EntityKind::Organization | EntityKind::Place | EntityKind::Other => {
            SourceKind::Organization
        }
    }
}

/// The index of the head noun: the last word before a post-modifier (or
/// before a participle describing a document: "a poll released on
/// Monday"), or the last word; in "X and Y" the head of Y.
fn head_noun(words: &[String]) -> Option<usize> {
    let cut = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|&(i, w)| {
            lexicon::POST_MODIFIERS.contains(&w.as_str()) || describes_document(&words[i - 1], w)
        })
        .map_or(words.len(), |(i, _)| i);
    cut.checked_sub(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_of_a_named_body_are_a_group_not_the_body() {
        assert_eq!(
            classify(
                "the Harbor League's leaders",
                Some(EntityKind::Organization)
            ),
            SourceKind::UnnamedGroup
        );
    }

    #[test]
    fn kinds_from_the_head_noun() {
        let cases = [
            ("sources", None, SourceKind::Anonymous),
            (
                "a person familiar with the matter",
                None,
                SourceKind::Anonymous,
            ),
            ("the agency's interlocutors", None, SourceKind::Anonymous),
            (
                "diplomats who asked not to be named",
                None,
                SourceKind::Anonymous,
            ),
            (
                "senior officials in the ministry",
                Some(EntityKind::Organization),
                SourceKind::Anonymous,
            ),
            ("critics", None, SourceKind::UnnamedGroup),
            ("Supporters", None, SourceKind::UnnamedGroup),
            ("a report", None, SourceKind::Document),
            ("court filings", None, SourceKind::Document),
            ("a poll released", None, SourceKind::Document),
            (
                "a Harbor Gazette survey published",
                Some(EntityKind::Organization),
                SourceKind::Document,
            ),
            ("Ana Ruiz", Some(EntityKind::Person), SourceKind::Person),
            (
                "the Harbor Gazette",
                Some(EntityKind::Organization),
                SourceKind::Organization,
            ),
            ("he", None, SourceKind::Person),
            (
                "Ana Ruiz, an aide to the mayor",
                Some(EntityKind::Person),
                SourceKind::Person,
            ),
            ("the ministry", None, SourceKind::Organization),
            ("A group of doctors", None, SourceKind::UnnamedGroup),
            ("a shipping company", None, SourceKind::UnnamedGroup),
            ("a lawyer close to the mayor", None, SourceKind::Anonymous),
            (
                "officials working on the budget",
                None,
                SourceKind::Anonymous,
            ),
            ("a federal judge", None, SourceKind::Person),
            ("those close to the mayor", None, SourceKind::Anonymous),
            (
                "a petition signed by 4,000 residents",
                None,
                SourceKind::Document,
            ),
            ("the court order", None, SourceKind::Document),
            (
                "the paper",
                Some(EntityKind::Organization),
                SourceKind::Organization,
            ),
            ("the paper", None, SourceKind::Document),
            (
                "the ferry line's chief executive, Liv Haugen",
                Some(EntityKind::Person),
                SourceKind::Person,
            ),
            (
                "a senior official, who asked not to be named",
                Some(EntityKind::Person),
                SourceKind::Anonymous,
            ),
            ("northern governments", None, SourceKind::UnnamedGroup),
            ("several agencies", None, SourceKind::UnnamedGroup),
            ("", None, SourceKind::Unknown),
        ];
        for (phrase, entity, want) in cases {
            assert_eq!(classify(phrase, entity), want, "{phrase:?}");
        }
    }
}
