//! Attributions: who is credited with what, found in five stages, each a
//! folder that hands its product to the next, none rewriting an earlier
//! one's:
//!
//! 1. [`cues`]: the cue words and marks ([`cues::Cue`]: tokens, sentence,
//!    [`cues::CueKind`]), from a learned model plus fixed phrases.
//! 2. [`source`]: each cue's source phrase ([`source::SourceTokens`]: the
//!    source's tokens and the outlet it came through), read by the one
//!    noun-phrase reader in [`source::phrase`]; beside them, the
//!    citations ([`source::citing::Citations`]: "X reported, citing
//!    officials").
//! 3. [`content`]: what each cue attributes ([`content::Content`]: a
//!    quotation or a clause).
//! 4. [`assemble`] makes one claim a cue, the source resolved ([`resolve`]:
//!    an entity and a [`SourceKind`]); [`cues::accept`] drops the claims
//!    its learned model weighs as no attribution; [`credit`] makes the
//!    quotations as credited: the one place a quotation becomes speech.
//! 5. [`resolve::chains`] relinks pronoun sources once the quotations are
//!    credited.
//!
//! [`hedging`] decides whether each attribution is hedged once the hedges
//! are found; [`context`] indexes tokens against the quotations for every
//! stage.

pub mod assemble;
pub mod content;
pub mod context;
pub mod credit;
pub mod cues;
pub mod hedging;
pub mod resolve;
pub mod source;

use crate::annotation::{Attribution, Entity, Quote, SourceKind};
use crate::document::Document;
use context::Context;
use cues::CueKind;
use resolve::entities::EntityIndex;
use resolve::mention;
use source::citing;
use std::ops::Range;

/// What the attribution stages hand the rest of the annotator.
#[derive(Clone, Debug)]
pub struct Found {
    /// The attributions, in text order; `hedged` is decided once the
    /// hedges are known ([`hedging`]).
    pub attributions: Vec<Attribution>,
    /// Each attribution's cue kind, in the same order.
    pub cue_kinds: Vec<CueKind>,
    /// The quotations as credited: the quotations found, those an
    /// attribution takes made speech and tied to it.
    pub quotes: Vec<Quote>,
}

/// The candidates the accept step weighs: the claims assembled from the
/// cues, with the context and cues they were made of.
pub struct Candidates {
    /// The tokens indexed against the quotations.
    pub context: Context,
    /// The cues found, in text order.
    pub cues: Vec<cues::Cue>,
    /// The claims assembled from them, in text order.
    pub claims: Vec<assemble::Claim>,
}

/// The stages up to assembly, the cue tokens scored by `score` (the
/// embedded cue model's [`cues::model::score`], or one in training).
pub fn candidates(
    doc: &Document,
    entities: &[Entity],
    quotes: &[Quote],
    score: impl Fn(&[u32]) -> i32,
) -> Candidates {
    let context = Context::new(doc, quotes);
    let index = EntityIndex::new(doc.text, entities);
    let resolve = |tokens: &Range<usize>| mention(doc, &index, entities, tokens);
    let cues = cues::find_scored(doc, &context, score);
    let sources = source::find_all(doc, &context, &cues);
    // "X reported, citing unnamed sources, that …": the sources cited are
    // the source "reported" credits, X its via; "citing" is dropped, and
    // lends "reported" its content when "reported" has none.
    let citations = citing::find(doc, &context, &cues, &sources, |tokens| {
        matches!(
            resolve(tokens).1,
            SourceKind::Anonymous | SourceKind::Document
        )
    });
    let contents = content::find_all(doc, &context, quotes, &cues, &sources, &citations);
    let claims = assemble::claims(doc, quotes, &cues, &sources, &citations, &contents, resolve);
    Candidates {
        context,
        cues,
        claims,
    }
}

/// Finds the attributions among `quotes` (as the quotation detector found
/// them) and credits the quotations they cover.
pub fn detect(doc: &Document, entities: &[Entity], quotes: &[Quote]) -> Found {
    let Candidates {
        context,
        cues,
        claims,
    } = candidates(doc, entities, quotes, cues::model::score);
    let claims = cues::accept::keep(doc, &context, &cues, claims);
    let taken: Vec<Option<usize>> = claims.iter().map(|c| c.quote).collect();
    let cue_kinds = claims.iter().map(|c| c.cue_kind).collect();
    let mut attributions: Vec<Attribution> = claims.into_iter().map(|c| c.attribution).collect();
    let quotes = credit::credit(doc, quotes, &attributions, &taken);
    resolve::chains::relink(doc, entities, &quotes, &mut attributions);
    Found {
        attributions,
        cue_kinds,
        quotes,
    }
}
