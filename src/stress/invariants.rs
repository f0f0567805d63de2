//! What every annotation must keep, whatever the input: spans in bounds,
//! on char boundaries, start ≤ end, tokens in order, indices that point
//! at something, and UTF-16 offsets that slice the input to the same
//! text as the byte spans they come from.

use crate::output::to_contract;
use crate::span::Span;
use crate::Analysis;

/// Checks `analysis` of `text`; the error says which rule broke.
pub fn check(text: &str, analysis: &Analysis) -> Result<(), String> {
    let spans = byte_spans(analysis);
    for (what, span) in &spans {
        check_span(text, *span, what)?;
    }
    let doc = &analysis.document;
    if doc.tokens.iter().any(|t| t.span.is_empty()) {
        return Err("an empty token".into());
    }
    if doc
        .tokens
        .windows(2)
        .any(|p| p[0].span.end > p[1].span.start)
    {
        return Err("tokens overlap or are out of order".into());
    }
    let found = &analysis.annotations;
    for quote in &found.quotes {
        if !quote.span.contains(quote.inner) {
            return Err("a quotation's inner span lies outside it".into());
        }
        if quote
            .attribution
            .is_some_and(|a| a >= found.attributions.len())
        {
            return Err("a quotation points at no attribution".into());
        }
    }
    let linked = found
        .attributions
        .iter()
        .flat_map(|a| a.source.iter().chain(&a.via));
    if linked
        .filter_map(|m| m.entity)
        .any(|e| e >= found.entities.len())
    {
        return Err("a source points at no entity".into());
    }
    check_utf16(text, analysis, &spans)
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), String> {
    if span.start > span.end {
        Err(format!(
            "{what}: start {} after end {}",
            span.start, span.end
        ))
    } else if span.end > text.len() {
        Err(format!("{what}: end {} past the text", span.end))
    } else if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        Err(format!(
            "{what}: {}..{} not on char boundaries",
            span.start, span.end
        ))
    } else {
        Ok(())
    }
}

/// Every byte span of the analysis that the contract converts, in the
/// order [`contract_spans`] lists their UTF-16 counterparts.
fn byte_spans(analysis: &Analysis) -> Vec<(&'static str, Span)> {
    let doc = &analysis.document;
    let found = &analysis.annotations;
    let mut out = Vec::new();
    for mention in found.entities.iter().flat_map(|e| &e.mentions) {
        out.push(("mention", mention.span));
        out.extend(mention.role.map(|r| ("role", r)));
    }
    out.extend(found.quotes.iter().map(|q| ("quote", q.span)));
    for a in &found.attributions {
        out.push(("cue", a.cue));
        out.extend(a.source.iter().map(|m| ("source", m.span)));
        out.extend(a.via.iter().map(|m| ("via", m.span)));
        out.extend(a.content.map(|c| ("content", c)));
    }
    out.extend(found.hedges.iter().map(|h| ("hedge", h.span)));
    out.extend(doc.sentences.iter().map(|s| ("sentence", s.span)));
    out.extend(doc.markup.iter().map(|&m| ("markup", m)));
    out
}

/// A UTF-16 range, or any other pair of numbers.
type Pair = (usize, usize);

/// The UTF-16 ranges of the contract document, in [`byte_spans`] order,
/// and its most hedged blocks as (hedges, start).
fn contract_spans(analysis: &Analysis) -> (Vec<Pair>, Vec<Pair>) {
    let c = to_contract(analysis);
    let mut out = Vec::new();
    for m in c.entities.iter().flat_map(|e| &e.mentions) {
        out.push((m.start, m.end));
        out.extend(m.role.as_ref().map(|r| (r.start, r.end)));
    }
    out.extend(c.quotes.iter().map(|q| (q.start, q.end)));
    for a in &c.attributions {
        out.push((a.cue.start, a.cue.end));
        out.extend(a.source.iter().map(|m| (m.start, m.end)));
        out.extend(a.via.iter().map(|m| (m.start, m.end)));
        out.extend(a.content.as_ref().map(|r| (r.start, r.end)));
    }
    out.extend(c.hedges.iter().map(|h| (h.start, h.end)));
    out.extend(c.sentences.iter().map(|s| (s.start, s.end)));
    out.extend(c.markup.iter().map(|m| (m.start, m.end)));
    let hedged = c.summary.most_hedged.iter();
    let ranked: Vec<Pair> = hedged.map(|b| (b.hedges, b.start)).collect();
    (out, ranked)
}

fn check_utf16(text: &str, analysis: &Analysis, spans: &[(&str, Span)]) -> Result<(), String> {
    let (ranges, ranked) = contract_spans(analysis);
    if ranges.len() != spans.len() {
        return Err(format!(
            "{} byte spans but {} UTF-16 ranges",
            spans.len(),
            ranges.len()
        ));
    }
    let units: Vec<u16> = text.encode_utf16().collect();
    for ((what, span), &(start, end)) in spans.iter().zip(&ranges) {
        let sliced = units
            .get(start..end)
            .map(String::from_utf16)
            .ok_or_else(|| format!("{what}: UTF-16 {start}..{end} outside the text"))?
            .map_err(|_| format!("{what}: UTF-16 {start}..{end} splits a surrogate pair"))?;
        if sliced != span.slice(text) {
            return Err(format!(
                "{what}: UTF-16 {start}..{end} is not the byte span's text"
            ));
        }
    }
    // "most hedges first, ties in text order" (docs/SCHEMA.md).
    if ranked
        .windows(2)
        .any(|p| p[0].0 < p[1].0 || p[0].0 == p[1].0 && p[0].1 > p[1].1)
    {
        return Err("most_hedged is not ranked by hedges, then text order".into());
    }
    Ok(())
}
