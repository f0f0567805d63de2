//! Training: a greedy averaged perceptron that tags left to right from the
//! tags it predicted itself, as it will when tagging new text.
//!
//! Training is deterministic: sentences are shuffled by a fixed-seed
//! generator and the model keeps features in the order they were first
//! seen, so the same data and options give the same file byte for byte.

use super::corpus::TaggedSentence;
use super::features::{normalize, sentence_features, tag_features, START};
use super::model::{Row, Weights};
use super::tags::TAG_COUNT;
use super::Tagger;
use crate::learned::shuffle::shuffle;
use crate::learned::table::key_of;
use crate::learned::token_info::TokenInfo;
use std::collections::{BTreeMap, HashMap};

/// How to train.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Features seen in fewer training tokens than this are not learned.
    pub min_count: u32,
    /// Seed of the sentence shuffle.
    pub seed: u64,
    /// The share of weights (by size) quantized without clipping: the
    /// weight at this quantile becomes 127, larger ones are clipped.
    pub clip_quantile: f64,
    /// Quantized weights smaller than this (in absolute value) are dropped.
    pub min_weight: i8,
}

/// Weights during training: the current ones, and each one's updates
/// summed with the step they happened at, for averaging.
struct Learner {
    index: HashMap<u64, usize>,
    hashes: Vec<u64>,
    counts: Vec<u32>,
    current: Vec<[f32; TAG_COUNT]>,
    stamped: Vec<[f64; TAG_COUNT]>,
    step: f64,
}

impl Learner {
    /// The row index of a feature, made on first sight.
    fn slot(&mut self, hash: u64) -> usize {
        let next = self.hashes.len();
        let slot = *self.index.entry(hash).or_insert(next);
        if slot == next {
            self.hashes.push(hash);
            self.counts.push(0);
            self.current.push([0.0; TAG_COUNT]);
            self.stamped.push([0.0; TAG_COUNT]);
        }
        slot
    }

    /// The best tag for a token with the features in `slots`.
    fn predict(&self, slots: &[usize]) -> usize {
        let mut scores = [0.0f32; TAG_COUNT];
        for &s in slots {
            for (score, w) in scores.iter_mut().zip(&self.current[s]) {
                *score += w;
            }
        }
        best(&scores)
    }

    fn update(&mut self, slots: &[usize], gold: usize, guess: usize) {
        for &s in slots {
            self.current[s][gold] += 1.0;
            self.current[s][guess] -= 1.0;
            self.stamped[s][gold] += self.step;
            self.stamped[s][guess] -= self.step;
        }
    }

    /// The averaged weight of row `s`.
    fn averaged(&self, s: usize) -> [f64; TAG_COUNT] {
        let mut out = [0.0; TAG_COUNT];
        for (t, o) in out.iter_mut().enumerate() {
            *o = f64::from(self.current[s][t]) - self.stamped[s][t] / self.step;
        }
        out
    }
}

/// The index of the highest score (the first on a tie).
pub fn best<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut top = 0;
    for (t, &s) in scores.iter().enumerate() {
        if s > scores[top] {
            top = t;
        }
    }
    top
}

/// Trains a tagger on tagged sentences.
pub fn train(sentences: &[TaggedSentence], options: TrainOptions) -> Tagger {
    let mut learner = Learner {
        index: HashMap::new(),
        hashes: Vec::new(),
        counts: Vec::new(),
        current: Vec::new(),
        stamped: Vec::new(),
        step: 1.0,
    };
    let prepared: Vec<(Vec<TokenInfo>, Vec<u64>, Vec<usize>)> = sentences
        .iter()
        .map(|s| {
            let infos: Vec<TokenInfo> = s
                .words
                .iter()
                .map(|w| TokenInfo::new(normalize(w)))
                .collect();
            let (mut hashes, mut starts) = (Vec::new(), Vec::new());
            sentence_features(&infos, &mut hashes, &mut starts);
            (infos, hashes, starts)
        })
        .collect();
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = options.seed.max(1);
    let mut slots = Vec::new();
    for epoch in 0..options.epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            let (infos, hashes, starts) = &prepared[k];
            let (mut before, mut two_before) = (START, START);
            for (i, info) in infos.iter().enumerate() {
                slots.clear();
                for &h in hashes[starts[i]..starts[i + 1]]
                    .iter()
                    .chain(&tag_features(info, before, two_before))
                {
                    let s = learner.slot(h);
                    if epoch == 0 {
                        learner.counts[s] += 1;
                    }
                    slots.push(s);
                }
                let guess = learner.predict(&slots);
                let gold = sentences[k].tags[i].index();
                if guess != gold {
                    learner.update(&slots, gold, guess);
                }
                learner.step += 1.0;
                (two_before, before) = (before, guess);
            }
        }
    }
    Tagger {
        weights: quantize(&learner, &options),
    }
}

/// The averaged weights of the features seen at least
/// [`TrainOptions::min_count`] times, as 8-bit integers under one scale
/// (the weight at [`TrainOptions::clip_quantile`] at 127); weights below
/// [`TrainOptions::min_weight`] are dropped, and so are features left with
/// none.
fn quantize(learner: &Learner, options: &TrainOptions) -> Weights {
    let kept: Vec<usize> = (0..learner.hashes.len())
        .filter(|&s| learner.counts[s] >= options.min_count)
        .collect();
    let averaged: Vec<[f64; TAG_COUNT]> = kept.iter().map(|&s| learner.averaged(s)).collect();
    let mut sizes: Vec<f64> = averaged
        .iter()
        .flatten()
        .map(|w| w.abs())
        .filter(|&w| w > 0.0)
        .collect();
    sizes.sort_by(f64::total_cmp);
    let at =
        ((sizes.len() as f64 * options.clip_quantile) as usize).min(sizes.len().saturating_sub(1));
    let scale = 127.0 / sizes.get(at).copied().unwrap_or(1.0).max(1e-9);
    let mut rows: BTreeMap<u32, [f64; TAG_COUNT]> = BTreeMap::new();
    for (&s, weights) in kept.iter().zip(&averaged) {
        let sum = rows
            .entry(key_of(learner.hashes[s]))
            .or_insert([0.0; TAG_COUNT]);
        for (a, w) in sum.iter_mut().zip(weights) {
            *a += w;
        }
    }
    let rows: Vec<(u32, Row)> = rows
        .into_iter()
        .map(|(key, weights)| {
            let row: Row = weights.map(|w| {
                let q = (w * scale).round().clamp(-127.0, 127.0) as i8;
                if q.abs() < options.min_weight {
                    0
                } else {
                    q
                }
            });
            (key, row)
        })
        .filter(|(_, row)| row.iter().any(|&w| w != 0))
        .collect();
    Weights::new(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pos::tags::Tag;

    /// A tiny corpus of made-up sentences, "word/TAG" separated by spaces.
    fn corpus() -> Vec<TaggedSentence> {
        [
            "The/DT otter/NN swims/VBZ ./.",
            "An/DT otter/NN dives/VBZ ./.",
            "Otters/NNS swim/VBP quickly/RB ./.",
            "The/DT heron/NN waits/VBZ ./.",
        ]
        .iter()
        .map(|line| {
            let (words, tags) = line
                .split(' ')
                .map(|pair| {
                    let (word, tag) = pair.rsplit_once('/').expect("word/TAG");
                    (word.to_string(), Tag::from_name(tag).expect("known tag"))
                })
                .unzip();
            TaggedSentence { words, tags }
        })
        .collect()
    }

    const OPTIONS: TrainOptions = TrainOptions {
        epochs: 5,
        min_count: 1,
        seed: 7,
        clip_quantile: 1.0,
        min_weight: 1,
    };

    #[test]
    fn training_is_deterministic_and_learns_its_sentences() {
        let sentences = corpus();
        let tagger = train(&sentences, OPTIONS);
        assert_eq!(tagger.to_bytes(), train(&sentences, OPTIONS).to_bytes());
        for sentence in &sentences {
            assert_eq!(tagger.tag(&sentence.words), sentence.tags);
        }
    }

    #[test]
    fn the_best_score_is_the_first_of_equals() {
        assert_eq!(best(&[1, 3, 3, 2]), 1);
        assert_eq!(best(&[0.5, -1.0]), 0);
    }
}
