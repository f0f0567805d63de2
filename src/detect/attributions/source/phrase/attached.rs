//! What a source phrase carries along, read with the phrase: the
//! relative clause that describes it after a comma ("according to the
//! mayor, who spoke at the harbour, …"), a "who" clause or a bracket
//! between it and its cue ("Officials who asked not to be named said",
//! "Ana Ruiz (D-Calden) said"), and the name signing a quotation after a
//! dash.

use super::{
    anonymity_clause_end, is_break, is_conjunction, phrase_before, SourceTokens, MAX_SOURCE,
};
use crate::detect::attributions::context::Context;
use crate::document::Document;

/// "Ana Ruiz (D-Calden) said", "Ana Ruiz — who … — said": the phrase
/// before the bracket or dash that closes at `previous`, through to the
/// cue's `left` edge.
pub fn bracketed_subject(
    doc: &Document,
    context: &Context,
    previous: usize,
    left: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let opener = if doc.word(previous) == ")" {
        "("
    } else {
        doc.word(previous)
    };
    let open = (sentence_start.max(previous.saturating_sub(30))..previous)
        .rev()
        .find(|&t| doc.word(t) == opener)?;
    let head = phrase_before(doc, context, open, sentence_start)?;
    Some(SourceTokens {
        tokens: head.tokens.start..left,
        via: None,
    })
}

/// "Officials who asked not to be named said": the noun phrase before a
/// "who" clause that runs, without punctuation, up to the cue; the "who"
/// alone when a conjunction joins it to an earlier clause ("… and who
/// said"), unless it keeps the source unnamed.
pub fn relative_subject(
    doc: &Document,
    context: &Context,
    left: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let floor = sentence_start.max(left.saturating_sub(MAX_SOURCE));
    let who_before = |end: usize, floor: usize| {
        (floor..end)
            .rev()
            .take_while(|&t| !is_break(doc.word(t)) && context.same_side(t, left))
            .find(|&t| doc.word(t).eq_ignore_ascii_case("who"))
    };
    let mut who = who_before(left, floor)?;
    // "the clerks who counted the votes and who said", "Ana Ruiz, who …,
    // and who said": a second relative clause, joined to an earlier one;
    // "who" stands for the noun further back. When it keeps the source
    // unnamed ("a man who lives here and who asked not to be named said")
    // the noun and both clauses are the source, as for one such clause.
    if who > sentence_start && is_conjunction(doc.word(who - 1)) {
        let first = who_before(who - 1, sentence_start.max(who.saturating_sub(MAX_SOURCE)));
        match first.filter(|_| anonymity_clause_end(doc, who, left).is_some()) {
            Some(first) => who = first,
            None => {
                return Some(SourceTokens {
                    tokens: who..who + 1,
                    via: None,
                })
            }
        }
    }
    let head = phrase_before(doc, context, who, sentence_start)?;
    Some(SourceTokens {
        tokens: head.tokens.start..left,
        via: None,
    })
}

/// The longest relative clause after a source followed, in tokens.
const MAX_RELATIVE: usize = 20;

/// Where a source ending at `end` ends with the relative clause that
/// describes it between commas ("according to the mayor, who spoke at the
/// harbour, …"); `end` itself when none follows.
pub fn relative_clause_end(
    doc: &Document,
    context: &Context,
    end: usize,
    sentence_end: usize,
) -> usize {
    let opens = end + 1 < sentence_end
        && doc.word(end) == ","
        && matches!(doc.word(end + 1).to_lowercase().as_str(), "who" | "whose");
    if !opens {
        return end;
    }
    (end + 2..sentence_end.min(end + 2 + MAX_RELATIVE))
        .take_while(|&t| context.same_side(t, end))
        .find(|&t| doc.word(t) == ",")
        .unwrap_or(end)
}

/// The name signing a quotation after a dash, up to a comma, a period or
/// the end of its line.
pub fn signature_name(doc: &Document, start: usize, end: usize) -> Option<SourceTokens> {
    let mut stop = start;
    while stop < end
        && stop - start < 8
        && !matches!(doc.word(stop), "," | "." | ";")
        && (stop == start
            || !doc.text[doc.tokens[stop - 1].span.end..doc.tokens[stop].span.start].contains('\n'))
    {
        stop += 1;
    }
    (stop > start).then_some(SourceTokens {
        tokens: start..stop,
        via: None,
    })
}
