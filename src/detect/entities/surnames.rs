//! A name that opens with a known given name, or ends in the surname of
//! a person the article names, is a person's name ("Gennifer Flowers" where the article has "Ms. Flowers",
//! "Melania Trump" where it has "Donald Trump"), whatever the tagger read
//! for it: an unfamiliar given name or a Title Case headline often makes
//! the tagger take a full name for an organization or a place.

use super::designators::{is_titled, kind_of};
use super::linking::{name_key as key, RawMention};
use crate::annotation::EntityKind;
use crate::document::Document;
use crate::lexicon::{is_demonym, is_person_title, is_title_word, NAME_PARTICLES};
use crate::ner::lists::{GIVEN_NAME, PLACE};
use crate::ner::Tagger;
use crate::span::Span;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Makes a person of each organization or place of `mentions` whose name,
/// of two words or more, is a given name of the name lists and a word that
/// may be a surname (see [`Tagger::may_be_surname`]), with initials and a
/// suffix or not ("Ana B. Ruiz Jr."), or ends in the surname of a person
/// the article names otherwise (see [`surnames`]), or is a full name after
/// a title inside a body's name ("Harbor Court Justice Anika Vell"). A
/// name whose own words say otherwise ("Flowers Institute") or that the
/// training data lists as an organization or place keeps its kind.
pub fn mark_people(doc: &Document, mentions: &mut [RawMention]) {
    let text = doc.text;
    let surnames = surnames(text, mentions);
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Organization | EntityKind::Place) || m.surely_place {
            continue;
        }
        let name = m.span.slice(text);
        let all_words: Vec<&str> = name.split_whitespace().collect();
        // The titles inside a name read as a body's are no part of the
        // person's ("Harbor Court Justice Ana Ruiz").
        let titles = titles_in(&all_words);
        let words = &all_words[titles..];
        let (true, Some(last)) = (all_words.len() > 1, words.last()) else {
            continue;
        };
        // With an initial or a suffix, the name's form is a person's even
        // where the given name is also a place's ("George W. Bush") or is
        // no listed one, being written as a name is ("Vandrel K. Ostby").
        let core = core_of(words);
        let given = |w: &str| match core.len() == words.len() {
            true => is_given_name(w),
            false => Tagger::embedded().list_flags(&[w]) & GIVEN_NAME != 0 || is_name_word(w),
        };
        let is_full_name = |name: &[&str], given: &dyn Fn(&str) -> bool| match name {
            [first, surname] => given(first) && Tagger::embedded().may_be_surname(surname),
            _ => false,
        };
        // (A title may read as a given name: "Prince Tomas" is someone.)
        let by_given_name = is_full_name(&core, &given) || is_full_name(&all_words, &is_given_name);
        // Another name must bear the surname out ("Walter Energy" read as
        // a person's makes no person of "Walter Energy" elsewhere).
        let bearers = surnames.get(&key(last));
        let own = key(name);
        let by_surname = bearers.is_some_and(|b| b.other_than(&own));
        let people =
            is_a_name_of_people(&all_words) || words.len() > 1 && is_a_name_of_people(words);
        // A full name after a person's title inside a body's name is the
        // person's ("Harbor Court Justice Anika Vole").
        let by_title =
            titles > 0 && matches!(core.len(), 2 | 3) && core.iter().all(|w| is_name_word(w));
        if (by_given_name || by_surname || by_title) && people {
            m.kind = EntityKind::Person;
            m.borrowed_surname = bearers.is_some_and(|b| b.full_other_than(&own));
            titles_to_role(text, m);
        }
    }
}

/// A person's full name that the tagger ran on, as one name of another
/// kind, over "of", "for" or "on" and what follows ("Ana Ruiz of Harbor
/// Gazette"), cut there: the person's name and the rest. The name is a
/// listed given name and a surname (no nationality: "Young Americans for
/// …" is no one), with initials or a suffix or not.
pub(super) fn person_before(
    doc: &Document,
    tokens: Range<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let cut = (tokens.start + 2..tokens.end.saturating_sub(1))
        .find(|&t| matches!(doc.word(t), "of" | "for" | "on"))?;
    let words: Vec<&str> = (tokens.start..cut).map(|t| doc.word(t)).collect();
    let person = match core_of(&words).as_slice() {
        [given, surname] => {
            is_given_name(given)
                && is_name_word(surname)
                && !is_demonym(&[surname])
                && Tagger::embedded().may_be_surname(surname)
        }
        _ => false,
    };
    person.then(|| (tokens.start..cut, cut + 1..tokens.end))
}

/// How many of `words` come before the person's name they hold: up to the
/// last title or role inside them that two or more capitalized words
/// follow. (One word after a title may end the name itself: "Martin Luther
/// King Jr.")
pub(super) fn words_before_person_name(words: &[&str]) -> usize {
    let capitalized = |w: &&str| w.starts_with(char::is_uppercase);
    (1..words.len().saturating_sub(2))
        .rev()
        .find(|&i| {
            let word = words[i];
            is_title_word(word) && words[i + 1..].iter().all(capitalized)
        })
        .map_or(0, |i| i + 1)
}

/// A person's name without the titles and what they name before it,
/// which become its role: the titles it opens with ("Chief Justice
/// Okafor": the tagger read the whole as a body's name, whose titles stay
/// in it, as in "Justice Department") or those inside it ("Party Research
/// Director Ana Ruiz", see [`words_before_person_name`]).
fn titles_to_role(text: &str, m: &mut RawMention) {
    let name = m.span.slice(text);
    let words: Vec<&str> = name.split_whitespace().collect();
    let titles = titles_in(&words);
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

/// How many of a person's name's `words` are titles and what they name
/// before the name itself: the titles it opens with or those inside it
/// (see [`words_before_person_name`]).
fn titles_in(words: &[&str]) -> usize {
    let leading = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| is_title_word(w))
        .count();
    leading.max(words_before_person_name(words))
}

/// A person's name without its initials and suffix ("Ana Ruiz" of "Ana
/// B. Ruiz Jr."), whatever the name lists say of those.
fn core_of<'w>(words: &[&'w str]) -> Vec<&'w str> {
    let initial = |w: &str| {
        let mut chars = w.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let last = words.len() - 1;
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let suffix = i == last && i > 1 && NAME_PARTICLES.contains_lower_case_of(w);
            !(suffix || i > 0 && initial(w))
        })
        .map(|(_, w)| *w)
        .collect()
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

/// Whether `word` is written as a name is, a capital then lower case
/// ("Vole", "McAdam"; not "AG"), and is no common word ("Staff").
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.any(char::is_lowercase)
        && !Tagger::embedded().is_common_word(word)
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
    use crate::document::format::Format;
    use crate::document::Document;
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
    fn a_full_name_read_as_a_body_is_a_person() {
        // As the tagger may read them, each whole as an organization: a
        // name with initials or a suffix (its given name also a place's,
        // "Jordan", or unlisted), or after a title inside a body's name.
        let cases = [
            ("Ana B. Ruiz Jr.", "Ana B. Ruiz Jr.", ""),
            ("Tomas Greve III", "Tomas Greve III", ""),
            ("Jordan T. Vell", "Jordan T. Vell", ""),
            ("Vandrel K. Ostby II", "Vandrel K. Ostby II", ""),
            (
                "Harbor Court Justice Anika Vell",
                "Anika Vell",
                "Harbor Court Justice",
            ),
        ];
        for (name, person, role) in cases {
            let text = format!("{name} spoke.");
            let doc = Document::parse(&text, Format::Text);
            let mut mentions = [RawMention {
                span: Span::new(0, name.len()),
                kind: Organization,
                role: None,
                surely_place: false,
                borrowed_surname: false,
            }];
            super::mark_people(&doc, &mut mentions);
            let m = &mentions[0];
            assert_eq!(m.kind, Person, "{name}");
            assert_eq!(m.span.slice(&text), person);
            assert_eq!(m.role.map_or("", |r| r.slice(&text)), role);
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
