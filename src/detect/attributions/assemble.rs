//! Assembly: one attribution a cue from the products of the stages before
//! it (the cue, its source as the citations read it, its content), the
//! source resolved to a mention and a kind. A cue that lies inside another
//! attribution's source phrase is part of that phrase, not a claim of its
//! own ("cited" in "sources cited by X say").

use crate::annotation::{Attribution, Quote, QuoteKind, SourceKind, SourceMention};
use crate::detect::attributions::content::{self, Content};
use crate::detect::attributions::cues::{Cue, CueKind};
use crate::detect::attributions::resolve::span_of;
use crate::detect::attributions::source::citing::Citations;
use crate::detect::attributions::source::via::is_cited;
use crate::detect::attributions::source::SourceTokens;
use crate::detect::quotes::kind;
use crate::document::Document;
use crate::span::Span;
use std::ops::Range;

/// An attribution with what the later stages need of its making.
#[derive(Clone, Debug)]
pub struct Claim {
    /// The attribution; `hedged` is left for the hedging decision
    /// ([`hedging`](crate::detect::attributions::hedging)).
    pub attribution: Attribution,
    /// Its cue's kind.
    pub cue_kind: CueKind,
    /// The quotation it takes as its content, if any.
    pub quote: Option<usize>,
}

/// The claims of `cues` (in text order, with `sources`, `citations` and
/// `contents` the products of the stages for each), their sources resolved
/// by `resolve`: every cue with a source or content, except a citing cue
/// whose sources went to its verb, a cue whose content is a title or a
/// so-called term, and a cue inside another claim's source.
pub fn claims(
    doc: &Document,
    quotes: &[Quote],
    cues: &[Cue],
    sources: &[Option<SourceTokens>],
    citations: &Citations,
    contents: &[Option<Content>],
    resolve: impl Fn(&Range<usize>) -> (SourceMention, SourceKind),
) -> Vec<Claim> {
    let mut found = Vec::new();
    for (i, cue) in cues.iter().enumerate() {
        let content = contents[i];
        if citations.dropped[i] || content.is_none() && sources[i].is_none() {
            continue;
        }
        let quote = content.and_then(|c| c.quote);
        // A title is a name, and a so-called term is held at arm's length:
        // neither is words anyone is credited with.
        if quote.is_some_and(|q| {
            quotes[q].kind == QuoteKind::Title || kind::is_distanced(doc.text, quotes[q].span)
        }) {
            continue;
        }
        let source = citations.source(i, sources[i].as_ref());
        found.push(Claim {
            attribution: attribution(doc, quotes, cue, source.as_ref(), content, &resolve),
            cue_kind: cue.kind,
            quote,
        });
    }
    without_cues_inside_sources(doc.text, found)
}

/// One attribution from the products of the stages: the cue, its source
/// (resolved by `resolve`) and its content.
fn attribution(
    doc: &Document,
    quotes: &[Quote],
    cue: &Cue,
    source: Option<&SourceTokens>,
    content: Option<Content>,
    resolve: impl Fn(&Range<usize>) -> (SourceMention, SourceKind),
) -> Attribution {
    let (source_mention, source_kind) = match source {
        Some(s) => {
            let (mention, kind) = resolve(&s.tokens);
            (Some(mention), kind)
        }
        None => (None, SourceKind::Unknown),
    };
    Attribution {
        cue: span_of(doc, &cue.tokens),
        source: source_mention,
        source_kind,
        via: source.and_then(|s| s.via.as_ref()).map(|v| resolve(v).0),
        content: content.map(|c| match c.quote {
            Some(_) => c.span,
            None => content::clip_to_quotes(doc.text, quotes, c.span),
        }),
        direct: content.is_some_and(|c| c.quote.is_some()),
        hedged: false,
    }
}

/// The claims without those whose cue lies inside another claim's source
/// phrase, via included ("cited" in "sources cited by X say").
fn without_cues_inside_sources(text: &str, claims: Vec<Claim>) -> Vec<Claim> {
    // (phrase, owner): a source and its via taken together.
    let mut phrases: Vec<(Span, usize)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let source = c.attribution.source?.span;
            let via = c.attribution.via.map(|v| v.span);
            Some((phrase_with_via(text, source, via), i))
        })
        .collect();
    phrases.sort();
    let inside = |i: usize, cue: Span| {
        let after = phrases.partition_point(|(p, _)| p.start <= cue.start);
        phrases[..after]
            .iter()
            .rev()
            .take(4)
            .any(|&(p, owner)| owner != i && p.contains(cue))
    };
    let keep: Vec<bool> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| !inside(i, c.attribution.cue))
        .collect();
    claims
        .into_iter()
        .zip(keep)
        .filter_map(|(c, keep)| keep.then_some(c))
        .collect()
}

/// A source phrase with its via: one phrase when the via follows the
/// source ("sources cited by X") or cites it ("X, which cited two
/// officials"), the source alone when the via opens the sentence apart
/// from it ("In an interview with X, Ana said").
fn phrase_with_via(text: &str, source: Span, via: Option<Span>) -> Span {
    match via {
        Some(via) if via.start >= source.end => source.cover(via),
        Some(via) => {
            let between = &text[via.end.min(source.start)..source.start];
            let cites = between.split(|c: char| !c.is_alphabetic()).any(is_cited);
            if cites {
                source.cover(via)
            } else {
                source
            }
        }
        None => source,
    }
}
