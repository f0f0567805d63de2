//! Links mentions of the same entity: repeated names, surnames of people,
//! acronyms given in parentheses, possessives.

use crate::annotation::{Entity, EntityKind, Mention};
use crate::document::Document;
use crate::span::Span;
use std::collections::HashMap;

/// A mention before linking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawMention {
    /// The name's words.
    pub span: Span,
    /// Its kind as first guessed.
    pub kind: EntityKind,
    /// A role written before it.
    pub role: Option<Span>,
}

/// Groups mentions into entities.
///
/// A mention joins an earlier entity with the same name; a one-word mention
/// joins the person whose last name it is (in either order of appearance);
/// an acronym in parentheses after a name joins that name. The most
/// frequent kind among the mentions wins, with people preferred when a
/// surname links.
pub fn link(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    let text = doc.text;
    let mut entity_of_key: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Vec<RawMention>> = Vec::new();

    // Full names first, so that surnames can find them whatever the order.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(word_count(mentions[i].span.slice(text))),
            mentions[i].span.start,
        )
    });

    for &i in &order {
        let mention = &mentions[i];
        let name = mention.span.slice(text);
        let key = name_key(name);
        let group = entity_of_key
            .get(&key)
            .copied()
            .or_else(|| acronym_target(doc, mention, &mentions, &entity_of_key));
        let index = match group {
            Some(g) => g,
            None => {
                groups.push(Vec::new());
                let g = groups.len() - 1;
                // Register the surname of a multi-word name.
                if mention.kind == EntityKind::Person || word_count(name) >= 2 {
                    if let Some(last) = name.split_whitespace().last() {
                        if word_count(name) >= 2 && mention.kind == EntityKind::Person {
                            entity_of_key.entry(name_key(last)).or_insert(g);
                        }
                    }
                }
                g
            }
        };
        entity_of_key.entry(key).or_insert(index);
        groups[index].push(mention.clone());
    }

    let mut entities: Vec<Entity> = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|g| to_entity(text, g))
        .collect();
    entities.sort_by_key(|e| e.mentions[0].span.start);
    entities
}

/// The entity an acronym written in parentheses right after a name stands for.
fn acronym_target(
    doc: &Document,
    mention: &RawMention,
    mentions: &[RawMention],
    entity_of_key: &HashMap<String, usize>,
) -> Option<usize> {
    let acronym = mention.span.slice(doc.text);
    if acronym.len() < 2 || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let before = doc.text[..mention.span.start].trim_end();
    let before = before.strip_suffix('(')?.trim_end();
    let expansion = mentions.iter().find(|m| m.span.end == before.len())?;
    let initials: String = expansion
        .span
        .slice(doc.text)
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (initials == acronym).then(|| {
        entity_of_key
            .get(&name_key(expansion.span.slice(doc.text)))
            .copied()
    })?
}

fn word_count(name: &str) -> usize {
    name.split_whitespace().count()
}

/// How a name is compared: case and typographic apostrophes folded.
fn name_key(name: &str) -> String {
    name.to_lowercase().replace('\u{2019}', "'")
}

fn to_entity(text: &str, mut group: Vec<RawMention>) -> Entity {
    group.sort_by_key(|m| m.span.start);
    let name = group
        .iter()
        .map(|m| m.span.slice(text))
        .max_by_key(|n| (word_count(n), n.len()))
        .unwrap_or_default()
        .to_string();
    let mut votes: Vec<(EntityKind, usize)> = Vec::new();
    for mention in &group {
        match votes.iter_mut().find(|(k, _)| *k == mention.kind) {
            Some((_, n)) => *n += 1,
            None => votes.push((mention.kind, 1)),
        }
    }
    let kind = if group.len() > 1
        && votes.iter().any(|(k, _)| *k == EntityKind::Person)
        && word_count(&name) >= 2
    {
        EntityKind::Person
    } else {
        votes
            .iter()
            .max_by_key(|(k, n)| (*n, *k != EntityKind::Other))
            .map(|(k, _)| *k)
            .unwrap_or(EntityKind::Other)
    };
    let mentions = group
        .into_iter()
        .map(|m| Mention {
            span: m.span,
            role: m.role,
        })
        .collect();
    Entity {
        kind,
        name,
        mentions,
    }
}
