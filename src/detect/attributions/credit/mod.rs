//! Crediting quotations: the one place that makes a quotation speech and
//! ties it to an attribution: the quotation a cue takes as its content,
//! one that follows a credited quotation with no cue of its own, and the
//! few words quoted inside reported speech ([`partial`]).

pub mod partial;

use crate::annotation::{Attribution, Quote, QuoteKind};
use crate::detect::attributions::source::via::is_cited;
use crate::document::Document;
use crate::span::Span;

/// Credits the quotations: `credited` pairs a quotation with the
/// attribution (an index into `found`) whose content it is. Drops the
/// attributions whose cue lies inside another's source first.
pub fn credit(
    doc: &Document,
    quotes: &mut [Quote],
    found: &mut Vec<Attribution>,
    mut credited: Vec<(usize, usize)>,
) {
    drop_cues_inside_sources(doc.text, found, &mut credited);
    for &(q, a) in &credited {
        if quotes[q].attribution.is_none() {
            quotes[q].attribution = Some(a);
            quotes[q].kind = QuoteKind::Speech;
        }
    }
    credit_following_quotes(doc, quotes, found);
    partial::credit(doc.text, quotes, found);
}

/// Drops attributions whose cue lies inside another attribution's source
/// phrase, via included ("cited" in "sources cited by X say"),
/// renumbering the credits.
fn drop_cues_inside_sources(
    text: &str,
    found: &mut Vec<Attribution>,
    credited: &mut Vec<(usize, usize)>,
) {
    // (phrase, owner): a source and its via taken together.
    let mut phrases: Vec<(Span, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let source = a.source?.span;
            Some((phrase_with_via(text, source, a.via.map(|v| v.span)), i))
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
    let keep: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(i, a)| !inside(i, a.cue))
        .collect();
    let mut new_index = Vec::with_capacity(found.len());
    let mut next = 0;
    for &k in &keep {
        new_index.push(next);
        next += usize::from(k);
    }
    credited.retain(|&(_, a)| keep[a]);
    for (_, a) in credited.iter_mut() {
        *a = new_index[*a];
    }
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap_or(&true));
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

/// Credits a speech quotation with no cue of its own to the direct
/// attribution before it in the same paragraph or the paragraph before
/// ("“…,” she said. “…”" and a bare quote paragraph after a quoted one).
fn credit_following_quotes(doc: &Document, quotes: &mut [Quote], found: &[Attribution]) {
    let mut last: Option<(usize, usize)> = None; // (attribution, block)
    let mut a = 0;
    for quote in quotes.iter_mut() {
        let start = quote.span.start;
        while a < found.len() && found[a].cue.end <= start {
            if found[a].direct && found[a].source.is_some() {
                let block = block_of(doc, found[a].cue.start);
                last = Some((a, block));
            }
            a += 1;
        }
        if quote.attribution.is_some() || quote.kind != QuoteKind::Speech {
            continue;
        }
        let Some((attribution, block)) = last else {
            continue;
        };
        let here = block_of(doc, start);
        if here <= block + 1 {
            quote.attribution = Some(attribution);
        }
    }
}

/// The index of the block holding (or, between blocks, following) byte `at`.
fn block_of(doc: &Document, at: usize) -> usize {
    doc.blocks.partition_point(|b| b.span.end <= at)
}
