//! The learned cue model: averaged perceptrons over [`cue_features`]
//! that says whether a token belongs to an attribution cue. Trained on
//! PolNeAR `train/` by `cargo run --release --bin train-cues`.
//!
//! The file is sparse: after the magic bytes, the number of non-zero
//! weights, their buckets in increasing order (delta-coded varints) and
//! their weights (zigzag varints), each weight quantized to [`LEVELS`]
//! steps per unit of the trainer's weight. The embedded file is expanded
//! once, on first use, into a table of every bucket.
//!
//! [`cue_features`]: super::features

use super::features::BUCKETS;
use crate::learned::codec::{error, ModelError, Reader, Writer};
use std::sync::LazyLock;

/// The file's first bytes.
pub const MAGIC: &[u8; 8] = b"SLCUE\x00\x00\x02";

/// Score units per unit of a trained weight (one perceptron update).
pub const LEVELS: f64 = 8.0;

/// The embedded model file.
static MODEL: &[u8] = include_bytes!("../../../../models/cues.bin");

/// The embedded weights, one per bucket, expanded on first use; empty if
/// the embedded file were unreadable (a test guards it), so that no token
/// scores.
static WEIGHTS: LazyLock<Vec<i16>> = LazyLock::new(|| decode(MODEL).unwrap_or_default());

/// The model's score for a token with the given feature buckets: positive
/// for a cue token.
pub fn score(features: &[u32]) -> i32 {
    let weights = WEIGHTS.as_slice();
    if weights.is_empty() {
        return i32::MIN;
    }
    features
        .iter()
        .map(|&f| i32::from(weights[f as usize]))
        .sum()
}

/// Encodes trained weights (one per bucket) as a model file: each
/// quantized to [`LEVELS`] steps per unit, those that round to zero left
/// out.
pub fn encode(weights: &[f64]) -> Vec<u8> {
    let quantized: Vec<(u32, i64)> = weights
        .iter()
        .enumerate()
        .map(|(b, w)| (b as u32, (w * LEVELS).round() as i64))
        .map(|(b, q)| (b, q.clamp(i16::MIN.into(), i16::MAX.into())))
        .filter(|&(_, q)| q != 0)
        .collect();
    let mut out = Writer::default();
    out.raw(MAGIC);
    let buckets: Vec<u32> = quantized.iter().map(|&(b, _)| b).collect();
    out.sorted_keys(&buckets);
    for &(_, q) in &quantized {
        out.signed(q);
    }
    out.bytes
}

/// Reads a model file into one weight per bucket.
pub fn decode(bytes: &[u8]) -> Result<Vec<i16>, ModelError> {
    let body = bytes
        .strip_prefix(MAGIC.as_slice())
        .ok_or_else(|| error("not a cue model file"))?;
    let mut reader = Reader::new(body);
    let buckets = reader.sorted_keys()?;
    let mut weights = vec![0_i16; BUCKETS];
    for b in buckets {
        let q = i16::try_from(reader.signed()?).map_err(|_| error("a weight is too large"))?;
        let slot = weights
            .get_mut(b as usize)
            .ok_or_else(|| error("a bucket is out of range"))?;
        *slot = q;
    }
    if !reader.is_done() {
        return Err(error("bytes left after the weights"));
    }
    Ok(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_reads_and_has_weights() {
        let weights = decode(MODEL).expect("the embedded cue model is valid");
        assert_eq!(weights.len(), BUCKETS);
        assert!(weights.iter().any(|&w| w > 0) && weights.iter().any(|&w| w < 0));
    }

    #[test]
    fn weights_read_back_quantized_and_in_their_buckets() {
        let mut trained = vec![0.0; BUCKETS];
        trained[3] = 0.5;
        trained[700] = -2.0;
        trained[701] = 0.01; // rounds to zero: left out
        trained[BUCKETS - 1] = 1000.0;
        let file = encode(&trained);
        assert_eq!(&file[..8], MAGIC);
        let weights = decode(&file).expect("a file just written reads back");
        assert_eq!(weights[3], 4);
        assert_eq!(weights[700], -16);
        assert_eq!(weights[701], 0);
        assert_eq!(weights[BUCKETS - 1], 8000);
        assert_eq!(weights.iter().filter(|&&w| w != 0).count(), 3);
    }

    #[test]
    fn a_damaged_file_is_an_error() {
        let file = encode(&[1.0, -1.0]);
        assert!(decode(&file[..file.len() - 1]).is_err());
        assert!(decode(b"SLCUE\x00\x00\x01").is_err());
        let mut extra = file.clone();
        extra.push(0);
        assert!(decode(&extra).is_err());
    }
}
