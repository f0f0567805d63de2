//! Training: an averaged structured perceptron, run twice (sentence-level,
//! then document-level), with jackknifing so that the second pass learns
//! from first-pass tags as wrong as they will be on new text.
//!
//! Training is deterministic: documents are split into folds by their
//! order, and sentences are shuffled by a fixed-seed generator.

use super::conll::Sentence;
use super::features::SentenceFeatures;
use super::gazetteer::Gazetteer;
use super::labels::{self, encode, TAG_COUNT};
use super::model::{constrained, viterbi, Paired, TagScores, Transitions, Weights, START};
use super::read_names::{self, ReadNames, ReadOptions};
use super::words::WordClasses;
use super::{document, first_pass_features, Lexicons, Tagger};
use crate::learned::perceptron::Averaged;
use crate::learned::shuffle::shuffle;
use crate::learned::token_info::TokenInfo;
use std::collections::HashMap;

/// How to train.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Folds for the jackknifed name lists and first-pass tags.
    pub folds: usize,
    /// Quantized weights smaller than this (in absolute value) are dropped.
    pub min_weight: i8,
    /// Features seen in fewer training tokens than this are not learned.
    pub min_count: u32,
    /// Seed of the sentence shuffle.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 12,
            folds: 5,
            min_weight: 4,
            min_count: 48,
            seed: 0x5eed,
        }
    }
}

/// A sentence's features as dense feature numbers, with its gold tags.
struct Example {
    ids: Vec<u32>,
    starts: Vec<u32>,
    gold: Vec<u8>,
}

/// The perceptron being trained: the transition weights, then a row of
/// `TAG_COUNT` emission weights for each feature, in one [`Averaged`].
struct Perceptron {
    index: HashMap<u64, u32>,
    hashes: Vec<u64>,
    weights: Averaged,
}

/// Where the emission weights start: after the transitions from each tag
/// and from the start.
const EMISSIONS: usize = (TAG_COUNT + 1) * TAG_COUNT;

impl Default for Perceptron {
    fn default() -> Perceptron {
        let mut weights = Averaged::default();
        weights.grow(EMISSIONS);
        Perceptron {
            index: HashMap::new(),
            hashes: Vec::new(),
            weights,
        }
    }
}

impl Perceptron {
    /// The example of a sentence, with only the features that `keep` keeps.
    fn intern(
        &mut self,
        features: &SentenceFeatures,
        keep: &dyn Fn(&u64) -> bool,
        gold: Vec<u8>,
    ) -> Example {
        let mut ids = Vec::with_capacity(features.hashes.len());
        let mut starts = Vec::with_capacity(features.starts.len());
        for i in 0..features.len() {
            starts.push(ids.len() as u32);
            for h in features.of(i).iter().filter(|h| keep(h)) {
                let h = *h;
                let next = self.hashes.len() as u32;
                let id = *self.index.entry(h).or_insert(next);
                if id == next {
                    self.hashes.push(h);
                    self.weights.grow(TAG_COUNT);
                }
                ids.push(id);
            }
        }
        starts.push(ids.len() as u32);
        Example { ids, starts, gold }
    }

    /// The current transition weights.
    fn transitions(&self) -> Transitions {
        let values = self.weights.values();
        std::array::from_fn(|p| std::array::from_fn(|t| values[transition(p, t)]))
    }

    fn decode(&self, e: &Example) -> Vec<u8> {
        let values = self.weights.values();
        let emissions: Vec<TagScores> = e
            .starts
            .windows(2)
            .map(|w| {
                let mut scores = [0i32; TAG_COUNT];
                for &id in &e.ids[w[0] as usize..w[1] as usize] {
                    let row = &values[emission(id, 0)..][..TAG_COUNT];
                    for (s, &v) in scores.iter_mut().zip(row) {
                        *s += v;
                    }
                }
                scores
            })
            .collect();
        viterbi(&emissions, &constrained(&self.transitions()))
    }

    /// The weight indexes of `tags` as the tags of `e`: each token's
    /// features with its tag, and each tag with the one before it.
    fn structure(e: &Example, tags: &[u8]) -> Vec<usize> {
        let mut indexes = Vec::with_capacity(e.ids.len() + tags.len());
        for (i, &tag) in tags.iter().enumerate() {
            let ids = &e.ids[e.starts[i] as usize..e.starts[i + 1] as usize];
            indexes.extend(ids.iter().map(|&id| emission(id, tag)));
            let prev = if i == 0 {
                START
            } else {
                usize::from(tags[i - 1])
            };
            indexes.push(transition(prev, usize::from(tag)));
        }
        indexes
    }

    fn learn(&mut self, e: &Example) {
        let predicted = self.decode(e);
        let (gold, predicted) = (Self::structure(e, &e.gold), Self::structure(e, &predicted));
        self.weights.learn_structured(&gold, &predicted);
    }

    /// The averaged model, quantized to 8-bit weights.
    fn finish(&self, min_weight: i8) -> Weights {
        let averaged: Vec<f64> = (0..self.hashes.len() * TAG_COUNT)
            .map(|i| self.weights.average(EMISSIONS + i))
            .collect();
        // One scale for all: the largest weights (beyond the 99.95th
        // percentile) are clipped to ±127.
        let mut magnitudes: Vec<f64> = averaged
            .iter()
            .map(|w| w.abs())
            .filter(|&w| w > 0.0)
            .collect();
        magnitudes.sort_unstable_by(f64::total_cmp);
        let clip = magnitudes
            .get(magnitudes.len().saturating_sub(1) * 9995 / 10000)
            .copied()
            .unwrap_or(1.0);
        let scale = 127.0 / clip;
        let quantize = |w: f64| {
            let q = (w * scale).round().clamp(-127.0, 127.0) as i8;
            if q.unsigned_abs() < min_weight.unsigned_abs() {
                0
            } else {
                q
            }
        };
        let rows = self
            .hashes
            .iter()
            .enumerate()
            .map(|(id, &h)| {
                let row: [i8; TAG_COUNT] =
                    std::array::from_fn(|t| quantize(averaged[id * TAG_COUNT + t]));
                (h, row)
            })
            .collect();
        let mut transitions = [[0i32; TAG_COUNT]; TAG_COUNT + 1];
        for (p, row) in transitions.iter_mut().enumerate() {
            for (t, w) in row.iter_mut().enumerate() {
                *w = (self.weights.average(transition(p, t)) * scale).round() as i32;
            }
        }
        Weights::new(rows, transitions)
    }
}

/// The index of the weight of tag `next` after tag `prev` (or [`START`]).
fn transition(prev: usize, next: usize) -> usize {
    prev * TAG_COUNT + next
}

/// The index of the weight of feature `id` for tag `tag`.
fn emission(id: u32, tag: u8) -> usize {
    EMISSIONS + id as usize * TAG_COUNT + usize::from(tag)
}

/// Trains a perceptron on `sentences` (features with gold tags).
fn perceptron(sentences: &[(&SentenceFeatures, &[u8])], options: &TrainOptions) -> Weights {
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for (f, _) in sentences {
        for &h in &f.hashes {
            *counts.entry(h).or_default() += 1;
        }
    }
    let frequent = |h: &u64| counts.get(h).is_some_and(|&c| c >= options.min_count);
    let mut p = Perceptron::default();
    let examples: Vec<Example> = sentences
        .iter()
        .map(|(f, gold)| p.intern(f, &frequent, gold.to_vec()))
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut state = options.seed | 1;
    for _ in 0..options.epochs {
        shuffle(&mut order, &mut state);
        for &i in &order {
            p.learn(&examples[i]);
        }
    }
    p.finish(options.min_weight)
}

/// A training document, read and ready.
struct Prepared {
    words: Vec<Vec<String>>,
    infos: Vec<Vec<TokenInfo>>,
    gold: Vec<Vec<u8>>,
    /// First-pass features, with name lists that leave this document's fold out.
    base: Vec<SentenceFeatures>,
}

/// The name list of every document whose index is not in `fold` (`None`:
/// every document).
fn name_list(
    documents: &[Vec<Sentence>],
    infos: &[Vec<Vec<TokenInfo>>],
    folds: usize,
    fold: Option<usize>,
) -> Gazetteer {
    let mut names = Gazetteer::default();
    for (d, document) in documents.iter().enumerate() {
        if fold == Some(d % folds) {
            continue;
        }
        for (sentence, infos) in document.iter().zip(&infos[d]) {
            for (range, kind) in &sentence.names {
                names.insert(&infos[range.clone()], *kind);
            }
        }
    }
    names
}

/// What the lexicon features of training read besides the documents: the
/// outside word lists, the word classes, and the training names of every
/// fold (each leaving its own documents out) and of all documents.
struct Known<'a> {
    lists: &'a Gazetteer,
    classes: &'a WordClasses,
    fold_names: &'a [Gazetteer],
    all_names: &'a Gazetteer,
}

impl Known<'_> {
    /// The lexicons of a document of fold `fold` (`None`: the final model),
    /// with the names read in news `read`.
    fn lexicons<'a>(&'a self, fold: Option<usize>, read: &'a Gazetteer) -> Lexicons<'a> {
        Lexicons {
            names: fold.map_or(self.all_names, |f| &self.fold_names[f]),
            lists: self.lists,
            read,
            classes: self.classes,
        }
    }
}

/// The names read in unlabeled `news` by taggers that never saw the list
/// of names read: one list for each fold (read by a tagger trained without
/// that fold) and, for the final model, the names and surnames read.
fn read_news(
    documents: &[Vec<Sentence>],
    infos: &[Vec<Vec<TokenInfo>>],
    known: &Known,
    news: &[Vec<Vec<String>>],
    options: &TrainOptions,
) -> (Vec<Gazetteer>, ReadNames) {
    let folds = known.fold_names.len();
    if news.is_empty() {
        return (vec![Gazetteer::default(); folds], ReadNames::default());
    }
    let unread = Gazetteer::default();
    let base: Vec<Vec<SentenceFeatures>> = infos
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let lexicons = known.lexicons(Some(d % folds), &unread);
            doc.iter()
                .map(|i| first_pass_features(lexicons, i))
                .collect()
        })
        .collect();
    let gold: Vec<Vec<Vec<u8>>> = documents
        .iter()
        .map(|doc| {
            doc.iter()
                .map(|s| encode(s.tokens.len(), &s.names))
                .collect()
        })
        .collect();
    let read_with = |fold: Option<usize>| {
        let training: Vec<(&SentenceFeatures, &[u8])> = (0..documents.len())
            .filter(|d| Some(d % folds) != fold)
            .flat_map(|d| base[d].iter().zip(gold[d].iter().map(Vec::as_slice)))
            .collect();
        let model = perceptron(&training, options);
        let lexicons = known.lexicons(fold, &unread);
        let tag = |words: &[&str]| {
            let infos: Vec<TokenInfo> = words.iter().map(|w| TokenInfo::new(w)).collect();
            labels::decode(&model.tag(&first_pass_features(lexicons, &infos)))
        };
        read_names::learn(news, tag, &ReadOptions::default())
    };
    let fold_read = (0..folds).map(|f| read_with(Some(f)).names).collect();
    (fold_read, read_with(None))
}

/// The first-pass tags of every document, each from a model trained on
/// the other folds.
fn first_pass_tags(
    prepared: &[Prepared],
    folds: usize,
    options: &TrainOptions,
    log: &mut impl FnMut(&str),
) -> Vec<Vec<Vec<u8>>> {
    let mut first_tags: Vec<Vec<Vec<u8>>> = vec![Vec::new(); prepared.len()];
    for fold in 0..folds {
        let training: Vec<(&SentenceFeatures, &[u8])> = prepared
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds != fold)
            .flat_map(|(_, p)| p.base.iter().zip(p.gold.iter().map(Vec::as_slice)))
            .collect();
        let model = perceptron(&training, options);
        for (d, p) in prepared
            .iter()
            .enumerate()
            .filter(|(d, _)| d % folds == fold)
        {
            first_tags[d] = p.base.iter().map(|f| model.tag(f)).collect();
        }
        log(&format!("fold {}/{folds}: first pass trained", fold + 1));
    }
    first_tags
}

/// The second-pass features of every document: its first-pass features
/// with what the first-pass `tags` say of the whole document.
fn second_pass_features(
    prepared: &[Prepared],
    first_tags: &[Vec<Vec<u8>>],
) -> Vec<Vec<SentenceFeatures>> {
    prepared
        .iter()
        .zip(first_tags)
        .map(|(p, tags)| {
            let words: Vec<Vec<&str>> = p
                .words
                .iter()
                .map(|s| s.iter().map(String::as_str).collect())
                .collect();
            let words: Vec<&[&str]> = words.iter().map(Vec::as_slice).collect();
            let extra = document::features(&words, &p.infos, tags);
            p.base
                .iter()
                .zip(&extra)
                .map(|(f, e)| f.with_extra(e))
                .collect()
        })
        .collect()
}

/// Trains a tagger on annotated documents, with outside word lists, word
/// classes and the names read in unlabeled news documents (any may be
/// empty). `log` hears of progress.
pub fn train(
    documents: &[Vec<Sentence>],
    lists: Gazetteer,
    classes: WordClasses,
    news: &[Vec<Vec<String>>],
    options: &TrainOptions,
    mut log: impl FnMut(&str),
) -> Tagger {
    let folds = options.folds.max(2);
    let infos: Vec<Vec<Vec<TokenInfo>>> = documents
        .iter()
        .map(|d| {
            d.iter()
                .map(|s| s.tokens.iter().map(|w| TokenInfo::new(w)).collect())
                .collect()
        })
        .collect();
    let fold_names: Vec<Gazetteer> = (0..folds)
        .map(|f| name_list(documents, &infos, folds, Some(f)))
        .collect();
    let all_names = name_list(documents, &infos, folds, None);
    let known = Known {
        lists: &lists,
        classes: &classes,
        fold_names: &fold_names,
        all_names: &all_names,
    };
    let (fold_read, read) = read_news(documents, &infos, &known, news, options);
    if !news.is_empty() {
        log(&format!(
            "{} names read in {} news documents",
            read.names.len(),
            news.len()
        ));
    }
    let prepared: Vec<Prepared> = documents
        .iter()
        .zip(&infos)
        .enumerate()
        .map(|(d, (document, infos))| Prepared {
            words: document.iter().map(|s| s.tokens.clone()).collect(),
            gold: document
                .iter()
                .map(|s| encode(s.tokens.len(), &s.names))
                .collect(),
            base: infos
                .iter()
                .map(|i| {
                    first_pass_features(known.lexicons(Some(d % folds), &fold_read[d % folds]), i)
                })
                .collect(),
            infos: infos.clone(),
        })
        .collect();

    let first_tags = first_pass_tags(&prepared, folds, options, &mut log);
    let train_on = |features: Vec<&[SentenceFeatures]>| {
        let all: Vec<(&SentenceFeatures, &[u8])> = features
            .into_iter()
            .zip(&prepared)
            .flat_map(|(f, p)| f.iter().zip(p.gold.iter().map(Vec::as_slice)))
            .collect();
        perceptron(&all, options)
    };
    let first = train_on(prepared.iter().map(|p| p.base.as_slice()).collect());
    log(&format!("first pass: {} features", first.feature_count()));
    let second_features = second_pass_features(&prepared, &first_tags);
    let second = train_on(second_features.iter().map(Vec::as_slice).collect());
    log(&format!("second pass: {} features", second.feature_count()));

    Tagger {
        names: all_names,
        lists,
        read: read.names,
        read_surnames: read.surnames,
        classes,
        paired: Paired::new(&first, &second),
        first,
        second,
    }
}
