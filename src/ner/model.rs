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
                self.add_scores(features.of(i), &mut scores);
                scores
            })
            .collect()
    }

    /// Adds the tag weights of each of `features` to `scores`.
    pub fn add_scores(&self, features: &[u64], scores: &mut TagScores) {
        for &h in features {
            if let Some(row) = self.row(h) {
                for (s, &w) in scores.iter_mut().zip(row) {
                    *s += i32::from(w);
                }
            }
        }
    }

    /// The best tag sequence for a sentence.
    pub fn tag(&self, features: &SentenceFeatures) -> Vec<u8> {
        self.best_tags(&self.emissions(features))
    }

    /// The best tag sequence for a sentence whose tokens score `emissions`.
    pub fn best_tags(&self, emissions: &[TagScores]) -> Vec<u8> {
        viterbi(emissions, &self.transitions)
    }
}

/// Writes the two passes' models: each pass's transitions, the keys
/// either pass has (once: most features are in both), then for each pass
/// a bit mask per key of the tags it has weights for (0: none in this
/// pass), then its weights.
pub fn write_passes(passes: [&Weights; 2], w: &mut Writer) {
    for pass in passes {
        for row in &pass.raw_transitions {
            for &t in row {
                w.signed(i64::from(t));
            }
        }
    }
    let tables = passes.map(|pass| pass.rows.sorted());
    let mut keys: Vec<u32> = tables.iter().flatten().map(|r| r.0).collect();
    keys.sort_unstable();
    keys.dedup();
    w.rice_keys(&keys);
    for (pass, table) in passes.iter().zip(&tables) {
        for &key in &keys {
            let row = pass.rows.get(key).unwrap_or(&[0; TAG_COUNT]);
            let mask = row
                .iter()
                .enumerate()
                .filter(|(_, &v)| v != 0)
                .fold(0u64, |m, (t, _)| m | 1 << t);
            w.varint(mask);
        }
        for (_, row) in table {
            let values: Vec<u8> = row.iter().filter(|&&v| v != 0).map(|&v| v as u8).collect();
            w.raw(&values);
        }
    }
}

/// Reads the two passes' models written by [`write_passes`].
pub fn read_passes(r: &mut Reader) -> Result<[Weights; 2], ModelError> {
    let mut transitions = [[[0i32; TAG_COUNT]; TAG_COUNT + 1]; 2];
    for t in transitions.iter_mut().flatten().flatten() {
        *t = i32::try_from(r.signed()?)
            .ok()
            .filter(|t| t.abs() < 1 << 24)
            .ok_or_else(|| error("a transition weight is out of range"))?;
    }
    let keys = r.rice_keys()?;
    if keys.first() == Some(&0) {
        return Err(error("a feature key is 0"));
    }
    let mut held = vec![false; keys.len()];
    let mut passes = Vec::with_capacity(2);
    for transitions in transitions {
        let mut masks = Vec::with_capacity(keys.len());
        for held in held.iter_mut() {
            let mask = r.varint()?;
            if mask >> TAG_COUNT != 0 {
                return Err(error("a feature has a bad tag mask"));
            }
            *held |= mask != 0;
            masks.push(mask);
        }
        let mut rows = Vec::with_capacity(keys.len());
        for (&key, mask) in keys.iter().zip(masks).filter(|(_, m)| *m != 0) {
            let mut row = [0i8; TAG_COUNT];
            for (t, w) in row.iter_mut().enumerate() {
                if mask & (1 << t) != 0 {
                    *w = r.byte()? as i8;
                }
            }
            rows.push((key, row));
        }
        passes.push(Weights::from_rows(rows, transitions));
    }
    if held.contains(&false) {
        return Err(error("a feature has no weights in either pass"));
    }
    let second = passes.pop().expect("two passes");
    let first = passes.pop().expect("two passes");
    Ok([first, second])
}

/// Tag scores kept in 16 bits: a token's stage-one features (at most 55:
/// 12 of the token, 16 of its context, 2 per name-list code with at most 4
/// codes in each of 3 lists, 3 of its word class) with weights within
/// ±127 sum within ±6,985.
pub type NarrowScores = [i16; TAG_COUNT];

/// `scores` back in 32 bits.
pub fn widen(scores: &NarrowScores) -> TagScores {
    scores.map(i32::from)
}

/// The weights of both passes in one table, for the stage-one features
/// both passes read: one look-up finds a feature's weights in each.
#[derive(Clone, Debug, PartialEq)]
pub struct Paired {
    rows: FeatureTable<[[i8; TAG_COUNT]; 2]>,
}

impl Paired {
    /// The weights of `first` and `second` by feature key (zeros where a
    /// model has none).
    pub fn new(first: &Weights, second: &Weights) -> Paired {
        let zero = [0; TAG_COUNT];
        let (a, b) = (first.rows.sorted(), second.rows.sorted());
        let mut rows: Vec<(u32, [[i8; TAG_COUNT]; 2])> = Vec::with_capacity(a.len() + b.len());
        rows.extend(a.into_iter().map(|(key, row)| (key, [*row, zero])));
        rows.extend(b.into_iter().map(|(key, row)| (key, [zero, *row])));
        // Two sorted runs: a stable sort merges them, a key's first-pass
        // row before its second-pass one, which joins it.
        rows.sort_by_key(|r| r.0);
        rows.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                kept.1[1] = later.1[1];
            }
            same
        });
        Paired {
            rows: FeatureTable::new(rows, [zero; 2]),
        }
    }

    /// Adds the weights of each of a token's stage-one `features` in the
    /// first model to `first` and in the second to `second`, in 16 bits:
    /// half the vector work of 32, and exact for the sums [`NarrowScores`]
    /// bounds (larger ones would wrap).
    pub fn add_scores(
        &self,
        features: &[u64],
        first: &mut NarrowScores,
        second: &mut NarrowScores,
    ) {
        for &h in features {
            if let Some([a, b]) = self.rows.get(key_of(h)) {
                for (s, &w) in first.iter_mut().zip(a) {
                    *s = s.wrapping_add(i16::from(w));
                }
                for (s, &w) in second.iter_mut().zip(b) {
                    *s = s.wrapping_add(i16::from(w));
                }
            }
        }
    }
}

/// The best tag sequence under `emissions` and `transitions` (whose
/// forbidden entries must already be very low). Sentences may only end on
/// a tag that closes a name. Each step takes, for every tag, the first
/// best of the tags before it; the loop runs over the tag before and
/// updates all 17 tags at once, which the compiler turns into vector
/// instructions. Sums wrap rather than saturate (cheaper in vectors): the
/// scores of the 500 tokens a sentence may hold (`document::sentences`)
/// under the shipped weights stay far inside the `i32` range, even
/// through a forbidden step.
pub fn viterbi(emissions: &[TagScores], transitions: &Transitions) -> Vec<u8> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut back = vec![[0u8; TAG_COUNT]; n];
    let mut best: TagScores = std::array::from_fn(|t| transitions[START][t] + emissions[0][t]);
    for i in 1..n {
        let mut top = [i32::MIN; TAG_COUNT];
        let mut arg = [0i32; TAG_COUNT];
        for (p, row) in transitions[..TAG_COUNT].iter().enumerate() {
            let from = best[p];
            for t in 0..TAG_COUNT {
                let s = from.wrapping_add(row[t]);
                let better = s > top[t];
                top[t] = if better { s } else { top[t] };
                arg[t] = if better { p as i32 } else { arg[t] };
            }
        }
        for t in 0..TAG_COUNT {
            best[t] = top[t].wrapping_add(emissions[i][t]);
            back[i][t] = arg[t] as u8;
        }
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

    /// The score of `tags` under `emissions` and `transitions`, or `None`
    /// when BILOU forbids the sequence.
    fn legal_score(tags: &[u8], emissions: &[TagScores], transitions: &Transitions) -> Option<i32> {
        let mut score = 0;
        for (i, &t) in tags.iter().enumerate() {
            let prev = if i == 0 {
                START
            } else {
                usize::from(tags[i - 1])
            };
            let allowed = if i == 0 {
                may_start(t)
            } else {
                may_follow(tags[i - 1], t)
            };
            if !allowed {
                return None;
            }
            score += transitions[prev][usize::from(t)] + emissions[i][usize::from(t)];
        }
        may_end(tags[tags.len() - 1]).then_some(score)
    }

    #[test]
    fn viterbi_finds_the_best_legal_sequence_of_all() {
        // Pseudo-random scores; every sequence of three tags is tried.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as i32 % 200 - 100
        };
        for _ in 0..5 {
            let raw: Transitions = std::array::from_fn(|_| std::array::from_fn(|_| next()));
            let transitions = constrained(&raw);
            let emissions: Vec<TagScores> =
                (0..3).map(|_| std::array::from_fn(|_| next())).collect();
            let tags = viterbi(&emissions, &transitions);
            let found = legal_score(&tags, &emissions, &transitions).expect("a legal sequence");
            let n = TAG_COUNT as u8;
            let best = (0..n)
                .flat_map(|a| (0..n).flat_map(move |b| (0..n).map(move |c| [a, b, c])))
                .filter_map(|tags| legal_score(&tags, &emissions, &transitions))
                .max();
            assert_eq!(Some(found), best);
        }
    }

    #[test]
    fn paired_weights_score_as_each_model_alone() {
        let row = |t: usize, w: i8| {
            let mut r = [0i8; TAG_COUNT];
            r[t] = w;
            r
        };
        let none = [[0; TAG_COUNT]; TAG_COUNT + 1];
        // Feature 1 in both models, 2 in the first only, 3 in the second only.
        let first = Weights::new(vec![(1 << 32, row(2, 5)), (2 << 32, row(4, -3))], none);
        let second = Weights::new(vec![(1 << 32, row(2, 7)), (3 << 32, row(9, 11))], none);
        let paired = Paired::new(&first, &second);
        let features = [1 << 32, 2 << 32, 3 << 32, 4 << 32];
        let (mut a, mut b) = ([0; TAG_COUNT], [0; TAG_COUNT]);
        paired.add_scores(&features, &mut a, &mut b);
        let (a, b) = (widen(&a), widen(&b));
        let (mut alone_a, mut alone_b) = ([0; TAG_COUNT], [0; TAG_COUNT]);
        first.add_scores(&features, &mut alone_a);
        second.add_scores(&features, &mut alone_b);
        assert_eq!((a, b), (alone_a, alone_b));
        assert_eq!((a[2], a[4], b[2], b[9]), (5, -3, 7, 11));
    }

    #[test]
    fn both_passes_read_back_as_written() {
        let mut row = [0i8; TAG_COUNT];
        row[3] = -7;
        row[16] = 100;
        let mut other = [0i8; TAG_COUNT];
        other[0] = 5;
        let mut transitions = [[0; TAG_COUNT]; TAG_COUNT + 1];
        transitions[START][1] = -40;
        let first = Weights::new(
            vec![(42 << 32, row), (7 << 32, [0; TAG_COUNT])],
            transitions,
        );
        assert_eq!(first.feature_count(), 1);
        let second = Weights::new(vec![(42 << 32, other), (9 << 32, row)], transitions);
        let mut out = Writer::default();
        write_passes([&first, &second], &mut out);
        let mut r = Reader::new(&out.bytes);
        let [a, b] = read_passes(&mut r).expect("reads");
        assert!(r.is_done());
        assert_eq!((&a, &b), (&first, &second));
        assert_eq!(a.row(42 << 32), Some(&row));
        assert_eq!(a.row(9 << 32), None);
        assert_eq!(b.row(9 << 32), Some(&row));
        assert_eq!(b.row(43 << 32), None);
    }

    #[test]
    fn damaged_passes_are_an_error() {
        let mut row = [0i8; TAG_COUNT];
        row[2] = 9;
        let one = Weights::new(vec![(42 << 32, row)], [[0; TAG_COUNT]; TAG_COUNT + 1]);
        let mut out = Writer::default();
        write_passes([&one, &one], &mut out);
        for cut in 0..out.bytes.len() {
            assert!(read_passes(&mut Reader::new(&out.bytes[..cut])).is_err());
        }
        // The last pass's mask (just before its one weight) set to 0: then
        // the first pass's too, so that neither has the feature.
        let n = out.bytes.len();
        let mut neither = out.bytes[..n - 1].to_vec();
        neither[n - 2] = 0;
        let first_mask = n - 4;
        assert_eq!(neither[first_mask], 4);
        neither[first_mask] = 0;
        neither.remove(first_mask + 1);
        let err = read_passes(&mut Reader::new(&neither)).unwrap_err();
        assert!(err.message.contains("no weights"), "{}", err.message);
    }
}
