//! Crediting quotations: the one place that makes a quotation speech and
//! ties it to an attribution: the quotation a cue takes as its content,
//! one that follows a credited quotation with no cue of its own, and the
//! few words quoted inside reported speech ([`partial`]).

pub mod partial;

use crate::annotation::{Attribution, Quote, QuoteKind};
use crate::document::Document;

/// The quotations as credited, from the quotations as found (`quotes`)
/// and the attributions (`found`), each taking the quotation `taken`
/// names as its content (the first to take one keeps it): those become
/// speech tied to their attribution, and so do the quotations that
/// follow a credited one and the partial quotations of reported speech.
pub fn credit(
    doc: &Document,
    quotes: &[Quote],
    found: &[Attribution],
    taken: &[Option<usize>],
) -> Vec<Quote> {
    let mut credited = quotes.to_vec();
    for (a, q) in taken.iter().enumerate() {
        let Some(q) = *q else { continue };
        if credited[q].attribution.is_none() {
            credited[q].attribution = Some(a);
            credited[q].kind = QuoteKind::Speech;
        }
    }
    credit_following_quotes(doc, &mut credited, found);
    partial::credit(doc.text, &mut credited, found);
    credited
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
