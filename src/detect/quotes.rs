//! Quotations: pairs of quotation marks and what they are used for.

use crate::annotation::{Quote, QuoteKind};
use crate::document::blocks::BlockKind;
use crate::document::Document;
use crate::span::Span;

/// Words before a quotation that make it the name of something.
const TITLE_CUES: &[&str] = &[
    "called",
    "titled",
    "entitled",
    "dubbed",
    "named",
    "operation",
    "book",
    "film",
    "movie",
    "programme",
    "program",
    "show",
    "series",
    "song",
    "album",
    "novel",
    "campaign",
    "initiative",
    "plan",
    "project",
    "report",
    "article",
    "documentary",
    "play",
    "slogan",
];

/// A quotation mark and the role it can play.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Opens,
    Closes,
    Either,
}

/// Finds every quotation in the text blocks of `doc`, pairing straight,
/// curly, mixed, guillemet and low-9 marks. A quotation left open at the end
/// of a paragraph continues when the next paragraph reopens it.
pub fn detect(doc: &Document) -> Vec<Quote> {
    let text = doc.text;
    let mut quotes = Vec::new();
    let mut carried: Option<usize> = None;
    for block in &doc.blocks {
        if matches!(
            block.kind,
            BlockKind::Code | BlockKind::Navigation | BlockKind::Credit
        ) {
            carried = None;
            continue;
        }
        let mut open: Option<usize> = None;
        let mut reopened_carry = false;
        for (offset, c) in block.span.slice(text).char_indices() {
            let at = block.span.start + offset;
            let Some(mark) = classify_mark(text, at, c) else {
                continue;
            };
            match (open, mark) {
                (None, Mark::Opens | Mark::Either) => {
                    if carried.is_some() && !reopened_carry && offset == 0 {
                        reopened_carry = true;
                        open = carried;
                    } else {
                        carried = None;
                        open = Some(at);
                    }
                }
                (Some(start), Mark::Closes | Mark::Either) => {
                    let end = at + c.len_utf8();
                    quotes.push(make_quote(doc, Span::new(start, end)));
                    open = None;
                    carried = None;
                }
                (Some(_), Mark::Opens) => open = Some(at),
                (None, Mark::Closes) => {}
            }
        }
        // Left open: a later paragraph that begins with a mark carries it on.
        carried = open.filter(|_| block.kind.is_prose());
    }
    quotes
}

/// How `c` at byte `at` can act as a double quotation mark.
fn classify_mark(text: &str, at: usize, c: char) -> Option<Mark> {
    let before = text[..at].chars().next_back();
    let after = text[at + c.len_utf8()..].chars().next();
    let space_or_edge =
        |ch: Option<char>| ch.is_none_or(|ch| ch.is_whitespace() || "([{—–-/".contains(ch));
    match c {
        '\u{201C}' | '\u{00AB}' | '\u{201E}' => Some(
            if c == '\u{201C}' && !space_or_edge(before) && space_or_edge(after) {
                // "„…“": the German closing mark.
                Mark::Closes
            } else {
                Mark::Opens
            },
        ),
        '\u{201D}' | '\u{00BB}' => Some(Mark::Closes),
        '"' | '\u{2033}' => {
            let opens = space_or_edge(before);
            let closes = after.is_none_or(|ch| {
                ch.is_whitespace() || ch.is_ascii_punctuation() || "—–…".contains(ch)
            });
            match (opens, closes) {
                (true, false) => Some(Mark::Opens),
                (false, true) => Some(Mark::Closes),
                (true, true) | (false, false) => Some(Mark::Either),
            }
        }
        _ => None,
    }
}

fn make_quote(doc: &Document, span: Span) -> Quote {
    let text = doc.text;
    let first = text[span.start..].chars().next().map_or(1, char::len_utf8);
    let last = text[..span.end]
        .chars()
        .next_back()
        .map_or(1, char::len_utf8);
    let inner = Span::new(
        span.start + first,
        (span.end - last).max(span.start + first),
    );
    Quote {
        span,
        inner,
        kind: shape_kind(text, span, inner),
        attribution: None,
    }
}

/// The kind a quotation's own words suggest; attribution later makes any
/// credited quotation speech.
fn shape_kind(text: &str, span: Span, inner: Span) -> QuoteKind {
    let words = inner.slice(text).split_whitespace().count();
    let ends_a_sentence = inner.slice(text).trim_end().ends_with(['.', '!', '?', '…']);
    if words <= 6 && !ends_a_sentence {
        let before = text[..span.start].trim_end();
        let previous_word = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let capitalized = inner
            .slice(text)
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w.len() <= 3);
        if TITLE_CUES.contains(&previous_word.to_lowercase().as_str()) && capitalized {
            return QuoteKind::Title;
        }
        if words <= 4 {
            return QuoteKind::Scare;
        }
    }
    QuoteKind::Speech
}
