//! A linear model over tags: weights per feature and tag, transition
//! weights between tags, and the Viterbi search for the best tag sequence
//! that obeys the BILOU rules.
//!
//! Weights are stored as 8-bit integers under one scale, so scores are
//! integer sums; the best sequence does not depend on the scale.

use super::features::SentenceFeatures;
use super::labels::{may_end, may_follow, may_start, TAG_COUNT};
use crate::learned::codec::{Reader, Writer};
use crate::learned::error::{error, ModelError};
use crate::learned::table::{key_of, FeatureTable};

/// Scores of every tag for one token.
pub type TagScores = [i32; TAG_COUNT];

/// Transition weights: row `p` for the tag before, the last row for the
/// sentence start; column for the tag after.
pub type Transitions = [[i32; TAG_COUNT]; TAG_COUNT + 1];

/// The score of a forbidden transition: low enough to never win, high
/// enough not to overflow when added up.
const FORBIDDEN: i32 = i32::MIN / 4;

/// The row of transition weights for the sentence start.
pub const START: usize = TAG_COUNT;

/// A trained model, ready to score sentences.
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// The tag weights of each feature, by key.
    rows: FeatureTable<[i8; TAG_COUNT]>,
    /// Transition weights, with forbidden transitions already applied.
    transitions: Transitions,
    /// Transition weights as trained (what is written to the file).
    raw_transitions: Transitions,
}

impl Weights {
    /// A model from quantized weights per feature hash and transition weights.
    /// Features whose weights are all zero are left out; two features with the
    /// same key add up.
    pub fn new(features: Vec<(u64, [i8; TAG_COUNT])>, transitions: Transitions) -> Weights {
        let mut merged: std::collections::BTreeMap<u32, [i32; TAG_COUNT]> = Default::default();
        for (hash, row) in features {
            if row.iter().all(|&w| w == 0) {
                continue;
            }
            let sum = merged.entry(key_of(hash)).or_insert([0; TAG_COUNT]);
            for (s, &w) in sum.iter_mut().zip(&row) {
                *s += i32::from(w);
            }
        }
        let rows = merged
            .into_iter()
            .map(|(k, row)| (k, row.map(|w| w.clamp(-127, 127) as i8)))
            .collect();
        Weights::from_rows(rows, transitions)
    }

    fn from_rows(rows: Vec<(u32, [i8; TAG_COUNT])>, raw_transitions: Transitions) -> Weights {
        let transitions = constrained(&raw_transitions);
        Weights {
            rows: FeatureTable::new(rows, [0; TAG_COUNT]),
            transitions,
            raw_transitions,
        }
    }

    /// The number of features with weights.
    pub fn feature_count(&self) -> usize {
        self.rows.len()
    }

    /// The tag weights of a feature, if it has any.
    fn row(&self, hash: u64) -> Option<&[i8; TAG_COUNT]> {
        self.rows.get(key_of(hash))
    }

    /// The score of every tag for every token.
    pub fn emissions(&self, features: &SentenceFeatures) -> Vec<TagScores> {
        (0..features.len())
            .map(|i| {
                let mut scores = [0i32; TAG_COUNT];
                for &h in features.of(i) {
                    if let Some(row) = self.row(h) {
                        for (s, &w) in scores.iter_mut().zip(row) {
                            *s += i32::from(w);
                        }
                    }
                }
                scores
            })
            .collect()
    }

    /// The best tag sequence for a sentence.
    pub fn tag(&self, features: &SentenceFeatures) -> Vec<u8> {
        viterbi(&self.emissions(features), &self.transitions)
    }

    /// Writes the model.
    pub fn write(&self, w: &mut Writer) {
        for row in &self.raw_transitions {
            for &t in row {
                w.signed(i64::from(t));
            }
        }
        let rows = self.rows.sorted();
        let keys: Vec<u32> = rows.iter().map(|r| r.0).collect();
        w.rice_keys(&keys);
        // Per feature: a bit mask of the tags with a weight, then the weights.
        for (_, row) in &rows {
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .fold(0u64, |m, (t, _)| m | 1 << t);
            w.varint(mask);
        }
        for (_, row) in &rows {
            let values: Vec<u8> = row.iter().filter(|&&v| v != 0).map(|&v| v as u8).collect();
            w.raw(&values);
        }
    }

    /// Reads a model written by [`Weights::write`].
    pub fn read(r: &mut Reader) -> Result<Weights, ModelError> {
        let mut transitions = [[0i32; TAG_COUNT]; TAG_COUNT + 1];
        for row in transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = i32::try_from(r.signed()?)
                    .ok()
                    .filter(|t| t.abs() < 1 << 24)
                    .ok_or_else(|| error("a transition weight is out of range"))?;
            }
        }
        let keys = r.rice_keys()?;
        let mut masks = Vec::with_capacity(keys.len());
        for _ in &keys {
            let mask = r.varint()?;
            if mask == 0 || mask >> TAG_COUNT != 0 {
                return Err(error("a feature has a bad tag mask"));
            }
            masks.push(mask);
        }
        let mut rows = Vec::with_capacity(keys.len());
        for (key, mask) in keys.into_iter().zip(masks) {
            let mut row = [0i8; TAG_COUNT];
            for (t, w) in row.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *w = r.byte()? as i8;
                }
            }
            if key == 0 {
                return Err(error("a feature key is 0"));
            }
            rows.push((key, row));
        }
        Ok(Weights::from_rows(rows, transitions))
    }
}

/// The best tag sequence under `emissions` and `transitions` (whose
/// forbidden entries must already be very low). Sentences may only end on
/// a tag that closes a name.
pub fn viterbi(emissions: &[TagScores], transitions: &Transitions) -> Vec<u8> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; TAG_COUNT]; n];
    let mut best: TagScores = std::array::from_fn(|t| transitions[START][t] + emissions[0][t]);
    for i in 1..n {
        let mut next = [0i32; TAG_COUNT];
        for t in 0..TAG_COUNT {
            let (mut arg, mut top) = (0usize, i32::MIN);
            for (p, &score) in best.iter().enumerate() {
                let s = score.saturating_add(transitions[p][t]);
                if s > top {
                    top = s;
                    arg = p;
                }
            }
            next[t] = top.saturating_add(emissions[i][t]);
            back[i][t] = arg as u8;
        }
        best = next;
    }
    let mut last = 0usize;
    let mut top = i32::MIN;
    for (t, &s) in best.iter().enumerate() {
        let s = if may_end(t as u8) {
            s
        } else {
            s.saturating_add(FORBIDDEN)
        };
        if s > top {
            top = s;
            last = t;
        }
    }
    let mut tags = vec![0u8; n];
    tags[n - 1] = last as u8;
    for i in (1..n).rev() {
        tags[i - 1] = back[i][usize::from(tags[i])];
    }
    tags
}

/// `transitions` with every transition that BILOU forbids made too costly
/// to take.
pub fn constrained(transitions: &Transitions) -> Transitions {
    let mut out = *transitions;
    for (prev, row) in out.iter_mut().enumerate() {
        for (next, w) in row.iter_mut().enumerate() {
            let allowed = if prev == START {
                may_start(next as u8)
            } else {
                may_follow(prev as u8, next as u8)
            };
            if !allowed {
                *w = FORBIDDEN;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityKind;
    use crate::ner::labels::{tag, Position, OUTSIDE};

    #[test]
    fn viterbi_never_leaves_a_name_open() {
        let t = constrained(&[[0; TAG_COUNT]; TAG_COUNT + 1]);
        let b = tag(EntityKind::Place, Position::Begin);
        // The first token strongly prefers B-LOC, the second O: the best
        // legal sequence cannot be B-LOC O.
        let mut e = vec![[0; TAG_COUNT]; 2];
        e[0][usize::from(b)] = 10;
        e[1][usize::from(OUTSIDE)] = 3;
        let tags = viterbi(&e, &t);
        assert_ne!(tags, vec![b, OUTSIDE]);
        assert!(may_start(tags[0]) && may_follow(tags[0], tags[1]) && may_end(tags[1]));
    }

    #[test]
    fn weights_read_back_as_written() {
        let mut row = [0i8; TAG_COUNT];
        row[3] = -7;
        row[16] = 100;
        let mut transitions = [[0; TAG_COUNT]; TAG_COUNT + 1];
        transitions[START][1] = -40;
        let w = Weights::new(
            vec![(42 << 32, row), (7 << 32, [0; TAG_COUNT])],
            transitions,
        );
        assert_eq!(w.feature_count(), 1);
        let mut out = Writer::default();
        w.write(&mut out);
        let back = Weights::read(&mut Reader::new(&out.bytes)).expect("reads");
        assert_eq!(back, w);
        assert_eq!(back.row(42 << 32), Some(&row));
        assert_eq!(back.row(43 << 32), None);
    }
}
