//! Blocks, inline styles and hidden syntax of a Markdown text.
//!
//! pulldown-cmark gives events with source ranges. The visible text of a
//! block is the union of its text events; what lies between them inside the
//! block ("**", "](url)", "> ") is markup the reading view hides. Raw HTML
//! is kept as visible text, never interpreted.

use super::blocks::{Block, BlockKind};
use super::plain;
use crate::span::Span;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

/// An inline style of Markdown text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InlineKind {
    /// `*emphasis*`
    Emphasis,
    /// `**strong**`
    Strong,
    /// `[text](url)`
    Link,
    /// `` `code` ``
    Code,
}

/// A styled stretch of visible text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    /// The style.
    pub kind: InlineKind,
    /// The visible text it covers.
    pub span: Span,
    /// A link's destination (shown, never followed).
    pub href: Option<String>,
}

/// What a Markdown text is made of.
#[derive(Debug, Default)]
pub struct MarkdownLayout {
    /// The leaf blocks, in order.
    pub blocks: Vec<Block>,
    /// Visible text pieces, in order; every piece lies in one block.
    pub pieces: Vec<Span>,
    /// Inline styles.
    pub inlines: Vec<Inline>,
    /// Syntax characters inside blocks that are not shown.
    pub markup: Vec<Span>,
}

/// A leaf block being read.
struct OpenLeaf {
    kind: BlockKind,
    level: Option<u8>,
    number: Option<u64>,
    first_piece: usize,
}

/// The containers the reader is inside: block quotes and list items, and
/// the numbering of the lists that hold them.
#[derive(Default)]
struct Nesting {
    quote_depth: usize,
    item_depth: usize,
    /// For each open list, its next item's number (`None`: a bullet list).
    lists: Vec<Option<u64>>,
    /// The number of the item just opened, until its first block takes it.
    item_number: Option<u64>,
}

impl Nesting {
    /// The kind of a paragraph read here.
    fn paragraph_kind(&self) -> BlockKind {
        if self.quote_depth > 0 {
            BlockKind::BlockQuote
        } else if self.item_depth > 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        }
    }

    /// Opens a list item, numbering it if its list is ordered.
    fn open_item(&mut self) {
        self.item_depth += 1;
        self.item_number = self.lists.last_mut().and_then(|next| {
            let number = *next;
            if let Some(n) = next {
                *n += 1;
            }
            number
        });
    }

    /// Starts a leaf block of `kind` here.
    fn open_leaf(&mut self, kind: BlockKind, level: Option<u8>, first_piece: usize) -> OpenLeaf {
        let number = match kind {
            BlockKind::ListItem => self.item_number.take(),
            _ => None,
        };
        OpenLeaf {
            kind,
            level,
            number,
            first_piece,
        }
    }
}

/// An inline style being read.
struct OpenInline {
    kind: InlineKind,
    first_piece: usize,
    href: Option<String>,
}

/// Reads `text` as CommonMark.
pub fn layout(text: &str) -> MarkdownLayout {
    let mut r = Reading::default();
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(tag) => r.start(text, tag),
            Event::End(end) => r.end(text, end),
            Event::Text(_)
            | Event::Html(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_) => {
                let span = visible_part(text, &event, range.into());
                add_piece(&mut r.leaf, &mut r.nesting, span, &mut r.out);
            }
            Event::Code(_) => {
                let inner = code_content(text, range.into());
                add_piece(&mut r.leaf, &mut r.nesting, inner, &mut r.out);
                if !inner.is_empty() {
                    r.out.inlines.push(Inline {
                        kind: InlineKind::Code,
                        span: inner,
                        href: None,
                    });
                }
            }
            _ => {}
        }
    }
    let mut out = r.out;
    close_leaf(text, &mut r.leaf, &mut out);
    out.inlines
        .sort_by_key(|inline| (inline.span.start, std::cmp::Reverse(inline.span.end)));
    out
}

/// What [`layout`] keeps while it reads the parser's events.
#[derive(Default)]
struct Reading {
    out: MarkdownLayout,
    nesting: Nesting,
    leaf: Option<OpenLeaf>,
    inlines: Vec<OpenInline>,
}

impl Reading {
    /// A block or inline style opens.
    fn start(&mut self, text: &str, tag: Tag) {
        let (leaf, out, nesting) = (&mut self.leaf, &mut self.out, &mut self.nesting);
        match tag {
            Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_) | Tag::HtmlBlock => {
                close_leaf(text, leaf, out);
                let (kind, level) = match tag {
                    Tag::Heading { level, .. } => (BlockKind::Heading, Some(heading_level(level))),
                    Tag::CodeBlock(_) => (BlockKind::Code, None),
                    _ => (nesting.paragraph_kind(), None),
                };
                *leaf = Some(nesting.open_leaf(kind, level, out.pieces.len()));
            }
            Tag::BlockQuote(_) => {
                close_leaf(text, leaf, out);
                nesting.quote_depth += 1;
            }
            Tag::Item => {
                close_leaf(text, leaf, out);
                nesting.open_item();
            }
            Tag::List(first_number) => {
                close_leaf(text, leaf, out);
                nesting.lists.push(first_number);
            }
            Tag::Emphasis => self
                .inlines
                .push(open_inline(InlineKind::Emphasis, out, None)),
            Tag::Strong => self
                .inlines
                .push(open_inline(InlineKind::Strong, out, None)),
            Tag::Link { dest_url, .. } => self.inlines.push(open_inline(
                InlineKind::Link,
                out,
                Some(dest_url.to_string()),
            )),
            _ => {}
        }
    }

    /// A block or inline style closes.
    fn end(&mut self, text: &str, end: TagEnd) {
        let (leaf, out, nesting) = (&mut self.leaf, &mut self.out, &mut self.nesting);
        match end {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                close_leaf(text, leaf, out)
            }
            TagEnd::BlockQuote(_) => {
                close_leaf(text, leaf, out);
                nesting.quote_depth = nesting.quote_depth.saturating_sub(1);
            }
            TagEnd::Item => {
                close_leaf(text, leaf, out);
                nesting.item_depth = nesting.item_depth.saturating_sub(1);
            }
            TagEnd::List(_) => {
                close_leaf(text, leaf, out);
                nesting.lists.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => {
                if let Some(open) = self.inlines.pop() {
                    close_inline(open, out);
                }
            }
            _ => {}
        }
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn open_inline(kind: InlineKind, out: &MarkdownLayout, href: Option<String>) -> OpenInline {
    OpenInline {
        kind,
        first_piece: out.pieces.len(),
        href,
    }
}

fn close_inline(open: OpenInline, out: &mut MarkdownLayout) {
    if let (Some(first), Some(last)) = (out.pieces.get(open.first_piece), out.pieces.last()) {
        if open.first_piece < out.pieces.len() {
            out.inlines.push(Inline {
                kind: open.kind,
                span: first.cover(*last),
                href: open.href,
            });
        }
    }
}

/// The part of a text event's range that is shown. Hard breaks written as a
/// trailing backslash show nothing of it; a soft break is a space.
fn visible_part(text: &str, event: &Event, range: Span) -> Span {
    match event {
        Event::HardBreak if range.slice(text).starts_with('\\') => Span::new(range.end, range.end),
        Event::Text(shown) if range.slice(text) != shown.as_ref() => {
            // An escape ("\*") or entity ("&amp;"): show the source as written,
            // less a leading backslash of an escape.
            let source = range.slice(text);
            if source.starts_with('\\') && source.len() > 1 {
                Span::new(range.start + 1, range.end)
            } else {
                range
            }
        }
        _ => range,
    }
}

/// The content of a code span without its backticks and one padding space.
fn code_content(text: &str, range: Span) -> Span {
    let source = range.slice(text);
    let ticks = source.bytes().take_while(|&b| b == b'`').count();
    let mut start = range.start + ticks;
    let mut end = range.end.saturating_sub(ticks).max(start);
    let inner = &text[start..end];
    if inner.len() >= 2
        && inner.starts_with(' ')
        && inner.ends_with(' ')
        && !inner.trim().is_empty()
    {
        start += 1;
        end -= 1;
    }
    Span::new(start, end)
}

fn add_piece(
    leaf: &mut Option<OpenLeaf>,
    nesting: &mut Nesting,
    span: Span,
    out: &mut MarkdownLayout,
) {
    if leaf.is_none() {
        // Text straight inside a tight list item (no paragraph around it).
        let kind = nesting.paragraph_kind();
        *leaf = Some(nesting.open_leaf(kind, None, out.pieces.len()));
    }
    if span.is_empty() {
        return;
    }
    // Adjacent text events of one leaf (split by the parser at special
    // characters) merge into one piece.
    let leaf_has_pieces = leaf
        .as_ref()
        .is_some_and(|l| l.first_piece < out.pieces.len());
    match out.pieces.last_mut() {
        Some(last) if leaf_has_pieces && last.end == span.start => last.end = span.end,
        _ => out.pieces.push(span),
    }
}

fn close_leaf(text: &str, leaf: &mut Option<OpenLeaf>, out: &mut MarkdownLayout) {
    let Some(open) = leaf.take() else {
        return;
    };
    let pieces = &out.pieces[open.first_piece..];
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return;
    };
    let mut span = first.cover(*last);
    // Trailing newlines of code blocks and paragraphs are not content.
    let trimmed = span.slice(text).trim_end();
    span.end = span.start + trimmed.len();
    if span.is_empty() {
        return;
    }
    for pair in pieces.windows(2) {
        if pair[0].end < pair[1].start {
            out.markup.push(Span::new(pair[0].end, pair[1].start));
        }
    }
    // A one-line paragraph may be a byline or a photo credit.
    let kind = match open.kind {
        BlockKind::Paragraph if !span.slice(text).contains('\n') => {
            match plain::kind_of_line(span.slice(text)) {
                line_kind @ (BlockKind::Byline | BlockKind::Credit) => line_kind,
                _ => BlockKind::Paragraph,
            }
        }
        kind => kind,
    };
    out.blocks.push(Block {
        kind,
        span,
        level: open.level,
        number: open.number,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(BlockKind, &str)> {
        layout(text)
            .blocks
            .iter()
            .map(|b| (b.kind, b.span.slice(text)))
            .collect()
    }

    #[test]
    fn headings_paragraphs_lists_and_quotes_become_blocks() {
        let text = "# Port Reopens\n\n*By Ines Moreau*\n\nThe port *reopened* today.\n\n- first item\n- second item\n\n> A quoted line\n> that goes on.\n";
        assert_eq!(
            blocks(text),
            [
                (BlockKind::Heading, "Port Reopens"),
                (BlockKind::Byline, "By Ines Moreau"),
                (BlockKind::Paragraph, "The port *reopened* today."),
                (BlockKind::ListItem, "first item"),
                (BlockKind::ListItem, "second item"),
                (BlockKind::BlockQuote, "A quoted line\n> that goes on."),
            ]
        );
    }

    #[test]
    fn items_of_a_numbered_list_carry_their_numbers() {
        let text = "3. third step\n4. fourth step\n   - a detail\n5. fifth step\n\n- a bullet\n";
        let numbered: Vec<(&str, Option<u64>)> = layout(text)
            .blocks
            .iter()
            .map(|b| (b.span.slice(text), b.number))
            .collect();
        assert_eq!(
            numbered,
            [
                ("third step", Some(3)),
                ("fourth step", Some(4)),
                ("a detail", None),
                ("fifth step", Some(5)),
                ("a bullet", None),
            ]
        );
    }

    #[test]
    fn inline_styles_cover_their_visible_text_and_markup_is_hidden() {
        let text = "A **bold** claim and [a link](https://example.org) and `code`.";
        let layout = layout(text);
        let styled: Vec<(InlineKind, &str)> = layout
            .inlines
            .iter()
            .map(|i| (i.kind, i.span.slice(text)))
            .collect();
        assert_eq!(
            styled,
            [
                (InlineKind::Strong, "bold"),
                (InlineKind::Link, "a link"),
                (InlineKind::Code, "code")
            ]
        );
        assert_eq!(
            layout.inlines[1].href.as_deref(),
            Some("https://example.org")
        );
        let hidden: Vec<&str> = layout.markup.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            hidden,
            ["**", "**", "[", "](https://example.org)", "`", "`"]
        );
    }

    #[test]
    fn raw_html_stays_visible_text() {
        let text = "Before <img src=x onerror=alert(1)> after.\n\n<script>alert(2)</script>\n";
        let layout = layout(text);
        let shown: Vec<&str> = layout.blocks.iter().map(|b| b.span.slice(text)).collect();
        assert_eq!(
            shown,
            [
                "Before <img src=x onerror=alert(1)> after.",
                "<script>alert(2)</script>"
            ]
        );
        assert!(layout.markup.is_empty(), "nothing of the HTML is hidden");
    }

    #[test]
    fn escapes_hide_their_backslash() {
        let text = "Price \\*not\\* final.";
        let layout = layout(text);
        let hidden: Vec<&str> = layout.markup.iter().map(|s| s.slice(text)).collect();
        assert_eq!(hidden, ["\\", "\\"]);
    }
}
