//! The second, document-level pass: what the first pass made of each word
//! across the whole document, turned into features for every token.
//!
//! A word tagged once as the last name of a person ("Ana Petrova" … "Petrova")
//! is a person's surname everywhere in the document; a name found in full in
//! one sentence is found again in capitals in a headline; an acronym whose
//! letters spell a name found earlier takes that name's kind; in a
//! document of sports results ("beat Leeds 2-1"), a city is most often a
//! team, which CoNLL counts as an organization.

use super::features::{document_feature, SentenceFeatures};
use super::gazetteer::Gazetteer;
use super::labels::{decode, kind_index, parts, KINDS, OUTSIDE};
use crate::learned::hash::mix;
use crate::learned::table::KeyMap;
use crate::learned::token_info::TokenInfo;

/// Document feature templates.
mod template {
    pub const MAJORITY: u64 = 1;
    pub const ANY: u64 = 2;
    pub const MOSTLY_OUTSIDE: u64 = 3;
    pub const PERSON_PART: u64 = 4;
    pub const NAME_MATCH: u64 = 5;
    pub const ACRONYM: u64 = 6;
    pub const FIRST_TAG: u64 = 7;
    pub const FIRST_TAG_BEFORE: u64 = 8;
    pub const FIRST_TAG_AFTER: u64 = 9;
    pub const MAJORITY_CAPS: u64 = 10;
    pub const SPORTS: u64 = 11;
}

/// Bits of [`template::PERSON_PART`].
const SURNAME: u64 = 1;
const FIRST_NAME: u64 = 2;

/// What the first pass said about words across a document.
#[derive(Default)]
pub struct Evidence {
    /// Per lower-case word: how often it was tagged in a name of each kind,
    /// and how often it was capitalized but tagged outside any name.
    words: KeyMap<u64, [u16; 5]>,
    /// Per lower-case word: [`SURNAME`] and [`FIRST_NAME`] bits.
    person_parts: KeyMap<u64, u64>,
    /// The names the first pass found, as a name list.
    names: Gazetteer,
    /// Initials of multi-word names, by kind bit.
    acronyms: KeyMap<u64, u8>,
    /// How many scores the document gives (see [`scores`]).
    scores: u32,
}

/// The number of scores in a sentence: tokens such as "2-1" or "75-60",
/// and the pairs of a results line ("Leeds 2 Chelsea 1").
fn scores(sentence: &[&str]) -> u32 {
    let small = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let hyphenated = sentence
        .iter()
        .filter(|w| w.split_once('-').is_some_and(|(a, b)| small(a) && small(b)))
        .count();
    let results = sentence
        .windows(4)
        .filter(|w| capital(w[0]) && small(w[1]) && capital(w[2]) && small(w[3]))
        .count();
    (hyphenated + results) as u32
}

/// How sure a document is to be sports results, from its count of scores:
/// 0 none, 1 a few, 2 many.
fn sports_level(scores: u32) -> u64 {
    match scores {
        0 => 0,
        1..=2 => 1,
        _ => 2,
    }
}

/// The initials of a name's capitalized words ("European Space Agency" →
/// "ESA"), or nothing for a name of fewer than two such words.
fn initials(words: &[&str]) -> Option<u64> {
    let letters: Vec<char> = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    (letters.len() >= 2).then(|| {
        letters
            .iter()
            .fold(mix(0, 0xac), |h, &c| mix(h, u64::from(c)))
    })
}

/// The letters of a token that may be an acronym ("EU", "U.N."), hashed as
/// [`initials`] hashes them.
fn acronym(word: &str) -> Option<u64> {
    let letters: Vec<char> = word.chars().filter(|&c| c != '.').collect();
    let plausible = (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase());
    plausible.then(|| {
        letters
            .iter()
            .fold(mix(0, 0xac), |h, &c| mix(h, u64::from(c)))
    })
}

impl Evidence {
    fn gather(words: &[&[&str]], infos: &[Vec<TokenInfo>], tags: &[Vec<u8>]) -> Evidence {
        let mut e = Evidence::default();
        for ((sentence, infos), tags) in words.iter().zip(infos).zip(tags) {
            e.add(sentence, infos, tags);
        }
        e
    }

    /// Adds what the first pass tagged in one sentence.
    pub fn add(&mut self, sentence: &[&str], infos: &[TokenInfo], tags: &[u8]) {
        self.scores += scores(sentence);
        for (info, &tag) in infos.iter().zip(tags) {
            let slot = match parts(tag) {
                Some((kind, _)) => kind_index(kind),
                None if info.capitalized => 4,
                None => continue,
            };
            let counts = self.words.entry(info.lower).or_default();
            counts[slot] = counts[slot].saturating_add(1);
        }
        for (range, kind) in decode(tags) {
            self.names.insert(&infos[range.clone()], kind);
            if range.len() >= 2 {
                if kind_index(kind) == 0 {
                    *self
                        .person_parts
                        .entry(infos[range.end - 1].lower)
                        .or_default() |= SURNAME;
                    *self
                        .person_parts
                        .entry(infos[range.start].lower)
                        .or_default() |= FIRST_NAME;
                }
                if let Some(key) = initials(&sentence[range]) {
                    *self.acronyms.entry(key).or_default() |= 1 << kind_index(kind);
                }
            }
        }
    }
}

/// For every token of a document, the document-level features drawn from
/// the first pass's tags `first` (one tag per token).
pub fn features(
    words: &[&[&str]],
    infos: &[Vec<TokenInfo>],
    first: &[Vec<u8>],
) -> Vec<SentenceFeatures> {
    let evidence = Evidence::gather(words, infos, first);
    words
        .iter()
        .zip(infos)
        .zip(first)
        .map(|((sentence, infos), tags)| sentence_features(&evidence, sentence, infos, tags))
        .collect()
}

/// For every token of one sentence, the document-level features drawn
/// from the `evidence` of the whole document and the sentence's first-pass
/// `tags`.
pub fn sentence_features(
    evidence: &Evidence,
    sentence: &[&str],
    infos: &[TokenInfo],
    tags: &[u8],
) -> SentenceFeatures {
    use template::*;
    let caps = crate::learned::token_info::is_all_caps(infos);
    let matches = evidence.names.matches(infos);
    let mut out = SentenceFeatures {
        hashes: Vec::with_capacity(infos.len() * 4),
        starts: Vec::with_capacity(infos.len() + 1),
    };
    for (i, info) in infos.iter().enumerate() {
        out.starts.push(out.hashes.len() as u32);
        let f = &mut out.hashes;
        let tag = |j: isize| -> u64 {
            usize::try_from(j)
                .ok()
                .and_then(|j| tags.get(j))
                .map_or(0xff, |&t| u64::from(t))
        };
        let j = i as isize;
        f.push(document_feature(FIRST_TAG, tag(j)));
        f.push(document_feature(FIRST_TAG_BEFORE, mix(tag(j - 1), tag(j))));
        f.push(document_feature(FIRST_TAG_AFTER, mix(tag(j), tag(j + 1))));
        if info.capitalized {
            f.push(document_feature(
                SPORTS,
                mix(sports_level(evidence.scores), tag(j)),
            ));
            if let Some(counts) = evidence.words.get(&info.lower) {
                let named: u16 = counts[..4].iter().sum();
                if let Some(best) = (0..4)
                    .filter(|&k| counts[k] > 0)
                    .max_by_key(|&k| (counts[k], 4 - k))
                {
                    f.push(document_feature(MAJORITY, best as u64));
                    f.push(document_feature(
                        MAJORITY_CAPS,
                        mix(best as u64, u64::from(caps)),
                    ));
                }
                for (k, _) in counts[..4].iter().enumerate().filter(|(_, &c)| c > 0) {
                    f.push(document_feature(ANY, k as u64));
                }
                if counts[4] > named {
                    f.push(document_feature(MOSTLY_OUTSIDE, u64::from(named > 0)));
                }
            }
            if let Some(&bits) = evidence.person_parts.get(&info.lower) {
                f.push(document_feature(PERSON_PART, bits));
            }
            if let Some(&mask) = acronym(sentence[i]).and_then(|k| evidence.acronyms.get(&k)) {
                for (k, _) in KINDS
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| mask & (1 << k) != 0)
                {
                    f.push(document_feature(ACRONYM, k as u64));
                }
            }
        }
        for &code in &matches[i] {
            f.push(document_feature(
                NAME_MATCH,
                mix(u64::from(code), u64::from(tags[i] == OUTSIDE)),
            ));
        }
    }
    out.starts.push(out.hashes.len() as u32);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityKind;
    use crate::ner::labels::{tag, Position};

    fn infos(words: &[&str]) -> Vec<TokenInfo> {
        words.iter().map(|w| TokenInfo::new(w)).collect()
    }

    #[test]
    fn a_surname_tagged_in_a_full_name_is_marked_everywhere() {
        let s1 = ["Lena", "Okafor", "spoke", "."];
        let s2 = ["Okafor", "left", "."];
        let words: Vec<&[&str]> = vec![&s1, &s2];
        let all = vec![infos(&s1), infos(&s2)];
        let per = |p| tag(EntityKind::Person, p);
        let first = vec![
            vec![per(Position::Begin), per(Position::Last), 0, 0],
            vec![0, 0, 0],
        ];
        let f = features(&words, &all, &first);
        let surname = document_feature(template::PERSON_PART, SURNAME);
        assert!(f[1].of(0).contains(&surname));
        assert!(!f[1].of(1).contains(&surname));
        let majority_person = document_feature(template::MAJORITY, 0);
        assert!(f[1].of(0).contains(&majority_person));
    }

    #[test]
    fn an_acronym_takes_the_kind_of_the_name_it_spells() {
        let s1 = ["The", "Northern", "Rail", "Board", "met", "."];
        let s2 = ["NRB", "said", "no", "."];
        let words: Vec<&[&str]> = vec![&s1, &s2];
        let all = vec![infos(&s1), infos(&s2)];
        let org = |p| tag(EntityKind::Organization, p);
        let first = vec![
            vec![
                0,
                org(Position::Begin),
                org(Position::Inside),
                org(Position::Last),
                0,
                0,
            ],
            vec![0, 0, 0, 0],
        ];
        let f = features(&words, &all, &first);
        assert!(f[1].of(0).contains(&document_feature(template::ACRONYM, 1)));
    }

    #[test]
    fn a_name_found_once_is_found_again_in_capitals() {
        let s1 = ["Talvik", "Harbour", "reopened", "."];
        let s2 = ["STORM", "CLOSES", "TALVIK", "HARBOUR"];
        let words: Vec<&[&str]> = vec![&s1, &s2];
        let all = vec![infos(&s1), infos(&s2)];
        let loc = |p| tag(EntityKind::Place, p);
        let first = vec![
            vec![loc(Position::Begin), loc(Position::Last), 0, 0],
            vec![0; 4],
        ];
        let f = features(&words, &all, &first);
        let begin = document_feature(
            template::NAME_MATCH,
            mix(u64::from(loc(Position::Begin)), 1),
        );
        assert!(f[1].of(2).contains(&begin));
        assert!(!f[1].of(0).contains(&begin));
    }
}
