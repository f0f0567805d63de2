//! Hedges: words that make a claim less firm, told apart by context.

use crate::annotation::{Hedge, HedgeKind, Quote};
use crate::document::Document;
use crate::span::Span;

/// Single-word cues and their kinds.
const WORD_CUES: &[(&str, HedgeKind)] = &[
    ("may", HedgeKind::Modal),
    ("might", HedgeKind::Modal),
    ("could", HedgeKind::Modal),
    ("possible", HedgeKind::Epistemic),
    ("possibly", HedgeKind::Epistemic),
    ("likely", HedgeKind::Epistemic),
    ("unlikely", HedgeKind::Epistemic),
    ("probably", HedgeKind::Epistemic),
    ("perhaps", HedgeKind::Epistemic),
    ("potential", HedgeKind::Epistemic),
    ("potentially", HedgeKind::Epistemic),
    ("apparently", HedgeKind::Epistemic),
    ("appears", HedgeKind::Epistemic),
    ("seems", HedgeKind::Epistemic),
    ("suggests", HedgeKind::Epistemic),
    ("reportedly", HedgeKind::Reporting),
    ("allegedly", HedgeKind::Reporting),
    ("purportedly", HedgeKind::Reporting),
    ("supposedly", HedgeKind::Reporting),
];

/// Multi-word cues (lower case, token by token).
const PHRASE_CUES: &[(&[&str], HedgeKind)] = &[
    (&["expected", "to"], HedgeKind::Epistemic),
    (&["believed", "to"], HedgeKind::Epistemic),
    (&["said", "to", "be"], HedgeKind::Reporting),
    (&["some", "say"], HedgeKind::Weasel),
    (&["it", "is", "believed"], HedgeKind::Weasel),
    (&["many", "experts"], HedgeKind::Weasel),
    (&["critics", "claim"], HedgeKind::Weasel),
];

/// Finds hedge cues in the text blocks of `doc`.
pub fn detect(doc: &Document, quotes: &[Quote]) -> Vec<Hedge> {
    let mut hedges = Vec::new();
    for sentence in &doc.sentences {
        if !doc.blocks[sentence.block].kind.is_prose() {
            continue;
        }
        let mut t = sentence.tokens.start;
        while t < sentence.tokens.end {
            if let Some((len, kind)) = phrase_at(doc, t, sentence.tokens.end) {
                push(doc, quotes, t, t + len, kind, &mut hedges);
                t += len;
                continue;
            }
            if let Some(kind) = word_cue(doc, t, sentence.tokens.start, sentence.tokens.end) {
                push(doc, quotes, t, t + 1, kind, &mut hedges);
            }
            t += 1;
        }
    }
    hedges
}

fn phrase_at(doc: &Document, t: usize, end: usize) -> Option<(usize, HedgeKind)> {
    PHRASE_CUES.iter().find_map(|(words, kind)| {
        let fits = t + words.len() <= end
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| doc.word(t + k).eq_ignore_ascii_case(w));
        // "the expected result" is an adjective, not a hedge.
        let adjectival =
            words[0] == "expected" && t > 0 && doc.word(t - 1).eq_ignore_ascii_case("the");
        (fits && !adjectival).then_some((words.len(), *kind))
    })
}

/// The kind of the one-word cue at `t`, if the context makes it a hedge.
fn word_cue(doc: &Document, t: usize, start: usize, end: usize) -> Option<HedgeKind> {
    let word = doc.word(t);
    let lower = word.to_lowercase();
    let kind = WORD_CUES
        .iter()
        .find(|(w, _)| *w == lower)
        .map(|(_, k)| *k)?;
    let next = (t + 1 < end).then(|| doc.word(t + 1).to_lowercase());
    match lower.as_str() {
        // "May" capitalized mid-sentence, or before a number, is the month.
        "may"
            if (word == "May" && t != start)
                || next
                    .as_deref()
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit())) =>
        {
            None
        }
        // "could not", "may not": a negation, not a hedge.
        "may" | "might" | "could"
            if next
                .as_deref()
                .is_some_and(|n| matches!(n, "not" | "n't" | "never")) =>
        {
            None
        }
        _ => Some(kind),
    }
}

fn push(
    doc: &Document,
    quotes: &[Quote],
    first: usize,
    end: usize,
    kind: HedgeKind,
    out: &mut Vec<Hedge>,
) {
    let span = doc.tokens[first].span.cover(doc.tokens[end - 1].span);
    let in_quote = quotes.iter().any(|q| q.inner.contains(span));
    out.push(Hedge {
        span: Span::new(span.start, span.end),
        kind,
        in_quote,
    });
}
