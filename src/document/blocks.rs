//! Blocks: the paragraphs, headings and other lines an article is made of.

use crate::span::Span;
use serde::Serialize;

/// What a block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A title or section heading.
    Heading,
    /// Running text.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A paragraph inside a Markdown block quote.
    BlockQuote,
    /// A short line under a picture.
    Caption,
    /// A photo or image credit ("Photo: …").
    Credit,
    /// The author or editor line.
    Byline,
    /// Site navigation or a dateline pasted along with the article.
    Navigation,
    /// Preformatted code.
    Code,
}

impl BlockKind {
    /// Whether the block holds the article's running prose, where quotes and
    /// attributions are looked for.
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::BlockQuote
        )
    }
}

/// One block of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's visible text (for Markdown, without leading markers such
    /// as "## " or "> ").
    pub span: Span,
    /// Heading level (1–6) for headings.
    pub level: Option<u8>,
    /// The item's number, for an item of a numbered list.
    pub number: Option<u64>,
}
