//! The words that can be hedge cues, each with its kind and whether the
//! learned model decides it in context or it always hedges.

use crate::annotation::HedgeKind;

/// How a candidate word is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// The learned model weighs the context (ambiguous or frequent words).
    Learned,
    /// Always a hedge unless a context rule says otherwise (words too rare
    /// in the training data for the model to know, with one clear sense).
    Always,
}

/// One candidate word form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The word form, lower case.
    pub word: &'static str,
    /// The kind of hedge it makes.
    pub kind: HedgeKind,
    /// How it is decided.
    pub decision: Decision,
}

use Decision::{Always, Learned};
use HedgeKind::{Epistemic, Modal, Other, Reporting};

const fn e(word: &'static str, kind: HedgeKind, decision: Decision) -> Entry {
    Entry {
        word,
        kind,
        decision,
    }
}

/// Candidate words, sorted by `word` for binary search.
///
/// "will" (plain future) and "can" (ability) are deliberately absent: on
/// their own they do not hedge a claim.
pub const ENTRIES: &[Entry] = &[
    e("accusation", Reporting, Learned),
    e("accusations", Reporting, Learned),
    e("accused", Reporting, Learned),
    e("allegations", Reporting, Learned),
    e("allege", Reporting, Learned),
    e("alleged", Reporting, Learned),
    e("allegedly", Reporting, Always),
    e("alleges", Reporting, Learned),
    e("alleging", Reporting, Learned),
    e("anticipate", Epistemic, Learned),
    e("anticipated", Epistemic, Learned),
    e("anticipates", Epistemic, Learned),
    e("apparent", Epistemic, Learned),
    e("apparently", Epistemic, Learned),
    e("appear", Epistemic, Learned),
    e("appeared", Epistemic, Learned),
    e("appearing", Epistemic, Learned),
    e("appears", Epistemic, Learned),
    e("arguably", Other, Always),
    e("assume", Epistemic, Learned),
    e("assumed", Epistemic, Learned),
    e("assumes", Epistemic, Learned),
    e("assuming", Epistemic, Learned),
    e("assumption", Epistemic, Learned),
    e("belief", Epistemic, Learned),
    e("believe", Epistemic, Learned),
    e("believed", Epistemic, Learned),
    e("believes", Epistemic, Learned),
    e("believing", Epistemic, Learned),
    e("charged", Reporting, Learned),
    e("charges", Reporting, Learned),
    e("conceivably", Epistemic, Always),
    e("concerns", Epistemic, Learned),
    e("consider", Epistemic, Learned),
    e("considered", Epistemic, Learned),
    e("considers", Epistemic, Learned),
    e("could", Modal, Learned),
    e("doubt", Epistemic, Learned),
    e("doubtful", Epistemic, Learned),
    e("doubts", Epistemic, Learned),
    e("estimate", Epistemic, Learned),
    e("estimated", Epistemic, Learned),
    e("estimates", Epistemic, Learned),
    e("expect", Epistemic, Learned),
    e("expectation", Epistemic, Learned),
    e("expectations", Epistemic, Learned),
    e("expected", Epistemic, Learned),
    e("expecting", Epistemic, Learned),
    e("expects", Epistemic, Learned),
    e("fear", Epistemic, Learned),
    e("feared", Epistemic, Learned),
    e("fearing", Epistemic, Learned),
    e("fears", Epistemic, Learned),
    e("forecast", Epistemic, Learned),
    e("forecasts", Epistemic, Learned),
    e("foresee", Epistemic, Learned),
    e("foresees", Epistemic, Learned),
    e("hypothetically", Epistemic, Always),
    e("implies", Epistemic, Learned),
    e("imply", Epistemic, Learned),
    e("indicate", Epistemic, Learned),
    e("indicated", Epistemic, Learned),
    e("indicates", Epistemic, Learned),
    e("indication", Epistemic, Learned),
    e("indications", Epistemic, Learned),
    e("likelihood", Epistemic, Learned),
    e("likely", Epistemic, Learned),
    e("looks", Epistemic, Learned),
    e("may", Modal, Learned),
    e("maybe", Epistemic, Always),
    e("might", Modal, Learned),
    e("perhaps", Epistemic, Learned),
    e("possibility", Epistemic, Learned),
    e("possible", Epistemic, Learned),
    e("possibly", Epistemic, Learned),
    e("potential", Epistemic, Learned),
    e("potentially", Epistemic, Learned),
    e("predict", Epistemic, Learned),
    e("predicted", Epistemic, Learned),
    e("predicts", Epistemic, Learned),
    e("presumably", Epistemic, Learned),
    e("presume", Epistemic, Learned),
    e("presumed", Epistemic, Learned),
    e("probable", Epistemic, Learned),
    e("probably", Epistemic, Learned),
    e("projected", Epistemic, Learned),
    e("purported", Reporting, Always),
    e("purportedly", Reporting, Always),
    e("questionable", Epistemic, Learned),
    e("regarded", Epistemic, Learned),
    e("reportedly", Reporting, Always),
    e("reputedly", Reporting, Always),
    e("rumored", Reporting, Learned),
    e("rumors", Reporting, Learned),
    e("rumoured", Reporting, Always),
    e("rumours", Reporting, Always),
    e("seem", Epistemic, Learned),
    e("seemed", Epistemic, Learned),
    e("seemingly", Epistemic, Learned),
    e("seems", Epistemic, Learned),
    e("seen", Epistemic, Learned),
    e("should", Modal, Learned),
    e("signals", Epistemic, Learned),
    e("signs", Epistemic, Learned),
    e("speculate", Epistemic, Learned),
    e("speculated", Epistemic, Learned),
    e("speculation", Epistemic, Learned),
    e("suggest", Epistemic, Learned),
    e("suggested", Epistemic, Learned),
    e("suggesting", Epistemic, Learned),
    e("suggestion", Epistemic, Learned),
    e("suggests", Epistemic, Learned),
    e("supposed", Reporting, Learned),
    e("supposedly", Reporting, Learned),
    e("suspect", Epistemic, Learned),
    e("suspected", Epistemic, Learned),
    e("suspects", Epistemic, Learned),
    e("tentative", Other, Always),
    e("tentatively", Other, Always),
    e("think", Epistemic, Learned),
    e("thinks", Epistemic, Learned),
    e("thought", Epistemic, Learned),
    e("uncertain", Epistemic, Learned),
    e("uncertainty", Epistemic, Learned),
    e("unclear", Epistemic, Learned),
    e("unconfirmed", Other, Always),
    e("unknown", Epistemic, Learned),
    e("unlikely", Epistemic, Learned),
    e("unverified", Other, Always),
    e("worried", Epistemic, Learned),
    e("worries", Epistemic, Learned),
    e("worry", Epistemic, Learned),
    e("would", Modal, Learned),
];

/// The longest word in [`ENTRIES`], in bytes.
const LONGEST: usize = 16;

/// The entry for `word` (any case), if it is a candidate.
pub fn lookup(word: &str) -> Option<&'static Entry> {
    let mut buffer = [0u8; LONGEST];
    let lower = ascii_lower(word, &mut buffer)?;
    ENTRIES
        .binary_search_by(|entry| entry.word.as_bytes().cmp(lower))
        .ok()
        .map(|i| &ENTRIES[i])
}

/// `word` in ASCII lower case, written into `buffer`; `None` when it is
/// longer than the buffer or not ASCII.
pub fn ascii_lower<'b>(word: &str, buffer: &'b mut [u8]) -> Option<&'b [u8]> {
    if word.len() > buffer.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buffer[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_sorted_unique_lower_case_and_fit_the_buffer() {
        for pair in ENTRIES.windows(2) {
            assert!(
                pair[0].word < pair[1].word,
                "{} before {}",
                pair[0].word,
                pair[1].word
            );
        }
        for entry in ENTRIES {
            assert_eq!(entry.word, entry.word.to_ascii_lowercase());
            assert!(entry.word.len() <= LONGEST, "{} is too long", entry.word);
        }
    }

    #[test]
    fn lookup_ignores_case_and_skips_other_words() {
        assert_eq!(lookup("Reportedly").unwrap().kind, HedgeKind::Reporting);
        assert_eq!(lookup("MIGHT").unwrap().kind, HedgeKind::Modal);
        assert!(lookup("will").is_none());
        assert!(lookup("can").is_none());
        assert!(lookup("said").is_none());
        assert!(lookup("überraschend").is_none());
    }
}
