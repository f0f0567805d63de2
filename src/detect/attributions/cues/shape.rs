//! How a run of tokens the model marks becomes a cue: punctuation and
//! names off its edges, particles, a preposition and auxiliaries drawn in,
//! an adverb alone where there is one, and a verb joined with the
//! participle that carries its message.

use super::super::context::{Context, QuotePlace};
use super::super::predicates;
use super::fixed::{opens_with_poll, ADVERBS};
use super::{Cue, CueKind};
use crate::detect::lexicon::{is_speech_verb, DATING_WORDS, VERB_FILLERS};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use std::ops::Range;

/// Words that continue a cue verb ("pointed out", "went on to say").
const PARTICLES: &[&str] = &["out", "back", "say", "tell", "add", "note"];

/// Prepositions that belong to the cue before them ("worried about",
/// "called for", "accused of"): in the training articles most cue words
/// other than "say" and "tell" that one of these follows take it in.
const CUE_PREPOSITIONS: &[&str] = &["about", "against", "for", "of", "on", "upon", "with"];

/// The forms of "say" and "tell", after which these prepositions start
/// what follows ("said on Monday", "told of").
const SAY_OR_TELL: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling",
];

/// Shapes the run `tokens` of sentence `sentence` into a cue and adds it
/// to `cues`.
pub(super) fn push(
    doc: &Document,
    context: &Context,
    cues: &mut Vec<Cue>,
    tokens: Range<usize>,
    sentence: usize,
) {
    // Punctuation at the edges of a run is not part of the cue, unless the
    // cue is a colon alone.
    let mut tokens = tokens;
    while tokens.len() > 1 && doc.tokens[tokens.end - 1].kind == TokenKind::Punct {
        tokens.end -= 1;
    }
    while tokens.len() > 1 && doc.tokens[tokens.start].kind == TokenKind::Punct {
        tokens.start += 1;
    }
    // A name next to the cue is its source, not part of it ("said Ana").
    let is_name = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word
            && doc.word(t).starts_with(char::is_uppercase)
            && !doc.word(t).eq_ignore_ascii_case("according")
    };
    while tokens.len() > 1 && is_name(tokens.end - 1) {
        tokens.end -= 1;
    }
    while tokens.len() > 1 && is_name(tokens.start) {
        tokens.start += 1;
    }
    // Particles complete a phrasal verb: "pointed out", "went on to say".
    let sentence_end = doc.sentences[sentence].tokens.end;
    while tokens.end < sentence_end && tokens.len() < 4 {
        let next = context.lower(tokens.end);
        let continues = PARTICLES.contains(&next)
            || matches!(next, "on" | "to")
                && tokens.end + 1 < sentence_end
                && matches!(
                    doc.word(tokens.end + 1),
                    "to" | "say" | "tell" | "add" | "note"
                );
        if !continues {
            break;
        }
        tokens.end += 1;
    }
    // A preposition completes a cue other than "say" or "tell": "talked
    // about", "called for", "criticism of".
    let last = context.lower(tokens.end - 1);
    // ... unless it opens a date ("warned on Monday").
    let dated =
        tokens.end + 1 < sentence_end && DATING_WORDS.contains(&context.lower(tokens.end + 1));
    if tokens.end < sentence_end
        && !SAY_OR_TELL.contains(&last)
        && !dated
        && CUE_PREPOSITIONS.contains(&context.lower(tokens.end))
    {
        tokens.end += 1;
    }
    // Auxiliaries before a verb belong to the cue: "has also said".
    let sentence_start = doc.sentences[sentence].tokens.start;
    while tokens.start > sentence_start
        && tokens.len() < 6
        && VERB_FILLERS.contains(&context.lower(tokens.start - 1))
    {
        tokens.start -= 1;
    }
    // "has reportedly": the adverb alone is the cue.
    if let Some(adverb) = tokens
        .clone()
        .find(|&t| ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(doc.word(t))))
    {
        tokens = adverb..adverb + 1;
    }
    let first = context.lower(tokens.start);
    let sentence_range = doc.sentences[sentence].tokens.clone();
    let poll_opening = tokens.start == sentence_range.start && opens_with_poll(doc, sentence_range);
    let kind = if first == "according" || poll_opening {
        CueKind::AccordingTo
    } else if ADVERBS.contains(&first) {
        CueKind::Adverb
    } else if doc.word(tokens.start) == ":" {
        CueKind::Colon
    } else {
        CueKind::Verb
    };
    cues.push(Cue {
        tokens,
        sentence,
        kind,
    });
}

/// Things issued that carry a message ("a statement saying").
const MESSAGE_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "email",
    "e-mail",
    "note",
    "release",
    "post",
    "tweet",
    "video",
    "ad",
    "message",
    "memo",
    "editorial",
    "op-ed",
    "report",
    "filing",
    "advertisement",
    "notice",
];

/// The most words between a verb and the participle that carries its
/// message ("issued a statement on Friday evening saying").
const PARTICIPLE_REACH: usize = 8;

/// Joins a verb cue and a speech participle after it into one cue when
/// the words between are the verb's object or its time, not a clause of
/// their own: "issued a statement saying", "said, repeating", "pivoted to
/// arguing" are one act of saying.
pub(super) fn join_participles(
    doc: &Document,
    context: &Context,
    cues: &mut Vec<Cue>,
    first: usize,
) {
    let mut i = first;
    while i + 1 < cues.len() {
        let (a, b) = (&cues[i], &cues[i + 1]);
        let gap = a.tokens.end..b.tokens.start;
        let participle = context.lower(b.tokens.end - 1);
        let joins = a.kind == CueKind::Verb
            && b.kind == CueKind::Verb
            && gap.len() <= PARTICIPLE_REACH
            && participle.ends_with("ing")
            && (is_speech_verb(participle) || predicates::is_predicate(participle))
            && gap
                .clone()
                .any(|t| MESSAGE_NOUNS.contains(&context.lower(t)))
            && gap.clone().all(|t| {
                context.place[t] == QuotePlace::Outside
                    && !matches!(doc.word(t), "that" | ";" | ":" | "and" | "but" | "while")
            });
        if joins {
            cues[i].tokens.end = cues[i + 1].tokens.end;
            cues.remove(i + 1);
        } else {
            i += 1;
        }
    }
}
