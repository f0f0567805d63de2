//! Links a source phrase to an entity: a name in the phrase, or, for a
//! pronoun ("he") or a description ("the agency", "the aide"), the latest
//! earlier entity of the right kind. Mentions are indexed once, so each
//! lookup is a binary search.

use crate::annotation::{Entity, EntityKind};
use crate::detect::lexicon::{ORGANIZATION_DESCRIPTIONS, PERSON_DESCRIPTIONS};
use crate::span::Span;

/// Every entity mention, sorted, with per-kind lists for "latest before".
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    /// (mention, entity) sorted by mention start.
    mentions: Vec<(Span, usize)>,
    /// Mentions of people: (mention end, entity), sorted by end.
    people: Vec<(usize, usize)>,
    /// Mentions of organizations and places: (mention end, entity).
    organizations: Vec<(usize, usize)>,
}

impl EntityIndex {
    /// Indexes the mentions of `entities`.
    pub fn new(entities: &[Entity]) -> EntityIndex {
        let mut index = EntityIndex::default();
        for (e, entity) in entities.iter().enumerate() {
            for mention in &entity.mentions {
                index.mentions.push((mention.span, e));
                match entity.kind {
                    EntityKind::Person => index.people.push((mention.span.end, e)),
                    EntityKind::Organization => index.organizations.push((mention.span.end, e)),
                    EntityKind::Place | EntityKind::Other => {}
                }
            }
        }
        index.mentions.sort();
        index.people.sort();
        index.organizations.sort();
        index
    }

    /// The entity of the longest mention inside `span`, or else of a
    /// mention that holds all of `span`.
    pub fn within(&self, span: Span) -> Option<usize> {
        let first = self.mentions.partition_point(|(m, _)| m.start < span.start);
        let inside = self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| span.contains(*m))
            .max_by_key(|(m, _)| (m.len(), std::cmp::Reverse(m.start)))
            .map(|&(_, e)| e);
        inside.or_else(|| {
            let upto = self
                .mentions
                .partition_point(|(m, _)| m.start <= span.start);
            self.mentions[..upto]
                .iter()
                .rev()
                .take(4)
                .find(|(m, _)| m.contains(span))
                .map(|&(_, e)| e)
        })
    }

    /// The entity of `kind` mentioned last before byte `offset`.
    pub fn latest_before(&self, kind: EntityKind, offset: usize) -> Option<usize> {
        let list = match kind {
            EntityKind::Person => &self.people,
            _ => &self.organizations,
        };
        let end = list.partition_point(|&(e, _)| e <= offset);
        end.checked_sub(1).map(|i| list[i].1)
    }
}

/// The entity the source phrase `phrase` at `span` refers to.
pub fn entity_of(index: &EntityIndex, phrase: &str, span: Span) -> Option<usize> {
    if let Some(e) = index.within(span) {
        return Some(e);
    }
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["he" | "she" | "him" | "her"] => index.latest_before(EntityKind::Person, span.start),
        ["it"] => index.latest_before(EntityKind::Organization, span.start),
        [determiner, .., head] if matches!(*determiner, "the" | "this" | "that") => {
            if PERSON_DESCRIPTIONS.contains(head) {
                index.latest_before(EntityKind::Person, span.start)
            } else if ORGANIZATION_DESCRIPTIONS.contains(head) {
                index.latest_before(EntityKind::Organization, span.start)
            } else {
                None
            }
        }
        _ => None,
    }
}
