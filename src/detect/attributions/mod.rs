//! Attributions: who is credited with what, found in five stages, each a
//! folder that hands its product to the next:
//!
//! 1. [`cues`]: the cue words and marks ([`cues::Cue`]: tokens, sentence,
//!    [`cues::CueKind`]), from a learned model plus fixed phrases.
//! 2. [`source`]: each cue's source phrase ([`source::SourceTokens`]: the
//!    source's tokens and the outlet it came through), read by the one
//!    noun-phrase reader in [`source::phrase`].
//! 3. [`content`]: what each cue attributes ([`content::Content`]: a
//!    quotation or a clause).
//! 4. [`credit`]: the one place that makes a quotation speech and ties it
//!    to its attribution.
//! 5. [`resolve`]: the source linked to an entity and given a
//!    [`SourceKind`](crate::annotation::SourceKind); after crediting,
//!    pronoun chains relinked ([`resolve::chains`]).
//!
//! [`context`] indexes tokens against the quotations for every stage.

pub mod content;
pub mod context;
pub mod credit;
pub mod cues;
pub mod resolve;
pub mod source;

use crate::annotation::{Attribution, Entity, Quote, QuoteKind, SourceKind};
use crate::detect::quotes::kind;
use crate::document::Document;
use crate::lexicon::{HEDGING_VERBS, REPORTING_ADVERBS};
use content::continuation;
use context::Context;
use resolve::entities::EntityIndex;
use resolve::{mention, span_of};
use source::{citing, SourceTokens};
use std::ops::Range;

/// Finds attributions and credits the quotations they cover.
pub fn detect(doc: &Document, entities: &[Entity], quotes: &mut [Quote]) -> Vec<Attribution> {
    let context = Context::new(doc, quotes);
    let index = EntityIndex::new(doc.text, entities);
    let cues = cues::find(doc, &context);
    let sources = source::find_all(doc, &context, &cues);
    let limits = continuation::limits(doc, &cues, &sources);
    // "X reported, citing unnamed sources, that …": the sources cited are
    // the source "reported" shows, X its via; "citing" is dropped, and
    // lends "reported" its content when "reported" has none.
    let is_source = |tokens: &Range<usize>| {
        matches!(
            mention(doc, &index, entities, tokens).1,
            SourceKind::Anonymous | SourceKind::Document
        )
    };
    let citations = citing::find(doc, &context, &cues, &sources, is_source);
    let mut found = Vec::new();
    let mut credited: Vec<(usize, usize)> = Vec::new();
    for (i, (cue, source)) in cues.iter().zip(&sources).enumerate() {
        if citations.dropped[i] {
            continue;
        }
        let content = content::find(doc, &context, quotes, cue, source.as_ref(), limits[i])
            .or_else(|| {
                let c = citations.lender[i]?;
                content::find(doc, &context, quotes, &cues[c], source.as_ref(), limits[c])
            });
        if content.is_none() && source.is_none() {
            continue;
        }
        let source = match citations.cited[i].clone() {
            Some(tokens) => Some(SourceTokens {
                tokens,
                via: source.as_ref().map(|s| s.tokens.clone()),
            }),
            None => source.clone(),
        };
        // A title is a name, and a so-called term is held at arm's length:
        // neither is words anyone is credited with.
        if content.and_then(|c| c.quote).is_some_and(|q| {
            quotes[q].kind == QuoteKind::Title || kind::is_distanced(doc.text, quotes[q].span)
        }) {
            continue;
        }
        if let Some(q) = content.and_then(|c| c.quote) {
            credited.push((q, found.len()));
        }
        let resolve = |tokens: &Range<usize>| mention(doc, &index, entities, tokens);
        found.push(assemble(
            doc,
            quotes,
            cue,
            source.as_ref(),
            content,
            resolve,
        ));
    }
    credit::credit(doc, quotes, &mut found, credited);
    resolve::chains::relink(doc, entities, quotes, &mut found);
    found
}

/// One attribution from the products of the stages: the cue, its source
/// (resolved by `resolve`) and its content.
fn assemble(
    doc: &Document,
    quotes: &[Quote],
    cue: &cues::Cue,
    source: Option<&SourceTokens>,
    content: Option<content::Content>,
    resolve: impl Fn(&Range<usize>) -> (crate::annotation::SourceMention, SourceKind),
) -> Attribution {
    let cue_span = span_of(doc, &cue.tokens);
    let (source_mention, source_kind) = match source {
        Some(s) => {
            let (mention, kind) = resolve(&s.tokens);
            (Some(mention), kind)
        }
        None => (None, SourceKind::Unknown),
    };
    let via = source.and_then(|s| s.via.as_ref()).map(|v| resolve(v).0);
    let cue_words = cue_span.slice(doc.text).to_lowercase();
    let hedged = cues::table::row(cue.kind).hedges
        || REPORTING_ADVERBS.contains(cue_words.as_str())
        || HEDGING_VERBS.contains(cue_words.as_str())
        || matches!(
            source_kind,
            SourceKind::Anonymous | SourceKind::UnnamedGroup
        );
    Attribution {
        cue: cue_span,
        source: source_mention,
        source_kind,
        via,
        content: content.map(|c| match c.quote {
            Some(_) => c.span,
            None => content::clip_to_quotes(doc.text, quotes, c.span),
        }),
        direct: content.is_some_and(|c| c.quote.is_some()),
        hedged,
    }
}
