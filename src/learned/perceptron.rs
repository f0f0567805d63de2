//! The perceptron update every learned model trains with: weights averaged
//! over every step of training (the weight a model ships is the mean of its
//! value after each example), learned from binary examples over sparse
//! feature keys (the cue and hedge models) or from structured ones over
//! dense indexes (the entity tagger's tags).

use std::collections::HashMap;

/// What a score of exactly zero counts as while learning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// A mistake whatever the label (the classic rule: an update until the
    /// score has the label's sign).
    Mistake,
    /// A negative prediction, as the detector reads it (`score > 0` is
    /// positive).
    Negative,
}

/// Weights being trained, by dense index: each one's current value and
/// the sum of `step * change` that turns it into its average over every
/// step of training. Every model's update goes through [`Averaged::update`].
#[derive(Clone, Debug)]
pub struct Averaged {
    values: Vec<i32>,
    totals: Vec<i64>,
    /// The examples seen so far, plus one.
    step: i64,
}

impl Default for Averaged {
    fn default() -> Averaged {
        Averaged {
            values: Vec::new(),
            totals: Vec::new(),
            step: 1,
        }
    }
}

impl Averaged {
    /// Adds `n` weights, each zero.
    pub fn grow(&mut self, n: usize) {
        self.values.resize(self.values.len() + n, 0);
        self.totals.resize(self.totals.len() + n, 0);
    }

    /// The current values, by index.
    pub fn values(&self) -> &[i32] {
        &self.values
    }

    /// The one update: adds `delta` to the weight at every index.
    pub fn update(&mut self, indexes: impl IntoIterator<Item = usize>, delta: i32) {
        for i in indexes {
            self.values[i] += delta;
            self.totals[i] += self.step * i64::from(delta);
        }
    }

    /// Marks the end of one example: the step the averages count.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Structured learning from one example, given the indexes of the
    /// gold structure's features and of the predicted one's: on a mistake
    /// the gold ones gain one and the predicted ones lose one. Returns
    /// whether it was a mistake.
    pub fn learn_structured(&mut self, gold: &[usize], predicted: &[usize]) -> bool {
        let mistake = gold != predicted;
        if mistake {
            self.update(gold.iter().copied(), 1);
            self.update(predicted.iter().copied(), -1);
        }
        self.tick();
        mistake
    }

    /// The average of the weight at `index` over every step so far.
    pub fn average(&self, index: usize) -> f64 {
        f64::from(self.values[index]) - self.totals[index] as f64 / self.step as f64
    }
}

/// A binary perceptron being trained over sparse feature keys: an index
/// from each key seen to its [`Averaged`] weight.
#[derive(Clone, Debug, Default)]
pub struct Perceptron {
    index: HashMap<u32, usize>,
    keys: Vec<u32>,
    weights: Averaged,
}

impl Perceptron {
    /// A perceptron with every weight zero.
    pub fn new() -> Perceptron {
        Perceptron::default()
    }

    /// The current score of a set of features.
    pub fn score(&self, features: &[u32]) -> f64 {
        let values = self.weights.values();
        features
            .iter()
            .filter_map(|f| self.index.get(f))
            .map(|&i| f64::from(values[i]))
            .sum()
    }

    /// Adds `delta` to the weight of every feature.
    fn update(&mut self, features: &[u32], delta: i32) {
        for &f in features {
            let i = self.intern(f);
            self.weights.update([i], delta);
        }
    }

    /// The index of key `f`'s weight, added at zero when new.
    fn intern(&mut self, f: u32) -> usize {
        let next = self.keys.len();
        let i = *self.index.entry(f).or_insert(next);
        if i == next {
            self.keys.push(f);
            self.weights.grow(1);
        }
        i
    }

    /// Marks the end of one example: the step the averages count.
    pub fn tick(&mut self) {
        self.weights.tick();
    }

    /// Binary learning from one example: an update toward `label` when the
    /// score does not already have its sign; `tie` says what a score of
    /// zero counts as. Returns whether it was a mistake.
    pub fn learn(&mut self, features: &[u32], label: bool, tie: Tie) -> bool {
        let y = if label { 1 } else { -1 };
        let score = self.score(features);
        let mistake = match tie {
            Tie::Mistake => f64::from(y) * score <= 0.0,
            Tie::Negative => (score > 0.0) != label,
        };
        if mistake {
            self.update(features, y);
        }
        self.tick();
        mistake
    }

    /// The averaged weights, by key (zeros left out), keys increasing.
    pub fn averaged(&self) -> Vec<(u32, f64)> {
        let mut out: Vec<(u32, f64)> = self
            .keys
            .iter()
            .enumerate()
            .map(|(i, &f)| (f, self.weights.average(i)))
            .filter(|&(_, w)| w != 0.0)
            .collect();
        out.sort_unstable_by_key(|&(f, _)| f);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mistake_moves_the_weights_toward_the_label() {
        let mut p = Perceptron::new();
        assert!(
            p.learn(&[1, 2], true, Tie::Mistake),
            "a zero score is a mistake"
        );
        assert_eq!(p.score(&[1]), 1.0);
        assert!(
            !p.learn(&[1], true, Tie::Mistake),
            "already right: no update"
        );
        assert!(
            !p.learn(&[4], false, Tie::Negative),
            "zero reads as negative"
        );
        assert!(p.learn(&[4], false, Tie::Mistake));
        assert!(p.learn(&[2, 3], false, Tie::Mistake));
        assert_eq!(p.score(&[2]), 0.0);
        assert_eq!(p.score(&[3]), -1.0);
    }

    #[test]
    fn averages_weigh_each_value_by_how_long_it_stood() {
        let mut p = Perceptron::new();
        p.learn(&[7], true, Tie::Mistake); // weight 1 from the first step on
        p.tick();
        p.tick();
        // Weight 1 over steps 1..4, learned at step 1: the average over
        // the three steps after the update is 1 - 1/4.
        assert_eq!(p.averaged(), vec![(7, 0.75)]);
    }

    #[test]
    fn a_structured_mistake_rewards_gold_and_penalizes_the_prediction() {
        let mut w = Averaged::default();
        w.grow(4);
        assert!(w.learn_structured(&[1, 2], &[1, 3]));
        assert_eq!(w.values(), &[0, 0, 1, -1]);
        assert!(!w.learn_structured(&[0], &[0]));
        assert_eq!(w.values(), &[0, 0, 1, -1]);
        // Learned at step 1 and held over steps 1..3: 1 - 1/3.
        assert!((w.average(2) - 2.0 / 3.0).abs() < 1e-12);
    }
}
