//! The learned cue model: averaged perceptrons over [`cue_features`]
//! that say whether a token belongs to an attribution cue. Trained on
//! PolNeAR `train/` by `cargo run --release --bin train-cues`, stored in
//! `models/cues.bin` in the kit's format ([`crate::learned::weights`]),
//! each weight quantized to [`LEVELS`] steps per perceptron update. The
//! embedded file is expanded once, on first use, into a table of every
//! bucket.
//!
//! [`cue_features`]: super::features

use super::features::BUCKETS;
use crate::learned::error::{error, ModelError};
use crate::learned::fingerprint;
use crate::learned::weights::{self, ModelKind, SparseWeights};
use crate::lexicon::{
    ARTICLES_AND_POSSESSIVES, CORE_SPEECH_VERBS, PREDICATE_NOUNS, PREDICATE_VERBS, SPEECH_VERBS,
    SUBJECT_PRONOUNS,
};
use std::sync::LazyLock;

/// Score units per unit of a trained weight (one perceptron update).
pub const LEVELS: f32 = 2.0;

/// The embedded model file.
static MODEL: &[u8] = include_bytes!("../../../../models/cues.bin");

/// The fingerprint of the cue features: their code, the predicates they
/// read and the word classes they ask.
pub fn fingerprint() -> u64 {
    fingerprint::of(
        const { fingerprint::code(&[include_str!("features.rs"), include_str!("predicates.rs")]) },
        &[
            &SPEECH_VERBS,
            &CORE_SPEECH_VERBS,
            &PREDICATE_VERBS,
            &PREDICATE_NOUNS,
            &SUBJECT_PRONOUNS,
            &ARTICLES_AND_POSSESSIVES,
        ],
    )
}

/// The embedded weights, one per bucket, expanded on first use (the load
/// policy of [`weights::embedded`]: a damaged file stops with its name).
static WEIGHTS: LazyLock<Vec<i16>> = LazyLock::new(|| {
    let file = weights::embedded(MODEL, ModelKind::Cues, fingerprint());
    table(&file).unwrap_or_else(|e| panic!("sourcelight was built with a damaged cue model: {e}"))
});

/// The model's score for a token with the given feature buckets: positive
/// for a cue token.
pub fn score(features: &[u32]) -> i32 {
    score_with(&WEIGHTS, features)
}

/// The score of `features` under a table of weights: their sum.
pub fn score_with(weights: &[i16], features: &[u32]) -> i32 {
    features
        .iter()
        .map(|&f| i32::from(weights[f as usize]))
        .sum()
}

/// Encodes trained weights (bucket, weight) as a model file.
pub fn encode(weights: &[(u32, f64)]) -> Vec<u8> {
    weights::encode(ModelKind::Cues, fingerprint(), LEVELS, weights)
}

/// One weight per bucket from a model file's entries.
pub fn table(file: &SparseWeights) -> Result<Vec<i16>, ModelError> {
    table_of(file, BUCKETS)
}

/// One weight per bucket, of `buckets`, from a model file's entries.
pub(super) fn table_of(file: &SparseWeights, buckets: usize) -> Result<Vec<i16>, ModelError> {
    let mut weights = vec![0_i16; buckets];
    for &(b, q) in &file.entries {
        let slot = weights
            .get_mut(b as usize)
            .ok_or_else(|| error("a bucket is out of range"))?;
        *slot = i16::try_from(q).map_err(|_| error("a weight is too large"))?;
    }
    Ok(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_matches_the_feature_code_and_has_weights() {
        let file = weights::decode(MODEL, ModelKind::Cues, fingerprint())
            .unwrap_or_else(|e| panic!("{e} (cargo run --release --bin train-cues)"));
        let weights = table(&file).expect("the embedded cue model fits the table");
        assert!(weights.iter().any(|&w| w > 0) && weights.iter().any(|&w| w < 0));
    }

    #[test]
    fn weights_read_back_quantized_and_in_their_buckets() {
        let trained = [
            (3, 0.5),
            (700, -2.0),
            (701, 0.01),
            (BUCKETS as u32 - 1, 1000.0),
        ];
        let file = weights::decode(&encode(&trained), ModelKind::Cues, fingerprint()).unwrap();
        let weights = table(&file).expect("a file just written reads back");
        let stored = |w: f32| (w * LEVELS).round() as i16;
        assert_eq!(weights[3], stored(0.5));
        assert_eq!(weights[700], stored(-2.0));
        assert_eq!(weights[701], 0);
        assert_eq!(weights[BUCKETS - 1], stored(1000.0));
        assert_eq!(weights.iter().filter(|&&w| w != 0).count(), 3);
    }

    #[test]
    fn a_bucket_or_weight_out_of_range_is_an_error() {
        let file = weights::decode(
            &encode(&[(BUCKETS as u32, 1.0)]),
            ModelKind::Cues,
            fingerprint(),
        );
        assert!(table(&file.unwrap()).is_err());
        let file = weights::decode(&encode(&[(1, 1e6)]), ModelKind::Cues, fingerprint());
        assert!(table(&file.unwrap()).is_err());
    }
}
