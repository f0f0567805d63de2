//! Per-document facts the attribution detector reads token by token,
//! computed once: where each token stands relative to the quotations, and
//! how many plain speech verbs each sentence holds, and where its running
//! text starts.

use crate::annotation::Quote;
use crate::detect::attributions::cues::table::according_to;
use crate::document::{subheads, Document};
use crate::lexicon::CORE_SPEECH_VERBS;

/// Where a token stands relative to the quotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotePlace {
    /// Outside every quotation.
    Outside,
    /// The opening mark of a quotation.
    Opening,
    /// Between the marks.
    Inside,
    /// The closing mark.
    Closing,
}

/// Token-indexed facts about a document.
#[derive(Clone, Debug)]
pub struct Context {
    /// For each token, where it stands relative to the quotations.
    pub place: Vec<QuotePlace>,
    /// For each token inside or on the marks of a quotation, the index of
    /// the outermost such quotation.
    pub quote: Vec<Option<usize>>,
    /// For each sentence, the first token of its running text: after a
    /// subhead in capitals that opens its paragraph
    /// ([`crate::document::subheads`]), whose words are no cue and no
    /// source.
    pub body: Vec<usize>,
    /// For each sentence, whether any of its tokens is quoted.
    pub quoted_sentence: Vec<bool>,
    /// For each sentence, how many of its tokens outside quotations are
    /// plain speech cues ([`is_plain_speech_cue`]).
    pub speech_cues: Vec<usize>,
    /// Every token's word in lower case, one after another ...
    lower: String,
    /// ... each ending at this byte of `lower`.
    lower_ends: Vec<usize>,
}

/// The core speech verbs ("said", "told") and "according": the words
/// that attribute wherever they stand.
pub fn is_plain_speech_cue(word: &str) -> bool {
    CORE_SPEECH_VERBS.contains(word) || word == according_to()[0]
}

impl Context {
    /// Indexes the tokens of `doc` against `quotes` (sorted by start) in
    /// one sweep.
    pub fn new(doc: &Document, quotes: &[Quote]) -> Context {
        let mut place = vec![QuotePlace::Outside; doc.tokens.len()];
        let mut quote = vec![None; doc.tokens.len()];
        let mut q = 0;
        for (t, token) in doc.tokens.iter().enumerate() {
            while q < quotes.len() && quotes[q].span.end <= token.span.start {
                q += 1;
            }
            // The outermost quotation covering the token, nested ones
            // skipped by the sweep since they end inside it.
            let Some(current) = quotes.get(q) else {
                continue;
            };
            if !current.span.contains(token.span) {
                continue;
            }
            quote[t] = Some(q);
            place[t] = if token.span.start == current.span.start {
                QuotePlace::Opening
            } else if token.span.end == current.span.end && current.inner.end < current.span.end {
                QuotePlace::Closing
            } else {
                QuotePlace::Inside
            };
        }
        let quoted_sentence = doc
            .sentences
            .iter()
            .map(|s| s.tokens.clone().any(|t| quote[t].is_some()))
            .collect();
        let speech_cues = doc
            .sentences
            .iter()
            .map(|s| {
                s.tokens
                    .clone()
                    .filter(|&t| {
                        place[t] == QuotePlace::Outside && is_plain_speech_cue(doc.word(t))
                    })
                    .count()
            })
            .collect();
        let mut lower = String::with_capacity(doc.text.len());
        let mut lower_ends = Vec::with_capacity(doc.tokens.len());
        for t in 0..doc.tokens.len() {
            lower.extend(doc.word(t).chars().flat_map(char::to_lowercase));
            lower_ends.push(lower.len());
        }
        Context {
            place,
            quote,
            body: subheads::body_starts(doc),
            quoted_sentence,
            speech_cues,
            lower,
            lower_ends,
        }
    }

    /// The word of token `t` in lower case.
    pub fn lower(&self, t: usize) -> &str {
        let start = if t == 0 { 0 } else { self.lower_ends[t - 1] };
        &self.lower[start..self.lower_ends[t]]
    }

    /// Whether token `t` lies between the marks of a quotation.
    pub fn inside(&self, t: usize) -> bool {
        self.place[t] == QuotePlace::Inside
    }

    /// Whether token `t` stands where token `anchor` does: both outside
    /// every quotation, or both between the marks of the same one (a
    /// speaker quoting someone else).
    pub fn same_side(&self, t: usize, anchor: usize) -> bool {
        match (self.place[t], self.place[anchor]) {
            (QuotePlace::Outside, QuotePlace::Outside) => true,
            (QuotePlace::Inside, QuotePlace::Inside) => self.quote[t] == self.quote[anchor],
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::quotes;
    use crate::document::format::Format;

    #[test]
    fn tokens_inside_one_quotation_share_a_side() {
        let text = "Ana said \u{201C}Tomas Greve told us so\u{201D} and left.";
        let doc = Document::parse(text, Format::Text);
        let quotes = quotes::detect(&doc);
        let context = Context::new(&doc, &quotes);
        let at = |word: &str| {
            (0..doc.tokens.len())
                .find(|&t| doc.word(t) == word)
                .unwrap()
        };
        assert!(context.same_side(at("Tomas"), at("told")));
        assert!(context.same_side(at("Ana"), at("left")));
        assert!(!context.same_side(at("said"), at("told")));
        assert!(!context.same_side(at("\u{201C}"), at("told")));
    }
}
