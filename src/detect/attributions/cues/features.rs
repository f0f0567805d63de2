//! The features the cue model reads for one token: the word, its
//! neighbours, its shape, the kind of word before it (pronoun, name,
//! determiner), whether a "that", a colon or a quotation follows, whether
//! another plain speech cue stands in the sentence, whether it is a word of
//! saying, thinking or judging ([`predicates`]), and where it stands
//! relative to quotations and its sentence. Each feature is hashed into a
//! bucket of the model's weight table; training and detection share this
//! code. What a feature reads of a single token (its lower-case word,
//! stem, suffix, shape, whether it is a predicate) is read once per token
//! by [`Words::new`], not once per feature or per neighbour.

use super::predicates;
use crate::detect::attributions::context::{is_plain_speech_cue, Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::learned::hash;
use crate::lexicon::{ARTICLES_AND_POSSESSIVES, SPEECH_VERBS, SUBJECT_PRONOUNS};
use std::ops::Range;

/// How many weight buckets features are hashed into (a power of two;
/// fewer collide enough to cost accuracy on the held-out articles).
pub const BUCKETS: usize = 1 << 19;

/// What the features read of each token by itself, once per document.
pub struct Words<'a> {
    words: Vec<Word<'a>>,
}

/// One token as the features see it: its lower-case word, stem and last
/// three letters, and facts of the token alone.
#[derive(Clone, Copy)]
struct Word<'a> {
    lower: &'a str,
    stem: &'a str,
    suffix: &'a str,
    shape: &'static str,
    predicate: bool,
    lexical: bool,
    /// A plain speech cue outside quotations ([`is_plain_speech_cue`]).
    plain_cue: bool,
    capitalized: bool,
}

impl<'a> Words<'a> {
    /// Reads every token of `doc`.
    pub fn new(doc: &Document, context: &'a Context) -> Words<'a> {
        let words = (0..doc.tokens.len())
            .map(|t| {
                let lower = context.lower(t);
                let word = doc.word(t);
                let is_word = doc.tokens[t].kind == TokenKind::Word;
                Word {
                    lower,
                    stem: stem(lower),
                    suffix: suffix(lower, 3),
                    shape: shape(doc, t),
                    predicate: predicates::is_predicate(lower),
                    lexical: doc.is(t, &SPEECH_VERBS),
                    plain_cue: context.place[t] == QuotePlace::Outside && is_plain_speech_cue(word),
                    capitalized: is_word && word.starts_with(char::is_uppercase),
                }
            })
            .collect();
        Words { words }
    }
}

/// The word past either end of the sentence.
const EDGE: &str = "<s>";

/// One feature: its template's name, hashed at compile time, and its
/// values, pushed to `$out` as a bucket.
macro_rules! push {
    ($out:expr, $name:literal $(, $part:expr)*) => {{
        const SEED: u64 = hash::template($name);
        $out.push(bucket_from(SEED, &[$($part),*]));
    }};
}

/// What the feature groups share about token `t` of its sentence.
struct View<'a> {
    words: &'a [Word<'a>],
    range: Range<usize>,
    t: usize,
    /// The lower-case word `offset` tokens away, -2 to 2.
    near: [&'a str; 5],
    place: &'static str,
    p1_class: &'static str,
}

impl<'a> View<'a> {
    fn word(&self) -> &Word<'a> {
        &self.words[self.t]
    }
}

/// Appends the hashed features of token `t` of sentence `s` to `out`.
pub fn features(
    doc: &Document,
    context: &Context,
    words: &Words,
    s: usize,
    t: usize,
    out: &mut Vec<u32>,
) {
    let range = doc.sentences[s].tokens.clone();
    let near = [-2, -1, 0, 1, 2].map(|offset: isize| match t.checked_add_signed(offset) {
        Some(i) if range.contains(&i) => words.words[i].lower,
        _ => EDGE,
    });
    let view = View {
        words: &words.words,
        t,
        near,
        place: place_name(context.place[t]),
        p1_class: word_class(doc, t, range.start),
        range,
    };
    word_features(&view, out);
    let quoted = context.quoted_sentence[s];
    place_features(doc, context, &view, quoted, out);
    // Another plain speech cue in the sentence, outside quotations.
    let w = view.word();
    let other_verb = context.speech_cues[s] > usize::from(w.plain_cue);
    let (stem, lexical) = (w.stem, yes(w.lexical));
    push!(out, "other-verb", yes(other_verb));
    push!(out, "other-verb-stem", yes(other_verb), stem);
    push!(out, "other-verb-lex", yes(other_verb), lexical, view.place);
}

/// The features of the word, its neighbours and the word before it.
fn word_features(view: &View, out: &mut Vec<u32>) {
    let [p2, p1, w, n1, n2] = view.near;
    let word = view.word();
    let (stem, suffix, shape, place) = (word.stem, word.suffix, word.shape, view.place);
    let (lexical, predicate) = (yes(word.lexical), yes(word.predicate));
    push!(out, "b");
    push!(out, "w", w);
    push!(out, "stem", stem);
    push!(out, "suffix", suffix);
    push!(out, "shape", shape);
    push!(out, "p1", p1);
    push!(out, "p2", p2);
    push!(out, "n1", n1);
    push!(out, "n2", n2);
    push!(out, "p1w", p1, w);
    push!(out, "wn1", w, n1);
    push!(out, "stem-n1", stem, n1);
    push!(out, "p1-stem", p1, stem);
    push!(out, "place", place);
    push!(out, "w-place", w, place);
    push!(out, "lex", lexical);
    push!(out, "pred", predicate);
    push!(out, "pred-place", predicate, place);
    push!(out, "pred-p1-class", predicate, view.p1_class);
    push!(out, "pred-n1", predicate, n1);
    push!(out, "lex-place", lexical, place);
    push!(out, "p2p1", p2, p1);
    push!(out, "n1n2", n1, n2);
    let class = view.p1_class;
    push!(out, "p1-class", class);
    push!(out, "p1-class-stem", class, stem);
    push!(out, "p1-class-n1", class, n1);
    push!(out, "suffix-p1-class", suffix, class);
    push!(out, "shape-p1-class", shape, class);
}

/// The features of where the token stands: in its sentence, near
/// quotation marks, before a "that"-clause or a colon, after a name.
fn place_features(
    doc: &Document,
    context: &Context,
    view: &View,
    quoted: bool,
    out: &mut Vec<u32>,
) {
    let (range, t) = (&view.range, view.t);
    let word = view.word();
    let (stem, lexical) = (word.stem, yes(word.lexical));
    push!(out, "from-start", DIGITS[(t - range.start).min(4)]);
    let to_end = DIGITS[(range.end - t).min(4)];
    push!(out, "to-end", to_end);
    push!(out, "stem-to-end", stem, to_end);
    let mark_before = (range.start.max(t.saturating_sub(4))..t)
        .rev()
        .find(|&i| context.place[i] == QuotePlace::Closing)
        .map_or(0, |i| t - i);
    let mark_after = (t + 1..range.end.min(t + 5))
        .find(|&i| context.place[i] == QuotePlace::Opening)
        .map_or(0, |i| i - t);
    push!(out, "close-before", DIGITS[mark_before]);
    push!(out, "open-after", DIGITS[mark_after]);
    let (closed, opens) = (DIGITS[mark_before.min(1)], DIGITS[mark_after.min(1)]);
    push!(out, "lex-quote", lexical, closed, opens);
    push!(out, "sentence-quoted", yes(quoted));
    push!(out, "w-quoted", view.near[2], yes(quoted));
    push!(out, "stem-close", stem, closed);
    let name_before = (range.start.max(t.saturating_sub(3))..t).any(|i| view.words[i].capitalized);
    push!(out, "name-before", yes(name_before), lexical);
    // What follows within a few tokens: a "that"-clause, a colon.
    let ahead = |what: &str| {
        (t + 1..range.end.min(t + 4))
            .find(|&i| doc.word(i) == what)
            .map_or(0, |i| i - t)
    };
    let that_after = ahead("that");
    let colon_after = ahead(":");
    push!(out, "that-after", DIGITS[that_after]);
    push!(out, "stem-that", stem, yes(that_after > 0));
    push!(out, "colon-after", DIGITS[colon_after]);
    push!(out, "stem-colon", stem, yes(colon_after > 0));
    push!(out, "stem-open", stem, yes(mark_after > 0));
}

/// What kind of word stands before token `t`: a pronoun, a name, a
/// determiner or possessive, another word, punctuation or the sentence
/// start.
fn word_class(doc: &Document, t: usize, start: usize) -> &'static str {
    if t <= start {
        return "start";
    }
    let word = doc.word(t - 1);
    if doc.is(t - 1, &SUBJECT_PRONOUNS) || word.eq_ignore_ascii_case("who") {
        "pronoun"
    } else if doc.is(t - 1, &ARTICLES_AND_POSSESSIVES) {
        "determiner"
    } else if doc.tokens[t - 1].kind != TokenKind::Word {
        "punct"
    } else if word.starts_with(char::is_uppercase) {
        "name"
    } else {
        "word"
    }
}

/// The bucket of the bias feature every token has.
pub fn bias_bucket() -> u32 {
    bucket_from(hash::template("b"), &[])
}

/// Small numbers as feature values.
pub(super) const DIGITS: [&str; 5] = ["0", "1", "2", "3", "4"];

/// A flag as a feature value.
pub(super) fn yes(flag: bool) -> &'static str {
    if flag {
        "1"
    } else {
        "0"
    }
}

/// The bucket of one feature: the word-feature hash of its template
/// (`seed`) and values, cut to the table.
fn bucket_from(seed: u64, values: &[&str]) -> u32 {
    (hash::words(seed, values) as usize & (BUCKETS - 1)) as u32
}

fn place_name(place: QuotePlace) -> &'static str {
    match place {
        QuotePlace::Outside => "out",
        QuotePlace::Opening => "open",
        QuotePlace::Inside => "in",
        QuotePlace::Closing => "close",
    }
}

/// The word without a common inflection ("warned" → "warn").
pub(super) fn stem(word: &str) -> &str {
    for ending in ["ing", "ed", "es", "s"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if stem.len() >= 3 {
                return stem;
            }
        }
    }
    word
}

fn suffix(word: &str, n: usize) -> &str {
    let start = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &word[start..]
}

fn shape(doc: &Document, t: usize) -> &'static str {
    let word = doc.word(t);
    match doc.tokens[t].kind {
        TokenKind::Number => "number",
        TokenKind::Punct | TokenKind::Symbol => "punct",
        TokenKind::Word if word.chars().all(char::is_uppercase) => "upper",
        TokenKind::Word if word.starts_with(char::is_uppercase) => "capitalized",
        TokenKind::Word => "lower",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::quotes;
    use crate::document::format::Format;

    /// The features of every token of the first sentence of `text`.
    fn sentence_features(text: &str) -> Vec<Vec<u32>> {
        let doc = Document::parse(text, Format::Text);
        let context = Context::new(&doc, &quotes::detect(&doc));
        let words = Words::new(&doc, &context);
        doc.sentences[0]
            .tokens
            .clone()
            .map(|t| {
                let mut out = Vec::new();
                features(&doc, &context, &words, 0, t, &mut out);
                out
            })
            .collect()
    }

    #[test]
    fn every_token_has_the_bias_and_the_same_templates() {
        let tokens = sentence_features("Ana Ruiz said the pier would open.");
        assert!(tokens.iter().all(|f| f[0] == bias_bucket()));
        assert!(tokens.iter().all(|f| f.len() == tokens[0].len()));
        assert!(tokens.iter().flatten().all(|&b| (b as usize) < BUCKETS));
    }

    #[test]
    fn the_same_word_in_the_same_context_hashes_alike_whatever_its_case() {
        let lower = sentence_features("Ana said the pier would open.");
        let upper = sentence_features("Ana SAID the pier would open.");
        // "said": the word features agree; only its shape differs.
        let differing = lower[1].iter().zip(&upper[1]).filter(|(a, b)| a != b);
        assert_eq!(differing.count(), 2, "shape and shape-p1-class");
    }

    #[test]
    fn context_changes_the_features() {
        let plain = sentence_features("Ana said the pier would open.");
        let clause = sentence_features("Ana said that the pier would open.");
        assert_eq!(plain[1][1], clause[1][1], "the word itself");
        assert_ne!(plain[1], clause[1], "a that-clause follows");
    }
}
