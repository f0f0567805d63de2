//! The outlet a source comes through: "sources cited by X", "in an
//! interview with X", "according to X, which cited two officials".

use super::phrase::{phrase_after, SourceTokens};
use crate::detect::attributions::context::Context;
use crate::document::Document;
use std::ops::Range;

/// Whether `word` says a source was passed on by another ("cited",
/// "quoted").
pub fn is_cited(word: &str) -> bool {
    word.eq_ignore_ascii_case("cited") || word.eq_ignore_ascii_case("quoted")
}

/// Splits "sources cited by Bloomberg" into the source and the outlet.
pub fn split_via(doc: &Document, source: SourceTokens) -> SourceTokens {
    let range = source.tokens.clone();
    for t in range.start..range.end.saturating_sub(2) {
        if is_cited(doc.word(t)) && doc.word(t + 1) == "by" && t > range.start {
            return SourceTokens {
                tokens: range.start..t,
                via: Some(t + 2..range.end),
            };
        }
    }
    source
}

/// "… in an interview with the Gazette": the outlet a statement reached
/// readers through.
pub fn interview_with(
    doc: &Document,
    context: &Context,
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    let words = ["in", "an", "interview", "with"];
    let at = (from..end.min(from + 6)).find(|&t| {
        t + words.len() < end
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| doc.word(t + k).eq_ignore_ascii_case(w))
    })?;
    phrase_after(doc, context, at + words.len(), end).map(|p| p.tokens)
}

/// "according to the Gazette, which cited two officials, …": the sources
/// the outlet `outlet` cites, with the outlet as their via.
pub fn cited_by_relative(
    doc: &Document,
    context: &Context,
    outlet: &Range<usize>,
    sentence_end: usize,
) -> Option<SourceTokens> {
    let at = outlet.end;
    let opens = at + 3 < sentence_end
        && doc.word(at) == ","
        && matches!(doc.word(at + 1).to_lowercase().as_str(), "which" | "who")
        && is_cited(doc.word(at + 2));
    if !opens {
        return None;
    }
    let cited = phrase_after(doc, context, at + 3, sentence_end)?;
    Some(SourceTokens {
        tokens: cited.tokens,
        via: Some(outlet.clone()),
    })
}
