//! The context features the hedge model weighs for one candidate word:
//! the word itself, its neighbours, their shapes (function words apart from
//! other lower-case words), the candidate's kind and whether its sentence
//! is a condition or question ("if", "whether"), each hashed to 32 bits.

use super::lexicon::Entry;
use super::senses::is_conditional;
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::learned::hash;
use crate::lexicon;
use std::ops::Range;

/// How many words either side of the candidate the features look at.
const WINDOW: usize = 2;

/// The words around a candidate, lower-cased, with sentence boundaries
/// marked `<s>` and `</s>`.
struct Window {
    /// Positions -WINDOW..=WINDOW.
    words: [String; 2 * WINDOW + 1],
    /// Shapes of the same positions.
    shapes: [&'static str; 2 * WINDOW + 1],
}

impl Window {
    fn new(doc: &Document, sentence: &Range<usize>, t: usize) -> Window {
        let mut words: [String; 2 * WINDOW + 1] = Default::default();
        let mut shapes = [""; 2 * WINDOW + 1];
        for (slot, offset) in (0..=2 * WINDOW).zip(-(WINDOW as isize)..) {
            let position = t as isize + offset;
            let (word, shape) = if position < sentence.start as isize {
                ("<s>".to_string(), "<s>")
            } else if position >= sentence.end as isize {
                ("</s>".to_string(), "</s>")
            } else {
                let i = position as usize;
                (normalize(doc.word(i)), shape(doc, i, sentence.start))
            };
            words[slot] = word;
            shapes[slot] = shape;
        }
        Window { words, shapes }
    }

    fn word(&self, offset: isize) -> &str {
        &self.words[(WINDOW as isize + offset) as usize]
    }

    fn shape(&self, offset: isize) -> &'static str {
        self.shapes[(WINDOW as isize + offset) as usize]
    }
}

/// Lower case, with typographic apostrophes made straight ("n’t" → "n't").
fn normalize(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

/// A coarse class of a token.
fn shape(doc: &Document, i: usize, sentence_start: usize) -> &'static str {
    let token = doc.tokens[i];
    let word = doc.word(i);
    match token.kind {
        TokenKind::Number => "num",
        TokenKind::Punct | TokenKind::Symbol => "punct",
        TokenKind::Word if word.starts_with(char::is_uppercase) && i != sentence_start => "cap",
        TokenKind::Word if word.starts_with(char::is_uppercase) => "first",
        TokenKind::Word if lexicon::HEDGE_FUNCTION_WORDS.contains_any_case(word) => "func",
        TokenKind::Word => "low",
    }
}

/// Appends the hashed features of the candidate at token `t` (in the
/// sentence whose tokens are `sentence`) to `out`.
pub fn extract(
    doc: &Document,
    sentence: &Range<usize>,
    t: usize,
    entry: &Entry,
    out: &mut Vec<u32>,
) {
    let w = Window::new(doc, sentence, t);
    let kind = match entry.kind {
        crate::annotation::HedgeKind::Modal => "modal",
        crate::annotation::HedgeKind::Epistemic => "epistemic",
        crate::annotation::HedgeKind::Reporting => "reporting",
        crate::annotation::HedgeKind::Weasel => "weasel",
        crate::annotation::HedgeKind::Other => "other",
    };
    let w0 = entry.word;
    let negated = [w.word(1), w.word(2)]
        .iter()
        .any(|n| matches!(*n, "not" | "n't" | "never"));
    out.extend([
        hash(b'a', &[w0]),
        hash(b'b', &[w0, w.shape(0)]),
        hash(b'c', &[w.word(-1)]),
        hash(b'd', &[w.word(1)]),
        hash(b'e', &[w.word(-2)]),
        hash(b'f', &[w.word(2)]),
        hash(b'g', &[w0, w.word(-1)]),
        hash(b'h', &[w0, w.word(1)]),
        hash(b'i', &[w0, w.word(-2)]),
        hash(b'j', &[w0, w.word(2)]),
        hash(b'k', &[w0, w.word(1), w.word(2)]),
        hash(b'l', &[w.word(-1), w0, w.word(1)]),
        hash(b'm', &[kind, w.word(-1)]),
        hash(b'n', &[kind, w.word(1)]),
        hash(b'o', &[w0, w.shape(1)]),
        hash(b'p', &[w0, w.shape(-1)]),
        hash(b'q', &[kind, w.shape(1), w.shape(-1)]),
        hash(b'r', &[w0, if negated { "neg" } else { "pos" }]),
        hash(b's', &[w.word(-2), w.word(-1), w0]),
        hash(
            b't',
            &[
                w0,
                if is_conditional(doc, sentence) {
                    "cond"
                } else {
                    "plain"
                },
            ],
        ),
    ]);
}

/// The kind of text a feature was seen in. Every feature is learned twice:
/// once shared by all text and once for its own kind of text, so the little
/// news data can correct what the larger encyclopedia data teaches
/// ("possible" hedges far more often in news). The detector reads news.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// News articles (what the detector reads).
    News,
    /// Encyclopedia text (the larger training corpus).
    Encyclopedia,
}

/// Appends a copy of every feature in `features` specific to `domain`.
pub fn add_domain_copies(features: &mut Vec<u32>, domain: Domain) {
    let salt: u32 = match domain {
        Domain::News => 0x6E65_7773,
        Domain::Encyclopedia => 0x656E_6379,
    };
    let shared = features.len();
    for i in 0..shared {
        let copy = (features[i] ^ salt)
            .wrapping_mul(0x9E37_79B1)
            .rotate_left(13);
        features.push(copy);
    }
}

/// The shared features of a list [`add_domain_copies`] has extended (its
/// first half, before the copies).
pub fn shared(features: &[u32]) -> &[u32] {
    &features[..features.len() / 2]
}

/// The kit's word-feature hash ([`hash::words`]) of a template tag and
/// its parts, cut to 32 bits.
pub fn hash(tag: u8, parts: &[&str]) -> u32 {
    let tag = [tag];
    let template = std::str::from_utf8(&tag).unwrap_or("?");
    let seed = hash::words(hash::template("hedge"), &[template]);
    hash::words(seed, parts) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_separates_parts_and_tags() {
        assert_ne!(hash(b'a', &["ab", "c"]), hash(b'a', &["a", "bc"]));
        assert_ne!(hash(b'a', &["may"]), hash(b'b', &["may"]));
        assert_eq!(hash(b'a', &["may"]), hash(b'a', &["may"]));
    }
}
