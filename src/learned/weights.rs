//! The one model-file format: sparse, quantized weights behind a header.
//!
//! ```text
//! magic        b"SLW2"
//! kind         1 byte   (ModelKind)
//! fingerprint  u64 LE   (of the feature templates and word classes)
//! scale        f32 LE   (a stored integer is weight * scale, rounded)
//! keys         increasing, their count and Golomb-Rice coded differences
//! values       zigzag varints, one per key
//! ```
//!
//! Weights that round to zero are left out. The load policy is
//! [`embedded`]: a file that does not read, is of another kind or was
//! trained with other features is a clear error, never a model that
//! silently scores differently.

use super::codec::{Reader, Writer};
use super::error::{error, ModelError};

/// The file's first bytes.
pub const MAGIC: &[u8; 4] = b"SLW2";

/// Which model a file holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelKind {
    /// The attribution cue model.
    Cues = 1,
    /// The hedge model.
    Hedges = 2,
    /// The entity tagger (`src/ner/`: the header, then its name lists, word
    /// classes and two tables of weights, see `ner::Tagger::to_bytes`).
    Entities = 3,
    /// The attribution accept model (`models/accept.bin`).
    Accept = 4,
}

impl ModelKind {
    /// The name used in messages and file names.
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::Cues => "cue model (models/cues.bin)",
            ModelKind::Hedges => "hedge model (models/hedges.bin)",
            ModelKind::Entities => "entity model (models/ner.bin)",
            ModelKind::Accept => "accept model (models/accept.bin)",
        }
    }
}

/// A model file read back.
#[derive(Clone, Debug, PartialEq)]
pub struct SparseWeights {
    /// Which model.
    pub kind: ModelKind,
    /// The fingerprint of the features it was trained with.
    pub fingerprint: u64,
    /// Stored integers per unit of weight.
    pub scale: f32,
    /// (key, stored integer), keys increasing.
    pub entries: Vec<(u32, i32)>,
}

impl SparseWeights {
    /// The weight of entry `i`, unscaled.
    pub fn weight(&self, stored: i32) -> f32 {
        stored as f32 / self.scale
    }
}

/// Writes the header every model file opens with: magic, kind,
/// fingerprint and scale. A model with more than one table of weights
/// (the entity tagger) writes its own body after it.
pub fn write_header(out: &mut Writer, kind: ModelKind, fingerprint: u64, scale: f32) {
    out.raw(MAGIC);
    out.raw(&[kind as u8]);
    out.raw(&fingerprint.to_le_bytes());
    out.f32(scale);
}

/// Reads a header written by [`write_header`], which must be of a `kind`
/// model trained with the features whose fingerprint is `fingerprint`;
/// returns the scale.
pub fn read_header(
    reader: &mut Reader,
    kind: ModelKind,
    fingerprint: u64,
) -> Result<f32, ModelError> {
    reader.magic(MAGIC, "model file")?;
    let stored_kind = reader.byte()?;
    if stored_kind != kind as u8 {
        return Err(error(format!(
            "expected the {}, found a model of kind {stored_kind}",
            kind.name()
        )));
    }
    let stored = u64::from_le_bytes(reader.raw(8)?.try_into().expect("8 bytes"));
    if stored != fingerprint {
        return Err(error(format!(
            "the {} was trained with other features or word classes \
             (fingerprint {stored:016x}, the code has {fingerprint:016x}): retrain it",
            kind.name()
        )));
    }
    let scale = reader.f32()?;
    if !(scale.is_finite() && scale > 0.0) {
        return Err(error("the scale is not a positive number"));
    }
    Ok(scale)
}

/// Writes `weights` (key, weight; keys distinct) as a model file, each
/// weight stored as `round(weight * scale)`.
pub fn encode(kind: ModelKind, fingerprint: u64, scale: f32, weights: &[(u32, f64)]) -> Vec<u8> {
    let mut quantized: Vec<(u32, i64)> = weights
        .iter()
        .map(|&(k, w)| (k, (w * f64::from(scale)).round() as i64))
        .map(|(k, q)| (k, q.clamp(i32::MIN.into(), i32::MAX.into())))
        .filter(|&(_, q)| q != 0)
        .collect();
    quantized.sort_unstable_by_key(|&(k, _)| k);
    quantized.dedup_by_key(|&mut (k, _)| k);
    let mut out = Writer::default();
    write_header(&mut out, kind, fingerprint, scale);
    let keys: Vec<u32> = quantized.iter().map(|&(k, _)| k).collect();
    out.rice_keys(&keys);
    for &(_, q) in &quantized {
        out.signed(q);
    }
    out.bytes
}

/// Reads a model file, which must hold a `kind` model trained with the
/// features whose fingerprint is `fingerprint`.
pub fn decode(
    bytes: &[u8],
    kind: ModelKind,
    fingerprint: u64,
) -> Result<SparseWeights, ModelError> {
    let mut reader = Reader::new(bytes);
    let scale = read_header(&mut reader, kind, fingerprint)?;
    let keys = reader.rice_keys()?;
    let mut entries = Vec::with_capacity(keys.len());
    for key in keys {
        let q = i32::try_from(reader.signed()?).map_err(|_| error("a weight is too large"))?;
        entries.push((key, q));
    }
    if !reader.is_done() {
        return Err(error("bytes left after the weights"));
    }
    Ok(SparseWeights {
        kind,
        fingerprint,
        scale,
        entries,
    })
}

/// The load policy for a model embedded in the program: it must read (a
/// test checks every embedded file), so a damaged one stops with a
/// message that names the file and what is wrong, instead of scoring
/// differently without a word.
pub fn embedded(bytes: &[u8], kind: ModelKind, fingerprint: u64) -> SparseWeights {
    loaded(decode(bytes, kind, fingerprint), kind)
}

/// The same load policy for a model read by its own reader (whose file
/// opens with [`write_header`]): the model, or a stop that names the file.
pub fn loaded<T>(read: Result<T, ModelError>, kind: ModelKind) -> T {
    match read {
        Ok(model) => model,
        Err(e) => panic!("sourcelight was built with a damaged {}: {e}", kind.name()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_read_back_quantized_in_key_order() {
        let file = encode(
            ModelKind::Hedges,
            42,
            8.0,
            &[(700, -2.0), (3, 0.5), (9, 0.01), (u32::MAX, 1000.0)],
        );
        let read = decode(&file, ModelKind::Hedges, 42).expect("reads back");
        assert_eq!(read.scale, 8.0);
        assert_eq!(read.entries, vec![(3, 4), (700, -16), (u32::MAX, 8000)]);
        assert_eq!(read.weight(-16), -2.0);
    }

    #[test]
    fn another_kind_or_fingerprint_or_a_damaged_file_is_a_clear_error() {
        let file = encode(ModelKind::Cues, 7, 4.0, &[(1, 1.0), (5, -1.0)]);
        let kind = decode(&file, ModelKind::Hedges, 7).unwrap_err();
        assert!(kind.message.contains("expected the hedge model"));
        let drift = decode(&file, ModelKind::Cues, 8).unwrap_err();
        assert!(drift.message.contains("retrain"));
        assert!(decode(&file[..file.len() - 1], ModelKind::Cues, 7).is_err());
        let mut extra = file.clone();
        extra.push(0);
        assert!(decode(&extra, ModelKind::Cues, 7).is_err());
        assert!(decode(b"SLW0", ModelKind::Cues, 7).is_err());
        // The varint-keyed version before.
        let mut old = file.clone();
        old[3] = b'1';
        assert!(
            decode(&old, ModelKind::Cues, 7).is_err_and(|e| e.message.contains("another version"))
        );
    }

    #[test]
    #[should_panic(expected = "damaged cue model")]
    fn a_damaged_embedded_file_stops_with_its_name() {
        embedded(b"SLW2\x01", ModelKind::Cues, 0);
    }
}
