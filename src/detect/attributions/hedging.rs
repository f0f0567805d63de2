//! Hedging: the one place that decides whether an attribution is hedged,
//! once the hedges are known (they are found after the quotations are
//! credited, since a hedge inside a quotation is the speaker's).

use crate::annotation::{Attribution, Hedge, SourceKind};
use crate::detect::attributions::cues::table::row;
use crate::detect::attributions::cues::CueKind;
use crate::lexicon::{HEDGING_VERBS, REPORTING_ADVERBS};
use crate::span::Span;

/// The attributions (whose cues are of `cue_kinds`, in the same order)
/// with `hedged` decided, given the `hedges` of the text (in text order).
pub fn decide(
    text: &str,
    attributions: Vec<Attribution>,
    cue_kinds: &[CueKind],
    hedges: &[Hedge],
) -> Vec<Attribution> {
    attributions
        .into_iter()
        .zip(cue_kinds.iter().copied())
        .map(|(attribution, cue_kind)| Attribution {
            hedged: is_hedged(text, &attribution, cue_kind, hedges),
            ..attribution
        })
        .collect()
}

/// Whether `attribution` is hedged: its cue is a
/// hedge (a cue kind that hedges, a reporting adverb such as
/// "reportedly", a hedging verb such as "suggest", or a writer's hedge
/// over it: "is said to"), its source is anonymous or a vague group or
/// holds a hedge ("many experts"), or its content holds a writer's hedge
/// (not one inside a quotation). `cue_kind` is the kind of its cue and
/// `hedges` must be in text order.
pub fn is_hedged(
    text: &str,
    attribution: &Attribution,
    cue_kind: CueKind,
    hedges: &[Hedge],
) -> bool {
    let cue_words = attribution.cue.slice(text).to_lowercase();
    let hedging_cue = row(cue_kind).hedges
        || REPORTING_ADVERBS.contains(cue_words.as_str())
        || HEDGING_VERBS.contains(cue_words.as_str());
    let vague_source = matches!(
        attribution.source_kind,
        SourceKind::Anonymous | SourceKind::UnnamedGroup
    );
    let overlaps = |span: Span| {
        let first = hedges.partition_point(|h| h.span.end <= span.start);
        hedges[first..]
            .iter()
            .take_while(|h| h.span.start < span.end)
            .any(|h| h.span.overlaps(span))
    };
    let writer_hedge_in = |span: Span| {
        let first = hedges.partition_point(|h| h.span.start < span.start);
        hedges[first..]
            .iter()
            .take_while(|h| h.span.end <= span.end)
            .any(|h| !h.in_quote)
    };
    hedging_cue
        || vague_source
        || overlaps(attribution.cue)
        || attribution.source.is_some_and(|s| overlaps(s.span))
        || attribution.content.is_some_and(writer_hedge_in)
}
