//! Attribution cues: the words that credit content to a source ("said",
//! "according to", "told", a colon after a speaker's name). Runs of tokens
//! the learned [`cue_model`] scores as cue tokens, plus fixed phrases the
//! model must not miss.
//!
//! [`cue_model`]: super::cue_model

use super::context::{Context, QuotePlace};
use super::{cue_features, cue_model};
use crate::detect::lexicon::{is_speech_verb, DATING_WORDS};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use std::ops::Range;

/// What kind of words a cue is, which decides where its source and
/// content are looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// "according to X": the source follows the cue.
    AccordingTo,
    /// "reportedly", "allegedly": no source.
    Adverb,
    /// "X: “…”": the source before a colon, the quotation after it.
    Colon,
    /// A verb or verbal phrase ("said", "has learned", "told reporters").
    Verb,
    /// "“…” — Ana Ruiz": a dash after a quotation, before the name that
    /// signs it.
    Signature,
}

/// A cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue's tokens.
    pub tokens: Range<usize>,
    /// The sentence it lies in.
    pub sentence: usize,
    /// What kind of words it is.
    pub kind: CueKind,
}

/// Adverbs that attribute to unnamed reports.
const ADVERBS: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly"];

/// Auxiliaries and adverbs drawn into the cue before its verb.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "also",
    "later",
    "previously",
    "repeatedly",
    "recently",
];

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

/// The lowest model score that still makes a cue of the best token in a
/// sentence that quotes someone and has no other cue (in the model's
/// units, [`cue_model::LEVELS`] per perceptron update; chosen on the
/// held-out fifth of the training articles).
const FALLBACK_SCORE: i32 = -118;

/// The same for a sentence that quotes no one: most news sentences
/// attribute something, so a near miss is worth taking there too.
const UNQUOTED_FALLBACK_SCORE: i32 = -40;

/// Finds the cues of every prose sentence of `doc`.
pub fn find(doc: &Document, context: &Context) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut features = Vec::with_capacity(32);
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if !doc.blocks[sentence.block].kind.is_prose() {
            continue;
        }
        let range = sentence.tokens.clone();
        let first_cue = cues.len();
        let mut run: Option<usize> = None;
        // The best-scoring token outside quotations, for a sentence that
        // holds no cue above the threshold.
        let mut best: Option<(i32, usize)> = None;
        for t in range.clone() {
            // "so-called" holds a term at arm's length; no one says it.
            let is_cue = !doc.word(t).eq_ignore_ascii_case("so-called")
                && (is_fixed_cue(doc, t, range.start, range.end)
                    || is_core_verb(doc, context, t)
                    || {
                        features.clear();
                        cue_features::features(doc, context, s, t, &mut features);
                        let score = cue_model::score(&features);
                        if context.place[t] == QuotePlace::Outside
                            && doc.tokens[t].kind == TokenKind::Word
                            && best.is_none_or(|(b, _)| score > b)
                        {
                            best = Some((score, t));
                        }
                        score > 0
                    });
            match (is_cue, run) {
                (true, None) => run = Some(t),
                (false, Some(start)) => {
                    push(doc, context, &mut cues, start..t, s);
                    run = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run {
            push(doc, context, &mut cues, start..range.end, s);
        }
        for t in range.clone() {
            if is_signature_dash(doc, context, t, range.end)
                && !cues[first_cue..].iter().any(|c| c.tokens.contains(&t))
            {
                cues.push(Cue {
                    tokens: t..t + 1,
                    sentence: s,
                    kind: CueKind::Signature,
                });
            }
        }
        if let Some(colon) = speaker_colon(doc, context, range) {
            if !cues[first_cue..].iter().any(|c| c.tokens.contains(&colon)) {
                cues.push(Cue {
                    tokens: colon..colon + 1,
                    sentence: s,
                    kind: CueKind::Colon,
                });
            }
        }
        // A quotation signed on the next line ("… ” — Ana Ruiz") has its cue.
        let signed = doc.sentences.get(s + 1).is_some_and(|next| {
            is_signature_dash(doc, context, next.tokens.start, next.tokens.end)
        });
        let lowest = if context.quoted_sentence[s] {
            FALLBACK_SCORE
        } else {
            UNQUOTED_FALLBACK_SCORE
        };
        if cues.len() == first_cue && !signed {
            if let Some((_, t)) = best.filter(|&(score, _)| score > lowest) {
                push(doc, context, &mut cues, t..t + 1, s);
            }
        }
    }
    cues.sort_by_key(|c| c.tokens.start);
    cues
}

/// "according to" and the reporting adverbs are cues wherever they stand.
fn is_fixed_cue(doc: &Document, t: usize, start: usize, end: usize) -> bool {
    let word = doc.word(t);
    (t == start && opens_with_poll(doc, start..end))
        || (word.eq_ignore_ascii_case("according") && t + 1 < end && doc.word(t + 1) == "to")
        || (word == "to" && t > 0 && doc.word(t - 1).eq_ignore_ascii_case("according"))
        || ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(word))
        || has_learned(doc, t)
}

/// Poll words whose findings a sentence opening "In a … poll," reports.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// How many words may stand between an opening "In" and its poll ("In a
/// Harbor Gazette poll released on Monday,").
const POLL_REACH: usize = 8;

/// "In a Harbor Gazette poll, 52 percent said…": a sentence that opens
/// with "In" and a poll before the first comma credits what follows to the
/// poll, as "according to" would.
fn opens_with_poll(doc: &Document, sentence: Range<usize>) -> bool {
    doc.word(sentence.start) == "In"
        && (sentence.start + 1..sentence.end.min(sentence.start + 1 + POLL_REACH))
            .take_while(|&t| doc.word(t) != ",")
            .any(|t| POLL_NOUNS.contains(&doc.word(t).to_lowercase().as_str()))
}

/// The commonest speech verbs, and any speech verb that introduces a
/// "that"-clause after its subject, are cues wherever they stand outside a
/// quotation, whatever the model says.
fn is_core_verb(doc: &Document, context: &Context, t: usize) -> bool {
    if context.place[t] != QuotePlace::Outside {
        return false;
    }
    let word = doc.word(t);
    if matches!(word, "said" | "says" | "told" | "tells") {
        return true;
    }
    // "Sources note that …": a speech verb after a word, before "that".
    let before = if t > 0 { context.lower(t - 1) } else { "" };
    word.chars().all(char::is_lowercase)
        && is_speech_verb(word)
        && t + 1 < doc.tokens.len()
        && doc.word(t + 1) == "that"
        && t > 0
        && doc.tokens[t - 1].kind == TokenKind::Word
        && !matches!(
            before,
            "to" | "the" | "a" | "an" | "this" | "his" | "her" | "their" | "its"
        )
}

/// A dash right after a quotation's closing mark (in the same paragraph
/// or opening the next), followed by a short capitalized name that ends
/// its line: "“…” — Ana Ruiz".
fn is_signature_dash(doc: &Document, context: &Context, t: usize, end: usize) -> bool {
    let dash = matches!(
        doc.word(t),
        "-" | "--" | "\u{2014}" | "\u{2013}" | "\u{2015}"
    );
    if !dash || t == 0 || context.place[t - 1] != QuotePlace::Closing {
        return false;
    }
    let mut name_end = t + 1;
    while name_end < end
        && name_end - t <= 8
        && !line_breaks_before(doc, name_end)
        && (doc.word(name_end).starts_with(char::is_uppercase)
            || matches!(
                doc.word(name_end),
                "of" | "the" | "," | "." | "'s" | "\u{2019}s"
            ))
    {
        name_end += 1;
    }
    let named = t + 1 < end && doc.word(t + 1).starts_with(char::is_uppercase);
    // "— Ana Ruiz" ending its line, or "— Ana Ruiz, a commuter".
    let line_ends = name_end >= end
        || line_breaks_before(doc, name_end)
        || doc.word(name_end - 1) == "," && name_end - 1 > t + 1;
    named && line_ends
}

/// Whether a line break separates token `t` from the token before it.
fn line_breaks_before(doc: &Document, t: usize) -> bool {
    t > 0 && doc.text[doc.tokens[t - 1].span.end..doc.tokens[t].span.start].contains('\n')
}

/// "X has learned": the reporting outlet's own cue.
fn has_learned(doc: &Document, t: usize) -> bool {
    let word = doc.word(t).to_lowercase();
    let next_is_learned =
        |i: usize| i < doc.tokens.len() && doc.word(i).eq_ignore_ascii_case("learned");
    (matches!(word.as_str(), "has" | "have") && next_is_learned(t + 1))
        || (word == "learned"
            && t > 0
            && matches!(doc.word(t - 1).to_lowercase().as_str(), "has" | "have"))
}

fn push(
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
        && AUXILIARIES.contains(&context.lower(tokens.start - 1))
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

/// "Ana Ruiz: “We…”": a colon after a short name that opens the sentence,
/// right before a quotation.
fn speaker_colon(doc: &Document, context: &Context, range: Range<usize>) -> Option<usize> {
    let colon = (range.start + 1..range.end.min(range.start + 7)).find(|&t| doc.word(t) == ":")?;
    // A short phrase naming someone, with no verb of its own to be the cue:
    // "Ana Ruiz:", "The mayor on Twitter:", "Harbor Gazette editorial:".
    let named = (range.start..colon).any(|t| {
        doc.tokens[t].kind == TokenKind::Word && doc.word(t).starts_with(char::is_uppercase)
    });
    let verbless = (range.start..colon).all(|t| {
        context.place[t] == QuotePlace::Outside && !is_speech_verb(&doc.word(t).to_lowercase())
    });
    let quoted = colon + 1 < range.end && context.place[colon + 1] == QuotePlace::Opening;
    (named && verbless && quoted).then_some(colon)
}
