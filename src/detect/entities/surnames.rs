//! A name that opens with a known given name, or ends in the surname of
//! a person the article names, is a person's name ("Gennifer Flowers" where the article has "Ms. Flowers",
//! "Melania Trump" where it has "Donald Trump"), whatever the tagger read
//! for it: an unfamiliar given name or a Title Case headline often makes
//! the tagger take a full name for an organization or a place.

use super::designators::{is_titled, kind_of};
use super::edges::words_before_person_name;
use super::linking::{name_key as key, RawMention};
use super::mentions::is_title_word;
use crate::annotation::EntityKind;
use crate::document::Document;
use crate::lexicon::is_person_title;
use crate::ner::lists::{GIVEN_NAME, PLACE};
use crate::ner::Tagger;
use crate::span::Span;
use std::collections::{HashMap, HashSet};

/// Makes a person of each organization or place of `mentions` whose name,
/// of two words or more, is a given name of the name lists and a word that
/// may be a surname (see [`Tagger::may_be_surname`]) or ends in the surname of a person the article
/// names otherwise (see [`surnames`]). A name whose own words say
/// otherwise ("Flowers Institute") or that the training data lists as an
/// organization or place keeps its kind.
pub fn mark_people(doc: &Document, mentions: &mut [RawMention]) {
    let text = doc.text;
    let surnames = surnames(text, mentions);
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Organization | EntityKind::Place) || m.surely_place {
            continue;
        }
        let name = m.span.slice(text);
        let words: Vec<&str> = name.split_whitespace().collect();
        let [first, .., last] = words.as_slice() else {
            continue;
        };
        let by_given_name =
            words.len() == 2 && is_given_name(first) && Tagger::embedded().may_be_surname(last);
        // Another name must bear the surname out ("Walter Energy" read as
        // a person's makes no person of "Walter Energy" elsewhere).
        let bearers = surnames.get(&key(last));
        let own = key(name);
        let by_surname = bearers.is_some_and(|b| b.other_than(&own));
        if (by_given_name || by_surname) && is_a_name_of_people(&words) {
            m.kind = EntityKind::Person;
            m.borrowed_surname = bearers.is_some_and(|b| b.full_other_than(&own));
            titles_to_role(text, m);
        }
    }
}

/// A person's name without the titles and what they name before it,
/// which become its role: the titles it opens with ("Chief Justice
/// Okafor": the tagger read the whole as a body's name, whose titles stay
/// in it, as in "Justice Department") or those inside it ("Party Research
/// Director Ana Ruiz", see [`words_before_person_name`]).
fn titles_to_role(text: &str, m: &mut RawMention) {
    let name = m.span.slice(text);
    let words: Vec<&str> = name.split_whitespace().collect();
    let leading = words
        .iter()
        .take(words.len() - 1)
        .take_while(|w| is_title_word(w))
        .count();
    let titles = leading.max(words_before_person_name(&words));
    if titles == 0 {
        return;
    }
    let offset = |w: &str| w.as_ptr() as usize - name.as_ptr() as usize;
    let last_title = words[titles - 1];
    let role = Span::new(
        m.span.start,
        m.span.start + offset(last_title) + last_title.len(),
    );
    m.role = Some(m.role.map_or(role, |r| r.cover(role)));
    m.span = Span::new(m.span.start + offset(words[titles]), m.span.end);
}

/// The distinct names (as [`key`]s) that give one surname, and how many
/// of them are full names of several words.
#[derive(Default)]
struct Bearers {
    names: HashSet<String>,
    full: usize,
}

impl Bearers {
    fn add(&mut self, name: String) {
        let full = name.contains(' ');
        if self.names.insert(name) && full {
            self.full += 1;
        }
    }

    /// Whether a name other than `own` gives the surname.
    fn other_than(&self, own: &str) -> bool {
        self.names.len() > usize::from(self.names.contains(own))
    }

    /// Whether a full name other than `own` gives the surname.
    fn full_other_than(&self, own: &str) -> bool {
        let own_is_full = own.contains(' ') && self.names.contains(own);
        self.full > usize::from(own_is_full)
    }
}

/// The surnames of the people `mentions` name, each with the names that
/// give it: the last word of a name read as a person's or written after a
/// person's title ("Ms. Flowers"). Each name counts once, so that a long
/// article costs one look-up a mention.
fn surnames(text: &str, mentions: &[RawMention]) -> HashMap<String, Bearers> {
    let mut surnames: HashMap<String, Bearers> = HashMap::new();
    for m in mentions {
        let titled = m.role.is_some_and(|role| is_titled(text, role));
        if m.kind != EntityKind::Person && !titled {
            continue;
        }
        let name = m.span.slice(text);
        if let Some(last) = name.split_whitespace().last() {
            surnames.entry(key(last)).or_default().add(key(name));
        }
    }
    surnames
}

/// Whether nothing but the tagger's guess says `words` name something
/// other than a person: every word capitalized, no word of the name that
/// tells its kind, and not listed otherwise by the training data.
fn is_a_name_of_people(words: &[&str]) -> bool {
    let capitalized = words.iter().all(|w| w.starts_with(char::is_uppercase));
    let last_is_title = words.last().is_some_and(|w| is_person_title(w));
    let listed = Tagger::embedded().listed_kinds(words);
    capitalized
        && !last_is_title
        && kind_of(words, EntityKind::Person) == EntityKind::Person
        && !listed
            .iter()
            .any(|k| matches!(k, EntityKind::Organization | EntityKind::Place))
}

/// Whether the name lists know `word` as a given name and not as a place
/// ("Lloyd" of "Lloyd Austin", not "Jordan").
fn is_given_name(word: &str) -> bool {
    let flags = Tagger::embedded().list_flags(&[word]);
    flags & GIVEN_NAME != 0 && flags & PLACE == 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use super::RawMention;
    use crate::annotation::EntityKind::*;
    use crate::span::Span;

    #[test]
    fn a_name_ending_in_a_persons_surname_is_a_person() {
        // The tagger alone reads the headline's "Orla Banks" as an
        // organization. The bare surname stays with the one named in full
        // in the prose.
        let text = "Hold Orla Banks to her own rules.\n\nTove Banks, her husband, said on \
                    Monday that she would not return. Banks left early.\n";
        let names = found(text);
        assert!(names.contains(&(Person, vec!["Orla Banks"])), "{names:?}");
        assert!(
            names.contains(&(Person, vec!["Tove Banks", "Banks"])),
            "{names:?}"
        );
    }

    #[test]
    fn a_name_opening_with_a_given_name_is_a_person() {
        // The tagger alone reads the names in capitals as organizations.
        let text = "NOMINEES\n\nDEFENSE: LLOYD VANTERPOOL\n\nTREASURY: MARGARET OKAFOR\n\n\
                    Vanterpool and Okafor face hearings in May.\n";
        let names = found(text);
        assert!(
            names.contains(&(Person, vec!["LLOYD VANTERPOOL", "Vanterpool"])),
            "{names:?}"
        );
    }

    #[test]
    fn a_titled_name_read_as_a_body_is_the_person_named_in_full() {
        let text = "Chief Justice Anna Okafor wrote the opinion. Later, Chief Justice \
                    Okafor added a note.";
        let names = found(text);
        assert!(
            names.contains(&(Person, vec!["Anna Okafor", "Okafor"])),
            "{names:?}"
        );
    }

    #[test]
    fn the_titles_in_a_persons_name_become_its_role() {
        let cases = [
            ("Chief Justice Okafor", "Okafor", "Chief Justice"),
            (
                "Harbor Party Research Director Ana Ruiz",
                "Ana Ruiz",
                "Harbor Party Research Director",
            ),
            ("Martin Luther King Jr.", "Martin Luther King Jr.", ""),
        ];
        for (text, name, role) in cases {
            let mut m = RawMention {
                span: Span::new(0, text.len()),
                kind: Person,
                role: None,
                surely_place: false,
                borrowed_surname: false,
            };
            super::titles_to_role(text, &mut m);
            assert_eq!(m.span.slice(text), name);
            assert_eq!(m.role.map_or("", |r| r.slice(text)), role);
        }
    }

    #[test]
    fn a_name_whose_words_tell_its_kind_keeps_it() {
        let text = "Ms. Brenneck said the Brenneck Institute would close.";
        let names = found(text);
        assert!(
            names.contains(&(Organization, vec!["Brenneck Institute"])),
            "{names:?}"
        );
    }
}
