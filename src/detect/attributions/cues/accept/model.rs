//! The accept model: an averaged perceptron over the [`accept
//! features`](super::features) of a candidate attribution that says
//! whether it is one. Trained on PolNeAR `train/` by `train-cues --accept`
//! on candidates found by cue models that did not see their articles,
//! stored in `models/accept.bin` in the kit's format
//! ([`crate::learned::weights`]), expanded once, on first use, into a
//! table of every bucket.

use super::features::BUCKETS;
use crate::learned::error::ModelError;
use crate::learned::fingerprint;
use crate::learned::weights::{self, ModelKind, SparseWeights};
use crate::lexicon::{
    CORE_SPEECH_VERBS, DOING_VERBS, PREDICATE_NOUNS, PREDICATE_VERBS, SPEECH_VERBS,
    SUBJECT_PRONOUNS,
};
use std::sync::LazyLock;

/// Score units per unit of a trained weight (one perceptron update).
pub const LEVELS: f32 = 4.0;

/// The embedded model file.
static MODEL: &[u8] = include_bytes!("../../../../../models/accept.bin");

/// The fingerprint of the accept features: their code and the word
/// classes they ask (the cue model's own feature code among them, since
/// its scores are read).
pub fn fingerprint() -> u64 {
    fingerprint::of(
        const {
            fingerprint::code(&[
                include_str!("features.rs"),
                include_str!("../features.rs"),
                include_str!("../predicates.rs"),
            ])
        },
        &[
            &SPEECH_VERBS,
            &CORE_SPEECH_VERBS,
            &PREDICATE_VERBS,
            &PREDICATE_NOUNS,
            &DOING_VERBS,
            &SUBJECT_PRONOUNS,
        ],
    )
}

/// The embedded weights, one per bucket, expanded on first use (the load
/// policy of [`weights::embedded`]: a damaged file stops with its name).
static WEIGHTS: LazyLock<Vec<i16>> = LazyLock::new(|| {
    let file = weights::embedded(MODEL, ModelKind::Accept, fingerprint());
    table(&file)
        .unwrap_or_else(|e| panic!("sourcelight was built with a damaged accept model: {e}"))
});

/// The embedded model's score for a candidate with the given feature
/// buckets, in [`LEVELS`] units per perceptron update.
pub fn score(features: &[u32]) -> i32 {
    score_with(&WEIGHTS, features)
}

/// The score of `features` under a table of weights.
pub use super::super::model::score_with;

/// Encodes trained weights (bucket, weight) as a model file.
pub fn encode(weights: &[(u32, f64)]) -> Vec<u8> {
    weights::encode(ModelKind::Accept, fingerprint(), LEVELS, weights)
}

/// One weight per bucket from a model file's entries.
pub fn table(file: &SparseWeights) -> Result<Vec<i16>, ModelError> {
    super::super::model::table_of(file, BUCKETS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_matches_the_feature_code_and_has_weights() {
        let file = weights::decode(MODEL, ModelKind::Accept, fingerprint())
            .unwrap_or_else(|e| panic!("{e} (cargo run --release --bin train-cues -- --accept)"));
        let weights = table(&file).expect("the embedded accept model fits the table");
        assert!(weights.iter().any(|&w| w > 0) && weights.iter().any(|&w| w < 0));
    }

    #[test]
    fn weights_read_back_quantized_in_their_buckets_and_score_as_a_sum() {
        let trained = [(3, 0.5), (700, -2.0), (701, 0.01)];
        let file = weights::decode(&encode(&trained), ModelKind::Accept, fingerprint()).unwrap();
        let weights = table(&file).expect("a file just written reads back");
        assert_eq!(weights[3], 2);
        assert_eq!(weights[700], -8);
        assert_eq!(weights[701], 0);
        assert_eq!(score_with(&weights, &[3, 700, 701, 5]), -6);
        let far = weights::decode(
            &encode(&[(BUCKETS as u32, 1.0)]),
            ModelKind::Accept,
            fingerprint(),
        );
        assert!(table(&far.unwrap()).is_err());
    }
}
