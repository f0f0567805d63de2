//! The features the accept step reads for one candidate attribution, the
//! things a reader weighs before calling it one: the cue's words, head and
//! how it was found, the verb's helpers (tense, modal, "to"), whether a
//! source was found and what kind (a pronoun, a name, a description, none)
//! and how far from the cue, whether there is content, how long and
//! whether it is a quotation, where the sentence stands and the words
//! around the cue. Hashed into [`BUCKETS`] like the cue model's features;
//! training and detection share this code.

use super::super::features::{stem, yes, DIGITS};
use super::super::predicates::{is_doing_verb, is_predicate};
use super::super::{Cue, CueKind, Origin};
use crate::annotation::{Attribution, SourceKind};
use crate::detect::attributions::context::{Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::learned::hash;
use crate::lexicon::{is_speech_verb, is_verb_filler, CORE_SPEECH_VERBS, SUBJECT_PRONOUNS};
use crate::span::Span;
use std::ops::Range;

/// How many weight buckets the features are hashed into (a power of two).
pub const BUCKETS: usize = 1 << 16;

/// One feature: its template's name, hashed at compile time, and its
/// values, pushed to `$out` as a bucket.
macro_rules! push {
    ($out:expr, $name:literal $(, $part:expr)*) => {{
        const SEED: u64 = hash::template($name);
        $out.push(bucket_from(SEED, &[$($part),*]));
    }};
}

/// What the features see of one candidate.
struct Candidate<'a> {
    /// The cue's head: its first word that does not only help a verb.
    head: &'a str,
    origin: &'static str,
    kind: &'static str,
    source: &'static str,
    content: &'static str,
}

/// Appends the hashed features of `attributions[i]`, made of `cue`, to
/// `out`; the others (the candidates of the same document, in text
/// order) say whether it lies inside another's content or shares it.
pub fn features(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    attributions: &[&Attribution],
    i: usize,
    out: &mut Vec<u32>,
) {
    let attribution = attributions[i];
    let tokens = cue.tokens.clone();
    let head_token = tokens
        .clone()
        .find(|&t| !is_verb_filler(context.lower(t)) && context.lower(t) != "to")
        .unwrap_or(tokens.end - 1);
    let head = context.lower(head_token);
    let candidate = Candidate {
        head: stem(head),
        origin: origin_name(cue.origin),
        kind: kind_name(cue.kind),
        source: source_class(doc, context, attribution),
        content: content_class(attribution),
    };
    push!(out, "b");
    cue_features(doc, context, cue, head_token, &candidate, out);
    source_features(doc, context, cue, attribution, &candidate, out);
    content_features(doc, cue, attribution, &candidate, out);
    place_features(doc, context, cue, out);
    neighbour_features(attributions, i, &candidate, out);
}

/// How far apart (in bytes) two cues count as close.
const SAME_SENTENCE_BYTES: usize = 120;

/// How many candidates either side the neighbour features look at.
const NEIGHBOURS: usize = 6;

/// Whether the cue lies inside a nearby candidate's content (an
/// attribution reported inside another), and whether its content is
/// another's too.
fn neighbour_features(attributions: &[&Attribution], i: usize, c: &Candidate, out: &mut Vec<u32>) {
    let this = attributions[i];
    let near = attributions
        .iter()
        .enumerate()
        .skip(i.saturating_sub(NEIGHBOURS))
        .take(2 * NEIGHBOURS + 1)
        .filter(|&(j, _)| j != i)
        .map(|(_, a)| a);
    let (mut inside, mut shared, mut before, mut after) = ("none", false, 0, 0);
    let line = |a: &Attribution| a.cue.start;
    for other in near {
        // Candidates of the same sentence, roughly: within a line's reach.
        let gap = line(other).abs_diff(line(this));
        if gap < SAME_SENTENCE_BYTES {
            if other.cue.start < this.cue.start {
                before += 1;
            } else {
                after += 1;
            }
        }
        if other.content.is_some_and(|k| k.contains(this.cue)) {
            inside = if other.direct { "quote" } else { "clause" };
        }
        shared |= matches!((other.content, this.content), (Some(a), Some(b)) if a.overlaps(b));
    }
    push!(out, "inside", inside);
    push!(out, "inside-head", inside, c.head);
    push!(out, "inside-source-content", inside, c.source, c.content);
    push!(out, "shared", yes(shared), c.content);
    push!(out, "shared-source", yes(shared), c.source);
    let (before, after) = (DIGITS[before.min(2)], DIGITS[after.min(2)]);
    push!(out, "nearby", before, after);
    push!(out, "nearby-origin", before, after, c.origin);
    push!(out, "nearby-inside", before, after, inside);
}

/// The cue's words, head and helpers, and how it was found.
fn cue_features(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    head_token: usize,
    c: &Candidate,
    out: &mut Vec<u32>,
) {
    let (origin, kind, head) = (c.origin, c.kind, c.head);
    push!(out, "origin", origin);
    let score = match cue.origin {
        Origin::Model(s) | Origin::Fallback(s) => score_band(s),
        Origin::Fixed | Origin::Mark => "-",
    };
    push!(out, "origin-score", origin, score);
    push!(out, "kind", kind);
    push!(out, "head", head);
    push!(out, "head-origin", head, origin);
    let words: Vec<&str> = cue
        .tokens
        .clone()
        .take(4)
        .map(|t| context.lower(t))
        .collect();
    let words = words.join(" ");
    push!(out, "words", &words);
    push!(out, "length", DIGITS[cue.tokens.len().min(4)]);
    let word = context.lower(head_token);
    let class = if CORE_SPEECH_VERBS.contains(doc.word(head_token)) {
        "core"
    } else if is_speech_verb(word) {
        "speech"
    } else if is_predicate(word) {
        "predicate"
    } else if is_doing_verb(word) {
        "doing"
    } else {
        "other"
    };
    push!(out, "class", class);
    push!(out, "class-origin", class, origin);
    // A verb of doing with a speaker and a message is read otherwise than
    // one with neither.
    push!(out, "class-source-content", class, c.source, c.content);
    push!(out, "ending", ending(word));
    push!(out, "head-ending", head, ending(word));
    // The helpers: the words of the cue before its head and the word before
    // the cue ("would", "to", "not", "has been").
    let helpers: Vec<&str> = (cue.tokens.start..head_token)
        .map(|t| context.lower(t))
        .collect();
    let helpers = helpers.join(" ");
    push!(out, "helpers", &helpers);
    push!(out, "helpers-class", &helpers, class);
}

/// Whether a source was found, what kind and how far from the cue.
fn source_features(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    attribution: &Attribution,
    c: &Candidate,
    out: &mut Vec<u32>,
) {
    let (head, source, content) = (c.head, c.source, c.content);
    push!(out, "source", source);
    push!(
        out,
        "source-kind",
        source_kind_name(attribution.source_kind)
    );
    push!(out, "head-source", head, source);
    push!(out, "origin-source", c.origin, source);
    push!(out, "kind-source-content", c.kind, source, content);
    push!(out, "origin-source-content", c.origin, source, content);
    let Some(mention) = attribution.source else {
        return;
    };
    let range = tokens_of(doc, mention.span);
    let last = context.lower(range.end - 1);
    push!(out, "source-last", last);
    push!(out, "source-first", context.lower(range.start));
    push!(out, "source-length", DIGITS[range.len().min(4)]);
    let (side, gap) = if range.end <= cue.tokens.start {
        ("before", cue.tokens.start - range.end)
    } else {
        ("after", range.start.saturating_sub(cue.tokens.end))
    };
    push!(out, "source-side", side, distance_band(gap));
    push!(out, "head-source-side", head, side);
    push!(out, "via", yes(attribution.via.is_some()));
}

/// Whether there is content, how long, whether quoted, and where.
fn content_features(
    doc: &Document,
    cue: &Cue,
    attribution: &Attribution,
    c: &Candidate,
    out: &mut Vec<u32>,
) {
    push!(out, "content", c.content);
    push!(out, "head-content", c.head, c.content);
    push!(out, "origin-content", c.origin, c.content);
    let Some(span) = attribution.content else {
        return;
    };
    let range = tokens_of(doc, span);
    push!(out, "content-length", length_band(range.len()), c.content);
    let side = if range.end <= cue.tokens.start {
        "before"
    } else if range.start >= cue.tokens.end {
        "after"
    } else {
        "around"
    };
    push!(out, "content-side", side, c.content);
    push!(out, "head-content-side", c.head, side);
}

/// Where the cue stands: in its sentence, paragraph and article, and the
/// words around it.
fn place_features(doc: &Document, context: &Context, cue: &Cue, out: &mut Vec<u32>) {
    let sentence = &doc.sentences[cue.sentence];
    let range = sentence.tokens.clone();
    let word = |t: Option<usize>| match t {
        Some(t) if range.contains(&t) => context.lower(t),
        _ => "<s>",
    };
    let (start, end) = (cue.tokens.start, cue.tokens.end);
    let (p1, p2) = (word(start.checked_sub(1)), word(start.checked_sub(2)));
    let (n1, n2) = (word(Some(end)), word(Some(end + 1)));
    push!(out, "p1", p1);
    push!(out, "p2p1", p2, p1);
    push!(out, "n1", n1);
    push!(out, "n1n2", n1, n2);
    push!(out, "from-start", DIGITS[(start - range.start).min(4)]);
    push!(out, "to-end", DIGITS[(range.end - end).min(4)]);
    let first_in_block =
        cue.sentence == 0 || doc.sentences[cue.sentence - 1].block != sentence.block;
    push!(out, "first-in-paragraph", yes(first_in_block));
    push!(out, "sentence", DIGITS[cue.sentence.min(4)]);
    push!(
        out,
        "quoted-sentence",
        yes(context.quoted_sentence[cue.sentence])
    );
    push!(
        out,
        "cue-place",
        yes(context.place[start] == QuotePlace::Outside)
    );
    let words = range
        .clone()
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .count();
    push!(out, "sentence-length", length_band(words));
}

/// The tokens a span of `doc` covers.
fn tokens_of(doc: &Document, span: Span) -> Range<usize> {
    let start = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let end = doc.tokens.partition_point(|t| t.span.start < span.end);
    start..end.max(start + 1).min(doc.tokens.len())
}

/// What the source is: none, a pronoun, a name or a description.
fn source_class(doc: &Document, context: &Context, attribution: &Attribution) -> &'static str {
    let Some(mention) = attribution.source else {
        return "none";
    };
    let range = tokens_of(doc, mention.span);
    let last = range.end - 1;
    if range.len() == 1
        && (doc.is(last, &SUBJECT_PRONOUNS)
            || matches!(context.lower(last), "who" | "which" | "that"))
    {
        "pronoun"
    } else if doc.word(last).starts_with(char::is_uppercase) {
        "name"
    } else {
        "description"
    }
}

fn content_class(attribution: &Attribution) -> &'static str {
    match attribution.content {
        None => "none",
        Some(_) if attribution.direct => "quote",
        Some(_) => "clause",
    }
}

fn origin_name(origin: Origin) -> &'static str {
    match origin {
        Origin::Fixed => "fixed",
        Origin::Model(_) => "model",
        Origin::Fallback(_) => "fallback",
        Origin::Mark => "mark",
    }
}

fn kind_name(kind: CueKind) -> &'static str {
    match kind {
        CueKind::AccordingTo => "according",
        CueKind::Adverb => "adverb",
        CueKind::Colon => "colon",
        CueKind::Verb => "verb",
        CueKind::Signature => "signature",
    }
}

fn source_kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Person => "person",
        SourceKind::Organization => "organization",
        SourceKind::Anonymous => "anonymous",
        SourceKind::UnnamedGroup => "group",
        SourceKind::Document => "document",
        SourceKind::Unknown => "unknown",
    }
}

/// The tense a verb's ending suggests.
fn ending(word: &str) -> &'static str {
    if word.ends_with("ing") {
        "ing"
    } else if word.ends_with("ed") {
        "ed"
    } else if word.ends_with('s') {
        "s"
    } else {
        "bare"
    }
}

/// A model score (in the cue model's stored units) in a few bands.
fn score_band(score: i32) -> &'static str {
    match score {
        ..=-20 => "-20",
        -19..=-10 => "-10",
        -9..=-1 => "-1",
        0..=9 => "0",
        10..=29 => "10",
        _ => "30",
    }
}

fn distance_band(gap: usize) -> &'static str {
    match gap {
        0 => "0",
        1 => "1",
        2..=4 => "2-4",
        5..=10 => "5-10",
        _ => "far",
    }
}

fn length_band(tokens: usize) -> &'static str {
    match tokens {
        0..=3 => "3",
        4..=8 => "8",
        9..=20 => "20",
        21..=50 => "50",
        _ => "more",
    }
}

/// The bucket of one feature, cut to the table.
fn bucket_from(seed: u64, values: &[&str]) -> u32 {
    (hash::words(seed, values) as usize & (BUCKETS - 1)) as u32
}
