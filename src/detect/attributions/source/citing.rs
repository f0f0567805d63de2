//! "The Gazette reported, citing unnamed sources, that …": a claim passed
//! on from sources the speaker cites. The cited sources are the claim's
//! source and the one citing them its via, as in "according to sources
//! cited by the Gazette". A "citing" that gives reasons rather than
//! sources ("she said, citing low growth"), or that goes with no verb of
//! saying ("he defended the plan, citing a poll"), is left as it is.

use super::phrase::SourceTokens;
use crate::detect::attributions::context::{Context, QuotePlace};
use crate::detect::attributions::cues::{Cue, CueKind};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::is_speech_verb;
use std::ops::Range;

/// The longest cited phrase read, in tokens.
const MAX_CITED: usize = 10;

/// What the citations among a sentence's cues change, cue by cue: the
/// citing stage's own product, read beside the sources (never written
/// into them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citations {
    /// For a verb of saying that a citing phrase goes with ("reported"),
    /// the cited phrase's tokens: its source, its own source the via.
    pub cited: Vec<Option<Range<usize>>>,
    /// Whether the cue is a citing word whose sources went to its verb:
    /// no attribution of its own.
    pub dropped: Vec<bool>,
    /// For such a verb, the citing cue, whose content the verb takes when
    /// it has none of its own.
    pub lender: Vec<Option<usize>>,
}

impl Citations {
    /// The source cue `i` credits, given its own source `own`: the phrase
    /// it cites, with its own source as the via, or its own source.
    pub fn source(&self, i: usize, own: Option<&SourceTokens>) -> Option<SourceTokens> {
        match &self.cited[i] {
            Some(tokens) => Some(SourceTokens {
                tokens: tokens.clone(),
                via: own.map(|s| s.tokens.clone()),
            }),
            None => own.cloned(),
        }
    }
}

/// The citations among `cues` (whose sources are `sources`): a citing
/// word whose object `is_source` says is a source ("unnamed sources", "a
/// report") and a verb of saying with the same source in its sentence.
pub fn find(
    doc: &Document,
    context: &Context,
    cues: &[Cue],
    sources: &[Option<SourceTokens>],
    is_source: impl Fn(&Range<usize>) -> bool,
) -> Citations {
    let mut found = Citations {
        cited: vec![None; cues.len()],
        dropped: vec![false; cues.len()],
        lender: vec![None; cues.len()],
    };
    for (i, cue) in cues.iter().enumerate() {
        if !is_citing(doc, cue) {
            continue;
        }
        let Some(cited) = object(doc, context, cue).filter(|c| is_source(c)) else {
            continue;
        };
        let Some(own) = sources[i].as_ref() else {
            continue;
        };
        let partner = cues.iter().zip(sources).position(|(other, source)| {
            other.sentence == cue.sentence
                && other.kind == CueKind::Verb
                && !is_citing(doc, other)
                && other
                    .tokens
                    .clone()
                    .any(|t| is_speech_verb(&doc.word(t).to_lowercase()))
                && source.as_ref().is_some_and(|s| s.tokens == own.tokens)
        });
        if let Some(partner) = partner {
            found.cited[partner] = Some(cited);
            found.dropped[i] = true;
            found.lender[partner] = Some(i);
        }
    }
    found
}

/// Whether `cue` is one participle of citing.
fn is_citing(doc: &Document, cue: &Cue) -> bool {
    cue.tokens.len() == 1 && lexicon::CITING_WORDS.contains_any_case(doc.word(cue.tokens.start))
}

/// The phrase right after the citing word, up to the punctuation, "that"
/// or quotation that ends it.
fn object(doc: &Document, context: &Context, cue: &Cue) -> Option<Range<usize>> {
    let start = cue.tokens.end;
    let sentence_end = doc.sentences[cue.sentence].tokens.end;
    let end = (start..sentence_end.min(start + MAX_CITED + 1))
        .find(|&t| {
            matches!(doc.tokens[t].kind, TokenKind::Punct | TokenKind::Symbol)
                && !matches!(doc.word(t), "'s" | "\u{2019}s")
                || context.place[t] != QuotePlace::Outside
                || doc.word(t).eq_ignore_ascii_case("that")
        })
        .unwrap_or(sentence_end);
    (end > start && end - start <= MAX_CITED).then_some(start..end)
}
