//! Links mentions of the same entity: repeated names, surnames of people,
//! a full name inside a longer one ("Suu Kyi", "Aung San Suu Kyi"),
//! acronyms given in parentheses, possessives.

use super::designators::is_titled;
use crate::annotation::{Entity, EntityKind, Mention};
use crate::document::Document;
use crate::ner::Tagger;
use crate::span::Span;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// A mention before linking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawMention {
    /// The name's words.
    pub span: Span,
    /// Its kind as first guessed.
    pub kind: EntityKind,
    /// A role written before it.
    pub role: Option<Span>,
    /// Whether where it stands shows it names a place, whatever its other
    /// mentions suggest: the article's dateline ("PORT ELLIN —"), or
    /// before a place noun ("the Tidewater county council").
    pub surely_place: bool,
    /// Whether it was read as a person's name for ending in the surname of
    /// another person named in full ("Melania Trump" beside "Donald
    /// Trump"): it leaves that surname alone to the other.
    pub borrowed_surname: bool,
}

/// Groups mentions into entities.
///
/// A mention joins an earlier entity with the same name or, being a name
/// of two words or more, one whose name ends with it; a one-word mention
/// joins the person whose last name it is or, being an organization, the
/// organization whose first word it is, in either order of appearance;
/// an acronym in parentheses after a name joins that name. The most
/// frequent kind among the mentions wins, with people preferred when a
/// surname links.
pub fn link(doc: &Document, mentions: Vec<RawMention>) -> Vec<Entity> {
    let text = doc.text;
    let mut entity_of_key: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Vec<RawMention>> = Vec::new();
    // One-word names that stand for a longer name: surnames, first words
    // of organizations.
    let mut short_forms: HashMap<String, (usize, EntityKind)> = HashMap::new();
    // Full names inside longer ones ("Suu Kyi" in "Aung San Suu Kyi").
    let mut shorter_names: HashMap<String, usize> = HashMap::new();

    // One-word places: an organization named after one is not called by it.
    let places = one_word_places(text, &mentions);
    // Full names first, so that surnames can find them whatever the order
    // (each name's words counted once, not at every comparison).
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_cached_key(|&i| {
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
            .or_else(|| acronym_target(doc, mention, &mentions, &entity_of_key))
            .or_else(|| shorter_names.get(&key).copied())
            .or_else(|| {
                let (group, kind) = short_forms.get(&key).copied()?;
                // Only an organization stands for a company by its first word.
                let joins = kind == EntityKind::Person || mention.kind == kind;
                (word_count(name) == 1 && joins).then_some(group)
            });
        let index = group.unwrap_or_else(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        // A full name lends its short form to its entity, also when it
        // joined a longer name ("Donald Trump" in "Republican Donald Trump").
        let lends = !mention.borrowed_surname;
        let short = short_form(name, mention.kind).filter(|short| {
            lends && !(mention.kind == EntityKind::Organization && is_place(&places, short))
        });
        if let Some(short) = short {
            short_forms
                .entry(name_key(short))
                .or_insert((index, mention.kind));
        }
        if let Entry::Vacant(slot) = entity_of_key.entry(key) {
            for shorter in full_names_within(slot.key()) {
                shorter_names.entry(shorter).or_insert(index);
            }
            slot.insert(index);
        }
        groups[index].push(mention.clone());
    }

    merge_acronyms(text, &mut groups);
    let mut entities: Vec<Entity> = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|g| to_entity(text, g))
        .collect();
    entities.sort_by_key(|e| e.mentions[0].span.start);
    entities
}

/// The one word a longer name is called by, later or earlier in the
/// article: a person's surname ("Okonkwo" for "Adaeze Okonkwo"), an
/// organization's first word ("Northwind" for "Northwind Marine").
fn short_form(name: &str, kind: EntityKind) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.last()?;
    match kind {
        EntityKind::Person => Some(last),
        EntityKind::Organization if first.chars().count() > 3 => Some(first),
        _ => None,
    }
}

/// The names of one word that the article gives as places at least as
/// often as organizations.
fn one_word_places(text: &str, mentions: &[RawMention]) -> HashSet<String> {
    let mut balance: HashMap<String, isize> = HashMap::new();
    for m in mentions {
        let name = m.span.slice(text);
        let vote = match m.kind {
            EntityKind::Place => 1,
            EntityKind::Organization => -1,
            _ => continue,
        };
        if word_count(name) == 1 {
            *balance.entry(name_key(name)).or_default() += vote;
        }
    }
    balance
        .into_iter()
        .filter(|&(_, n)| n >= 0)
        .map(|(name, _)| name)
        .collect()
}

/// Whether a word names a place: the article gives it as one, or the name
/// lists know it as a place and not an organization ("Boston" of "Boston
/// Harbor Authority").
fn is_place(places: &HashSet<String>, word: &str) -> bool {
    let listed = Tagger::embedded().listed_kinds(&[word]);
    places.contains(&name_key(word))
        || listed.contains(&EntityKind::Place) && !listed.contains(&EntityKind::Organization)
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

/// The letters of an acronym ("EU", "U.S."), if `name` is one.
fn acronym_letters(name: &str) -> Option<String> {
    let letters: String = name.chars().filter(|&c| c != '.').collect();
    let is_acronym =
        (2..=5).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase());
    is_acronym.then_some(letters)
}

/// The capitals that begin the words of a name ("European Union" → "EU").
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Joins each acronym to the one name of several words in the document
/// whose initials spell it ("EU" and "European Union"), wherever it stands.
fn merge_acronyms(text: &str, groups: &mut [Vec<RawMention>]) {
    // For each initials, how many names of two words or more each group
    // holds with them: indexed once, so an acronym finds its expansion
    // without scanning every mention (that scan was quadratic).
    let mut holders: HashMap<String, HashMap<usize, usize>> = HashMap::new();
    let full_name = |m: &RawMention| {
        let name = m.span.slice(text);
        (word_count(name) >= 2).then(|| initials(name))
    };
    for (g, group) in groups.iter().enumerate() {
        for letters in group.iter().filter_map(full_name) {
            *holders.entry(letters).or_default().entry(g).or_default() += 1;
        }
    }
    for a in 0..groups.len() {
        let Some(letters) = groups[a]
            .first()
            .and_then(|m| acronym_letters(m.span.slice(text)))
        else {
            continue;
        };
        let expansions: Vec<usize> = holders.get(&letters).map_or(Vec::new(), |held| {
            held.keys().copied().filter(|&b| b != a).take(2).collect()
        });
        if let [b] = expansions[..] {
            let moved = std::mem::take(&mut groups[a]);
            for letters in moved.iter().filter_map(full_name) {
                let held = holders.entry(letters).or_default();
                if let Entry::Occupied(mut count) = held.entry(a) {
                    *count.get_mut() -= 1;
                    if *count.get() == 0 {
                        count.remove();
                    }
                }
                *held.entry(b).or_default() += 1;
            }
            groups[b].extend(moved);
        }
    }
}

fn word_count(name: &str) -> usize {
    name.split_whitespace().count()
}

/// The shorter full names (two words or more) that a name `key` ends
/// with and may be called by: "suu kyi" and "san suu kyi" for "aung san
/// suu kyi", "security council" for "u.n. security council". A name
/// after "of" or "and" is someone else's ("Chris Wallace of Fox News"),
/// and a prefix of more than two words is more than a given name or a
/// title.
fn full_names_within(key: &str) -> Vec<String> {
    let words: Vec<&str> = key.split_whitespace().collect();
    (1..=2.min(words.len().saturating_sub(2)))
        .take_while(|&cut| {
            !words[..cut]
                .iter()
                .any(|w| matches!(*w, "of" | "and" | "for" | "the"))
        })
        .map(|cut| words[cut..].join(" "))
        .collect()
}

/// How a name is compared: case and typographic apostrophes folded.
pub(super) fn name_key(name: &str) -> String {
    name.to_lowercase().replace('\u{2019}', "'")
}

/// The name an entity goes by: the name of two words or more written most
/// often, the longest on a tie ("Hillary Clinton" over a one-off "Crooked
/// Hillary Clinton"), or the longest name when none has two words.
fn canonical_name<'t>(text: &'t str, group: &[RawMention]) -> &'t str {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in group {
        *counts.entry(m.span.slice(text)).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(name, n)| {
            let full = word_count(name) >= 2;
            (
                full,
                if full { n } else { 0 },
                word_count(name),
                name.len(),
                name,
            )
        })
        .map_or("", |(name, _)| name)
}

fn to_entity(text: &str, mut group: Vec<RawMention>) -> Entity {
    group.sort_by_key(|m| m.span.start);
    let name = canonical_name(text, &group).to_string();
    let mut votes: Vec<(EntityKind, usize)> = Vec::new();
    for mention in &group {
        match votes.iter_mut().find(|(k, _)| *k == mention.kind) {
            Some((_, n)) => *n += 1,
            None => votes.push((mention.kind, 1)),
        }
    }
    // A person's name or surname tagged as a person settles it.
    let surname = name.split_whitespace().last().unwrap_or_default();
    let named_person = group.iter().any(|m| {
        let words = m.span.slice(text);
        m.kind == EntityKind::Person && (words == name || words == surname)
    });
    // "President X", "Mayor X": a person's title right before a mention
    // says who it is, whatever the tagger read ("the X administration").
    let titled = group
        .iter()
        .any(|m| m.role.is_some_and(|role| is_titled(text, role)));
    let kind = if group.iter().any(|m| m.surely_place) {
        EntityKind::Place
    } else if titled || group.len() > 1 && named_person && word_count(&name) >= 2 {
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

#[cfg(test)]
mod tests {
    use crate::annotation::{Entity, EntityKind};
    use crate::document::format::Format;
    use crate::document::Document;

    fn entities(text: &str) -> Vec<(EntityKind, String, Vec<&str>)> {
        crate::detect::entities::detect(&Document::parse(text, Format::Text))
            .into_iter()
            .map(
                |Entity {
                     kind,
                     name,
                     mentions,
                 }| {
                    let texts = mentions.iter().map(|m| m.span.slice(text)).collect();
                    (kind, name, texts)
                },
            )
            .collect()
    }

    /// Links hand-made mentions: each name at its first occurrence after
    /// the previous one, with its kind.
    fn link_names<'t>(text: &'t str, names: &[(&str, EntityKind)]) -> Vec<(String, Vec<&'t str>)> {
        let doc = Document::parse(text, Format::Text);
        let mut from = 0;
        let mentions = names
            .iter()
            .map(|&(name, kind)| {
                let start = from + text[from..].find(name).expect("the name is in the text");
                from = start + name.len();
                super::RawMention {
                    span: crate::span::Span::new(start, from),
                    kind,
                    role: None,
                    surely_place: false,
                    borrowed_surname: false,
                }
            })
            .collect();
        super::link(&doc, mentions)
            .into_iter()
            .map(|e| {
                let texts = e.mentions.iter().map(|m| m.span.slice(text)).collect();
                (e.name, texts)
            })
            .collect()
    }

    #[test]
    fn a_full_name_joins_a_longer_one_ending_with_it_and_is_its_name() {
        let text = "Sinta Dewi Mardani spoke. Later Dewi Mardani said no. Dewi Mardani left.";
        let person = EntityKind::Person;
        let found = link_names(
            text,
            &[
                ("Sinta Dewi Mardani", person),
                ("Dewi Mardani", person),
                ("Dewi Mardani", person),
            ],
        );
        assert_eq!(
            found,
            vec![(
                "Dewi Mardani".to_string(),
                vec!["Sinta Dewi Mardani", "Dewi Mardani", "Dewi Mardani"]
            )]
        );
    }

    #[test]
    fn a_place_is_not_the_organization_named_after_it() {
        let text = "A Boston judge ruled. The Boston Harbor Authority met. Boston agreed.";
        let (org, place) = (EntityKind::Organization, EntityKind::Place);
        let found = link_names(
            text,
            &[
                ("Boston", org),
                ("Boston Harbor Authority", org),
                ("Boston", place),
            ],
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].1, vec!["Boston Harbor Authority"], "{found:?}");
    }

    #[test]
    fn a_name_after_of_is_someone_else() {
        let text = "Kara Holm of Harbor News asked. Harbor News ran the story.";
        let org = EntityKind::Organization;
        let found = link_names(
            text,
            &[("Kara Holm of Harbor News", org), ("Harbor News", org)],
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn a_surname_joins_the_full_name_in_either_order() {
        let text = "Okonkwo declined to comment. Later, Adaeze Okonkwo said the ferry would run. Okonkwo left.";
        let found = entities(text);
        let person = found
            .iter()
            .find(|e| e.1 == "Adaeze Okonkwo")
            .expect("the full name");
        assert_eq!(person.0, EntityKind::Person);
        assert_eq!(person.2, vec!["Okonkwo", "Adaeze Okonkwo", "Okonkwo"]);
    }

    #[test]
    fn a_titled_surname_joins_the_full_name_with_its_role() {
        let text = "Lars Heikkinen won the vote. President Heikkinen promised new ferries.";
        let e = crate::detect::entities::detect(&Document::parse(text, Format::Text));
        let person = e
            .iter()
            .find(|e| e.name == "Lars Heikkinen")
            .expect("the person");
        assert_eq!(person.mentions.len(), 2);
        assert_eq!(person.mentions[1].span.slice(text), "Heikkinen");
        assert_eq!(
            person.mentions[1].role.map(|r| r.slice(text)),
            Some("President")
        );
    }

    #[test]
    fn an_organization_is_called_by_its_first_word() {
        let text = "Halvard Shipping Group bought two ferries. Halvard said it would hire crews.";
        let found = entities(text);
        let firm = found
            .iter()
            .find(|e| e.1 == "Halvard Shipping Group")
            .expect("the firm");
        assert_eq!(firm.0, EntityKind::Organization);
        assert_eq!(firm.2, vec!["Halvard Shipping Group", "Halvard"]);
    }

    #[test]
    fn an_acronym_joins_its_expansion_with_or_without_parentheses() {
        let text =
            "The Baltic Ferry Authority (BFA) raised fees. Later the BFA said fees would fall.";
        let found = entities(text);
        let authority = found
            .iter()
            .find(|e| e.1 == "Baltic Ferry Authority")
            .expect("the body");
        assert_eq!(authority.0, EntityKind::Organization);
        assert_eq!(authority.2, vec!["Baltic Ferry Authority", "BFA", "BFA"]);
        let text = "Fees rose in the United States. The US ports are busy.";
        let found = entities(text);
        let country = found
            .iter()
            .find(|e| e.1 == "United States")
            .expect("the country");
        assert_eq!(country.2, vec!["United States", "US"]);
    }
}
