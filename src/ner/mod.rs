//! The learned named-entity tagger.
//!
//! An averaged structured perceptron over BILOU tags, decoded with Viterbi,
//! in two passes over a document:
//!
//! 1. Each sentence is tagged from the features of its tokens
//!    ([`features`]): the word, its lower-case form, shape, prefixes and
//!    suffixes, its neighbours, its position in the sentence, whether the
//!    sentence is written in capitals, name lists learned from the
//!    training data ([`gazetteer`]), outside lists of given names,
//!    surnames, places and calendar words (`data/ner/`, [`lists`]), the
//!    names taggers read in unlabeled news ([`read_names`]), and what
//!    unlabeled text taught of each word ([`words`]): its cluster and how
//!    often it is capitalized inside a sentence.
//! 2. What the first pass found across the whole document becomes extra
//!    features ([`document`]), with how many sports scores the document
//!    gives, and a second model tags every sentence again.
//!
//! The model is trained by `train-ner` ([`train`]) and embedded in the
//! library from `models/ner.bin`; [`Tagger::embedded`] parses it once.
//! Training is deterministic, so the committed file is exactly what this
//! command writes (about a minute on two cores):
//!
//! ```text
//! cargo run --release --bin train-ner -- ../shared/data/conll2003/eng.train \
//!     --lists data/ner --unlabeled ../shared/data
//! ```
//!
//! The file opens with the learned kit's header (kind, the fingerprint of
//! [`fingerprint`], scale; [`crate::learned::weights`]), then holds the
//! three name lists, the word classes and the two models' weights as 8-bit
//! integers, under one list of the feature keys either pass has
//! ([`model::write_passes`]); only features seen in at least 48 training
//! tokens are learned and weights below 4 dropped, which keeps it near
//! 237 KB (205 KB gzipped).
//! `eval-ner` scores the whole annotator on a CoNLL file, and
//! `cargo bench --bench throughput` measures tokens per second.
//!
//! Input is tokens as in CoNLL-2003: "Ukraine's" is "Ukraine" + "'s",
//! "U.S." is one token, punctuation stands apart.

#[cfg(feature = "tools")]
pub mod clusters;
pub mod conll;
pub mod document;
pub mod features;
pub mod gazetteer;
pub mod labels;
pub mod lists;
pub mod model;
pub mod read_names;
pub mod score;
pub mod train;
#[cfg(feature = "tools")]
pub mod unlabeled;
pub mod words;

use crate::annotation::EntityKind;
use crate::learned::codec::{Reader, Writer};
use crate::learned::error::{error, ModelError};
use crate::learned::fingerprint;
use crate::learned::token_info::TokenInfo;
use crate::learned::weights::{self, ModelKind};
use features::{sentence_features, Knowledge, SentenceFeatures};
use gazetteer::Gazetteer;
use model::{Paired, TagScores, Weights};
use std::ops::Range;
use std::sync::LazyLock;
use words::{WordClass, WordClasses};

/// The header's scale: the file holds integer scores as the tagger adds
/// them up (each pass was quantized under its own scale in training, and
/// the best tags do not depend on it).
const SCALE: f32 = 1.0;

/// The model the library ships, as written by `train-ner`.
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/ner.bin");

/// The embedded model, parsed on first use (the kit's load policy: a
/// damaged or drifted file stops with its name).
static EMBEDDED: LazyLock<Tagger> =
    LazyLock::new(|| weights::loaded(Tagger::from_bytes(EMBEDDED_MODEL), ModelKind::Entities));

/// The fingerprint of the tagger's features: the code that turns tokens,
/// name lists and word classes into features, and the tags they score.
pub fn fingerprint() -> u64 {
    fingerprint::of(
        const {
            fingerprint::code(&[
                include_str!("features.rs"),
                include_str!("document.rs"),
                include_str!("labels.rs"),
                include_str!("gazetteer.rs"),
                include_str!("words.rs"),
                include_str!("../learned/token_info.rs"),
                include_str!("../learned/hash.rs"),
            ])
        },
        &[],
    )
}

/// A name the tagger found: a range of token indices in its sentence and
/// a kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaggedSpan {
    /// The tokens of the name, half-open, in the sentence's token indices.
    pub tokens: Range<usize>,
    /// What the name names.
    pub kind: EntityKind,
}

/// A trained two-pass tagger.
#[derive(Clone, Debug, PartialEq)]
pub struct Tagger {
    /// Names learned from the training data.
    pub names: Gazetteer,
    /// Given names, surnames and places from outside word lists.
    pub lists: Gazetteer,
    /// Names a first tagger read, with one kind, in unlabeled text.
    pub read: Gazetteer,
    /// The surnames of the people it read in full, each alone; no feature
    /// of the tagger, a hint for the entities that follow the tagger (see
    /// [`Tagger::is_read_surname`]).
    pub read_surnames: Gazetteer,
    /// Word clusters and capitalization learned from unlabeled text.
    pub classes: WordClasses,
    /// The sentence-level model.
    pub first: Weights,
    /// The document-level model.
    pub second: Weights,
    /// Both models' weights in one table ([`Paired::new`] of the two).
    pub paired: Paired,
}

/// The name lists and word classes the first pass reads.
#[derive(Clone, Copy, Debug)]
pub struct Lexicons<'a> {
    /// Names from the training data.
    pub names: &'a Gazetteer,
    /// Outside word lists.
    pub lists: &'a Gazetteer,
    /// Names read in unlabeled text.
    pub read: &'a Gazetteer,
    /// Word classes.
    pub classes: &'a WordClasses,
}

/// The stage-one features of a sentence, with name-list matches and word
/// classes.
pub fn first_pass_features(lexicons: Lexicons, infos: &[TokenInfo]) -> SentenceFeatures {
    let names = lexicons.names.matches(infos);
    let lists = lexicons.lists.matches(infos);
    let read = lexicons.read.matches(infos);
    let classes: Vec<Option<WordClass>> = if lexicons.classes.is_empty() {
        Vec::new()
    } else {
        infos
            .iter()
            .map(|t| lexicons.classes.get(t.lower))
            .collect()
    };
    let known = Knowledge {
        names: &names,
        lists: &lists,
        classes: &classes,
        read: &read,
    };
    sentence_features(infos, &known)
}

impl Tagger {
    /// The tagger shipped with the library.
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Reads a model file: the kit's header ([`weights::read_header`]),
    /// then the name lists, word classes and the two passes' weights.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader::new(bytes);
        weights::read_header(&mut r, ModelKind::Entities, fingerprint())?;
        let names = Gazetteer::read(&mut r)?;
        let lists = Gazetteer::read(&mut r)?;
        let read = Gazetteer::read(&mut r)?;
        let read_surnames = Gazetteer::read(&mut r)?;
        let classes = WordClasses::read(&mut r)?;
        let [first, second] = model::read_passes(&mut r)?;
        if !r.is_done() {
            return Err(error("unexpected bytes after the model"));
        }
        Ok(Tagger {
            names,
            lists,
            read,
            read_surnames,
            classes,
            paired: Paired::new(&first, &second),
            first,
            second,
        })
    }

    /// The model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        weights::write_header(&mut w, ModelKind::Entities, fingerprint(), SCALE);
        self.names.write(&mut w);
        self.lists.write(&mut w);
        self.read.write(&mut w);
        self.read_surnames.write(&mut w);
        self.classes.write(&mut w);
        model::write_passes([&self.first, &self.second], &mut w);
        w.bytes
    }

    /// Tags one document, given as sentences of tokens; returns the names
    /// of each sentence, in order.
    pub fn tag_document<'w, S: AsRef<[&'w str]>>(&self, sentences: &[S]) -> Vec<Vec<TaggedSpan>> {
        let words: Vec<&[&str]> = sentences.iter().map(|s| s.as_ref()).collect();
        self.tags(&words)
            .iter()
            .map(|t| {
                labels::decode(t)
                    .into_iter()
                    .map(|(tokens, kind)| TaggedSpan { tokens, kind })
                    .collect()
            })
            .collect()
    }

    /// The kinds a name (given as tokens) had in the training data, if it
    /// was seen there at all.
    pub fn listed_kinds(&self, name: &[&str]) -> Vec<EntityKind> {
        let infos: Vec<TokenInfo> = name.iter().map(|w| TokenInfo::new(w)).collect();
        self.names.kinds_of(&infos)
    }

    /// The name lists and word classes of this tagger.
    pub fn lexicons(&self) -> Lexicons<'_> {
        Lexicons {
            names: &self.names,
            lists: &self.lists,
            read: &self.read,
            classes: &self.classes,
        }
    }

    /// The outside word-list flags of a name given as tokens (see
    /// [`gazetteer::Gazetteer::insert_flags`]); 0 when not listed.
    pub fn list_flags(&self, name: &[&str]) -> u8 {
        let infos: Vec<TokenInfo> = name.iter().map(|w| TokenInfo::new(w)).collect();
        self.lists.flags_of(&infos)
    }

    /// Whether `name` (given as tokens) names only dates: months, weekdays
    /// or holidays of the calendar list, alone or joined by "and" or a
    /// comma ("Christmas", "Christmas and New Year"), and never a name of
    /// the training data. CoNLL counts none of them as a name.
    pub fn is_calendar(&self, name: &[&str]) -> bool {
        let mut parts = name.split(|w| matches!(*w, "and" | "&" | ","));
        !name.is_empty()
            && parts.all(|part| {
                let infos: Vec<TokenInfo> = part.iter().map(|w| TokenInfo::new(w)).collect();
                !part.is_empty()
                    && self.lists.flags_of(&infos) & lists::CALENDAR != 0
                    && self.names.flags_of(&infos) == 0
            })
    }

    /// Whether `word` is a common word, not a name: unlabeled text often
    /// has it and almost never writes it with a capital inside a sentence
    /// ("Well", "Here", "When"), and no name list holds it. (Rare words
    /// seen only in lower case may still be someone's name.)
    pub fn is_common_word(&self, word: &str) -> bool {
        let info = [TokenInfo::new(word)];
        let class = self.classes.get(info[0].lower);
        class.is_some_and(|c| c.caps == 0 && c.cluster != words::RARE_LOWER)
            && self.lists.flags_of(&info) == 0
            && self.names.flags_of(&info) == 0
    }

    /// Whether `word` may be a surname: the surname list has it, or
    /// unlabeled text almost always writes it with a capital or never has
    /// it ("Kessler"; not "Club", "Media" or "Springs").
    pub fn may_be_surname(&self, word: &str) -> bool {
        let info = [TokenInfo::new(word)];
        let class = self.classes.get(info[0].lower);
        self.lists.flags_of(&info) & lists::SURNAME != 0
            || class.is_none_or(|c| c.caps == words::CAPS_STEPS - 1)
    }

    /// Whether `word` is the surname of someone unlabeled news named in
    /// full often ("Ferrand" where "Lucie Ferrand" was read many times).
    pub fn is_read_surname(&self, word: &str) -> bool {
        self.read_surnames.flags_of(&[TokenInfo::new(word)]) != 0
    }

    /// The BILOU tags of every token of a document.
    pub fn tags(&self, sentences: &[&[&str]]) -> Vec<Vec<u8>> {
        // One sentence's token infos and features at a time, built again
        // for the second pass: kept for a whole document they took about
        // 80 bytes per byte of text. What the second model makes of the
        // stage-one features is kept instead (34 bytes a token, about 7
        // per byte): the document features only add to it.
        let infos = |words: &[&str]| -> Vec<TokenInfo> {
            words.iter().map(|w| TokenInfo::new(w)).collect()
        };
        let mut evidence = document::Evidence::default();
        let mut second_scores = Vec::with_capacity(sentences.len());
        let first: Vec<Vec<u8>> = sentences
            .iter()
            .map(|words| {
                let infos = infos(words);
                let features = first_pass_features(self.lexicons(), &infos);
                let n = features.len();
                let (mut first, mut second) = (Vec::with_capacity(n), Vec::with_capacity(n));
                for i in 0..features.len() {
                    let (mut a, mut b) = Default::default();
                    self.paired.add_scores(features.of(i), &mut a, &mut b);
                    first.push(model::widen(&a));
                    second.push(b);
                }
                let tags = self.first.best_tags(&first);
                second_scores.push(second);
                evidence.add(words, &infos, &tags);
                tags
            })
            .collect();
        sentences
            .iter()
            .zip(&first)
            .zip(second_scores)
            .map(|((words, tags), kept)| {
                let mut scores: Vec<TagScores> = kept.iter().map(model::widen).collect();
                let infos = infos(words);
                let extra = document::sentence_features(&evidence, words, &infos, tags);
                for (i, scores) in scores.iter_mut().enumerate().take(extra.len()) {
                    self.second.add_scores(extra.of(i), scores);
                }
                self.second.best_tags(&scores)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    /// The names a tagger finds in a document, as text and kind.
    fn names(text: &[&str]) -> Vec<Vec<(String, EntityKind)>> {
        let sentences: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        Tagger::embedded()
            .tag_document(&sentences)
            .into_iter()
            .zip(&sentences)
            .map(|(spans, words)| {
                spans
                    .into_iter()
                    .map(|s| (words[s.tokens].join(" "), s.kind))
                    .collect()
            })
            .collect()
    }

    fn name(text: &str, kind: EntityKind) -> (String, EntityKind) {
        (text.to_string(), kind)
    }

    #[test]
    fn the_embedded_model_reads_back_to_the_same_bytes() {
        assert_eq!(Tagger::embedded().to_bytes(), EMBEDDED_MODEL);
        assert!(Tagger::embedded().names.len() > 1000);
    }

    #[test]
    fn a_damaged_model_is_a_clear_error() {
        let err = Tagger::from_bytes(b"not a model").expect_err("rejected");
        assert!(
            err.to_string().contains("not a sourcelight model file"),
            "{err}"
        );
        let cut = &EMBEDDED_MODEL[..EMBEDDED_MODEL.len() / 2];
        assert!(Tagger::from_bytes(cut).is_err());
        // A file trained with other features is refused.
        let mut drifted = EMBEDDED_MODEL.to_vec();
        drifted[5] ^= 1;
        let err = Tagger::from_bytes(&drifted).expect_err("rejected");
        assert!(err.to_string().contains("retrain"), "{err}");
    }

    #[test]
    fn finds_people_organizations_and_places_in_a_sentence() {
        // The tagger alone finds the names; the council's kind comes from
        // its head word in the entity layer (see tests/entity_lines.rs).
        let found = names(&["Helga Brandvold told the Norwegian Fisheries Council in Bergen on Monday that quotas would fall ."]);
        assert!(
            found[0].contains(&name("Helga Brandvold", Person)),
            "{found:?}"
        );
        assert!(found[0].contains(&name("Bergen", Place)), "{found:?}");
        assert!(
            found[0]
                .iter()
                .any(|(n, _)| n.ends_with("Fisheries Council")),
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_alone_is_the_person_named_earlier() {
        let found = names(&[
            "The report was written by Tomasz Wierzbicki , a hydrologist .",
            "Wierzbicki said the river had risen two metres .",
        ]);
        assert!(
            found[0].contains(&name("Tomasz Wierzbicki", Person)),
            "{found:?}"
        );
        assert_eq!(found[1], vec![name("Wierzbicki", Person)]);
    }

    #[test]
    fn a_name_in_a_capitals_headline_takes_its_kind_from_the_article() {
        let found = names(&[
            "HARBOUR CHIEF VANTERPOOL QUITS AFTER TEN YEARS",
            "Rhys Vanterpool , who ran the harbour for a decade , resigned on Friday .",
            "Vanterpool gave no reason .",
        ]);
        assert!(found[0].contains(&name("VANTERPOOL", Person)), "{found:?}");
        assert_eq!(found[2], vec![name("Vanterpool", Person)], "{found:?}");
    }

    #[test]
    fn a_headline_in_capitals_finds_the_place_the_article_names() {
        // A stray capital word opening the line is left to the entity
        // layer, which keeps a headline's names only where the prose
        // confirms them (see tests/entity_lines.rs).
        let found = names(&[
            "FLOODS CLOSE ROADS ACROSS SLOVENIA AFTER STORM",
            "Rain fell across Slovenia for a third day on Tuesday .",
        ]);
        assert!(found[0].contains(&name("SLOVENIA", Place)), "{found:?}");
        assert_eq!(found[1], vec![name("Slovenia", Place)], "{found:?}");
    }

    #[test]
    fn empty_sentences_and_odd_tokens_are_tagged_without_trouble() {
        let sentences: Vec<Vec<&str>> =
            vec![vec![], vec!["\u{1F600}", "", "--", "\u{0301}x"], vec!["É"]];
        let tagged = Tagger::embedded().tag_document(&sentences);
        assert_eq!(tagged.len(), 3);
        assert!(tagged[0].is_empty());
        for (spans, words) in tagged.iter().zip(&sentences) {
            assert!(spans
                .iter()
                .all(|s| s.tokens.start < s.tokens.end && s.tokens.end <= words.len()));
        }
    }

    #[test]
    fn calendar_names_are_dates_alone_or_joined() {
        let tagger = Tagger::embedded();
        assert!(tagger.is_calendar(&["Christmas"]));
        assert!(tagger.is_calendar(&["Christmas", "and", "New", "Year"]));
        assert!(tagger.is_calendar(&["Tuesday"]));
        assert!(!tagger.is_calendar(&["Christmas", "Island"]));
        assert!(!tagger.is_calendar(&["Christmas", "and"]));
        assert!(!tagger.is_calendar(&[]));
    }

    #[test]
    fn ordinary_capitalized_words_are_not_names() {
        let found = names(&["However , The committee will meet again next Thursday ."]);
        assert_eq!(found[0], vec![], "{found:?}");
    }
}
