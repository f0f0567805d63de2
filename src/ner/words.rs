//! What unlabeled text taught about each word: its cluster (words that
//! occur between the same neighbours, learned by [`super::clusters`]) and
//! how often it is written with a capital inside a sentence.
//!
//! Both tell the tagger about words the annotated 1996 news never showed:
//! a surname it never saw shares a cluster with the surnames it did, and
//! "Well" or "Here" at a sentence start are words mostly written in lower
//! case, unlike a name.

use crate::learned::codec::{Reader, Writer};
use crate::learned::error::{error, ModelError};
use crate::learned::hash::finish;
use crate::learned::table::KeyMap;

/// The cluster of rare words seen only in lower case ("fares"), too rare
/// to be clustered by their neighbours.
pub const RARE_LOWER: u8 = 255;

/// How often a word is capitalized inside sentences, in four steps.
pub const CAPS_STEPS: u8 = 4;

/// What is known of one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordClass {
    /// The fine cluster.
    pub cluster: u8,
    /// The coarse cluster the fine one falls in.
    pub coarse: u8,
    /// How often the word is capitalized inside a sentence: 0 almost never,
    /// 1 sometimes, 2 mostly, 3 almost always.
    pub caps: u8,
}

/// Word classes by the hash of the word's lower-case form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordClasses {
    /// Per word key: fine cluster and capitalization step.
    words: KeyMap<u32, (u8, u8)>,
    /// The coarse cluster of each fine cluster.
    coarse: Vec<u8>,
}

/// The key of a word's lower-case hash (as in
/// [`crate::learned::token_info::TokenInfo::lower`]): 24 bits, so that
/// keys cost two bytes in the file; about one unknown word in a thousand
/// takes a known word's class.
fn key(lower: u64) -> u32 {
    (finish(lower) >> 40) as u32
}

impl WordClasses {
    /// Classes from each word's lower-case hash, fine cluster and
    /// capitalization step, and the coarse cluster of each fine cluster.
    pub fn new(words: impl IntoIterator<Item = (u64, u8, u8)>, coarse: Vec<u8>) -> WordClasses {
        WordClasses {
            words: words
                .into_iter()
                .map(|(lower, cluster, caps)| (key(lower), (cluster, caps.min(CAPS_STEPS - 1))))
                .collect(),
            coarse,
        }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word is known.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// What is known of the word with this lower-case hash.
    pub fn get(&self, lower: u64) -> Option<WordClass> {
        let &(cluster, caps) = self.words.get(&key(lower))?;
        Some(WordClass {
            cluster,
            coarse: self.coarse.get(usize::from(cluster)).copied().unwrap_or(0),
            caps,
        })
    }

    /// Writes the classes.
    pub fn write(&self, w: &mut Writer) {
        w.varint(self.coarse.len() as u64);
        w.raw(&self.coarse);
        let mut entries: Vec<(u32, (u8, u8))> = self.words.iter().map(|(&k, &v)| (k, v)).collect();
        entries.sort_unstable();
        let keys: Vec<u32> = entries.iter().map(|e| e.0).collect();
        w.rice_keys(&keys);
        let clusters: Vec<u8> = entries.iter().map(|e| e.1 .0).collect();
        w.raw(&clusters);
        // Four capitalization steps (2 bits each) to a byte.
        for group in entries.chunks(4) {
            let byte = group
                .iter()
                .enumerate()
                .fold(0u8, |b, (i, e)| b | (e.1 .1 << (2 * i)));
            w.raw(&[byte]);
        }
    }

    /// Reads classes written by [`WordClasses::write`].
    pub fn read(r: &mut Reader) -> Result<WordClasses, ModelError> {
        let n = r.varint()?;
        if n > 256 {
            return Err(error("too many coarse clusters"));
        }
        let coarse = r.raw(n as usize)?.to_vec();
        let keys = r.rice_keys()?;
        let clusters = r.raw(keys.len())?.to_vec();
        let caps = r.raw(keys.len().div_ceil(4))?;
        let words = keys
            .into_iter()
            .enumerate()
            .map(|(i, k)| (k, (clusters[i], (caps[i / 4] >> (2 * (i % 4))) & 3)))
            .collect();
        Ok(WordClasses { words, coarse })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learned::token_info::TokenInfo;

    #[test]
    fn classes_read_back_as_written_and_ignore_case() {
        let lower = |w: &str| TokenInfo::new(w).lower;
        let classes = WordClasses::new(
            [
                (lower("harbour"), 7, 0),
                (lower("ostrava"), 2, 3),
                (lower("well"), 7, 1),
            ],
            vec![0, 0, 1, 0, 0, 0, 0, 1],
        );
        let mut w = Writer::default();
        classes.write(&mut w);
        let back = WordClasses::read(&mut Reader::new(&w.bytes)).expect("reads");
        assert_eq!(back, classes);
        let ostrava = back.get(lower("OSTRAVA")).expect("known");
        assert_eq!((ostrava.cluster, ostrava.coarse, ostrava.caps), (2, 1, 3));
        assert_eq!(back.get(lower("Well")).map(|c| c.caps), Some(1));
        assert_eq!(back.get(lower("Brno")), None);
    }
}
