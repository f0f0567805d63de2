//! The learned hedge model: averaged-perceptron weights of hashed context
//! features, stored in the kit's format ([`crate::learned::weights`]) in
//! `models/hedges.bin`, written by `cargo run --release --bin
//! train-hedges` (see `super::training`).

use crate::learned::error::ModelError;
use crate::learned::fingerprint;
use crate::learned::weights::{self, ModelKind, SparseWeights};
use crate::lexicon;
use std::sync::LazyLock;

/// A candidate whose score exceeds this is a hedge. Slightly below zero,
/// it trades a little precision for recall; chosen (with the news weight
/// and the number of averaged runs in training) by cross-validation on the
/// news corpus, see `eval-hedges`: cross-validated F1 is flat from -2 to 0.
pub const DECISION_THRESHOLD: f32 = -1.0;

/// Stored steps per unit of weight.
pub const SCALE: f32 = 16.0;

/// The model the detector ships with.
pub static SHIPPED: &[u8] = include_bytes!("../../../models/hedges.bin");

/// The fingerprint of the hedge features: their code and the hedge
/// lexicon whose entries they describe.
pub fn fingerprint() -> u64 {
    fingerprint::of(
        const { fingerprint::code(&[include_str!("features.rs"), include_str!("lexicon.rs")]) },
        &[&lexicon::HEDGE_FUNCTION_WORDS, &lexicon::CONDITION_WORDS],
    )
}

/// The shipped model, read on first use (the load policy of
/// [`weights::embedded`]: a damaged file stops with its name).
static MODEL: LazyLock<Model> = LazyLock::new(|| Model {
    weights: weights::embedded(SHIPPED, ModelKind::Hedges, fingerprint()),
});

/// A hedge model: weights by feature hash.
#[derive(Clone, Debug)]
pub struct Model {
    weights: SparseWeights,
}

impl Model {
    /// Reads a model file.
    pub fn read(bytes: &[u8]) -> Result<Model, ModelError> {
        let weights = weights::decode(bytes, ModelKind::Hedges, fingerprint())?;
        Ok(Model { weights })
    }

    /// The model the detector ships with ([`SHIPPED`]).
    pub fn shipped() -> &'static Model {
        &MODEL
    }

    /// The number of weights.
    pub fn len(&self) -> usize {
        self.weights.entries.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.entries.is_empty()
    }

    /// The weight of one feature (zero when unknown).
    pub fn weight(&self, feature: u32) -> f32 {
        let entries = &self.weights.entries;
        match entries.binary_search_by_key(&feature, |&(k, _)| k) {
            Ok(i) => self.weights.weight(entries[i].1),
            Err(_) => 0.0,
        }
    }

    /// The summed weight of a candidate's features: above
    /// [`DECISION_THRESHOLD`] means hedge.
    pub fn score(&self, features: &[u32]) -> f32 {
        features.iter().map(|&f| self.weight(f)).sum()
    }
}

/// Writes weights (feature hash, weight) as a model file.
pub fn encode(weights: &[(u32, f64)]) -> Vec<u8> {
    weights::encode(ModelKind::Hedges, fingerprint(), SCALE, weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoded_weights_read_back_within_rounding() {
        let bytes = encode(&[(7, 0.5), (3, -2.0), (11, 0.000_001)]);
        let model = Model::read(&bytes).unwrap();
        assert_eq!(model.len(), 2, "a weight that rounds to zero is left out");
        assert!((model.weight(7) - 0.5).abs() < 1e-3);
        assert!((model.weight(3) + 2.0).abs() < 1e-3);
        assert_eq!(model.weight(11), 0.0);
        assert_eq!(model.weight(5), 0.0);
        assert!((model.score(&[7, 3, 5]) + 1.5).abs() < 1e-3);
    }

    #[test]
    fn other_bytes_are_not_a_model() {
        assert!(Model::read(b"").is_err());
        assert!(Model::read(b"SLH1\x05\0\0\0\0\0\x80\x3f").is_err());
    }

    #[test]
    fn the_shipped_model_matches_the_feature_code() {
        let model = Model::read(SHIPPED)
            .unwrap_or_else(|e| panic!("{e} (cargo run --release --bin train-hedges)"));
        assert!(!model.is_empty());
    }
}
