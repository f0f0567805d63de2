//! Training a binary model (the cue and hedge models): several averaged
//! perceptrons, each over its own fixed-seed shuffling of the examples,
//! averaged in turn. Behind the `tools` feature: the page never trains.

use super::perceptron::Perceptron;
pub use super::perceptron::Tie;
use super::shuffle::shuffle;
use std::collections::HashMap;

/// One training example: its feature keys and whether it is positive.
pub type Example = (Vec<u32>, bool);

/// How a binary model is trained.
#[derive(Clone, Copy, Debug)]
pub struct Plan {
    /// Passes over the examples per perceptron.
    pub epochs: usize,
    /// How many perceptrons are averaged.
    pub runs: usize,
    /// The shuffle seed of each run, from its number (never zero).
    pub seed: fn(usize) -> u64,
    /// What a zero score counts as while learning.
    pub tie: Tie,
}

/// Trains `plan.runs` perceptrons and returns their mean weights, keys
/// increasing. `after_epoch` sees each run's epoch number, its mistakes
/// and the perceptron (to report progress on held-out examples).
pub fn train_binary(
    examples: &[Example],
    plan: Plan,
    mut after_epoch: impl FnMut(usize, usize, &Perceptron),
) -> Vec<(u32, f64)> {
    let mut mean: HashMap<u32, f64> = HashMap::new();
    for run in 0..plan.runs {
        let mut rng = (plan.seed)(run).max(1);
        let mut order: Vec<usize> = (0..examples.len()).collect();
        let mut p = Perceptron::new();
        for epoch in 0..plan.epochs {
            shuffle(&mut order, &mut rng);
            let mistakes = order
                .iter()
                .filter(|&&i| p.learn(&examples[i].0, examples[i].1, plan.tie))
                .count();
            after_epoch(epoch + 1, mistakes, &p);
        }
        for (f, w) in p.averaged() {
            *mean.entry(f).or_default() += w / plan.runs as f64;
        }
    }
    let mut out: Vec<(u32, f64)> = mean.into_iter().collect();
    out.sort_unstable_by_key(|&(f, _)| f);
    out
}

/// Precision, recall and F1 of `weights` (by key) on `examples`.
pub fn held_out_scores(weights: &Perceptron, examples: &[Example]) -> (f64, f64, f64) {
    let averaged: HashMap<u32, f64> = weights.averaged().into_iter().collect();
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    for (features, label) in examples {
        let score: f64 = features.iter().filter_map(|f| averaged.get(f)).sum();
        let positive = score > 0.0;
        tp += usize::from(positive && *label);
        predicted += usize::from(positive);
        gold += usize::from(*label);
    }
    let p = tp as f64 / predicted.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feature 1 marks positives, feature 2 negatives, feature 3 is noise.
    fn sample() -> Vec<Example> {
        (0..40)
            .map(|i| {
                let label = i % 2 == 0;
                let mut features = vec![if label { 1 } else { 2 }];
                if i % 3 == 0 {
                    features.push(3);
                }
                (features, label)
            })
            .collect()
    }

    #[test]
    fn training_separates_the_sample_and_is_deterministic() {
        let plan = Plan {
            epochs: 3,
            runs: 2,
            seed: |run| 11 + run as u64,
            tie: Tie::Mistake,
        };
        let mut epochs = 0;
        let weights = train_binary(&sample(), plan, |_, _, _| epochs += 1);
        assert_eq!(epochs, 6);
        let w: HashMap<u32, f64> = weights.iter().copied().collect();
        assert!(w[&1] > 0.0 && w[&2] < 0.0);
        assert_eq!(weights, train_binary(&sample(), plan, |_, _, _| {}));
    }

    #[test]
    fn held_out_scores_count_the_positives_found() {
        let mut p = Perceptron::new();
        for (features, label) in sample() {
            p.learn(&features, label, Tie::Negative);
        }
        let (precision, recall, f1) = held_out_scores(&p, &sample());
        assert_eq!((precision, recall, f1), (1.0, 1.0, 1.0));
    }
}
