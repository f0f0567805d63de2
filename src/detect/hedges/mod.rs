//! Hedges: words that make a claim less firm, told apart by context.
//!
//! Every token that could be a cue ([`lexicon`]) is decided in its sentence:
//! multi-word weasel and reporting phrases by pattern ([`phrases`]); then
//! context rules rule out the month May, a negated "could", an adjectival
//! "expected" and other senses that do not hedge ([`context`], [`senses`]),
//! and rule in "could" before a future time or a passive; then rare
//! unambiguous words are taken as they are, and the rest are weighed by a
//! small averaged perceptron over the words around them ([`features`],
//! [`model`]), trained on the Szeged Uncertainty Corpus by `train-hedges`.
//! A participle's cue takes the "to" it raises and the "be" before it
//! ("is expected to"). Cues inside
//! a direct quotation are marked `in_quote`: the speaker's hedge, not the
//! writer's.

pub mod context;
#[cfg(not(target_arch = "wasm32"))]
pub mod corpus;
pub mod features;
pub mod lexicon;
pub mod model;
pub mod phrases;
pub mod senses;
#[cfg(test)]
mod tests;
#[cfg(all(feature = "tools", not(target_arch = "wasm32")))]
pub mod training;
pub mod window;

use crate::annotation::{Hedge, HedgeKind, Quote, QuoteKind};
use crate::document::blocks::BlockKind;
use crate::document::Document;
use crate::span::Span;
use lexicon::{Decision, Entry};
use model::Model;
use std::ops::Range;

/// What may start at a token.
pub enum Candidate {
    /// A multi-word cue of this many tokens.
    Phrase(usize, HedgeKind),
    /// A one-word cue that the model or its entry decides.
    Word(&'static Entry),
}

/// Whether hedges are looked for in a block of this kind: running text,
/// headings and captions, not navigation, credits, bylines or code.
pub fn is_hedgeable(kind: BlockKind) -> bool {
    kind.is_prose() || matches!(kind, BlockKind::Heading | BlockKind::Caption)
}

/// The candidate cue at token `t` of the sentence whose tokens are
/// `sentence`, after the context rules.
pub fn candidate_at(doc: &Document, sentence: &Range<usize>, t: usize) -> Option<Candidate> {
    if let Some((len, kind)) = phrases::phrase_at(doc, sentence, t) {
        return Some(Candidate::Phrase(len, kind));
    }
    let word = doc.word(t);
    if !may_be_entry(word) {
        return None;
    }
    let entry = lexicon::lookup(word)?;
    (!context::rules_out(doc, sentence, t, word)).then_some(Candidate::Word(entry))
}

/// For each first letter (lower case ASCII), the lengths of the
/// [`lexicon::ENTRIES`] that start with it, one bit a length: built at
/// compile time.
const LENGTHS_BY_FIRST_LETTER: [u32; 128] = {
    let mut table = [0u32; 128];
    let mut i = 0;
    while i < lexicon::ENTRIES.len() {
        let word = lexicon::ENTRIES[i].word.as_bytes();
        assert!(
            word[0] < 128 && word.len() < 32,
            "an entry the index cannot hold"
        );
        table[word[0] as usize] |= 1 << word.len();
        i += 1;
    }
    table
};

/// Whether `word` may be one of [`lexicon::ENTRIES`]: some entry has its
/// first letter (any case) and its length. Most words are rejected here,
/// before the binary search compares strings.
fn may_be_entry(word: &str) -> bool {
    let first = word.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    word.len() < 32
        && LENGTHS_BY_FIRST_LETTER
            .get(usize::from(first))
            .is_some_and(|l| l >> word.len() & 1 == 1)
}

/// Finds hedge cues in `doc` with the shipped model.
pub fn detect(doc: &Document, quotes: &[Quote]) -> Vec<Hedge> {
    detect_with(doc, quotes, Model::shipped())
}

/// Finds hedge cues in `doc`, weighing ambiguous words with `model`.
pub fn detect_with(doc: &Document, quotes: &[Quote], model: &Model) -> Vec<Hedge> {
    let mut spans = Vec::new();
    let mut features = Vec::new();
    for sentence in &doc.sentences {
        if !is_hedgeable(doc.blocks[sentence.block].kind) {
            continue;
        }
        let range = &sentence.tokens;
        let mut t = range.start;
        while t < range.end {
            let found = match candidate_at(doc, range, t) {
                Some(Candidate::Phrase(len, kind)) => Some((t..t + len, kind)),
                Some(Candidate::Word(entry)) => {
                    let hedge = entry.decision == Decision::Always
                        || context::rules_in(doc, range, t, entry.word)
                        || {
                            features.clear();
                            features::extract(doc, range, t, entry, &mut features);
                            features::add_domain_copies(&mut features, features::Domain::News);
                            model.score(&features) > model::DECISION_THRESHOLD
                        };
                    hedge.then(|| (phrases::word_cue(doc, range, t), entry.kind))
                }
                None => None,
            };
            let next = found.as_ref().map_or(t + 1, |(tokens, _)| tokens.end);
            if let Some((tokens, kind)) = found {
                let span = doc.tokens[tokens.start]
                    .span
                    .cover(doc.tokens[tokens.end - 1].span);
                spans.push((span, kind));
            }
            t = next;
        }
    }
    mark_quoted(spans, quotes)
}

/// Builds the hedges, marking those inside a speech quotation. Both lists
/// are in text order, so one pass suffices.
fn mark_quoted(spans: Vec<(Span, HedgeKind)>, quotes: &[Quote]) -> Vec<Hedge> {
    let mut speech: Vec<Span> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .map(|q| q.inner)
        .collect();
    speech.sort_unstable();
    let mut next = 0;
    spans
        .into_iter()
        .map(|(span, kind)| {
            while next < speech.len() && speech[next].end <= span.start {
                next += 1;
            }
            let in_quote = speech[next..]
                .iter()
                .take_while(|q| q.start <= span.start)
                .any(|q| q.contains(span));
            Hedge {
                span,
                kind,
                in_quote,
            }
        })
        .collect()
}
