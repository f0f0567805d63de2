//! Names read in unlabeled news: a sentence-level tagger, trained without
//! this list, tags PolNeAR's train articles and wiki.xml (text the
//! annotated 1996 news never held: "Obama", "Twitter", "Brexit"), and
//! every name it read often enough, nearly always with one kind, joins a
//! list that the final tagger has as a feature. The list is a hint like
//! the others, and jackknifed like the training names (see
//! [`super::train`]): the list a training document sees was read by a
//! tagger that never saw that document, so the final tagger learns how far
//! to trust it on names it has not learned.

use super::gazetteer::Gazetteer;
use super::labels::{kind_index, KINDS};
use crate::annotation::EntityKind;
use crate::learned::token_info::TokenInfo;
use crate::lexicon::NAME_PARTICLES;
use std::collections::HashMap;
use std::ops::Range;

/// Which names join the list.
#[derive(Clone, Copy, Debug)]
pub struct ReadOptions {
    /// Names read fewer times are left out.
    pub min_count: u32,
    /// The share of its readings the name's commonest kind must have.
    pub min_share: f64,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            min_count: 5,
            min_share: 0.9,
        }
    }
}

/// How often a name was read as each kind, and how it was first written.
#[derive(Default)]
struct Readings {
    counts: [u32; KINDS.len()],
    written: Vec<String>,
}

/// What a tagger read in unlabeled news.
#[derive(Default)]
pub struct ReadNames {
    /// The names read often enough, nearly always with one kind, each
    /// under that kind.
    pub names: Gazetteer,
    /// The surnames of the people among them, each alone, as people.
    pub surnames: Gazetteer,
}

/// The names that `tag` (a sentence's tokens to its names) reads in
/// `documents` (each a list of sentences of tokens) that pass `options`,
/// and the surnames of the people among them whose full names were read
/// `options.min_count` times in all.
pub fn learn(
    documents: &[Vec<Vec<String>>],
    tag: impl Fn(&[&str]) -> Vec<(Range<usize>, EntityKind)>,
    options: &ReadOptions,
) -> ReadNames {
    let mut readings: HashMap<String, Readings> = HashMap::new();
    for sentence in documents.iter().flatten() {
        let words: Vec<&str> = sentence.iter().map(String::as_str).collect();
        for (tokens, kind) in tag(&words) {
            let name = &words[tokens];
            let key = name.join(" ").to_lowercase();
            let entry = readings.entry(key).or_default();
            if entry.written.is_empty() {
                entry.written = name.iter().map(|w| w.to_string()).collect();
            }
            entry.counts[kind_index(kind)] += 1;
        }
    }
    let mut names = Gazetteer::default();
    let mut people: HashMap<String, (u32, &str)> = HashMap::new();
    for reading in readings.values() {
        let total: u32 = reading.counts.iter().sum();
        let (best, &count) = reading
            .counts
            .iter()
            .enumerate()
            .max_by_key(|&(k, &c)| (c, std::cmp::Reverse(k)))
            .expect("four kinds");
        if total >= options.min_count && f64::from(count) >= options.min_share * f64::from(total) {
            let infos: Vec<TokenInfo> = reading.written.iter().map(|w| TokenInfo::new(w)).collect();
            names.insert(&infos, KINDS[best]);
            if let (EntityKind::Person, Some(surname)) = (KINDS[best], surname(&reading.written)) {
                people
                    .entry(surname.to_lowercase())
                    .or_insert((0, surname))
                    .0 += count;
            }
        }
    }
    let mut surnames = Gazetteer::default();
    for (count, written) in people.into_values() {
        if count >= options.min_count {
            surnames.insert(&[TokenInfo::new(written)], EntityKind::Person);
        }
    }
    ReadNames { names, surnames }
}

/// The surname of a full name: its last word that is no particle or
/// suffix ("Jr."), written as a name (no initial); none for a name of
/// one word.
fn surname(name: &[String]) -> Option<&str> {
    let last = name
        .iter()
        .rposition(|w| !NAME_PARTICLES.contains_lower_case_of(w))?;
    let word = name[last].as_str();
    let written_as_name = word.chars().count() > 1
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
    (last > 0 && written_as_name).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::Tagger;

    fn document(text: &[&str]) -> Vec<Vec<String>> {
        text.iter()
            .map(|s| s.split(' ').map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn a_name_read_often_with_one_kind_is_listed_and_a_rare_one_is_not() {
        let documents = vec![
            document(&[
                "Ingrid Halvorsen said the ferry would run .",
                "Halvorsen left Bergen on Monday .",
                "Ingrid Halvorsen spoke in Bergen .",
            ]),
            document(&[
                "Ingrid Halvorsen agreed .",
                "Ingrid Halvorsen and Ingrid Halvorsen 's aide met .",
            ]),
        ];
        let tag = |words: &[&str]| {
            let spans = Tagger::embedded().tag_document(&[words]);
            spans[0]
                .iter()
                .map(|s| (s.tokens.clone(), s.kind))
                .collect()
        };
        let read = learn(&documents, tag, &ReadOptions::default());
        let kinds = |list: &Gazetteer, name: &[&str]| {
            let infos: Vec<TokenInfo> = name.iter().map(|w| TokenInfo::new(w)).collect();
            list.kinds_of(&infos)
        };
        let person = vec![EntityKind::Person];
        assert_eq!(kinds(&read.names, &["Ingrid", "Halvorsen"]), person);
        assert_eq!(kinds(&read.names, &["Halvorsen"]), vec![], "read once only");
        // The surname of a person read in full five times is listed apart.
        assert_eq!(kinds(&read.surnames, &["Halvorsen"]), person);
        assert_eq!(kinds(&read.surnames, &["Ingrid"]), vec![]);
    }
}
