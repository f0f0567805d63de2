//! Where a reported clause read rightward from its cue ends: at a
//! semicolon, at a comma that opens the writer's aside ("…, which
//! surprised no one"), and, when the cue stands in a clause that opens
//! the sentence ("Although she praised the crew, the board …"), at the
//! comma where the main clause takes over.

use crate::detect::attributions::context::{Context, QuotePlace};
use crate::detect::attributions::cues::Cue;
use crate::document::Document;
use crate::lexicon;

/// Where a reported clause read from token `start` after `cue` ends:
/// before an aside, and inside a clause that opens the sentence, where
/// the main clause takes over.
pub fn find(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    sentence_start: usize,
    start: usize,
    end: usize,
) -> usize {
    let end = aside_start(doc, context, start, end);
    if in_opening_clause(doc, context, cue, sentence_start) {
        opening_clause_end(doc, context, start, end)
    } else {
        end
    }
}

/// Whether `cue` stands in a clause that opens its sentence: the cue
/// opens the sentence ("Asked whether …, most voters said …") or a
/// subordinating word does, with no comma before the cue ("When she told
/// reporters …, the mayor …", not "When …, the mayor said …").
fn in_opening_clause(doc: &Document, context: &Context, cue: &Cue, sentence_start: usize) -> bool {
    cue.tokens.start == sentence_start
        || lexicon::SUBORDINATORS.contains(&doc.word(sentence_start).to_lowercase().as_str())
            && !(sentence_start..cue.tokens.start)
                .any(|t| doc.word(t) == "," && context.place[t] == QuotePlace::Outside)
}

/// The end of a reported clause inside an opening clause: the first
/// comma from `start` outside quotations or closing one ("…,”"), where
/// the main clause takes over, or `end`.
fn opening_clause_end(doc: &Document, context: &Context, start: usize, end: usize) -> usize {
    (start + 1..end)
        .find(|&t| {
            doc.word(t) == ","
                && (context.place[t] == QuotePlace::Outside
                    || context.place.get(t + 1) == Some(&QuotePlace::Closing))
        })
        .unwrap_or(end)
}

/// Where a reported clause from `start` ends: at a semicolon or a comma
/// that opens an aside, outside quotations, or at `end`.
fn aside_start(doc: &Document, context: &Context, start: usize, end: usize) -> usize {
    (start + 1..end.saturating_sub(1))
        .find(|&t| {
            context.place[t] == QuotePlace::Outside
                && (doc.word(t) == ";"
                    || doc.word(t) == ","
                        && lexicon::ASIDE_OPENERS
                            .contains(&doc.word(t + 1).to_lowercase().as_str()))
        })
        .unwrap_or(end)
}
