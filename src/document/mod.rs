//! The pasted text read as a document: blocks, visible text, tokens and
//! sentences, all with byte spans into the original text.

pub mod blocks;
pub mod format;
pub mod markdown;
pub mod plain;
pub mod sentences;
pub mod subheads;
pub mod tokens;

use crate::lexicon::{WordBits, WordClass};
use crate::span::Span;
use blocks::Block;
use format::Format;
use markdown::Inline;
use sentences::Sentence;
use tokens::Token;

/// The text read as a document, ready for the detectors.
#[derive(Debug)]
pub struct Document<'t> {
    /// The original text.
    pub text: &'t str,
    /// How the text was read.
    pub format: Format,
    /// Leaf blocks in reading order.
    pub blocks: Vec<Block>,
    /// Inline styles (Markdown only).
    pub inlines: Vec<Inline>,
    /// Syntax characters that are not shown (Markdown only).
    pub markup: Vec<Span>,
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// The word classes of every token, looked up once ([`Document::is`]).
    pub classes: Vec<WordBits>,
}

impl<'t> Document<'t> {
    /// Reads `text` in `format`.
    pub fn parse(text: &'t str, format: Format) -> Document<'t> {
        let (blocks, pieces, inlines, markup) = match format {
            Format::Text => {
                let blocks = plain::blocks(text);
                let pieces = blocks.iter().map(|b| b.span).collect();
                (blocks, pieces, Vec::new(), Vec::new())
            }
            Format::Markdown => {
                let layout = markdown::layout(text);
                (layout.blocks, layout.pieces, layout.inlines, layout.markup)
            }
        };
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        let mut piece_iter = pieces.into_iter().peekable();
        for (index, block) in blocks.iter().enumerate() {
            let first_token = tokens.len();
            // Pieces before this block belong to blocks that were dropped
            // (empty after trimming); pieces inside it are tokenized.
            while let Some(&piece) = piece_iter.peek() {
                if piece.start >= block.span.end {
                    break;
                }
                piece_iter.next();
                let start = piece.start.max(block.span.start);
                let end = piece.end.min(block.span.end);
                if start < end {
                    tokens::tokenize_into(text, Span::new(start, end), &mut tokens);
                }
            }
            if tokens.len() > first_token {
                sentences::split_into(
                    text,
                    &tokens,
                    first_token..tokens.len(),
                    index,
                    &mut sentences,
                );
            }
        }
        let classes = tokens
            .iter()
            .map(|t| WordBits::of(t.span.slice(text)))
            .collect();
        Document {
            text,
            format,
            blocks,
            inlines,
            markup,
            tokens,
            sentences,
            classes,
        }
    }

    /// The text of a token.
    pub fn word(&self, token: usize) -> &'t str {
        self.tokens[token].span.slice(self.text)
    }

    /// Whether token `t`'s word is in `class` (ignoring ASCII case unless
    /// the class is case-sensitive), from the bits computed once.
    pub fn is(&self, t: usize, class: &WordClass) -> bool {
        self.classes[t].has(class)
    }
}
