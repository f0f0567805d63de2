//! Blocks of plain text: paragraphs separated by blank lines, and the short
//! lines pasted along with an article (navigation, captions, credits,
//! bylines, headings) kept as blocks of their own.

use super::blocks::{Block, BlockKind};
use crate::lexicon;
use crate::span::Span;

/// Lines at least this long (in chars) are taken as hard-wrapped prose.
const WRAPPED_LINE_CHARS: usize = 50;
/// Lines longer than this (in chars) were never wrapped by hand: each is a
/// paragraph of its own, pasted with a single line break after it.
const UNWRAPPED_LINE_CHARS: usize = 200;
/// Lines longer than this (in chars) are never headings or captions.
const SHORT_LINE_CHARS: usize = 120;

/// Splits plain text into classified blocks.
pub fn blocks(text: &str) -> Vec<Block> {
    let lines = chunk_lines(text);
    let mut blocks = Vec::new();
    for chunk in lines.split(|line| line.is_empty()) {
        if chunk.is_empty() {
            continue;
        }
        let hard_wrapped = chunk.len() > 1
            && chunk[..chunk.len() - 1].iter().all(|line| {
                let chars = line.slice(text).chars().count();
                (WRAPPED_LINE_CHARS..=UNWRAPPED_LINE_CHARS).contains(&chars)
            });
        if hard_wrapped {
            let span = chunk[0].cover(chunk[chunk.len() - 1]);
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                span,
                level: None,
                number: None,
            });
        } else {
            blocks.extend(chunk.iter().map(|&span| Block {
                kind: BlockKind::Paragraph,
                span,
                level: None,
                number: None,
            }));
        }
    }
    classify(text, &mut blocks);
    blocks
}

/// The trimmed span of every line; blank lines become empty spans.
fn chunk_lines(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed_start = line.len() - line.trim_start().len();
        let content = line.trim();
        let span = if content.is_empty() {
            Span::new(start, start)
        } else {
            let s = start + trimmed_start;
            Span::new(s, s + content.len())
        };
        spans.push(span);
        start += line.len();
    }
    spans
}

/// Gives each block its kind from its own words and its neighbours.
fn classify(text: &str, blocks: &mut [Block]) {
    for block in blocks.iter_mut() {
        block.kind = kind_of_line(block.span.slice(text));
    }
    // A short line beside a credit is the picture's caption.
    for i in 0..blocks.len() {
        if blocks[i].kind != BlockKind::Heading {
            continue;
        }
        let near_credit = (i > 0 && blocks[i - 1].kind == BlockKind::Credit)
            || blocks
                .get(i + 1)
                .is_some_and(|b| b.kind == BlockKind::Credit);
        if near_credit {
            blocks[i].kind = BlockKind::Caption;
        }
    }
    for block in blocks.iter_mut() {
        if block.kind == BlockKind::Heading {
            block.level = Some(2);
        }
    }
}

/// The kind of one block from its own text.
pub fn kind_of_line(line: &str) -> BlockKind {
    let chars = line.chars().count();
    if is_credit(line) {
        return BlockKind::Credit;
    }
    if chars > SHORT_LINE_CHARS {
        return BlockKind::Paragraph;
    }
    if is_byline(line) {
        return BlockKind::Byline;
    }
    // A quotation and its credit ("“We are ready.” ― Ana Ruiz") is prose.
    if ends_like_a_sentence(line) || opens_a_quotation(line) {
        return BlockKind::Paragraph;
    }
    if is_navigation(line) {
        return BlockKind::Navigation;
    }
    BlockKind::Heading
}

/// Whether `line` opens with a quotation that it also closes.
fn opens_a_quotation(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    match chars.next() {
        Some('\u{201C}') => chars.as_str().contains('\u{201D}'),
        Some('"') => chars.as_str().contains('"'),
        _ => false,
    }
}

fn ends_like_a_sentence(line: &str) -> bool {
    line.trim_end().ends_with([
        '.', '!', '?', '"', '\u{201D}', '\u{2019}', '\'', ':', ';', ',', '…', '»', ')',
    ])
}

/// Whether `line`, in lower case, starts with one of `prefixes`: only as
/// many characters as the longest prefix has are lower-cased (each
/// becomes one or more), not a whole paragraph.
fn starts_with_any(line: &str, prefixes: &[&str]) -> bool {
    let longest = prefixes.iter().map(|p| p.chars().count()).max();
    let head: String = line
        .trim_start()
        .chars()
        .take(longest.unwrap_or(0) + 1)
        .collect();
    let lower = head.to_lowercase();
    prefixes.iter().any(|p| lower.starts_with(p))
}

fn is_credit(line: &str) -> bool {
    starts_with_any(
        line,
        &[
            "photo:",
            "photo by",
            "photos:",
            "photograph:",
            "image:",
            "image by",
            "picture:",
            "credit:",
            "illustration:",
            "video:",
            "©",
            "(c) ",
        ],
    ) || (line.chars().count() <= SHORT_LINE_CHARS
        && line.contains("://")
        && !ends_like_a_sentence(line))
}

fn is_byline(line: &str) -> bool {
    let by_name = line.starts_with("By ")
        && line
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    by_name
        || starts_with_any(
            line,
            &[
                "author",
                "editor",
                "written by",
                "reporting by",
                "edited by",
                "reported by",
                "additional reporting",
            ],
        )
}

/// A line of single capitalized words with no function words ("World Sport
/// Business"), a lone section word, or a line opening with a date.
fn is_navigation(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let opens_with_date = words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("date"))
        || words
            .first()
            .is_some_and(|w| w.len() >= 8 && w.bytes().filter(u8::is_ascii_digit).count() >= 6);
    if opens_with_date {
        return true;
    }
    if words.len() == 1 {
        return words[0].chars().all(char::is_alphabetic);
    }
    let has_function_word = words
        .iter()
        .any(|w| lexicon::HEADING_FUNCTION_WORDS.contains(&w.to_lowercase().as_str()));
    words.len() >= 4
        && !has_function_word
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str)> {
        blocks(text)
            .into_iter()
            .map(|b| (b.kind, b.span.slice(text)))
            .collect()
    }

    #[test]
    fn a_prefix_is_found_in_a_long_line_whatever_its_case() {
        let long = format!(
            "ADDITIONAL REPORTING by Ana Ruiz{}",
            " and others".repeat(50)
        );
        assert!(starts_with_any(&long, &["editor", "additional reporting"]));
        assert!(!starts_with_any(&long, &["additional reportings"]));
        assert!(starts_with_any("  \u{130}mage: a pier", &["i\u{307}mage:"]));
    }

    #[test]
    fn paragraphs_are_separated_by_blank_lines() {
        let text = "First paragraph here.\n\n  Second one, indented.  \n";
        assert_eq!(
            kinds(text),
            [
                (BlockKind::Paragraph, "First paragraph here."),
                (BlockKind::Paragraph, "Second one, indented.")
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_join_into_one_paragraph() {
        let text = "The harbour authority said on Monday that the port\nwould reopen within a week after repairs.\n";
        assert_eq!(blocks(text).len(), 1);
    }

    #[test]
    fn long_lines_after_single_line_breaks_are_paragraphs_of_their_own() {
        let first = "The harbour authority said on Monday that the port would reopen within a week, once divers had checked the pilings under the old ferry quay and the cranes had been moved back to the container terminal.";
        let second = "\u{201c}We will be ready,\u{201d} the harbour master said.";
        let text = format!("{first}\n{second}\n");
        let paragraphs: Vec<&str> = blocks(&text).iter().map(|b| b.span.slice(&text)).collect();
        assert_eq!(paragraphs, [first, second]);
    }

    #[test]
    fn a_short_line_of_a_quotation_and_its_credit_is_prose() {
        let line = "\u{201c}The quay is safe again.\u{201d} \u{2015} Ana Ruiz";
        assert_eq!(kind_of_line(line), BlockKind::Paragraph);
        assert_eq!(
            kind_of_line("Quay Reopens After Repairs"),
            BlockKind::Heading
        );
    }

    #[test]
    fn pasted_page_furniture_is_classified() {
        let text = "date 2031-04-02 News Sport Culture Weather\nNews\n\nHarbour Talks Stall Over Fees\n\nThe talks stalled on Tuesday.\n\nDockers at the quay\nPhoto: example.org by Jo Vance\nDockers at the quay\n\nBy Mara Lind\nEditor Tom Okafor\n";
        assert_eq!(
            kinds(text),
            [
                (
                    BlockKind::Navigation,
                    "date 2031-04-02 News Sport Culture Weather"
                ),
                (BlockKind::Navigation, "News"),
                (BlockKind::Heading, "Harbour Talks Stall Over Fees"),
                (BlockKind::Paragraph, "The talks stalled on Tuesday."),
                (BlockKind::Caption, "Dockers at the quay"),
                (BlockKind::Credit, "Photo: example.org by Jo Vance"),
                (BlockKind::Caption, "Dockers at the quay"),
                (BlockKind::Byline, "By Mara Lind"),
                (BlockKind::Byline, "Editor Tom Okafor"),
            ]
        );
    }

    #[test]
    fn windows_line_endings_are_handled() {
        assert_eq!(
            kinds("One line here.\r\n\r\nTwo lines here.\r\n"),
            [
                (BlockKind::Paragraph, "One line here."),
                (BlockKind::Paragraph, "Two lines here.")
            ]
        );
    }
}
