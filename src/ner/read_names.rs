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

/// The names that `tag` (a sentence's tokens to its names) reads in
/// `documents` (each a list of sentences of tokens) that pass `options`,
/// each under its commonest kind.
pub fn learn(
    documents: &[Vec<Vec<String>>],
    tag: impl Fn(&[&str]) -> Vec<(Range<usize>, EntityKind)>,
    options: &ReadOptions,
) -> Gazetteer {
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
    let mut list = Gazetteer::default();
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
            list.insert(&infos, KINDS[best]);
        }
    }
    list
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
        let list = learn(&documents, tag, &ReadOptions::default());
        let kinds = |name: &[&str]| {
            let infos: Vec<TokenInfo> = name.iter().map(|w| TokenInfo::new(w)).collect();
            list.kinds_of(&infos)
        };
        assert_eq!(kinds(&["Ingrid", "Halvorsen"]), vec![EntityKind::Person]);
        assert_eq!(kinds(&["Halvorsen"]), vec![], "read once only");
    }
}
