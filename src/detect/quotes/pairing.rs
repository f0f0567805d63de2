//! Pairs opening and closing marks into quotations, block by block. A
//! quotation left open at the end of a paragraph runs on when the next
//! paragraph reopens it (the convention for quotes over several
//! paragraphs); otherwise it ends, unclosed, with its paragraph.

use super::marks::{mark_at, Family, Mark, Role};
use crate::document::blocks::{Block, BlockKind};
use crate::span::Span;

/// A paired quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    /// From the opening mark to the closing mark (or the end of the
    /// paragraph where an unclosed quotation stops), inclusive.
    pub span: Span,
    /// The text between the marks.
    pub inner: Span,
}

/// Deepest nesting followed (double inside single inside double …).
const MAX_DEPTH: usize = 4;

/// Pairs the quotation marks of every block that holds text.
pub fn pair(text: &str, blocks: &[Block]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    // An opening double mark still open at the end of the last paragraph,
    // with the end of that paragraph.
    let mut carried: Option<(Mark, usize)> = None;
    for block in blocks {
        if matches!(
            block.kind,
            BlockKind::Code | BlockKind::Navigation | BlockKind::Credit
        ) {
            close_unclosed(&mut carried, &mut pairs);
            continue;
        }
        let body = block.span.slice(text);
        let lead = body.char_indices().find(|(_, c)| !c.is_whitespace());
        let reopens = lead.and_then(|(offset, ch)| mark_at(text, block.span.start + offset, ch));
        let mut stack: Vec<Mark> = Vec::new();
        let mut skip = None;
        match (carried.take(), reopens) {
            (Some((open, _)), Some(mark))
                if mark.family == Family::Double && mark.role != Role::Closes =>
            {
                // The paragraph reopens the running quotation.
                stack.push(open);
                skip = Some(mark.at);
            }
            (running, _) => {
                carried = running;
                close_unclosed(&mut carried, &mut pairs);
            }
        }
        for (offset, ch) in body.char_indices() {
            let at = block.span.start + offset;
            let Some(mark) = mark_at(text, at, ch).filter(|_| skip != Some(at)) else {
                continue;
            };
            let closes = stack
                .iter()
                .rposition(|&open| mark.at >= open.end() && mark.closes(open));
            match closes {
                Some(depth) if mark.role != Role::Opens => {
                    let open = stack[depth];
                    stack.truncate(depth);
                    pairs.push(Pair {
                        span: Span::new(open.at, mark.end()),
                        inner: Span::new(open.end(), mark.at),
                    });
                }
                _ if mark.role != Role::Closes && stack.len() < MAX_DEPTH => stack.push(mark),
                _ => {}
            }
        }
        if let Some(&open) = stack.iter().find(|m| m.family == Family::Double) {
            carried = Some((open, trimmed_end(text, block.span)));
            if !block.kind.is_prose() {
                close_unclosed(&mut carried, &mut pairs);
            }
        }
    }
    close_unclosed(&mut carried, &mut pairs);
    pairs.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    pairs
}

/// Ends a quotation that no later paragraph reopens at the end of the last
/// paragraph it covered.
fn close_unclosed(carried: &mut Option<(Mark, usize)>, pairs: &mut Vec<Pair>) {
    if let Some((open, end)) = carried.take() {
        if end > open.end() {
            pairs.push(Pair {
                span: Span::new(open.at, end),
                inner: Span::new(open.end(), end),
            });
        }
    }
}

fn trimmed_end(text: &str, span: Span) -> usize {
    span.start + span.slice(text).trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{format::Format, Document};

    fn pairs(text: &str) -> Vec<&str> {
        let doc = Document::parse(text, Format::Text);
        pair(text, &doc.blocks)
            .iter()
            .map(|p| p.span.slice(text))
            .collect()
    }

    #[test]
    fn marks_pair_by_family_and_nesting() {
        assert_eq!(pairs("a \"b\u{201D} c"), ["\"b\u{201D}"]);
        assert_eq!(
            pairs("\u{201C}x \u{2018}y\u{2019} z\u{201D}"),
            ["\u{201C}x \u{2018}y\u{2019} z\u{201D}", "\u{2018}y\u{2019}"]
        );
        assert_eq!(
            pairs("\u{00AB}oui\u{00BB} et \u{00BB}ja\u{00AB}"),
            ["\u{00AB}oui\u{00BB}", "\u{00BB}ja\u{00AB}"]
        );
    }

    #[test]
    fn a_reopened_paragraph_continues_the_quote() {
        let text = "\u{201C}One.\n\n\u{201C}Two.\u{201D} Three.";
        assert_eq!(pairs(text), ["\u{201C}One.\n\n\u{201C}Two.\u{201D}"]);
    }

    #[test]
    fn a_quote_left_open_ends_with_its_paragraph() {
        assert_eq!(pairs("\u{201C}One two\n\nThree."), ["\u{201C}One two"]);
    }

    #[test]
    fn runs_of_marks_never_make_inverted_spans() {
        let text = "\u{201E}reportedly\u{2019}\u{201C}\u{2018}\n\n\u{2033}\u{2018}that said\u{00AB} said \u{201E}\u{201E}\n\ndon't\" \u{2019} '''' ";
        for pair in pair(text, &Document::parse(text, Format::Text).blocks) {
            assert!(pair.span.start <= pair.inner.start && pair.inner.end <= pair.span.end);
        }
    }
}
