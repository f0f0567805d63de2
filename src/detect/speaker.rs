//! The speaker a reader is shown for an attribution, computed once here
//! for every view (page, panel, cards, summary, exports): the linked
//! entity's name, else the source's own words, marked unresolved when
//! those words are a pronoun or a description that names no one.

use crate::annotation::{Attribution, Entity, EntityKind, SourceKind, Speaker};
use crate::lexicon::{
    is_demonym, is_organization_description, is_personal_title, DEFINITE_OPENERS,
    DESCRIPTION_ENDERS, PERSON_DESCRIPTIONS, ROLE_NOUNS, SHOWN_PRONOUNS,
};
use crate::span::Span;

/// The speaker shown for each of `attributions` in `text`, `None` for one
/// without a source.
pub fn all(text: &str, entities: &[Entity], attributions: &[Attribution]) -> Vec<Option<Speaker>> {
    let mentions = MentionsByStart::new(entities);
    attributions
        .iter()
        .map(|a| of(text, entities, &mentions, a))
        .collect()
}

/// Every entity mention with its entity, in text order, so that the names
/// inside a source are found by a binary search.
struct MentionsByStart(Vec<(Span, usize)>);

impl MentionsByStart {
    fn new(entities: &[Entity]) -> Self {
        let mut all: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, entity)| entity.mentions.iter().map(move |m| (m.span, e)))
            .collect();
        all.sort_unstable_by_key(|&(span, e)| (span.start, e));
        Self(all)
    }

    /// The mentions inside `span`, in text order.
    fn within(&self, span: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let from = self.0.partition_point(|&(m, _)| m.start < span.start);
        self.0[from..]
            .iter()
            .take_while(move |&&(m, _)| m.start < span.end)
            .filter(move |&&(m, _)| span.contains(m))
            .copied()
    }
}

/// The speaker shown for `attribution`, or `None` when it has no source.
fn of(
    text: &str,
    entities: &[Entity],
    mentions: &MentionsByStart,
    attribution: &Attribution,
) -> Option<Speaker> {
    let source = attribution.source?;
    let words = source.span.slice(text).trim();
    if let Some((names, joined)) = joined_names(text, mentions, source.span) {
        return Some(Speaker {
            name: names,
            entity: None,
            resolved: true,
            joined,
        });
    }
    // An entity named like a pronoun (a tagger's slip) names no one.
    let linked = source
        .entity
        .and_then(|e| Some((e, entities.get(e)?)))
        .filter(|(_, entity)| !is_pronoun(&entity.name));
    Some(match linked {
        Some((e, entity)) => Speaker {
            name: entity.name.clone(),
            entity: Some(e),
            resolved: true,
            joined: Vec::new(),
        },
        None => {
            // Words of a name that is no one's ("Democratic", "French"):
            // they describe, as an adjective does.
            let adjectives: Vec<&str> = mentions
                .within(source.span)
                .filter(|&(_, e)| entities[e].kind == EntityKind::Other)
                .flat_map(|(m, _)| m.slice(text).split_whitespace())
                .collect();
            Speaker {
                name: words.to_string(),
                entity: None,
                resolved: !(is_pronoun(words)
                    || is_description(words, attribution.source_kind, &adjectives)),
                joined: Vec::new(),
            }
        }
    })
}

/// The names of two or more entities joined in one source ("Mara Lind
/// and Tomas Greve", "Lind, Greve and Ruiz"), as written from the first
/// to the last, with their entities: the speaker is all of them, not the
/// one the source is linked to.
fn joined_names(
    text: &str,
    mentions: &MentionsByStart,
    source: Span,
) -> Option<(String, Vec<usize>)> {
    let inside: Vec<(Span, usize)> = mentions.within(source).collect();
    let gap = |pair: &[(Span, usize)]| {
        without_titles(Span::new(pair[0].0.end, pair[1].0.start).slice(text).trim())
    };
    // A list ends in "and": "Lind, Greve" alone is a name and its
    // appositive ("the lawyer for Lind, Greve, said").
    let listed = inside
        .windows(2)
        .all(|pair| pair[0].1 != pair[1].1 && matches!(gap(pair), "and" | "," | ", and" | "&"));
    let ends_in_and = inside
        .windows(2)
        .last()
        .is_some_and(|pair| matches!(gap(pair), "and" | ", and" | "&"));
    let (first, last) = (inside.first()?.0, inside.last()?.0);
    (listed && ends_in_and).then(|| {
        let entities = inside.iter().map(|&(_, e)| e).collect();
        (first.cover(last).slice(text).to_string(), entities)
    })
}

/// `gap` (the words between two names) without the titles of the second
/// name at its end: "and Mr." of "Mr. Lind and Mr. Greve" is "and".
fn without_titles(gap: &str) -> &str {
    let mut gap = gap;
    while let Some((rest, last)) = gap.rsplit_once(char::is_whitespace) {
        if !is_personal_title(last) {
            break;
        }
        gap = rest.trim_end();
    }
    gap
}

/// Whether the source phrase is a bare pronoun ("he", "They", "who").
pub fn is_pronoun(phrase: &str) -> bool {
    SHOWN_PRONOUNS.contains(phrase.trim().to_lowercase().as_str())
}

/// Whether the source phrase is a description of a person or body that
/// holds no name: "the senator", "the company", "his spokesman", "the
/// former secretary of state", "the Democratic nominee", "Democratic
/// presidential nominee" (but not "the Senate", "the Coastal Ledger", nor
/// "the past"). `adjectives` are its capitalized words that name no one
/// (a party, a nationality: the tagger's other names).
fn is_description(phrase: &str, kind: SourceKind, adjectives: &[&str]) -> bool {
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let is_adjective = |w: &str| adjectives.contains(&w) || is_demonym(&[w]);
    let (rest, headline) = match words.split_first() {
        Some((first, rest)) if DEFINITE_OPENERS.contains(first.to_lowercase().as_str()) => {
            (rest, false)
        }
        // Headline style, without the article: "Democratic nominee said".
        Some((first, _)) if is_adjective(first) => (&words[..], true),
        _ => return false,
    };
    let head_part: Vec<&str> = rest
        .iter()
        .take_while(|w| !DESCRIPTION_ENDERS.contains(w.to_lowercase().as_str()))
        .copied()
        .collect();
    let Some((head, before_head)) = head_part.split_last() else {
        return false;
    };
    // A capitalized word that is no adjective is a name ("the White
    // House"), and so is a capitalized head ("the New Yorker").
    let named = before_head
        .iter()
        .any(|w| w.starts_with(char::is_uppercase) && !is_adjective(w));
    if named || head.starts_with(char::is_uppercase) {
        return false;
    }
    let plural = head.ends_with('s') && !head.ends_with("'s") && !head.ends_with("\u{2019}s");
    let head = head
        .trim_end_matches(['\'', '\u{2019}', 's'])
        .to_lowercase();
    let head = head.as_str();
    let describes = PERSON_DESCRIPTIONS.contains(&head)
        || ROLE_NOUNS.contains(&head)
        || is_organization_description(head);
    match headline {
        // One person or body, not a group ("Democratic leaders" is theirs).
        true => describes && !plural,
        false => describes || matches!(kind, SourceKind::Person | SourceKind::Organization),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The speaker of one attribution.
    fn of(text: &str, entities: &[Entity], attribution: &Attribution) -> Option<Speaker> {
        all(text, entities, std::slice::from_ref(attribution)).remove(0)
    }
    use crate::annotation::{EntityKind, Mention, SourceMention};
    use crate::span::Span;

    /// An attribution whose source is `source` in `text`, linked to `entity`.
    fn with_source(
        text: &str,
        source: &str,
        entity: Option<usize>,
        kind: SourceKind,
    ) -> Attribution {
        let start = text.find(source).expect("the source is in the text");
        Attribution {
            cue: Span::new(0, 0),
            source: Some(SourceMention {
                span: Span::new(start, start + source.len()),
                entity,
            }),
            source_kind: kind,
            via: None,
            content: None,
            direct: false,
            hedged: false,
        }
    }

    fn lind() -> Vec<Entity> {
        vec![Entity {
            kind: EntityKind::Person,
            name: "Mara Lind".to_string(),
            mentions: vec![Mention {
                span: Span::new(0, 9),
                role: None,
            }],
        }]
    }

    fn shown(text: &str, source: &str, entity: Option<usize>, kind: SourceKind) -> Speaker {
        let attribution = with_source(text, source, entity, kind);
        of(text, &lind(), &attribution).expect("a source gives a speaker")
    }

    /// The speaker of `source` in `text`, which names Mara Lind and Tomas
    /// Greve once each, the source linked to the first (0) or second (1).
    fn shown_among_two(text: &str, source: &str, linked: usize) -> Speaker {
        let person = |name: &str| {
            let start = text.find(name).expect("the name is in the text");
            Entity {
                kind: EntityKind::Person,
                name: name.to_string(),
                mentions: vec![Mention {
                    span: Span::new(start, start + name.len()),
                    role: None,
                }],
            }
        };
        let entities = [person("Mara Lind"), person("Tomas Greve")];
        let attribution = with_source(text, source, Some(linked), SourceKind::Person);
        of(text, &entities, &attribution).expect("a source gives a speaker")
    }

    #[test]
    fn names_joined_in_one_source_are_all_shown() {
        let text = "Mara Lind and Tomas Greve said the berth was unsafe.";
        let speaker = shown_among_two(text, "Mara Lind and Tomas Greve", 1);
        assert_eq!(speaker.name, "Mara Lind and Tomas Greve");
        assert_eq!(speaker.entity, None);
        assert_eq!(speaker.joined, [0, 1]);
        assert!(speaker.resolved);
        // The second name's title stands between them ("Mr. Lind and Mr. Greve").
        let text = "Dr. Mara Lind and Mr. Tomas Greve said the berth was unsafe.";
        let speaker = shown_among_two(text, "Dr. Mara Lind and Mr. Tomas Greve", 1);
        assert_eq!(speaker.joined, [0, 1]);
        // A name and its appositive are one speaker.
        let text = "The lawyer for Tomas Greve, Mara Lind, said the berth was unsafe.";
        let speaker = shown_among_two(text, "The lawyer for Tomas Greve, Mara Lind", 0);
        assert_eq!(speaker.entity, Some(0));
    }

    #[test]
    fn a_linked_source_shows_the_entity_name() {
        let text = "Mara Lind spoke. \"Fine,\" she said.";
        let speaker = shown(text, "she", Some(0), SourceKind::Person);
        assert_eq!(speaker.name, "Mara Lind");
        assert_eq!(speaker.entity, Some(0));
        assert!(speaker.resolved);
    }

    #[test]
    fn an_unlinked_pronoun_is_unresolved_and_keeps_its_words() {
        let text = "\"Fine,\" he said. His said.";
        for (source, kind) in [
            ("he", SourceKind::Person),
            ("His", SourceKind::Unknown),
            ("Fine", SourceKind::Unknown),
        ] {
            let speaker = shown(text, source, None, kind);
            assert_eq!(speaker.name, source);
            assert_eq!(speaker.entity, None);
            assert_eq!(speaker.resolved, source == "Fine");
        }
    }

    #[test]
    fn definite_descriptions_of_people_and_bodies_are_unresolved_when_unlinked() {
        for (text, source, kind, resolved) in [
            (
                "The senator said so.",
                "The senator",
                SourceKind::Person,
                false,
            ),
            (
                "the company said so.",
                "the company",
                SourceKind::Organization,
                false,
            ),
            (
                "his spokesman said so.",
                "his spokesman",
                SourceKind::Person,
                false,
            ),
            (
                "the head of the port authority said so.",
                "the head of the port authority",
                SourceKind::Person,
                false,
            ),
            (
                "the White House said so.",
                "the White House",
                SourceKind::Organization,
                true,
            ),
            ("the past shows it.", "the past", SourceKind::Unknown, true),
            (
                "a spokesman said so.",
                "a spokesman",
                SourceKind::Anonymous,
                true,
            ),
            (
                "officials said so.",
                "officials",
                SourceKind::Anonymous,
                true,
            ),
        ] {
            let speaker = shown(text, source, None, kind);
            assert_eq!(speaker.resolved, resolved, "{source}");
            assert_eq!(speaker.name, source);
        }
    }

    #[test]
    fn a_party_or_nationality_before_a_role_names_no_one() {
        // Each text's first word is a name of no one (the tagger's "other").
        for (text, source, kind, resolved) in [
            (
                "The Coastal presidential nominee said so.",
                "The Coastal presidential nominee",
                SourceKind::Person,
                false,
            ),
            (
                "Coastal presidential nominee said so.",
                "Coastal presidential nominee",
                SourceKind::Person,
                false,
            ),
            (
                "Coastal leaders said so.",
                "Coastal leaders",
                SourceKind::UnnamedGroup,
                true,
            ),
            (
                "The Coastal Yorker said so.",
                "The Coastal Yorker",
                SourceKind::Organization,
                true,
            ),
        ] {
            let start = text.find("Coastal").unwrap();
            let party = Entity {
                kind: EntityKind::Other,
                name: "Coastal".to_string(),
                mentions: vec![Mention {
                    span: Span::new(start, start + "Coastal".len()),
                    role: None,
                }],
            };
            let attribution = with_source(text, source, None, kind);
            let speaker = of(text, &[party], &attribution).unwrap();
            assert_eq!(speaker.resolved, resolved, "{source}");
        }
        // A nationality needs no entity: "the Danish minister".
        let speaker = shown(
            "the Danish minister said so.",
            "the Danish minister",
            None,
            SourceKind::Person,
        );
        assert!(!speaker.resolved);
    }

    #[test]
    fn an_entity_named_like_a_pronoun_names_no_one() {
        let text = "He said so.";
        let entities = vec![Entity {
            kind: EntityKind::Organization,
            name: "He".to_string(),
            mentions: vec![Mention {
                span: Span::new(0, 2),
                role: None,
            }],
        }];
        let attribution = with_source(text, "He", Some(0), SourceKind::Organization);
        let speaker = of(text, &entities, &attribution).unwrap();
        assert_eq!((speaker.name.as_str(), speaker.entity), ("He", None));
        assert!(!speaker.resolved);
    }

    #[test]
    fn no_source_no_speaker() {
        let mut attribution = with_source("he said", "he", None, SourceKind::Person);
        attribution.source = None;
        assert_eq!(of("he said", &lind(), &attribution), None);
    }
}
