//! The part-of-speech tagger: Penn Treebank tags for the tokens of a
//! sentence, read by the attribution cue model so that it can generalize
//! across words it never saw as cues ("a verb after a noun group").
//!
//! A greedy averaged perceptron that tags left to right: each token's tag
//! is the best under its features ([`features`]: the word, its suffixes,
//! prefix and shape, its neighbours) and the two tags predicted before it.
//! Trained on the tag column of CoNLL-2003 by `train-pos` ([`train`]) and
//! embedded from `models/pos.bin`; [`Tagger::embedded`] parses it once.
//! Training is deterministic, so the committed file is exactly what this
//! command writes:
//!
//! ```text
//! cargo run --release --bin train-pos -- ../shared/data/conll2003/eng.train models/pos.bin
//! ```
//!
//! `eval-pos` prints the token accuracy on another CoNLL file.
//!
//! Input is tokens as in CoNLL-2003: "Ukraine's" is "Ukraine" + "'s";
//! typographic quotes, apostrophes and dashes read as the plain ones.

pub mod corpus;
pub mod features;
pub mod model;
pub mod tags;
pub mod train;

use crate::learned::codec::{error, ModelError, Reader, Writer};
use crate::learned::token_info::TokenInfo;
use features::{normalize, sentence_features, tag_features, START};
use model::Weights;
use std::sync::LazyLock;
use tags::{Tag, TAG_COUNT};

/// The first bytes of a model file.
const MAGIC: &[u8; 8] = b"SLPOS\x00\x00\x01";

/// The model the library ships, as written by `train-pos`.
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/pos.bin");

/// The embedded model, parsed on first use.
static EMBEDDED: LazyLock<Tagger> = LazyLock::new(|| {
    // The file is checked in with the code and tested; a failure here is a
    // broken build, not bad input.
    Tagger::from_bytes(EMBEDDED_MODEL).expect("the embedded part-of-speech model is valid")
});

/// A trained part-of-speech tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagger {
    /// The weights of every feature.
    pub weights: Weights,
}

impl Tagger {
    /// The tagger shipped with the library.
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader::new(bytes);
        r.magic(MAGIC, "part-of-speech model")?;
        let weights = Weights::read(&mut r)?;
        if !r.is_done() {
            return Err(error("unexpected bytes after the model"));
        }
        Ok(Tagger { weights })
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.raw(MAGIC);
        self.weights.write(&mut w);
        w.bytes
    }

    /// The tag of every word of a sentence.
    pub fn tag<W: AsRef<str>>(&self, words: &[W]) -> Vec<Tag> {
        let infos: Vec<TokenInfo> = words
            .iter()
            .map(|w| TokenInfo::new(normalize(w.as_ref())))
            .collect();
        let (mut hashes, mut starts) = (Vec::new(), Vec::new());
        sentence_features(&infos, &mut hashes, &mut starts);
        let mut tags = Vec::with_capacity(words.len());
        let (mut before, mut two_before) = (START, START);
        for (i, info) in infos.iter().enumerate() {
            let mut scores = [0i32; TAG_COUNT];
            for &h in hashes[starts[i]..starts[i + 1]]
                .iter()
                .chain(&tag_features(info, before, two_before))
            {
                self.weights.add(h, &mut scores);
            }
            let tag = train::best(&scores);
            tags.push(Tag(tag as u8));
            (two_before, before) = (before, tag);
        }
        tags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tag names the embedded tagger gives a sentence written with
    /// spaces between tokens.
    fn tagged(sentence: &str) -> Vec<&'static str> {
        let words: Vec<&str> = sentence.split(' ').collect();
        Tagger::embedded()
            .tag(&words)
            .into_iter()
            .map(Tag::name)
            .collect()
    }

    #[test]
    fn the_embedded_model_reads_back_to_the_same_bytes() {
        assert_eq!(Tagger::embedded().to_bytes(), EMBEDDED_MODEL);
        assert!(Tagger::embedded().weights.len() > 1000);
    }

    #[test]
    fn a_damaged_model_is_a_clear_error() {
        let err = Tagger::from_bytes(b"not a model").expect_err("rejected");
        assert!(err.to_string().contains("part-of-speech model"), "{err}");
        let cut = &EMBEDDED_MODEL[..EMBEDDED_MODEL.len() / 2];
        assert!(Tagger::from_bytes(cut).is_err());
        let mut longer = EMBEDDED_MODEL.to_vec();
        longer.push(0);
        assert!(Tagger::from_bytes(&longer).is_err());
    }

    #[test]
    fn tags_a_plain_sentence() {
        assert_eq!(
            tagged("The ferry operator cancelled three crossings on Monday ."),
            ["DT", "NN", "NN", "VBD", "CD", "NNS", "IN", "NNP", "."]
        );
    }

    #[test]
    fn an_unseen_verb_is_told_by_its_ending_and_place() {
        let tags = tagged("Officials downplayed the shortfall .");
        assert_eq!(tags[1], "VBD", "{tags:?}");
        let tags = tagged("She bristled at the suggestion .");
        assert_eq!(tags[1], "VBD", "{tags:?}");
    }

    #[test]
    fn clitics_and_typographic_marks_read_like_plain_ones() {
        let plain = tagged("The mayor 's aides do n't agree , she said .");
        let curly = tagged("The mayor \u{2019}s aides do n\u{2019}t agree \u{2014} she said .");
        assert_eq!(plain[2], "POS");
        assert_eq!(curly[2], "POS");
        assert_eq!(curly[5], "RB");
        assert_eq!(curly[7], ":");
    }

    #[test]
    fn odd_tokens_and_empty_sentences_are_tagged_without_trouble() {
        assert!(Tagger::embedded().tag::<&str>(&[]).is_empty());
        let odd = ["\u{1F600}", "", "\u{0301}x", "1,000.5"];
        assert_eq!(Tagger::embedded().tag(&odd).len(), 4);
    }
}
