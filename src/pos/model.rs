//! The tagger's weights: for each feature (by its key, the top half of its
//! hash), an 8-bit weight per tag; and their sparse encoding in the model
//! file.

use super::tags::TAG_COUNT;
use crate::learned::codec::{error, ModelError, Reader, Writer};
use crate::learned::table::{key_of, FeatureTable};

/// The weights of one feature, one per tag.
pub type Row = [i8; TAG_COUNT];

/// Quantized weights, ready to score tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// The weights of each feature, by key.
    rows: FeatureTable<Row>,
}

impl Weights {
    /// A table of the given rows, by feature key (keys distinct, not 0).
    pub fn new(rows: Vec<(u32, Row)>) -> Weights {
        Weights {
            rows: FeatureTable::new(rows, [0; TAG_COUNT]),
        }
    }

    /// How many features have weights.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether no feature has weights.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds the weights of the feature `hash`, if it has any, to `scores`.
    pub fn add(&self, hash: u64, scores: &mut [i32; TAG_COUNT]) {
        if let Some(row) = self.rows.get(key_of(hash)) {
            for (s, &w) in scores.iter_mut().zip(row) {
                *s += i32::from(w);
            }
        }
    }

    /// Writes the weights: the keys, then per feature the number of tags
    /// with a weight and each as a (tag, weight) byte pair.
    pub fn write(&self, w: &mut Writer) {
        let held = self.rows.sorted();
        let keys: Vec<u32> = held.iter().map(|h| h.0).collect();
        w.sorted_keys(&keys);
        for (_, row) in held {
            let weighted: Vec<(usize, i8)> = (0..TAG_COUNT)
                .filter(|&t| row[t] != 0)
                .map(|t| (t, row[t]))
                .collect();
            w.varint(weighted.len() as u64);
            for (tag, weight) in weighted {
                w.raw(&[tag as u8, weight as u8]);
            }
        }
    }

    /// Reads weights written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let keys = r.sorted_keys()?;
        let mut rows = Vec::with_capacity(keys.len());
        for key in keys {
            if key == 0 {
                return Err(error("a feature key is 0"));
            }
            let mut row = [0i8; TAG_COUNT];
            for _ in 0..r.count(TAG_COUNT)? {
                let tag = usize::from(r.byte()?);
                let slot = row
                    .get_mut(tag)
                    .ok_or_else(|| error("a weight's tag is out of range"))?;
                *slot = r.byte()? as i8;
            }
            rows.push((key, row));
        }
        Ok(Weights::new(rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_add_up_and_read_back() {
        let mut row = [0i8; TAG_COUNT];
        row[3] = 5;
        row[TAG_COUNT - 1] = -7;
        let weights = Weights::new(vec![(key_of(42 << 32), row)]);
        let mut scores = [0; TAG_COUNT];
        weights.add(42 << 32, &mut scores);
        weights.add(43 << 32, &mut scores);
        assert_eq!((scores[3], scores[TAG_COUNT - 1], scores[0]), (5, -7, 0));
        let mut w = Writer::default();
        weights.write(&mut w);
        let read = Weights::read(&mut Reader::new(&w.bytes)).expect("reads back");
        assert_eq!(read, weights);
        assert_eq!(read.len(), 1);
    }

    #[test]
    fn a_tag_out_of_range_is_an_error() {
        let mut w = Writer::default();
        w.sorted_keys(&[9]);
        w.varint(1);
        w.raw(&[TAG_COUNT as u8, 1]);
        assert!(Weights::read(&mut Reader::new(&w.bytes)).is_err());
    }
}
