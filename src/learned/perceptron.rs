//! The perceptron update every learned model trains with: sparse weights
//! by feature key, averaged over every step of training (the weight a
//! model ships is the mean of its value after each example).

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

/// A perceptron being trained: each weight's current value and the sum
/// of `step * change` that turns it into its average.
#[derive(Clone, Debug, Default)]
pub struct Perceptron {
    weights: HashMap<u32, (f64, f64)>,
    /// The examples seen so far, plus one.
    step: f64,
}

impl Perceptron {
    /// A perceptron with every weight zero.
    pub fn new() -> Perceptron {
        Perceptron {
            weights: HashMap::new(),
            step: 1.0,
        }
    }

    /// The current score of a set of features.
    pub fn score(&self, features: &[u32]) -> f64 {
        features
            .iter()
            .map(|f| self.weights.get(f).map_or(0.0, |w| w.0))
            .sum()
    }

    /// The one update: adds `delta` to the weight of every feature.
    pub fn update(&mut self, features: &[u32], delta: f64) {
        for &f in features {
            let w = self.weights.entry(f).or_default();
            w.0 += delta;
            w.1 += self.step * delta;
        }
    }

    /// Marks the end of one example: the step the averages count.
    pub fn tick(&mut self) {
        self.step += 1.0;
    }

    /// Binary learning from one example: an update toward `label` when the
    /// score does not already have its sign; `tie` says what a score of
    /// zero counts as. Returns whether it was a mistake.
    pub fn learn(&mut self, features: &[u32], label: bool, tie: Tie) -> bool {
        let y = if label { 1.0 } else { -1.0 };
        let score = self.score(features);
        let mistake = match tie {
            Tie::Mistake => y * score <= 0.0,
            Tie::Negative => (score > 0.0) != label,
        };
        if mistake {
            self.update(features, y);
        }
        self.tick();
        mistake
    }

    /// Structured learning from one example: when the prediction differs
    /// from the gold structure, the gold structure's features gain one and
    /// the predicted one's lose one. Returns whether it was a mistake.
    pub fn learn_structured(&mut self, gold: &[u32], predicted: &[u32]) -> bool {
        let mistake = gold != predicted;
        if mistake {
            self.update(gold, 1.0);
            self.update(predicted, -1.0);
        }
        self.tick();
        mistake
    }

    /// The averaged weights, by key (zeros left out), keys increasing.
    pub fn averaged(&self) -> Vec<(u32, f64)> {
        let mut out: Vec<(u32, f64)> = self
            .weights
            .iter()
            .map(|(&f, &(w, total))| (f, w - total / self.step))
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
        let mut p = Perceptron::new();
        assert!(p.learn_structured(&[1, 2], &[1, 3]));
        assert_eq!(p.score(&[1]), 0.0);
        assert_eq!(p.score(&[2]), 1.0);
        assert_eq!(p.score(&[3]), -1.0);
        assert!(!p.learn_structured(&[4], &[4]));
    }
}
