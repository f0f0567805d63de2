//! The learned cue model: an averaged perceptron over [`cue_features`]
//! that says whether a token belongs to an attribution cue. Trained on
//! PolNeAR `train/` by `cargo run --release --bin train-cues`; the weights
//! are embedded, quantized to 16 bits, and read in place.
//!
//! [`cue_features`]: super::cue_features

use super::cue_features::BUCKETS;

/// The file's first bytes.
pub const MAGIC: &[u8; 8] = b"SLCUE\x00\x00\x01";

/// The embedded model file.
static MODEL: &[u8] = include_bytes!("cue_model.bin");

/// The weights: [`BUCKETS`] little-endian `i16`s after the magic bytes,
/// or nothing when the embedded file does not fit (then no token scores).
fn weights() -> &'static [u8] {
    let body = MODEL.strip_prefix(MAGIC.as_slice()).unwrap_or_default();
    if body.len() == BUCKETS * 2 {
        body
    } else {
        &[]
    }
}

/// The model's score for a token with the given feature buckets: positive
/// for a cue token.
pub fn score(features: &[u32]) -> i32 {
    let weights = weights();
    if weights.is_empty() {
        return i32::MIN;
    }
    features
        .iter()
        .map(|&f| {
            let at = f as usize * 2;
            i32::from(i16::from_le_bytes([weights[at], weights[at + 1]]))
        })
        .sum()
}

/// Encodes trained weights as a model file, scaled so that the largest
/// weight fills 16 bits.
pub fn encode(weights: &[f64]) -> Vec<u8> {
    let largest = weights.iter().fold(0.0_f64, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        32_767.0 / largest
    } else {
        0.0
    };
    let mut out = MAGIC.to_vec();
    for w in weights {
        let q = (w * scale).round().clamp(-32_767.0, 32_767.0) as i16;
        out.extend_from_slice(&q.to_le_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_has_every_bucket() {
        assert_eq!(weights().len(), BUCKETS * 2);
    }

    #[test]
    fn encoding_keeps_signs_and_order() {
        let file = encode(&[0.5, -2.0, 0.0, 1.0]);
        assert_eq!(&file[..8], MAGIC);
        let q: Vec<i16> = file[8..]
            .chunks(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        assert_eq!(q, [8192, -32767, 0, 16384]);
    }
}
