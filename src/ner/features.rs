//! The features of each token: what the word looks like, its neighbours,
//! its place in the sentence, the name lists it falls in and, in the second
//! pass, what the first pass made of it elsewhere in the document.
//!
//! Every feature is a 64-bit hash ([`crate::learned::hash`]); the model maps hashes
//! to weights.

use super::words::WordClass;
use crate::learned::hash::{feature, finish, mix};
use crate::learned::token_info::{is_all_caps, TokenInfo};

/// Feature templates (each a distinct constant mixed into the hash).
mod template {
    pub const BIAS: u64 = 1;
    pub const WORD: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const SHORT: u64 = 5;
    pub const PREFIX: u64 = 6;
    pub const SUFFIX: u64 = 7;
    pub const LOWER_AT: u64 = 8;
    pub const SHAPE_AT: u64 = 9;
    pub const SHORT_TRIGRAM: u64 = 10;
    pub const BIGRAM_BEFORE: u64 = 11;
    pub const BIGRAM_AFTER: u64 = 12;
    pub const BEFORE_SHAPE: u64 = 13;
    pub const AFTER_SHAPE: u64 = 14;
    pub const POSITION: u64 = 15;
    pub const CAPS_LOWER: u64 = 16;
    pub const CAPS_BEFORE: u64 = 17;
    pub const CAPS_AFTER: u64 = 18;
    pub const NAME_LIST: u64 = 19;
    pub const NAME_LIST_SHAPE: u64 = 20;
    pub const SUFFIX_BEFORE: u64 = 21;
    pub const WORD_LIST: u64 = 22;
    pub const WORD_LIST_SHAPE: u64 = 23;
    pub const CLUSTER: u64 = 24;
    pub const COARSE_SHAPE: u64 = 25;
    pub const CAPS_STEP: u64 = 26;
    pub const UNCLASSED: u64 = 27;
    pub const READ_LIST: u64 = 28;
    pub const READ_LIST_SHAPE: u64 = 29;
}

/// What the tagger knows of a sentence's tokens beyond their own letters:
/// per token, the codes of the names that cover it in the training data's
/// name list and in the outside word lists, and its word class.
#[derive(Clone, Copy, Debug, Default)]
pub struct Knowledge<'a> {
    /// Codes of the training data's names (see
    /// [`super::gazetteer::Gazetteer::matches`]).
    pub names: &'a [Vec<u8>],
    /// Codes of the outside word lists ([`super::lists`]).
    pub lists: &'a [Vec<u8>],
    /// Word classes from unlabeled text ([`super::words`]); empty when the
    /// model has none.
    pub classes: &'a [Option<WordClass>],
    /// Codes of the names a first tagger read in unlabeled text
    /// ([`super::read_names`]).
    pub read: &'a [Vec<u8>],
}

/// The value standing for a position before the sentence start or after
/// its end.
const EDGE: u64 = 0xed9e;

/// The stage-one features of every token of a sentence, flattened.
#[derive(Clone, Debug, Default)]
pub struct SentenceFeatures {
    /// All features, token after token.
    pub hashes: Vec<u64>,
    /// Where each token's features start in `hashes` (one more entry than
    /// tokens, the last being `hashes.len()`).
    pub starts: Vec<u32>,
}

impl SentenceFeatures {
    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The features of token `i`.
    pub fn of(&self, i: usize) -> &[u64] {
        &self.hashes[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// These features with the features of token `i` of `extra` added to
    /// token `i`.
    pub fn with_extra(&self, extra: &SentenceFeatures) -> SentenceFeatures {
        let mut out = SentenceFeatures {
            hashes: Vec::with_capacity(self.hashes.len() + extra.hashes.len()),
            starts: Vec::with_capacity(self.starts.len()),
        };
        for i in 0..self.len() {
            out.starts.push(out.hashes.len() as u32);
            out.hashes.extend_from_slice(self.of(i));
            if i < extra.len() {
                out.hashes.extend_from_slice(extra.of(i));
            }
        }
        out.starts.push(out.hashes.len() as u32);
        out
    }
}

/// The stage-one features of a sentence, from its tokens and what is
/// known of them.
pub fn sentence_features(infos: &[TokenInfo], known: &Knowledge) -> SentenceFeatures {
    let n = infos.len();
    let caps = is_all_caps(infos);
    let mut out = SentenceFeatures {
        hashes: Vec::with_capacity(n * 40),
        starts: Vec::with_capacity(n + 1),
    };
    for (i, t) in infos.iter().enumerate() {
        out.starts.push(out.hashes.len() as u32);
        let f = &mut out.hashes;
        token_features(t, f);
        context_features(infos, i, caps, f);
        list_features(known, i, t.short, caps, f);
        if let Some(&class) = known.classes.get(i) {
            class_features(class, i, t.short, caps, f);
        }
    }
    out.starts.push(out.hashes.len() as u32);
    out
}

/// The features of token `t` alone: its word, shape, prefixes and suffixes.
fn token_features(t: &TokenInfo, f: &mut Vec<u64>) {
    use template::*;
    f.push(feature(BIAS, 0, 0));
    f.push(feature(WORD, t.word, 0));
    f.push(feature(LOWER, t.lower, 0));
    f.push(feature(SHAPE, t.shape, 0));
    f.push(feature(SHORT, t.short, 0));
    for (k, &p) in t.prefixes.iter().enumerate() {
        if p != 0 {
            f.push(feature(PREFIX, p, k as u64));
        }
    }
    for (k, &s) in t.suffixes.iter().enumerate() {
        if s != 0 {
            f.push(feature(SUFFIX, s, k as u64));
        }
    }
}

/// The features of token `i` read with its neighbours (of a sentence
/// written in capitals or not): their words, shapes and its position.
fn context_features(infos: &[TokenInfo], i: usize, caps: bool, f: &mut Vec<u64>) {
    use template::*;
    let t = &infos[i];
    let j = i as isize;
    let at = |k: isize, value: fn(&TokenInfo) -> u64| -> u64 {
        usize::try_from(k)
            .ok()
            .and_then(|k| infos.get(k))
            .map_or(EDGE, value)
    };
    let lower = |k: isize| at(k, |t| t.lower);
    let short = |k: isize| at(k, |t| t.short);
    for offset in [-2isize, -1, 1, 2] {
        f.push(feature(LOWER_AT, lower(j + offset), offset as u64));
    }
    for offset in [-1isize, 1] {
        f.push(feature(SHAPE_AT, short(j + offset), offset as u64));
    }
    f.push(feature(
        SHORT_TRIGRAM,
        mix(short(j - 1), short(j)),
        short(j + 1),
    ));
    f.push(feature(BIGRAM_BEFORE, lower(j - 1), t.lower));
    f.push(feature(BIGRAM_AFTER, t.lower, lower(j + 1)));
    f.push(feature(BEFORE_SHAPE, lower(j - 1), t.short));
    f.push(feature(AFTER_SHAPE, t.short, lower(j + 1)));
    f.push(feature(
        POSITION,
        i.min(2) as u64,
        mix(t.short, u64::from(caps)),
    ));
    if i > 0 {
        let before = &infos[i - 1];
        if before.suffixes[2] != 0 {
            f.push(feature(SUFFIX_BEFORE, before.suffixes[2], t.short));
        }
    }
    if caps {
        f.push(feature(CAPS_LOWER, t.lower, 0));
        f.push(feature(CAPS_BEFORE, lower(j - 1), t.lower));
        f.push(feature(CAPS_AFTER, t.lower, lower(j + 1)));
    }
}

/// The features of the name lists token `i` (of shape `short`) is found
/// in: the training names, the outside word lists and the names read.
fn list_features(known: &Knowledge, i: usize, short: u64, caps: bool, f: &mut Vec<u64>) {
    use template::*;
    let lists = [
        (known.names, NAME_LIST, NAME_LIST_SHAPE),
        (known.lists, WORD_LIST, WORD_LIST_SHAPE),
        (known.read, READ_LIST, READ_LIST_SHAPE),
    ];
    for (codes, alone, with_shape) in lists {
        for &code in codes.get(i).into_iter().flatten() {
            f.push(feature(alone, u64::from(code), u64::from(caps)));
            f.push(feature(with_shape, u64::from(code), short));
        }
    }
}

/// The word-class features of token `i` (of shape `short`, in a sentence
/// written in capitals or not).
fn class_features(class: Option<WordClass>, i: usize, short: u64, caps: bool, f: &mut Vec<u64>) {
    use template::*;
    let place = mix(short, mix(u64::from(i == 0), u64::from(caps)));
    match class {
        Some(c) => {
            f.push(feature(CLUSTER, u64::from(c.cluster), 0));
            f.push(feature(COARSE_SHAPE, u64::from(c.coarse), short));
            f.push(feature(CAPS_STEP, u64::from(c.caps), place));
        }
        None => f.push(feature(UNCLASSED, place, 0)),
    }
}

/// A finished hash for a document-level feature of `template` and `value`.
pub fn document_feature(template: u64, value: u64) -> u64 {
    finish(mix(mix(0xd0c, template), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_gets_features_and_name_lists_add_some() {
        let infos: Vec<TokenInfo> = ["Mara", "Voss", "left"]
            .iter()
            .map(|w| TokenInfo::new(w))
            .collect();
        let plain = sentence_features(&infos, &Knowledge::default());
        assert_eq!(plain.len(), 3);
        let names = [vec![1], vec![3], vec![]];
        let known = Knowledge {
            names: &names,
            ..Knowledge::default()
        };
        let listed = sentence_features(&infos, &known);
        assert_eq!(listed.of(0).len(), plain.of(0).len() + 2);
        assert_eq!(listed.of(2), plain.of(2));
    }
}
