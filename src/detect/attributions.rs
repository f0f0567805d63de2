//! Attributions: who is credited with what.
//!
//! Finds "according to X", speech verbs with their subject ("X said",
//! "said X", "X noted that …"), and direct quotations credited by a verb
//! next to them, then resolves each source to an entity and a kind.

use crate::annotation::{
    Attribution, Entity, EntityKind, Quote, QuoteKind, SourceKind, SourceMention,
};
use crate::detect::lexicon::{
    is_speech_verb, ANONYMOUS_SOURCE_NOUNS, DOCUMENT_NOUNS, SUBJECT_PRONOUNS, UNNAMED_GROUP_NOUNS,
};
use crate::document::sentences::Sentence;
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::span::Span;

/// Finds attributions and credits the quotations they cover.
pub fn detect(doc: &Document, entities: &[Entity], quotes: &mut [Quote]) -> Vec<Attribution> {
    let mut found = Vec::new();
    for sentence in &doc.sentences {
        if !doc.blocks[sentence.block].kind.is_prose() {
            continue;
        }
        according_to(doc, sentence, entities, &mut found);
        speech_verbs(doc, sentence, entities, quotes, &mut found);
        reportedly(doc, sentence, &mut found);
    }
    found.sort_by_key(|a| a.cue.start);
    for (index, attribution) in found.iter().enumerate() {
        let Some(content) = attribution.content.filter(|_| attribution.direct) else {
            continue;
        };
        if let Some(quote) = quotes
            .iter_mut()
            .find(|q| q.inner == content || q.span.contains(content) && content.contains(q.inner))
        {
            quote.attribution = Some(index);
            quote.kind = QuoteKind::Speech;
        }
    }
    found
}

/// "according to X, …" and "…, according to X."
fn according_to(
    doc: &Document,
    sentence: &Sentence,
    entities: &[Entity],
    out: &mut Vec<Attribution>,
) {
    let range = sentence.tokens.clone();
    for i in range.start..range.end.saturating_sub(1) {
        if !doc.word(i).eq_ignore_ascii_case("according") || doc.word(i + 1) != "to" {
            continue;
        }
        let cue = doc.tokens[i].span.cover(doc.tokens[i + 1].span);
        let phrase_end = (i + 2..range.end)
            .find(|&t| is_clause_break(doc.word(t)))
            .unwrap_or(range.end);
        if phrase_end == i + 2 {
            continue;
        }
        let (source, via) = split_via(doc, i + 2, phrase_end);
        let content = if i == range.start {
            // "According to X, content."
            (phrase_end + 1 < range.end)
                .then(|| span_of(doc, phrase_end + 1, content_end(doc, range.end)))
        } else {
            // "Content, according to X."
            let before_end = if doc.word(i - 1) == "," { i - 1 } else { i };
            (before_end > range.start).then(|| span_of(doc, range.start, before_end))
        };
        out.push(build(doc, entities, cue, source, via, content, false));
    }
}

/// "X said …", "said X", "X noted that …", with the quotation nearby.
fn speech_verbs(
    doc: &Document,
    sentence: &Sentence,
    entities: &[Entity],
    quotes: &[Quote],
    out: &mut Vec<Attribution>,
) {
    let range = sentence.tokens.clone();
    for v in range.clone() {
        let word = doc.word(v);
        if !is_speech_verb(&word.to_lowercase()) || !is_attribution_verb_use(doc, v, range.start) {
            continue;
        }
        let cue = doc.tokens[v].span;
        let subject =
            subject_before(doc, v, range.start).or_else(|| subject_after(doc, v, range.end));
        let Some((source_start, source_end)) = subject else {
            continue;
        };
        // The quotation right before the source and cue ("…," Ana said),
        // or right after them (Ana said: "…").
        let left = doc.tokens[source_start.min(v)].span.start;
        let right = doc.tokens[source_end.max(v + 1) - 1].span.end;
        let quote_before = quotes
            .iter()
            .find(|q| q.span.end <= left && gap_is_small(doc.text, q.span.end, left));
        let quote_after = quotes
            .iter()
            .find(|q| q.span.start >= right && gap_is_small(doc.text, right, q.span.start));
        let (source, via) = split_via(doc, source_start, source_end);
        let (content, direct) = if let Some(q) = quote_before.or(quote_after) {
            (Some(q.inner), true)
        } else if v + 1 < range.end && doc.word(v + 1) == "that" && v + 2 < range.end {
            (
                Some(span_of(doc, v + 2, content_end(doc, range.end))),
                false,
            )
        } else if source_end <= v && v + 1 < range.end && !is_clause_break(doc.word(v + 1)) {
            (
                Some(span_of(doc, v + 1, content_end(doc, range.end))),
                false,
            )
        } else {
            (None, false)
        };
        if content.is_none() {
            continue;
        }
        out.push(build(doc, entities, cue, source, via, content, direct));
    }
}

/// "reportedly": an attribution to unnamed reports.
fn reportedly(doc: &Document, sentence: &Sentence, out: &mut Vec<Attribution>) {
    for t in sentence.tokens.clone() {
        if doc.word(t).eq_ignore_ascii_case("reportedly") {
            let content = Some(span_of(
                doc,
                sentence.tokens.start,
                content_end(doc, sentence.tokens.end),
            ));
            out.push(Attribution {
                cue: doc.tokens[t].span,
                source: None,
                source_kind: SourceKind::Unknown,
                via: None,
                content,
                direct: false,
                hedged: true,
            });
        }
    }
}

/// Verbs count when used to report: past or present tense after a subject,
/// or right after a quotation or comma ("…," said X).
fn is_attribution_verb_use(doc: &Document, v: usize, sentence_start: usize) -> bool {
    let word = doc.word(v);
    if word.starts_with(char::is_uppercase) && v != sentence_start {
        return false;
    }
    let previous = if v > sentence_start {
        doc.word(v - 1)
    } else {
        ""
    };
    !matches!(
        previous.to_lowercase().as_str(),
        "to" | "the" | "a" | "an" | "of" | "this" | "that" | "his" | "her" | "their" | "its"
    )
}

fn gap_is_small(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from.min(to)..to.max(from)];
    gap.len() <= 4
        && gap
            .chars()
            .all(|c| c.is_whitespace() || ",:—–-".contains(c))
}

fn is_clause_break(word: &str) -> bool {
    matches!(
        word,
        "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "(" | ")"
    )
}

/// The source noun phrase ending right before token `v`: a name, a pronoun
/// or a short noun phrase ("the agency's interlocutors").
fn subject_before(doc: &Document, v: usize, sentence_start: usize) -> Option<(usize, usize)> {
    if v == sentence_start {
        return None;
    }
    // A name right before the verb is the whole subject ("… Ana Ruiz said").
    let is_name = |t: usize| {
        doc.word(t).starts_with(char::is_uppercase) && doc.tokens[t].kind == TokenKind::Word
    };
    if is_name(v - 1) {
        let mut start = v - 1;
        while start > sentence_start && is_name(start - 1) {
            start -= 1;
        }
        return Some((start, v));
    }
    let mut start = v;
    while start > sentence_start && v - start < 6 {
        let word = doc.word(start - 1);
        if is_clause_break(word)
            || doc.tokens[start - 1].kind == TokenKind::Punct
                && !is_quote_mark(word)
                && word != "'s"
        {
            break;
        }
        if is_quote_mark(word) {
            break;
        }
        let lower = word.to_lowercase();
        if matches!(
            lower.as_str(),
            "and" | "but" | "while" | "as" | "because" | "although" | "when" | "which" | "who"
        ) && start != v
        {
            break;
        }
        start -= 1;
        if SUBJECT_PRONOUNS.contains(&lower.as_str()) {
            break;
        }
    }
    (start < v).then_some((start, v))
}

/// An inverted subject right after the verb ("…," said Ana Ruiz).
fn subject_after(doc: &Document, v: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let mut end = v + 1;
    while end < sentence_end
        && end - v <= 4
        && !is_clause_break(doc.word(end))
        && !is_quote_mark(doc.word(end))
    {
        end += 1;
    }
    (end > v + 1).then_some((v + 1, end))
}

fn is_quote_mark(word: &str) -> bool {
    matches!(
        word,
        "\"" | "\u{201C}"
            | "\u{201D}"
            | "\u{00AB}"
            | "\u{00BB}"
            | "\u{201E}"
            | "'"
            | "\u{2018}"
            | "\u{2019}"
    )
}

/// Splits "sources cited by Bloomberg" into the source and the outlet it
/// comes through.
fn split_via(doc: &Document, start: usize, end: usize) -> ((usize, usize), Option<(usize, usize)>) {
    for t in start..end.saturating_sub(2) {
        let word = doc.word(t).to_lowercase();
        if matches!(word.as_str(), "cited" | "quoted") && doc.word(t + 1) == "by" {
            return ((start, t), Some((t + 2, end)));
        }
    }
    ((start, end), None)
}

/// The sentence's end, without its final punctuation.
fn content_end(doc: &Document, end: usize) -> usize {
    let mut end = end;
    while end > 0 && matches!(doc.word(end - 1), "." | "!" | "?") {
        end -= 1;
    }
    end
}

fn span_of(doc: &Document, start: usize, end: usize) -> Span {
    let end = end.max(start + 1);
    doc.tokens[start].span.cover(doc.tokens[end - 1].span)
}

fn build(
    doc: &Document,
    entities: &[Entity],
    cue: Span,
    source: (usize, usize),
    via: Option<(usize, usize)>,
    content: Option<Span>,
    direct: bool,
) -> Attribution {
    let (source_mention, source_kind) = resolve(doc, entities, source.0, source.1, cue.start);
    let via = via.map(|(s, e)| resolve(doc, entities, s, e, cue.start).0);
    let hedged = matches!(
        source_kind,
        SourceKind::Anonymous | SourceKind::UnnamedGroup
    ) && via.is_some();
    Attribution {
        cue,
        source: Some(source_mention),
        source_kind,
        via,
        content,
        direct,
        hedged,
    }
}

/// The mention and kind of the source in tokens `start..end`.
fn resolve(
    doc: &Document,
    entities: &[Entity],
    start: usize,
    end: usize,
    cue_start: usize,
) -> (SourceMention, SourceKind) {
    let span = span_of(doc, start, end);
    let head = doc.word(end - 1).to_lowercase();
    if let Some((index, entity)) = entity_in(entities, span) {
        let kind = match entity.kind {
            EntityKind::Person => SourceKind::Person,
            _ => SourceKind::Organization,
        };
        if !ANONYMOUS_SOURCE_NOUNS.contains(&head.as_str()) {
            return (
                SourceMention {
                    span,
                    entity: Some(index),
                },
                kind,
            );
        }
    }
    if end - start == 1 && SUBJECT_PRONOUNS.contains(&head.as_str()) {
        let entity = latest_person_before(entities, cue_start);
        let kind = if matches!(head.as_str(), "he" | "she") {
            SourceKind::Person
        } else {
            SourceKind::Unknown
        };
        return (SourceMention { span, entity }, kind);
    }
    let kind = if ANONYMOUS_SOURCE_NOUNS.contains(&head.as_str()) {
        SourceKind::Anonymous
    } else if UNNAMED_GROUP_NOUNS.contains(&head.as_str()) {
        SourceKind::UnnamedGroup
    } else if DOCUMENT_NOUNS.contains(&head.as_str()) {
        SourceKind::Document
    } else if doc.word(start).starts_with(char::is_uppercase) {
        SourceKind::Organization
    } else {
        SourceKind::Unknown
    };
    (SourceMention { span, entity: None }, kind)
}

/// The entity with a mention inside `span` (the whole span preferred).
fn entity_in(entities: &[Entity], span: Span) -> Option<(usize, &Entity)> {
    entities
        .iter()
        .enumerate()
        .find(|(_, e)| e.mentions.iter().any(|m| span.contains(m.span)))
}

/// The person mentioned last before `offset`.
fn latest_person_before(entities: &[Entity], offset: usize) -> Option<usize> {
    entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Person)
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .filter(|m| m.span.end <= offset)
                .map(|m| m.span.end)
                .max()
                .map(|end| (i, end))
        })
        .max_by_key(|&(_, end)| end)
        .map(|(i, _)| i)
}
