//! People who share a surname, told apart by what the text says of each:
//! "Mr. Okafor" is not "Ana Okafor" but her husband, named in full or not
//! ("Mr. Okafor" and "Mrs. Okafor" beside "Ana Okafor" and "Tomas
//! Okafor"). Linking gives every one-word surname to one person; here a
//! surname whose title marks the other gender goes to the namesake of that
//! gender, or to a person of its own when the article names none.

use super::linking::name_key;
use crate::annotation::{Entity, EntityKind, Mention};
use crate::detect::gender::{self, Gender, Votes};
use std::collections::HashMap;

/// Moves each surname mention whose title contradicts its person's gender
/// to the namesake that title fits, then gives the surname's untitled
/// mentions to whichever namesake the titled ones most often name.
pub(super) fn tell_apart(text: &str, mut entities: Vec<Entity>) -> Vec<Entity> {
    let people: Vec<(usize, String, Gender)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .filter_map(|(i, e)| Some((i, surname_key(&e.name)?, gender_of(text, e)?)))
        .collect();
    // The people a surname may name, by surname and gender.
    let mut namesakes: HashMap<(String, Gender), usize> = HashMap::new();
    for (i, surname, gender) in &people {
        namesakes.entry((surname.clone(), *gender)).or_insert(*i);
    }
    let mut split: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, surname, gender) in people {
        let (stays, leaves): (Vec<Mention>, Vec<Mention>) =
            std::mem::take(&mut entities[i].mentions)
                .into_iter()
                .partition(|m| titled_gender(text, m, &surname).is_none_or(|g| g == gender));
        entities[i].mentions = stays;
        for mention in leaves {
            let other = gender.other();
            let target = *namesakes
                .entry((surname.clone(), other))
                .or_insert_with(|| {
                    entities.push(Entity {
                        kind: EntityKind::Person,
                        name: mention.span.slice(text).to_string(),
                        mentions: Vec::new(),
                    });
                    entities.len() - 1
                });
            entities[target].mentions.push(mention);
            let both = split.entry(surname.clone()).or_default();
            for j in [i, target] {
                if !both.contains(&j) {
                    both.push(j);
                }
            }
        }
    }
    for (surname, candidates) in &split {
        give_untitled_mentions(text, &mut entities, surname, candidates);
    }
    for entity in &mut entities {
        entity.mentions.sort_by_key(|m| m.span.start);
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities.sort_by_key(|e| e.mentions[0].span.start);
    entities
}

/// The untitled surname mentions of the people in `candidates` go to the
/// one whose surname the titles name most often (ties leave them where
/// they are): "Obama" in a headline is the "Mr. Obama" of the article.
fn give_untitled_mentions(
    text: &str,
    entities: &mut [Entity],
    surname: &str,
    candidates: &[usize],
) {
    let titled = |e: &Entity| {
        e.mentions
            .iter()
            .filter(|m| titled_gender(text, m, surname).is_some())
            .count()
    };
    let counts: Vec<usize> = candidates.iter().map(|&i| titled(&entities[i])).collect();
    let best = counts.iter().copied().max().unwrap_or(0);
    let winners: Vec<usize> = (candidates.iter().zip(&counts))
        .filter(|(_, &n)| n == best)
        .map(|(&i, _)| i)
        .collect();
    let [winner] = winners[..] else {
        return;
    };
    for &i in candidates.iter().filter(|&&i| i != winner) {
        let (untitled, rest): (Vec<Mention>, Vec<Mention>) =
            std::mem::take(&mut entities[i].mentions)
                .into_iter()
                .partition(|m| {
                    is_surname(text, m, surname) && titled_gender(text, m, surname).is_none()
                });
        entities[i].mentions = rest;
        entities[winner].mentions.extend(untitled);
    }
}

/// The gender a person's full names show (their given names and the
/// titles before them), if they agree; for a person named only by
/// surname, the gender most of its titles show.
fn gender_of(text: &str, person: &Entity) -> Option<Gender> {
    let mut votes = Votes::default();
    for mention in &person.mentions {
        let words = mention.span.slice(text);
        if words.split_whitespace().count() >= 2 {
            votes.add(gender::of_given_name(words));
            votes.add(gender::of_words_before(&text[..mention.span.start]));
        }
    }
    if votes.any() {
        return votes.unanimous();
    }
    let surname = surname_key(&person.name)?;
    for mention in &person.mentions {
        votes.add(titled_gender(text, mention, &surname));
    }
    votes.majority()
}

/// The gender of the title right before a mention of the surname alone
/// ("Mrs. Okafor"), if it has one.
fn titled_gender(text: &str, mention: &Mention, surname: &str) -> Option<Gender> {
    is_surname(text, mention, surname)
        .then(|| gender::of_words_before(&text[..mention.span.start]))
        .flatten()
}

/// Whether a mention is the surname alone.
fn is_surname(text: &str, mention: &Mention, surname: &str) -> bool {
    surname_key(mention.span.slice(text)).is_some_and(|k| k == surname)
        && !mention.span.slice(text).contains(char::is_whitespace)
}

/// A name's last word, as names are compared.
fn surname_key(name: &str) -> Option<String> {
    name.split_whitespace().last().map(name_key)
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use crate::annotation::EntityKind::Person;

    /// The mentions of each person found in `text`.
    fn people(text: &str) -> Vec<Vec<&str>> {
        found(text)
            .into_iter()
            .filter(|(kind, _)| *kind == Person)
            .map(|(_, mentions)| mentions)
            .collect()
    }

    #[test]
    fn a_title_of_the_other_gender_names_someone_else() {
        let text = "Anna Berg opened the harbour school on Monday. Mr. Berg said the \
                    roof had cost too much. Mrs. Berg said the pupils were kind.";
        assert_eq!(
            people(text),
            [vec!["Anna Berg", "Berg"], vec!["Berg"]],
            "Mr. Berg is a person of his own"
        );
    }

    #[test]
    fn each_title_goes_to_the_namesake_it_fits() {
        let text = "Anna Berg and her husband, Yuri Berg, opened the school. Mr. Berg \
                    said the roof had cost too much. Mrs. Berg said the pupils were \
                    kind. Mr. Berg left early.";
        let found = people(text);
        let with = |name: &str| found.iter().find(|m| m[0] == name).cloned();
        assert_eq!(with("Anna Berg").map(|m| m.len()), Some(2), "{found:?}");
        assert_eq!(with("Yuri Berg").map(|m| m.len()), Some(3), "{found:?}");
    }

    #[test]
    fn an_untitled_surname_goes_where_the_titles_point() {
        let text = "Berg Opens School\n\nAnna Berg watched from the back. Mr. Berg \
                    said the roof had cost too much. Mr. Berg left early.";
        let found = people(text);
        assert!(
            found.contains(&vec!["Berg", "Berg", "Berg"]),
            "the headline's Berg is Mr. Berg: {found:?}"
        );
        assert!(found.contains(&vec!["Anna Berg"]), "{found:?}");
    }

    #[test]
    fn titles_that_fit_leave_the_person_whole() {
        let text = "Anna Berg opened the school. Ms. Berg said the roof had cost too \
                    much. Berg left early.";
        assert_eq!(people(text), [vec!["Anna Berg", "Berg", "Berg"]]);
    }
}
