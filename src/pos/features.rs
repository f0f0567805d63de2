//! The features of a token for the part-of-speech tagger: the word as
//! written and in lower case, its suffixes, prefixes and shape, the words
//! around it, and the two tags predicted before it. Every feature is a 64-bit hash
//! ([`crate::learned::hash`]).
//!
//! Features that do not depend on predicted tags are computed once per
//! sentence ([`sentence_features`]); the tag-dependent ones
//! ([`tag_features`]) while tagging left to right.

use super::tags::TAG_COUNT;
use crate::learned::hash::feature;
use crate::learned::token_info::TokenInfo;

/// Feature templates (each a distinct constant mixed into the hash).
mod template {
    pub const BIAS: u64 = 1;
    pub const LOWER: u64 = 2;
    pub const SUFFIX: u64 = 3;
    pub const PREFIX: u64 = 4;
    pub const SHAPE: u64 = 5;
    pub const SHORT: u64 = 6;
    pub const LOWER_BEFORE: u64 = 7;
    pub const SUFFIX_BEFORE: u64 = 8;
    pub const LOWER_TWO_BEFORE: u64 = 9;
    pub const LOWER_AFTER: u64 = 10;
    pub const SUFFIX_AFTER: u64 = 11;
    pub const LOWER_TWO_AFTER: u64 = 12;
    pub const CAPITAL_AT_START: u64 = 13;
    pub const SHORT_AFTER: u64 = 14;
    pub const TAG_BEFORE: u64 = 15;
    pub const TWO_TAGS_BEFORE: u64 = 16;
    pub const TAG_BEFORE_LOWER: u64 = 17;
    pub const TAG_BEFORE_SUFFIX: u64 = 18;
    pub const TAG_TWO_BEFORE: u64 = 19;
    pub const WORD: u64 = 20;
    pub const BIGRAM_AFTER: u64 = 21;
}

/// The value standing for a position outside the sentence.
const EDGE: u64 = 0xed9e;

/// The tag value standing for "before the sentence start".
pub const START: usize = TAG_COUNT;

/// How many features [`tag_features`] gives.
pub const TAG_FEATURES: usize = 5;

/// News typography as the training text writes it: dashes as "--", an
/// ellipsis as "..." (quotation marks and apostrophes are mapped by
/// [`TokenInfo`]).
pub fn normalize(word: &str) -> &str {
    match word {
        "\u{2014}" | "\u{2013}" | "\u{2015}" | "\u{2012}" => "--",
        "\u{2026}" => "...",
        _ => word,
    }
}

/// The features of every token of a sentence that do not depend on the
/// predicted tags, appended to `out`; token `i`'s are
/// `out[starts[i]..starts[i + 1]]` (`starts` gets one entry per token plus
/// the end).
pub fn sentence_features(infos: &[TokenInfo], out: &mut Vec<u64>, starts: &mut Vec<usize>) {
    use template::*;
    let n = infos.len();
    let at = |i: usize, offset: isize| -> Option<&TokenInfo> {
        i.checked_add_signed(offset).and_then(|j| infos.get(j))
    };
    let lower = |i: usize, offset: isize| at(i, offset).map_or(EDGE, |t| t.lower);
    let suffix3 = |i: usize, offset: isize| at(i, offset).map_or(EDGE, |t| t.suffixes[2]);
    starts.clear();
    for (i, info) in infos.iter().enumerate() {
        starts.push(out.len());
        out.extend_from_slice(&[
            feature(BIAS, 0, 0),
            feature(LOWER, info.lower, 0),
            feature(SUFFIX, 1, info.suffixes[0]),
            feature(SUFFIX, 2, info.suffixes[1]),
            feature(SUFFIX, 3, info.suffixes[2]),
            feature(PREFIX, info.prefixes[0], 0),
            feature(SHAPE, info.shape, 0),
            feature(SHORT, info.short, 0),
            feature(LOWER_BEFORE, lower(i, -1), 0),
            feature(SUFFIX_BEFORE, suffix3(i, -1), 0),
            feature(LOWER_TWO_BEFORE, lower(i, -2), 0),
            feature(LOWER_AFTER, lower(i, 1), 0),
            feature(SUFFIX_AFTER, suffix3(i, 1), 0),
            feature(LOWER_TWO_AFTER, lower(i, 2), 0),
            feature(
                CAPITAL_AT_START,
                u64::from(info.capitalized),
                u64::from(i == 0),
            ),
            feature(SHORT_AFTER, at(i, 1).map_or(EDGE, |t| t.short), 0),
            feature(WORD, info.word, 0),
            feature(SUFFIX, 4, info.suffixes[3]),
            feature(PREFIX, info.prefixes[1], 1),
            feature(BIGRAM_AFTER, info.lower, lower(i, 1)),
        ]);
    }
    starts.push(out.len());
    debug_assert_eq!(starts.len(), n + 1);
}

/// The features of a token that look at the tags predicted for the two
/// tokens before it (`before`, then `two_before`; [`START`] past the
/// sentence start).
pub fn tag_features(info: &TokenInfo, before: usize, two_before: usize) -> [u64; TAG_FEATURES] {
    use template::*;
    let (p1, p2) = (before as u64, two_before as u64);
    [
        feature(TAG_BEFORE, p1, 0),
        feature(TWO_TAGS_BEFORE, p2, p1),
        feature(TAG_BEFORE_LOWER, p1, info.lower),
        feature(TAG_BEFORE_SUFFIX, p1, info.suffixes[2]),
        feature(TAG_TWO_BEFORE, p2, 0),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infos(words: &[&str]) -> Vec<TokenInfo> {
        words.iter().map(|w| TokenInfo::new(normalize(w))).collect()
    }

    #[test]
    fn every_token_gets_the_same_number_of_features() {
        let (mut out, mut starts) = (Vec::new(), Vec::new());
        sentence_features(&infos(&["Otters", "swim", "."]), &mut out, &mut starts);
        assert_eq!(starts.len(), 4);
        let counts: Vec<usize> = starts.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(counts.iter().all(|&c| c == counts[0] && c > 10));
    }

    #[test]
    fn typographic_dashes_read_as_the_training_text_writes_them() {
        assert_eq!(normalize("\u{2014}"), "--");
        assert_eq!(normalize("\u{2026}"), "...");
        assert_eq!(normalize("otter"), "otter");
    }

    #[test]
    fn the_tags_before_change_the_tag_features() {
        let info = TokenInfo::new("runs");
        assert_ne!(tag_features(&info, 1, 2), tag_features(&info, 2, 1));
        assert_eq!(tag_features(&info, 1, 2), tag_features(&info, 1, 2));
    }
}
