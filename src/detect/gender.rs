//! The grammatical gender a person's mentions show, so that "she" is
//! never linked to a man named just before her, nor "Mr. Okafor" to "Ana
//! Okafor". Evidence, by vote over
//! every mention: a title or gendered role word just before it ("Ms.",
//! "spokeswoman Ana Ruiz", "Sir") and a given name common enough to be
//! unambiguous ("Anna", "Yuri"). With no evidence, or evidence both ways,
//! the gender is unknown and any pronoun may refer to the person.

use crate::annotation::Entity;
use crate::lexicon;

/// A person's grammatical gender, as English pronouns mark it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// "she", "her".
    Female,
    /// "he", "him".
    Male,
}

impl Gender {
    /// The other gender.
    pub fn other(self) -> Gender {
        match self {
            Gender::Female => Gender::Male,
            Gender::Male => Gender::Female,
        }
    }
}

/// The gender a personal pronoun marks, if any ("they" and "who" mark
/// none).
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "she" | "her" => Some(Gender::Female),
        "he" | "him" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender the mentions of `person` in `text` show, if they agree.
pub fn of_person(text: &str, person: &Entity) -> Option<Gender> {
    let mut votes = Votes::default();
    votes.add(of_given_name(&person.name));
    for mention in &person.mentions {
        votes.add(of_words_before(&text[..mention.span.start]));
        votes.add(of_given_name(mention.span.slice(text)));
    }
    votes.unanimous()
}

/// How many pieces of evidence show each gender.
#[derive(Default)]
pub struct Votes {
    female: usize,
    male: usize,
}

impl Votes {
    /// Counts one piece of evidence, if it shows a gender.
    pub fn add(&mut self, gender: Option<Gender>) {
        match gender {
            Some(Gender::Female) => self.female += 1,
            Some(Gender::Male) => self.male += 1,
            None => {}
        }
    }

    /// Whether any evidence was counted.
    pub fn any(&self) -> bool {
        self.female + self.male > 0
    }

    /// The gender all the evidence shows, if there is some and it agrees.
    pub fn unanimous(&self) -> Option<Gender> {
        match (self.female, self.male) {
            (0, 0) => None,
            (_, 0) => Some(Gender::Female),
            (0, _) => Some(Gender::Male),
            _ => None,
        }
    }

    /// The gender most of the evidence shows (none on a tie).
    pub fn majority(&self) -> Option<Gender> {
        match self.female.cmp(&self.male) {
            std::cmp::Ordering::Greater => Some(Gender::Female),
            std::cmp::Ordering::Less => Some(Gender::Male),
            std::cmp::Ordering::Equal => None,
        }
    }
}

/// The gender of the first of a full name's words ("Anna Berg"), if that
/// is a given name of one gender; a single word is taken for a surname.
pub fn of_given_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    if lexicon::FEMALE_NAMES.contains(first) {
        Some(Gender::Female)
    } else if lexicon::MALE_NAMES.contains(first) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender of a title or role word among the last two words of
/// `before` (the text up to a mention), on the mention's line.
pub fn of_words_before(before: &str) -> Option<Gender> {
    // Look back 64 bytes at most, less the word cut there (title and role
    // words are short): the whole line, or a word as long as a text
    // without spaces, made this quadratic.
    let mut cut = before.len().saturating_sub(64);
    while !before.is_char_boundary(cut) {
        cut -= 1;
    }
    let before = match cut {
        0 => before,
        _ => before[cut..]
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest),
    };
    let (mut start, mut words, mut in_word) = (before.len(), 0, false);
    for (i, c) in before.char_indices().rev() {
        if c == '\n' || c.is_whitespace() && in_word && words == 1 {
            break;
        }
        if c.is_whitespace() && in_word {
            words += 1;
        }
        in_word = !c.is_whitespace();
        start = i;
    }
    let line = &before[start..];
    line.split_whitespace().rev().take(2).find_map(|word| {
        let word = word.trim_matches(|c: char| matches!(c, ',' | '(' | '"' | '“'));
        let lower = word.to_lowercase();
        if lexicon::FEMALE_WORDS.contains(&lower.as_str()) {
            Some(Gender::Female)
        } else if lexicon::MALE_WORDS.contains(&lower.as_str()) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{EntityKind, Mention};
    use crate::span::Span;

    /// A person named `name`, mentioned wherever `mention` stands in `text`.
    fn person(text: &str, name: &str, mention: &str) -> Entity {
        Entity {
            kind: EntityKind::Person,
            name: name.to_string(),
            mentions: text
                .match_indices(mention)
                .map(|(start, m)| Mention {
                    span: Span::new(start, start + m.len()),
                    role: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_name_classes_are_disjoint() {
        let both: Vec<&str> = (lexicon::FEMALE_NAMES.words().iter())
            .filter(|n| lexicon::MALE_NAMES.contains(*n))
            .copied()
            .collect();
        assert!(both.is_empty(), "in both name classes: {both:?}");
    }

    #[test]
    fn a_given_name_or_a_title_shows_the_gender() {
        let cases = [
            ("Anna Berg spoke first.", "Anna Berg", Some(Gender::Female)),
            ("Yuri Tal spoke first.", "Yuri Tal", Some(Gender::Male)),
            ("Ms. Okafor spoke first.", "Okafor", Some(Gender::Female)),
            ("Sir Okafor spoke first.", "Okafor", Some(Gender::Male)),
            (
                "The spokeswoman, Okafor, spoke.",
                "Okafor",
                Some(Gender::Female),
            ),
            ("Okafor spoke first.", "Okafor", None),
            ("Robin Okafor spoke first.", "Robin Okafor", None),
            // A title on the line before says nothing of this mention.
            ("Ask Mr.\nOkafor spoke first.", "Okafor", None),
        ];
        for (text, name, want) in cases {
            assert_eq!(of_person(text, &person(text, name, name)), want, "{text}");
        }
    }

    #[test]
    fn evidence_both_ways_leaves_the_gender_unknown() {
        let text = "Mr. Okafor arrived. Ms. Okafor left.";
        assert_eq!(of_person(text, &person(text, "Okafor", "Okafor")), None);
    }

    #[test]
    fn only_the_last_two_words_of_the_line_count() {
        assert_eq!(of_words_before("Ms. "), Some(Gender::Female));
        assert_eq!(of_words_before("the duke, "), Some(Gender::Male));
        assert_eq!(of_words_before("Ms.\nthe "), None);
        assert_eq!(of_words_before("Ms. Ana the "), None);
        assert_eq!(of_words_before("said Lady  \t"), Some(Gender::Female));
        assert_eq!(of_words_before(""), None);
        let long = "x".repeat(100);
        assert_eq!(
            of_words_before(&format!("{long} Ms. ")),
            Some(Gender::Female)
        );
        assert_eq!(of_words_before(&format!("{long}lady ")), None);
    }

    #[test]
    fn pronouns_mark_gender_and_others_do_not() {
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("him"), Some(Gender::Male));
        assert_eq!(of_pronoun("they"), None);
        assert_eq!(of_pronoun("who"), None);
    }
}
