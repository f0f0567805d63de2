//! Attribution cues: the words that credit content to a source ("said",
//! "according to", "told", a colon after a speaker's name). Runs of tokens
//! the learned [`cue_model`] scores as cue tokens, plus fixed phrases the
//! model must not miss.
//!
//! [`cue_model`]: model
//!
//! `fixed` holds the phrases that are cues wherever they stand, `marks`
//! the punctuation that credits a quotation (a speaker's colon, a signing
//! dash), `shape` how a run of cue tokens becomes a cue's span.

pub mod accept;
pub mod features;
mod fixed;
mod marks;
pub mod model;
pub mod predicates;
mod runs;
mod shape;
pub mod table;

pub use table::CueKind;

use super::context::{Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use fixed::{is_core_verb, is_fixed_cue};
use marks::{is_signature_dash, label_text, speaker_colon, transcript_label, transcript_speakers};
use shape::{join_participles, push};
use std::ops::Range;

/// A cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue's tokens.
    pub tokens: Range<usize>,
    /// The sentence it lies in.
    pub sentence: usize,
    /// What kind of words it is.
    pub kind: CueKind,
    /// How it was found, which the [`accept`] step weighs.
    pub origin: Origin,
}

/// How a cue was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A fixed phrase or a core speech verb, whatever the model says.
    Fixed,
    /// Tokens the model scores as cue tokens; the best token's score.
    Model(i32),
    /// The best-scoring token of a sentence with no other cue, below
    /// zero but above the fallback threshold; its score.
    Fallback(i32),
    /// A mark: a speaker's colon or a signing dash.
    Mark,
}

/// The lowest model score that still makes a cue of the best token in a
/// sentence that quotes someone and has no other cue, in perceptron
/// updates (the model scores in [`model::LEVELS`] units per update;
/// chosen on the held-out fifth of the training articles).
const FALLBACK_SCORE: f32 = -14.75;

/// The same for a sentence that quotes no one: most news sentences
/// attribute something, so a near miss is worth taking there too.
const UNQUOTED_FALLBACK_SCORE: f32 = -5.0;

/// Adds the cues that are marks to the cues of sentence `s` (those from
/// `first_cue` on): a dash that signs a quotation, and the colon after a
/// speaker ("Ana put it bluntly:") or a transcript's speaker label (one of
/// `speakers`), unless a cue before it introduces the quotation itself.
fn push_marks(
    doc: &Document,
    context: &Context,
    cues: &mut Vec<Cue>,
    first_cue: usize,
    s: usize,
    speakers: &[&str],
) {
    let range = doc.sentences[s].tokens.clone();
    for t in range.clone() {
        if is_signature_dash(doc, context, t, range.end)
            && !cues[first_cue..].iter().any(|c| c.tokens.contains(&t))
        {
            cues.push(Cue {
                tokens: t..t + 1,
                sentence: s,
                kind: CueKind::Signature,
                origin: Origin::Mark,
            });
        }
    }
    let label = || {
        label_text(doc, range.clone())
            .filter(|l| speakers.contains(l))
            .and_then(|_| transcript_label(doc, range.clone()))
    };
    if let Some(colon) = speaker_colon(doc, context, range.clone()).or_else(label) {
        let found = cues[first_cue..]
            .iter_mut()
            .find(|c| c.tokens == (colon..colon + 1));
        if let Some(cue) = found {
            // The model marked the colon too: it is a mark all the same.
            cue.origin = Origin::Mark;
        } else if !cues[first_cue..].iter().any(|c| c.tokens.start <= colon) {
            // "Ana put it bluntly: “…”": a cue before the colon introduces
            // the quotation itself.
            cues.push(Cue {
                tokens: colon..colon + 1,
                sentence: s,
                kind: CueKind::Colon,
                origin: Origin::Mark,
            });
        }
    }
}

/// Finds the cues of every prose sentence of `doc`.
pub fn find(doc: &Document, context: &Context) -> Vec<Cue> {
    find_scored(doc, context, model::score)
}

/// Finds the cues as [`find`] does, the tokens scored by `score` (the
/// embedded model's [`model::score`], or one in training).
pub fn find_scored(doc: &Document, context: &Context, score: impl Fn(&[u32]) -> i32) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut features = Vec::with_capacity(32);
    let speakers = transcript_speakers(doc);
    let words = features::Words::new(doc, context);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !doc.blocks[sentence.block].kind.is_prose() || context.body[s] == sentence.tokens.end {
            continue;
        }
        let range = sentence.tokens.clone();
        let first_cue = cues.len();
        // The run of cue tokens being read: where it starts and how it
        // was found so far.
        let mut run: Option<(usize, Origin)> = None;
        // The best-scoring token outside quotations, for a sentence that
        // holds no cue above the threshold.
        let mut best: Option<(i32, usize)> = None;
        for t in range.clone() {
            // "so-called" holds a term at arm's length; no one says it.
            let origin = if doc.word(t).eq_ignore_ascii_case("so-called") {
                None
            } else if is_fixed_cue(doc, t, range.start, range.end) || is_core_verb(doc, context, t)
            {
                Some(Origin::Fixed)
            } else {
                features.clear();
                features::features(doc, context, &words, s, t, &mut features);
                let score = score(&features);
                if context.place[t] == QuotePlace::Outside
                    && doc.tokens[t].kind == TokenKind::Word
                    // A word that only helps a verb ("has", "not", the "ca" of
                    // "can't") is never a cue by itself.
                    && !doc.classes[t].is_verb_filler()
                    && best.is_none_or(|(b, _)| score > b)
                {
                    best = Some((score, t));
                }
                (score > 0).then_some(Origin::Model(score))
            };
            match (origin, run) {
                (Some(origin), None) => run = Some((t, origin)),
                (Some(origin), Some((start, so_far))) => {
                    run = Some((start, stronger(so_far, origin)));
                }
                (None, Some((start, origin))) => {
                    push(doc, context, &mut cues, start..t, s, origin);
                    run = None;
                }
                (None, None) => {}
            }
        }
        if let Some((start, origin)) = run {
            push(doc, context, &mut cues, start..range.end, s, origin);
        }
        push_marks(doc, context, &mut cues, first_cue, s, &speakers);
        // A quotation signed on the next line ("… ” — Ana Ruiz") has its cue.
        let signed = doc.sentences.get(s + 1).is_some_and(|next| {
            is_signature_dash(doc, context, next.tokens.start, next.tokens.end)
        });
        if cues.len() == first_cue && !signed {
            let lowest = fallback_floor(context, s);
            if let Some((score, t)) = best.filter(|&(score, _)| score as f32 > lowest) {
                push(
                    doc,
                    context,
                    &mut cues,
                    t..t + 1,
                    s,
                    Origin::Fallback(score),
                );
            }
        }
        cues[first_cue..].sort_by_key(|c| c.tokens.start);
        join_participles(doc, context, &mut cues, first_cue);
        runs::settle(doc, context, &mut cues, first_cue);
        // A subhead in capitals opening the paragraph says nothing.
        let body = context.body[s];
        if cues[first_cue..].iter().any(|c| c.tokens.start < body) {
            let kept: Vec<Cue> = cues
                .drain(first_cue..)
                .filter(|c| c.tokens.start >= body)
                .collect();
            cues.extend(kept);
        }
    }
    cues
}

/// The lowest model score that makes a fallback cue in sentence `s`.
fn fallback_floor(context: &Context, s: usize) -> f32 {
    model::LEVELS
        * if context.quoted_sentence[s] {
            FALLBACK_SCORE
        } else {
            UNQUOTED_FALLBACK_SCORE
        }
}

/// How a run of cue tokens was found, from how two of its tokens were:
/// a fixed cue among them makes it fixed, else the best model score.
fn stronger(a: Origin, b: Origin) -> Origin {
    match (a, b) {
        (Origin::Model(x), Origin::Model(y)) => Origin::Model(x.max(y)),
        (Origin::Model(_), other) => other,
        (other, _) => other,
    }
}
