//! The learned hedge model: averaged-perceptron weights of hashed context
//! features, stored compactly and read in place.
//!
//! Format (little endian): the magic `SLH1`, a `u32` record count, an `f32`
//! scale, then records of a `u32` feature hash and an `i16` weight, sorted
//! by hash. A weight is `i16 / scale`. The file is written by
//! `cargo run --release --bin train-hedges` (see [`super::training`]).

/// A candidate whose score exceeds this is a hedge. Slightly below zero,
/// it trades a little precision for recall; chosen (with the news weight
/// and the number of averaged runs in training) by cross-validation on the
/// news corpus, see `eval-hedges`: cross-validated F1 is flat from -2 to 0.
pub const DECISION_THRESHOLD: f32 = -1.0;

/// The magic bytes that open a model file.
pub const MAGIC: &[u8; 4] = b"SLH1";
/// Bytes before the first record.
const HEADER: usize = 12;
/// Bytes per record.
const RECORD: usize = 6;

/// The model the detector ships with.
pub static SHIPPED: &[u8] = include_bytes!("../../../models/hedges.bin");

/// A model read in place from its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Model<'b> {
    records: &'b [u8],
    scale: f32,
}

impl<'b> Model<'b> {
    /// Reads a model; `None` when the bytes are not a model file.
    pub fn read(bytes: &'b [u8]) -> Option<Model<'b>> {
        if bytes.len() < HEADER || &bytes[..4] != MAGIC {
            return None;
        }
        let count = u32::from_le_bytes(bytes[4..8].try_into().ok()?) as usize;
        let scale = f32::from_le_bytes(bytes[8..12].try_into().ok()?);
        let records = bytes.get(HEADER..HEADER + count.checked_mul(RECORD)?)?;
        (scale > 0.0).then_some(Model { records, scale })
    }

    /// The model the detector ships with ([`SHIPPED`]); a model without
    /// weights if that file were ever unreadable (a test guards it).
    pub fn shipped() -> Model<'static> {
        Model::read(SHIPPED).unwrap_or(Model {
            records: &[],
            scale: 1.0,
        })
    }

    /// The number of weights.
    pub fn len(&self) -> usize {
        self.records.len() / RECORD
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The weight of one feature (zero when unknown).
    pub fn weight(&self, feature: u32) -> f32 {
        let (mut low, mut high) = (0, self.len());
        while low < high {
            let mid = (low + high) / 2;
            let at = mid * RECORD;
            let key = u32::from_le_bytes([
                self.records[at],
                self.records[at + 1],
                self.records[at + 2],
                self.records[at + 3],
            ]);
            match key.cmp(&feature) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => {
                    let w = i16::from_le_bytes([self.records[at + 4], self.records[at + 5]]);
                    return f32::from(w) / self.scale;
                }
            }
        }
        0.0
    }

    /// The summed weight of a candidate's features: above
    /// [`DECISION_THRESHOLD`] means hedge.
    pub fn score(&self, features: &[u32]) -> f32 {
        features.iter().map(|&f| self.weight(f)).sum()
    }
}

/// Writes weights as a model file: sorted by hash, quantized to `i16`,
/// weights that round to zero left out.
pub fn encode(weights: &[(u32, f32)]) -> Vec<u8> {
    let largest = weights.iter().map(|(_, w)| w.abs()).fold(0.0f32, f32::max);
    let scale = if largest > 0.0 {
        f32::from(i16::MAX) / largest
    } else {
        1.0
    };
    let mut records: Vec<(u32, i16)> = weights
        .iter()
        .map(|&(h, w)| (h, (w * scale).round() as i16))
        .filter(|&(_, q)| q != 0)
        .collect();
    records.sort_unstable_by_key(|&(h, _)| h);
    records.dedup_by_key(|&mut (h, _)| h);
    let mut bytes = Vec::with_capacity(HEADER + records.len() * RECORD);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&(records.len() as u32).to_le_bytes());
    bytes.extend_from_slice(&scale.to_le_bytes());
    for (h, q) in records {
        bytes.extend_from_slice(&h.to_le_bytes());
        bytes.extend_from_slice(&q.to_le_bytes());
    }
    bytes
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
        assert!(Model::read(b"").is_none());
        assert!(Model::read(b"XXXX\0\0\0\0\0\0\x80\x3f").is_none());
        assert!(Model::read(b"SLH1\x05\0\0\0\0\0\x80\x3f").is_none());
    }

    #[test]
    fn the_shipped_model_reads() {
        let model = Model::read(SHIPPED).expect("model.bin is a model file");
        assert!(!model.is_empty());
    }
}
