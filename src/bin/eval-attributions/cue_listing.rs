//! Writes every cue for counting by kind (`--cues FILE`): each predicted
//! cue, found (matching a gold cue under lenient matching) or spurious,
//! and each missed gold cue, one tab-separated line each:
//!
//! ```text
//! found     ARTICLE  CUE  SOURCE  SENTENCE
//! spurious  ARTICLE  CUE  SOURCE  SENTENCE
//! missed    ARTICLE  CUE  SOURCE  SENTENCE
//! ```
//!
//! The sentence is the line of text around the cue, cut to a window and
//! with tabs and newlines turned into spaces; an absent source is "-".

use crate::brat::GoldAttribution;
use crate::scoring::{match_role, Matching, Predicted};
use sourcelight::span::Span;
use std::io::{self, Write};

/// How many bytes of text either side of the cue a line shows.
const WINDOW: usize = 160;

/// Writes the predicted and missed cues of one article to `out`.
pub fn write_article(
    out: &mut impl Write,
    name: &str,
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Predicted],
) -> io::Result<()> {
    let pairs = match_role(
        text,
        gold,
        predicted,
        Matching::Lenient,
        |g| &g.cue,
        |p| Some(p.cue),
    );
    for (p, item) in predicted.iter().enumerate() {
        let what = if pairs.iter().any(|pair| pair.1 == p) {
            "found"
        } else {
            "spurious"
        };
        let source = item.source.map_or("-", |s| s.slice(text));
        line(
            out,
            what,
            name,
            text,
            item.cue,
            item.cue.slice(text),
            source,
        )?;
    }
    for (g, item) in gold.iter().enumerate() {
        let Some(&first) = item.cue.first() else {
            continue;
        };
        if pairs.iter().all(|pair| pair.0 != g) {
            let cue: Vec<&str> = item.cue.iter().map(|k| k.slice(text)).collect();
            let source: Vec<&str> = item.source.iter().map(|k| k.slice(text)).collect();
            let source = if source.is_empty() {
                "-".to_string()
            } else {
                source.join(" ")
            };
            line(out, "missed", name, text, first, &cue.join(" "), &source)?;
        }
    }
    Ok(())
}

fn line(
    out: &mut impl Write,
    what: &str,
    name: &str,
    text: &str,
    cue: Span,
    cue_text: &str,
    source: &str,
) -> io::Result<()> {
    let start = floor_boundary(text, cue.start.saturating_sub(WINDOW));
    let start = text[start..cue.start]
        .rfind('\n')
        .map_or(start, |i| start + i + 1);
    let end = floor_boundary(text, (cue.end + WINDOW).min(text.len()));
    let end = text[cue.end..end].find('\n').map_or(end, |i| cue.end + i);
    let flat = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    writeln!(
        out,
        "{what}\t{name}\t{}\t{}\t{}[[{}]]{}",
        flat(cue_text),
        flat(source),
        flat(&text[start..cue.start]),
        flat(cue.slice(text)),
        flat(&text[cue.end..end])
    )
}

/// The nearest char boundary at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
