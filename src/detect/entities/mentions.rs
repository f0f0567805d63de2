//! Name mentions from the learned tagger ([`crate::ner`]), cleaned of
//! titles, "the" and possessives, with the role the text gives before them.
//!
//! Pasted page furniture is handled before tagging: navigation lines, photo
//! credits and code are not read at all, and a heading or caption in Title
//! Case is read in capitals, so that the tagger judges its words by what
//! they are (as it does for all-caps headlines) rather than by their case.

use super::linking::RawMention;
use crate::annotation::EntityKind;
use crate::detect::lexicon::{is_person_title, ROLE_NOUNS};
use crate::document::blocks::BlockKind;
use crate::document::Document;
use crate::ner::Tagger;
use crate::span::Span;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// Last words that make a name of several words an organization, whatever
/// the words before them ("Harbor Gazette", "Calden Institute").
const ORGANIZATION_HEADS: &[&str] = &[
    "Gazette",
    "Times",
    "Post",
    "Journal",
    "Herald",
    "Tribune",
    "Ledger",
    "Courier",
    "Chronicle",
    "Institute",
    "University",
    "College",
    "Council",
    "Commission",
    "Committee",
    "Ministry",
    "Agency",
    "Party",
    "Association",
    "Corporation",
    "Corp.",
    "Inc.",
    "Ltd.",
    "Foundation",
    "Authority",
    "Board",
];

/// Whether the tagger reads the sentences of a block of this kind.
fn is_read(kind: BlockKind) -> bool {
    !matches!(
        kind,
        BlockKind::Navigation | BlockKind::Credit | BlockKind::Code
    )
}

/// Small words a Title Case heading may leave in lower case.
const MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "with",
    "as", "from", "into", "over", "vs", "vs.", "via", "per",
];

/// Whether a line is written in Title Case, so that case tells nothing
/// about which words are names ("Harbour Talks Stall Over Fees"): at least
/// three words, every one capitalized but the small ones, and no numbers
/// (a line of names and figures, such as a results table, is not a title).
fn is_title_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let all_capitalized = lettered.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
            || MINOR_WORDS.contains(&w.to_lowercase().as_str())
    });
    let capitalized = lettered
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let has_number = words
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    all_capitalized && capitalized >= 3 && !has_number
}

/// Finds the name mentions of `doc`.
pub fn find(doc: &Document) -> Vec<RawMention> {
    let sentences: Vec<&crate::document::sentences::Sentence> = doc
        .sentences
        .iter()
        .filter(|s| is_read(doc.blocks[s.block].kind))
        .collect();
    let words: Vec<Vec<Cow<str>>> = sentences
        .iter()
        .map(|s| {
            let words: Vec<&str> = s.tokens.clone().map(|t| doc.word(t)).collect();
            if is_display(doc.blocks[s.block].kind) && is_title_case(&words) {
                words.iter().map(|w| Cow::Owned(w.to_uppercase())).collect()
            } else {
                words.into_iter().map(Cow::Borrowed).collect()
            }
        })
        .collect();
    let borrowed: Vec<Vec<&str>> = words
        .iter()
        .map(|s| s.iter().map(|w| w.as_ref()).collect())
        .collect();
    let tagged = Tagger::embedded().tag_document(&borrowed);
    let mut mentions = Vec::new();
    for (sentence, spans) in sentences.iter().zip(tagged) {
        let first = sentence.tokens.start;
        let display = is_display(doc.blocks[sentence.block].kind);
        for span in spans {
            let tokens = span.tokens.start + first..span.tokens.end + first;
            if let Some(mention) = mention(doc, tokens, sentence.tokens.start, span.kind) {
                mentions.push((mention, display));
            }
        }
    }
    // Names of the "other" kind are the least sure; in a heading or caption
    // they stand only if the article's text names them too.
    let key = |m: &RawMention| m.span.slice(doc.text).to_lowercase();
    let confirmed: HashSet<String> = mentions
        .iter()
        .filter(|(_, display)| !display)
        .map(|(m, _)| key(m))
        .collect();
    mentions
        .into_iter()
        .filter(|(m, display)| {
            !display || m.kind != EntityKind::Other || confirmed.contains(&key(m))
        })
        .map(|(m, _)| m)
        .collect()
}

/// Whether a block is a heading or caption, where every word may be
/// capitalized.
fn is_display(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Heading | BlockKind::Caption)
}

/// The mention for tokens the tagger marked as a name: a leading "the" or
/// title and a trailing possessive are taken off, and a title or role
/// before the name becomes its role.
fn mention(
    doc: &Document,
    tokens: Range<usize>,
    sentence_start: usize,
    kind: EntityKind,
) -> Option<RawMention> {
    let (mut start, mut end) = (tokens.start, tokens.end);
    while end > start && matches!(doc.word(end - 1), "'s" | "\u{2019}s" | "'" | "\u{2019}") {
        end -= 1;
    }
    while start < end
        && (doc.word(start).eq_ignore_ascii_case("the") || is_title_word(doc.word(start)))
    {
        start += 1;
    }
    let has_letters = (start..end).any(|t| doc.word(t).chars().any(char::is_alphabetic));
    if !has_letters {
        return None;
    }
    let last = doc.word(end - 1);
    let kind = if end - start >= 2 && ORGANIZATION_HEADS.contains(&last) {
        EntityKind::Organization
    } else {
        kind
    };
    Some(RawMention {
        span: doc.tokens[start].span.cover(doc.tokens[end - 1].span),
        kind,
        role: role_before(doc, start, sentence_start),
    })
}

/// Whether `word` is a title or role ("President", "minister").
fn is_title_word(word: &str) -> bool {
    is_person_title(word) || ROLE_NOUNS.contains(&word.to_lowercase().as_str())
}

/// The titles and roles written right before a name ("Russian President",
/// "aide to President"), as one span.
fn role_before(doc: &Document, start: usize, sentence_start: usize) -> Option<Span> {
    let mut first = start;
    while first > sentence_start && is_title_word(doc.word(first - 1)) {
        first -= 1;
    }
    // A nationality or rank adjective opening the role ("Russian President").
    if first < start && first > sentence_start {
        let before = doc.word(first - 1);
        let adjective = before.starts_with(char::is_uppercase)
            && ["an", "ian", "ese", "ish", "ch", "i"]
                .iter()
                .any(|s| before.ends_with(s));
        if adjective {
            first -= 1;
        }
    }
    (first < start).then(|| doc.tokens[first].span.cover(doc.tokens[start - 1].span))
}
