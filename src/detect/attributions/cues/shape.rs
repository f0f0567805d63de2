//! How a run of tokens the model marks becomes a cue: punctuation and
//! names off its edges, particles, a preposition and auxiliaries drawn in,
//! an adverb alone where there is one, and a verb joined with the
//! participle that carries its message.

use super::super::context::{Context, QuotePlace};
use super::fixed::opens_with_poll;
use super::predicates;
use super::table::according_to;
use super::{Cue, CueKind, Origin};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::{is_dating_word, is_speech_verb, RAISING_VERBS, REPORTING_ADVERBS, WEEKDAYS};
use std::ops::Range;

/// Shapes the run `tokens` of sentence `sentence`, found as `origin`
/// says, into a cue and adds it to `cues`.
pub(super) fn push(
    doc: &Document,
    context: &Context,
    cues: &mut Vec<Cue>,
    tokens: Range<usize>,
    sentence: usize,
    origin: Origin,
) {
    let sentence_range = doc.sentences[sentence].tokens.clone();
    let mut tokens = trim_edges(doc, tokens);
    tokens.end = extend_right(doc, context, tokens.clone(), sentence_range.end);
    tokens.start = extend_left(doc, context, tokens.clone(), sentence_range.start);
    // "has reportedly": the adverb alone is the cue, unless a verb of
    // saying follows it, whose subject is the source ("Lind reportedly
    // said").
    if let Some(adverb) = tokens
        .clone()
        .find(|&t| REPORTING_ADVERBS.contains(doc.word(t).to_ascii_lowercase().as_str()))
    {
        let says = (adverb + 1..tokens.end).any(|t| is_speech_verb(context.lower(t)));
        if !says {
            tokens = adverb..adverb + 1;
        }
    }
    let kind = kind_of(doc, context, &tokens, sentence_range);
    cues.push(Cue {
        tokens,
        sentence,
        kind,
        origin,
    });
}

/// Punctuation at the edges of a run is not part of the cue, unless the
/// cue is a colon alone; nor is a name next to it ("said Ana").
fn trim_edges(doc: &Document, mut tokens: Range<usize>) -> Range<usize> {
    while tokens.len() > 1 && doc.tokens[tokens.end - 1].kind == TokenKind::Punct {
        tokens.end -= 1;
    }
    while tokens.len() > 1 && doc.tokens[tokens.start].kind == TokenKind::Punct {
        tokens.start += 1;
    }
    let is_name = |t: usize| {
        doc.tokens[t].kind == TokenKind::Word
            && doc.word(t).starts_with(char::is_uppercase)
            && !doc.word(t).eq_ignore_ascii_case(according_to()[0])
    };
    while tokens.len() > 1 && is_name(tokens.end - 1) {
        tokens.end -= 1;
    }
    while tokens.len() > 1 && is_name(tokens.start) {
        tokens.start += 1;
    }
    tokens
}

/// Where the cue ends once the particles, the preposition and the tail
/// that complete it are taken in.
fn extend_right(
    doc: &Document,
    context: &Context,
    mut tokens: Range<usize>,
    sentence_end: usize,
) -> usize {
    // Particles complete a phrasal verb: "pointed out", "went on to say".
    while tokens.end < sentence_end && tokens.len() < 4 {
        let next = context.lower(tokens.end);
        let continues = lexicon::CUE_PARTICLES.contains(&next)
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
    tokens.end = raised_infinitive(doc, context, &tokens, sentence_end);
    // A preposition completes a cue: "talked about", "called for",
    // "criticism of"; after "say" or "tell" only "of" does ("said of").
    let last = context.lower(tokens.end - 1);
    // ... unless it opens a date ("warned on Monday").
    let dated = tokens.end + 1 < sentence_end && is_dating_word(context.lower(tokens.end + 1));
    if tokens.end < sentence_end && !dated {
        let next = context.lower(tokens.end);
        let joins = if lexicon::SAY_FORMS.contains(&last) || lexicon::TELL_FORMS.contains(&last) {
            next == "of" && lexicon::SAY_FORMS.contains(&last)
        } else {
            lexicon::CUE_PREPOSITIONS.contains(&next)
        };
        if joins {
            tokens.end += 1;
        }
    }
    tail_end(doc, context, tokens.end, sentence_end)
}

/// Where a cue that ends in a raising verb ends once the verb of saying
/// or thinking it raises is taken in: "seemed to mock", "appears to have
/// acknowledged" (up to "to", "have" and one adverb). A raising verb
/// alone names no source; with that verb its subject is the source.
fn raised_infinitive(
    doc: &Document,
    context: &Context,
    tokens: &Range<usize>,
    sentence_end: usize,
) -> usize {
    let last = tokens.end - 1;
    if !RAISING_VERBS.contains(context.lower(last))
        || tokens.end >= sentence_end
        || context.lower(tokens.end) != "to"
    {
        return tokens.end;
    }
    let is_word = |t: usize| doc.tokens[t].kind == TokenKind::Word;
    let mut t = tokens.end + 1;
    if t < sentence_end && context.lower(t) == "have" {
        t += 1;
    }
    if t + 1 < sentence_end && is_word(t) && context.lower(t).ends_with("ly") {
        t += 1;
    }
    let saying = |w: &str| predicates::is_predicate(w) || is_speech_verb(w);
    if t < sentence_end && is_word(t) && saying(context.lower(t)) {
        t + 1
    } else {
        tokens.end
    }
}

/// Where the cue starts once the auxiliaries before its verb ("has also
/// said") and an infinitive's "to" ("refused to endorse") are taken in.
fn extend_left(
    doc: &Document,
    context: &Context,
    mut tokens: Range<usize>,
    sentence_start: usize,
) -> usize {
    while tokens.start > sentence_start
        && tokens.len() < 6
        && lexicon::is_verb_filler(context.lower(tokens.start - 1))
    {
        tokens.start -= 1;
    }
    let bare = context.lower(tokens.start);
    if tokens.start > sentence_start
        && context.lower(tokens.start - 1) == "to"
        && doc.tokens[tokens.start].kind == TokenKind::Word
        && !bare.ends_with('s')
        && !bare.ends_with("ed")
        && !bare.ends_with("ing")
    {
        tokens.start -= 1;
    }
    tokens.start
}

/// The kind of the cue `tokens` of a sentence spanning `sentence`: its
/// row in the table ([`super::table`]).
fn kind_of(
    doc: &Document,
    context: &Context,
    tokens: &Range<usize>,
    sentence: Range<usize>,
) -> CueKind {
    let first = context.lower(tokens.start);
    let poll_opening = tokens.start == sentence.start && opens_with_poll(doc, sentence);
    if first == according_to()[0] || poll_opening {
        CueKind::AccordingTo
    } else if REPORTING_ADVERBS.contains(first) && tokens.len() == 1 {
        CueKind::Adverb
    } else if doc.word(tokens.start) == ":" {
        CueKind::Colon
    } else {
        CueKind::Verb
    }
}

/// The word a verb takes right after it to make one phrase with it
/// ("referred to", "known as", "hinted at", "shrugged off", "put it").
fn tail_of(word: &str) -> Option<&'static str> {
    let starts = |stems: &[&str]| stems.iter().any(|s| word.starts_with(s));
    if starts(&["refer", "point", "respond", "repl", "object"]) {
        Some("to")
    } else if word == "known" {
        Some("as")
    } else if starts(&["hint"]) || word == "out" {
        Some("at")
    } else if starts(&["shrug"]) {
        Some("off")
    } else if matches!(word, "put" | "puts") {
        Some("it")
    } else {
        None
    }
}

/// Where a cue ending before token `end` ends once its tail is taken in:
/// the word its verb takes ("referred to"), a day or "recently"
/// that dates it ("said Sunday", "said Sunday night"), and the message it was said in ("said in
/// a statement", but not "in an interview with", whose outlet is read
/// separately).
fn tail_end(doc: &Document, context: &Context, end: usize, sentence_end: usize) -> usize {
    let mut end = end;
    let last = context.lower(end - 1);
    if end < sentence_end && tail_of(last) == Some(context.lower(end)) {
        end += 1;
    }
    let possessive = |t: usize| t < sentence_end && matches!(doc.word(t), "'s" | "\u{2019}s");
    if end < sentence_end
        // The dating words open with the seven weekdays.
        && (WEEKDAYS.contains(context.lower(end)) || context.lower(end) == "recently")
        && !possessive(end + 1)
    {
        end += 1;
        // "said Friday afternoon": the part of the day goes with its day.
        if end < sentence_end && lexicon::DATING_PERIODS.contains(context.lower(end)) {
            end += 1;
        }
    }
    if end + 1 < sentence_end && context.lower(end) == "in" {
        let message = (end + 1..sentence_end.min(end + 4))
            .take_while(|&t| doc.tokens[t].kind == TokenKind::Word)
            .find(|&t| lexicon::MESSAGE_NOUNS.contains(&context.lower(t)));
        if let Some(noun) = message {
            let with_follows = noun + 1 < sentence_end && context.lower(noun + 1) == "with";
            if !with_follows {
                end = noun + 1;
            }
        }
    }
    end
}

/// The most words between a verb and the participle that carries its
/// message ("issued a statement on Friday evening saying").
const PARTICIPLE_REACH: usize = 8;

/// Joins a verb cue and a speech participle after it into one cue when
/// the words between are the message it was issued in ("issued a
/// statement saying"), and a verb cue with the infinitive cue right after
/// it ("plans to argue"): each is one act of saying.
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
        // "plans to argue": the infinitive completes the verb before it.
        let infinitive = gap.is_empty() && context.lower(b.tokens.start) == "to";
        let joins = a.kind == CueKind::Verb
            && b.kind == CueKind::Verb
            && (infinitive
                || gap.len() <= PARTICIPLE_REACH
                    && participle.ends_with("ing")
                    && (is_speech_verb(participle) || predicates::is_predicate(participle))
                    && gap
                        .clone()
                        .any(|t| lexicon::MESSAGE_NOUNS.contains(&context.lower(t)))
                    && gap.clone().all(|t| {
                        context.place[t] == QuotePlace::Outside
                            && !matches!(doc.word(t), "that" | ";" | ":" | "and" | "but" | "while")
                    }));
        if joins {
            cues[i].tokens.end = cues[i + 1].tokens.end;
            cues.remove(i + 1);
        } else {
            i += 1;
        }
    }
}
