//! Splits a block's tokens into sentences.
//!
//! A sentence ends at ".", "!", "?" or "…" (with any closing quotes or
//! brackets after it) when the next token could start a sentence. Periods of
//! abbreviations stay inside their token ("Mr.", "U.S."), so they end a
//! sentence only when a typical sentence opener follows ("… in the U.S. The
//! talks …"); titles and initials never do.

use super::tokens::{Token, TokenKind};
use crate::lexicon;
use crate::span::Span;
use std::ops::Range;

/// One sentence: its tokens and the text they cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the first token's start to the last token's end.
    pub span: Span,
    /// Indices into the document's tokens.
    pub tokens: Range<usize>,
    /// Index of the block the sentence lies in.
    pub block: usize,
}

/// The most tokens a sentence holds: a longer run without a sentence end
/// (a list, a table, pasted data) is cut, so that what the detectors do
/// per sentence stays bounded in time and memory.
pub const MAX_SENTENCE_TOKENS: usize = 500;

/// Splits the tokens `range` of block `block` into sentences.
pub fn split_into(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    block: usize,
    out: &mut Vec<Sentence>,
) {
    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        if i - start >= MAX_SENTENCE_TOKENS {
            push(tokens, start..i, block, out);
            start = i;
        }
        let mut end = i + 1;
        if ends_sentence_here(text, tokens, i, range.end) {
            while end < range.end && is_closer(tokens[end].span.slice(text)) {
                end += 1;
            }
            if end == range.end || may_open_sentence(text, &tokens[end], &tokens[i]) {
                push(tokens, start..end, block, out);
                start = end;
            }
        }
        i = end;
    }
    if start < range.end {
        push(tokens, start..range.end, block, out);
    }
}

fn push(tokens: &[Token], range: Range<usize>, block: usize, out: &mut Vec<Sentence>) {
    let span = tokens[range.start].span.cover(tokens[range.end - 1].span);
    out.push(Sentence {
        span,
        tokens: range,
        block,
    });
}

/// Whether token `i` can end a sentence.
fn ends_sentence_here(text: &str, tokens: &[Token], i: usize, end: usize) -> bool {
    let token = &tokens[i];
    let word = token.span.slice(text);
    match token.kind {
        TokenKind::Punct => {
            matches!(
                word.chars().next(),
                Some('.' | '!' | '?' | '…' | '。' | '！' | '？')
            )
        }
        TokenKind::Word if word.ends_with('.') && word.len() > 1 => {
            let lower = word.to_lowercase();
            let is_initial = word.chars().count() == 2 && word.starts_with(char::is_uppercase);
            if lexicon::ABBREVIATED_TITLES.contains(&lower.as_str()) || is_initial {
                return false;
            }
            i + 1 == end || lexicon::SENTENCE_OPENERS.contains(&tokens[i + 1].span.slice(text))
        }
        _ => false,
    }
}

/// Closing quotes and brackets that stay with the sentence before them.
fn is_closer(word: &str) -> bool {
    matches!(
        word,
        "\"" | "'" | "”" | "’" | "»" | ")" | "]" | "›" | "」" | "』"
    )
}

/// Whether `next` can open a sentence after the end mark `end_mark`.
fn may_open_sentence(text: &str, next: &Token, end_mark: &Token) -> bool {
    let word = next.span.slice(text);
    let Some(first) = word.chars().next() else {
        return false;
    };
    if end_mark.kind == TokenKind::Word {
        // The abbreviation case has already checked the opener.
        return true;
    }
    first.is_uppercase()
        || first.is_numeric()
        || matches!(
            first,
            '"' | '“' | '‘' | '\'' | '«' | '„' | '(' | '[' | '-' | '—' | '–'
        )
        || !first.is_alphabetic() && !first.is_ascii_punctuation()
        || is_caseless_script(first)
}

/// Letters of scripts without case (CJK, Arabic, Hebrew, …).
fn is_caseless_script(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::tokens::tokenize_into;

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), &mut tokens);
        let mut out = Vec::new();
        split_into(text, &tokens, 0..tokens.len(), 0, &mut out);
        out.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn a_run_without_a_sentence_end_is_cut_at_the_limit() {
        let text = "word ".repeat(MAX_SENTENCE_TOKENS * 2 + 10) + "end.";
        let cut = sentences(&text);
        assert_eq!(cut.len(), 3);
        assert_eq!(cut[0].split(' ').count(), MAX_SENTENCE_TOKENS);
        assert!(cut[2].ends_with("end."));
    }

    #[test]
    fn splits_at_end_marks() {
        assert_eq!(
            sentences("The port reopened. Ships waited! Why? Nobody knows"),
            [
                "The port reopened.",
                "Ships waited!",
                "Why?",
                "Nobody knows"
            ]
        );
    }

    #[test]
    fn titles_initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("Mr. Lund and Dr. Ames met J. R. Okafor. Prices rose 2.5 percent."),
            [
                "Mr. Lund and Dr. Ames met J. R. Okafor.",
                "Prices rose 2.5 percent."
            ]
        );
    }

    #[test]
    fn abbreviation_ends_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("She moved to the U.S. The talks resumed. Trade with the U.S. Navy grew."),
            [
                "She moved to the U.S.",
                "The talks resumed.",
                "Trade with the U.S. Navy grew."
            ]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201C}We are ready.\u{201D} She left. It rained."),
            ["\u{201C}We are ready.\u{201D}", "She left.", "It rained."]
        );
    }

    #[test]
    fn lower_case_after_a_period_does_not_split() {
        assert_eq!(
            sentences("See p. 4 and fig. 2 here."),
            ["See p. 4 and fig. 2 here."]
        );
    }

    #[test]
    fn cjk_sentences_split() {
        assert_eq!(
            sentences("会谈结束了。双方满意。"),
            ["会谈结束了。", "双方满意。"]
        );
    }
}
