//! The features the cue model reads for one token: the word, its
//! neighbours, its shape, the kind of word before it (pronoun, name,
//! determiner), whether a "that", a colon or a quotation follows, whether
//! another plain speech cue stands in the sentence, whether it is a word of
//! saying, thinking or judging ([`predicates`]), and where it stands
//! relative to quotations and its sentence. Each feature is hashed into a
//! bucket of the model's weight table; training and detection share this
//! one function.

use super::predicates;
use crate::detect::attributions::context::{is_plain_speech_cue, Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::learned::hash;
use crate::lexicon::{ARTICLES_AND_POSSESSIVES, SPEECH_VERBS, SUBJECT_PRONOUNS};

/// How many weight buckets features are hashed into (a power of two;
/// fewer collide enough to cost accuracy on the held-out articles).
pub const BUCKETS: usize = 1 << 19;

/// Appends the hashed features of token `t` of sentence `s` to `out`.
pub fn features(doc: &Document, context: &Context, s: usize, t: usize, out: &mut Vec<u32>) {
    let range = doc.sentences[s].tokens.clone();
    // The lower-case word `offset` tokens away, "<s>" past the sentence.
    let at = |offset: isize| -> &str {
        match t.checked_add_signed(offset) {
            Some(i) if range.contains(&i) => context.lower(i),
            _ => "<s>",
        }
    };
    let w = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    let stem = stem(w);
    let place = place_name(context.place[t]);
    let lexical = doc.is(t, &SPEECH_VERBS);
    // One feature: its template's name, hashed at compile time, and its
    // values.
    macro_rules! push {
        ($name:literal $(, $part:expr)*) => {{
            const SEED: u64 = hash::template($name);
            out.push(bucket_from(SEED, &[$($part),*]));
        }};
    }
    push!("b");
    push!("w", w);
    push!("stem", stem);
    push!("suffix", suffix(w, 3));
    push!("shape", shape(doc, t));
    push!("p1", p1);
    push!("p2", p2);
    push!("n1", n1);
    push!("n2", n2);
    push!("p1w", p1, w);
    push!("wn1", w, n1);
    push!("stem-n1", stem, n1);
    push!("p1-stem", p1, stem);
    push!("place", place);
    push!("w-place", w, place);
    push!("lex", yes(lexical));
    let predicate = predicates::is_predicate(w);
    let p1_class = word_class(doc, t, range.start);
    push!("pred", yes(predicate));
    push!("pred-place", yes(predicate), place);
    push!("pred-p1-class", yes(predicate), p1_class);
    push!("pred-n1", yes(predicate), n1);
    push!("lex-place", yes(lexical), place);
    let from_start = (t - range.start).min(4);
    let to_end = (range.end - t).min(4);
    push!("from-start", DIGITS[from_start]);
    push!("to-end", DIGITS[to_end]);
    push!("stem-to-end", stem, DIGITS[to_end]);
    let mark_before = (range.start.max(t.saturating_sub(4))..t)
        .rev()
        .find(|&i| context.place[i] == QuotePlace::Closing)
        .map_or(0, |i| t - i);
    let mark_after = (t + 1..range.end.min(t + 5))
        .find(|&i| context.place[i] == QuotePlace::Opening)
        .map_or(0, |i| i - t);
    push!("close-before", DIGITS[mark_before]);
    push!("open-after", DIGITS[mark_after]);
    push!(
        "lex-quote",
        yes(lexical),
        DIGITS[mark_before.min(1)],
        DIGITS[mark_after.min(1)]
    );
    let quoted = context.quoted_sentence[s];
    push!("sentence-quoted", yes(quoted));
    push!("p2p1", p2, p1);
    push!("n1n2", n1, n2);
    push!("w-quoted", w, yes(quoted));
    push!("stem-close", stem, DIGITS[mark_before.min(1)]);
    let name_before =
        (range.start.max(t.saturating_sub(3))..t).any(|i| is_capitalized_word(doc, i));
    push!("name-before", yes(name_before), yes(lexical));
    // What follows within a few tokens: a "that"-clause, a colon, a quote.
    let ahead = |what: &[&str]| {
        (t + 1..range.end.min(t + 4))
            .find(|&i| what.contains(&doc.word(i)))
            .map_or(0, |i| i - t)
    };
    let that_after = ahead(&["that"]);
    let colon_after = ahead(&[":"]);
    push!("that-after", DIGITS[that_after]);
    push!("stem-that", stem, yes(that_after > 0));
    push!("colon-after", DIGITS[colon_after]);
    push!("stem-colon", stem, yes(colon_after > 0));
    push!("stem-open", stem, yes(mark_after > 0));
    push!("p1-class", p1_class);
    push!("p1-class-stem", p1_class, stem);
    push!("p1-class-n1", p1_class, n1);
    push!("suffix-p1-class", suffix(w, 3), p1_class);
    push!("shape-p1-class", shape(doc, t), p1_class);
    // Another plain speech cue in the sentence, outside quotations.
    let own =
        usize::from(context.place[t] == QuotePlace::Outside && is_plain_speech_cue(doc.word(t)));
    let other_verb = context.speech_cues[s] > own;
    push!("other-verb", yes(other_verb));
    push!("other-verb-stem", yes(other_verb), stem);
    push!("other-verb-lex", yes(other_verb), yes(lexical), place);
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
const DIGITS: [&str; 5] = ["0", "1", "2", "3", "4"];

fn yes(flag: bool) -> &'static str {
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
fn stem(word: &str) -> &str {
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

fn is_capitalized_word(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word && doc.word(t).starts_with(char::is_uppercase)
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
        doc.sentences[0]
            .tokens
            .clone()
            .map(|t| {
                let mut out = Vec::new();
                features(&doc, &context, 0, t, &mut out);
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
