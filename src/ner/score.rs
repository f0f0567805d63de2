//! Entity-level scores: strict (same span, same kind) and lenient
//! (overlapping span, same kind) precision, recall and F1 per kind, and
//! micro-averaged over people, organizations and places.

use super::labels::{kind_index, KINDS};
use crate::annotation::EntityKind;
use std::fmt::Write;
use std::ops::Range;

/// Counts gathered over many documents.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scores {
    gold: [usize; 4],
    predicted: [usize; 4],
    exact: [usize; 4],
    /// Predicted names that overlap a gold name of their kind.
    overlapping_predicted: [usize; 4],
    /// Gold names that overlap a predicted name of their kind.
    overlapping_gold: [usize; 4],
}

/// Precision, recall and F1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    /// Share of predicted names that are right.
    pub precision: f64,
    /// Share of gold names that were found.
    pub recall: f64,
    /// Their harmonic mean.
    pub f1: f64,
}

fn prf(right_predicted: usize, predicted: usize, right_gold: usize, gold: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let precision = ratio(right_predicted, predicted);
    let recall = ratio(right_gold, gold);
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Prf {
        precision,
        recall,
        f1,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The kinds that the micro average covers: people, organizations, places.
const MAIN: [usize; 3] = [0, 1, 2];

impl Scores {
    /// Adds one document (or sentence): its gold and predicted names.
    pub fn add(
        &mut self,
        gold: &[(Range<usize>, EntityKind)],
        predicted: &[(Range<usize>, EntityKind)],
    ) {
        for (range, kind) in gold {
            let k = kind_index(*kind);
            self.gold[k] += 1;
            if predicted.iter().any(|(r, pk)| pk == kind && r == range) {
                self.exact[k] += 1;
            }
            if predicted
                .iter()
                .any(|(r, pk)| pk == kind && overlaps(r, range))
            {
                self.overlapping_gold[k] += 1;
            }
        }
        for (range, kind) in predicted {
            let k = kind_index(*kind);
            self.predicted[k] += 1;
            if gold.iter().any(|(r, gk)| gk == kind && overlaps(r, range)) {
                self.overlapping_predicted[k] += 1;
            }
        }
    }

    /// Strict scores of one kind.
    pub fn strict(&self, kind: EntityKind) -> Prf {
        let k = kind_index(kind);
        prf(
            self.exact[k],
            self.predicted[k],
            self.exact[k],
            self.gold[k],
        )
    }

    /// Lenient scores of one kind.
    pub fn lenient(&self, kind: EntityKind) -> Prf {
        let k = kind_index(kind);
        prf(
            self.overlapping_predicted[k],
            self.predicted[k],
            self.overlapping_gold[k],
            self.gold[k],
        )
    }

    fn sum(counts: &[usize; 4]) -> usize {
        MAIN.iter().map(|&k| counts[k]).sum()
    }

    /// Strict scores micro-averaged over people, organizations and places.
    pub fn strict_micro(&self) -> Prf {
        let exact = Self::sum(&self.exact);
        prf(
            exact,
            Self::sum(&self.predicted),
            exact,
            Self::sum(&self.gold),
        )
    }

    /// Lenient scores micro-averaged over people, organizations and places.
    pub fn lenient_micro(&self) -> Prf {
        prf(
            Self::sum(&self.overlapping_predicted),
            Self::sum(&self.predicted),
            Self::sum(&self.overlapping_gold),
            Self::sum(&self.gold),
        )
    }

    /// A table of every score, for people to read.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<14} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}",
            "kind", "gold", "found", "P", "R", "F1", "len.P", "len.R", "len.F1"
        );
        let mut row = |name: &str, gold: usize, found: usize, s: Prf, l: Prf| {
            let _ = writeln!(
                out,
                "{name:<14} {gold:>6} {found:>6}   {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
                s.precision, s.recall, s.f1, l.precision, l.recall, l.f1
            );
        };
        let names = ["person", "organization", "place", "other"];
        for (k, kind) in KINDS.iter().enumerate() {
            row(
                names[k],
                self.gold[k],
                self.predicted[k],
                self.strict(*kind),
                self.lenient(*kind),
            );
        }
        row(
            "micro PER/ORG/LOC",
            Self::sum(&self.gold),
            Self::sum(&self.predicted),
            self.strict_micro(),
            self.lenient_micro(),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn strict_needs_the_exact_span_and_lenient_an_overlap() {
        let mut s = Scores::default();
        let gold = vec![(0..2, Person), (5..6, Place), (8..9, Other)];
        let predicted = vec![(1..2, Person), (5..6, Place), (7..8, Organization)];
        s.add(&gold, &predicted);
        assert_eq!(s.strict(Place).f1, 1.0);
        assert_eq!(s.strict(Person).f1, 0.0);
        assert_eq!(s.lenient(Person).f1, 1.0);
        let micro = s.strict_micro();
        assert!((micro.precision - 1.0 / 3.0).abs() < 1e-9);
        assert!((micro.recall - 0.5).abs() < 1e-9);
        assert!(s.table().contains("micro PER/ORG/LOC"));
    }
}
