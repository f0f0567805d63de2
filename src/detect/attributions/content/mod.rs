//! The content of a cue: the quotation next to it, the `that`-clause after
//! it, or the clause it reports on, before or after it.

pub mod clause_end;
pub mod continuation;
pub mod recipient;

use crate::annotation::{Quote, QuoteKind};
use crate::detect::attributions::context::{Context, QuotePlace};
use crate::detect::attributions::cues::table::{row, ContentAt};
use crate::detect::attributions::cues::Cue;
use crate::detect::attributions::source::citing::Citations;
use crate::detect::attributions::source::SourceTokens;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::{is_auxiliary, is_dating_word, SUBJECT_PRONOUNS};
use crate::span::Span;
use std::ops::Range;

/// What a cue attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Content {
    /// The words attributed (a quotation's text without its marks).
    pub span: Span,
    /// The quotation, when the content is one.
    pub quote: Option<usize>,
}

/// How far past a cue (in tokens) a quotation or "that" may start and
/// still be its content ("told reporters on Monday that …").
const REACH: usize = 6;

/// How far (in tokens) the comma that ends an "According to X," or "As X
/// noted," phrase is looked for, which keeps every cue's search short.
const REACH_COMMA: usize = 40;

/// The content of each cue (in the order of `cues`, whose sources are
/// `sources`): its own, or, for a verb that a citing cue lends its content
/// to, the citing cue's; none for a citing cue whose sources went to its
/// verb.
pub fn find_all(
    doc: &Document,
    context: &Context,
    quotes: &[Quote],
    cues: &[Cue],
    sources: &[Option<SourceTokens>],
    citations: &Citations,
) -> Vec<Option<Content>> {
    let limits = continuation::limits(doc, cues, sources);
    let content = |c: usize, source: Option<&SourceTokens>| {
        find(doc, context, quotes, &cues[c], source, limits[c])
    };
    sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            if citations.dropped[i] {
                return None;
            }
            content(i, source.as_ref()).or_else(|| content(citations.lender[i]?, source.as_ref()))
        })
        .collect()
}

/// Finds the content of `cue`, whose source (if any) is `source`; a
/// clause after the cue ends before token `limit`, where a later cue goes
/// on with the same speaker.
pub fn find(
    doc: &Document,
    context: &Context,
    quotes: &[Quote],
    cue: &Cue,
    source: Option<&SourceTokens>,
    limit: usize,
) -> Option<Content> {
    let mut sentence = doc.sentences[cue.sentence].tokens.clone();
    sentence.end = sentence.end.min(limit.max(cue.tokens.end));
    let (left, right) = match source {
        Some(s) => (
            cue.tokens.start.min(s.tokens.start),
            cue.tokens
                .end
                .max(s.tokens.end)
                .max(s.via.as_ref().map_or(0, |v| v.end)),
        ),
        None => (cue.tokens.start, cue.tokens.end),
    };
    if row(cue.kind).content == ContentAt::BeforeDash {
        let before = cue.tokens.start - 1;
        return context.quote[before].map(|q| Content {
            span: quotes[q].inner,
            quote: Some(q),
        });
    }
    // A title before the source ("on CBS's “Face the Nation,” Ryan said
    // …") is no one's words; one after the cue is what the cue names
    // ("a speech titled “…”"), which is no attribution either.
    let adjacent = adjacent_quote(doc, context, cue.tokens.start, left, right).filter(|&q| {
        let before_source =
            left < cue.tokens.start && quotes[q].span.end <= doc.tokens[left].span.start;
        quotes[q].kind != QuoteKind::Title || !before_source
    });
    if let Some(q) = adjacent {
        return Some(Content {
            span: quotes[q].inner,
            quote: Some(q),
        });
    }
    if let Some(q) = quote_after_colon(doc, context, cue) {
        return Some(Content {
            span: quotes[q].inner,
            quote: Some(q),
        });
    }
    let clause = match row(cue.kind).content {
        ContentAt::AroundPhrase => {
            if left == sentence.start || is_opening(doc, sentence.start, left) {
                // "According to X, content."
                let comma =
                    (right..sentence.end.min(right + REACH_COMMA)).find(|&t| doc.word(t) == ",")?;
                comma + 1..sentence_end(doc, sentence.end)
            } else {
                sentence.start..trim_comma(doc, sentence.start, left)
            }
        }
        ContentAt::Clause => sentence.start..sentence_end(doc, sentence.end),
        ContentAt::AfterColon => right..sentence_end(doc, sentence.end),
        ContentAt::BeforeDash => return None,
        ContentAt::Reported => verb_clause(doc, context, cue, &sentence, left, right)?,
    };
    (clause.start < clause.end).then(|| Content {
        span: doc.tokens[clause.start]
            .span
            .cover(doc.tokens[clause.end - 1].span),
        quote: None,
    })
}

fn verb_clause(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    sentence: &Range<usize>,
    left: usize,
    right: usize,
) -> Option<Range<usize>> {
    let end = sentence_end(doc, sentence.end);
    // "said (to reporters) that …", "said: …"
    let told = recipient::skip(doc, cue, cue.tokens.end, end);
    let reach = (cue.tokens.end..end.min(cue.tokens.end + REACH))
        .take_while(|&t| !matches!(doc.word(t), "." | ";" | "\"" | "\u{201C}"))
        .find(|&t| {
            doc.word(t) == ":"
                || doc.word(t).eq_ignore_ascii_case("that")
                    && !(told..t).any(|u| opens_clause(doc, u, cue.tokens.end))
                    && !noun_owns_that(doc, told, t)
        });
    if let Some(t) = reach {
        let start = if doc.word(t) == ":" { t + 1 } else { t };
        let end = clause_end::find(doc, context, cue, sentence.start, start, end);
        return (start < end).then_some(start..end);
    }
    let after = recipient::skip(doc, cue, right.max(cue.tokens.end), end);
    let ends_clause = clause_ends_at(doc, after, end);
    // "As Ana noted, content."
    if doc.word(sentence.start).eq_ignore_ascii_case("as")
        && (sentence.start + 1..=sentence.start + 2).contains(&left)
    {
        let comma = (after..end.min(after + REACH_COMMA)).find(|&t| doc.word(t) == ",")?;
        return (comma + 1 < end).then_some(comma + 1..end);
    }
    // "Is the berth safe? Lind asked.": a question just before a sentence
    // that holds only its source and cue is what was asked.
    if ends_clause && left == sentence.start {
        if let Some(question) = question_before(doc, cue.sentence, after, end) {
            return Some(question);
        }
    }
    if ends_clause && left > sentence.start {
        // "The plan, Ana said, was dead": the claim runs around the cue,
        // from its first words to its last.
        if after + 1 < end && doc.word(after) == "," && is_auxiliary(doc.word(after + 1)) {
            return Some(sentence.start..end);
        }
        // "Content, Ana said." / "Content, said Ana."
        let stop = trim_comma(doc, sentence.start, left);
        return (stop > sentence.start).then_some(sentence.start..stop);
    }
    // "Ana, asked about the vote, shrugged": with no source, a participle
    // set off by commas reports a question up to its closing comma.
    let set_off = left == cue.tokens.start
        && cue.tokens.start > sentence.start
        && doc.word(cue.tokens.start - 1) == ","
        && doc.word(cue.tokens.start).ends_with("ed");
    let question_end = set_off
        .then(|| (after..end).find(|&t| doc.word(t) == ","))
        .flatten();
    let end = question_end
        .unwrap_or_else(|| clause_end::find(doc, context, cue, sentence.start, after, end));
    (after < end).then_some(after..end)
}

/// Whether the "that" at token `t`, after a cue and the one told (up to
/// token `from`), belongs to the noun right before it ("offered no proof
/// that …", "has attacked loopholes that …", "asked about the device
/// that …"): a lower-case word that is no time, adverb or audience, with
/// no preposition before it ("said in a statement that …" reports).
fn noun_owns_that(doc: &Document, from: usize, t: usize) -> bool {
    let Some(before) = t.checked_sub(1).filter(|&b| b >= from) else {
        return false;
    };
    let word = doc.word(before);
    let lower = word.to_lowercase();
    word.chars().all(char::is_lowercase)
        && !is_dating_word(&lower)
        && !word.ends_with("ly")
        && !lexicon::RECIPIENTS.contains(&lower.as_str())
        && !(from..before)
            .any(|u| lexicon::SUBJECT_PREPOSITIONS.contains(&doc.word(u).to_lowercase().as_str()))
}

/// The sentence before sentence `s`, in its block, when it is a question
/// ("Is the berth safe?") and sentence `s` ends with its cue at token
/// `after` or with a participle set off after it ("Lind asked, pointing
/// at the crane").
fn question_before(doc: &Document, s: usize, after: usize, end: usize) -> Option<Range<usize>> {
    let previous = &doc.sentences[s.checked_sub(1)?];
    let closes = after >= end
        || doc.word(after) == "," && after + 1 < end && doc.word(after + 1).ends_with("ing");
    let asks = doc.word(previous.tokens.end - 1) == "?";
    (closes && asks && previous.block == doc.sentences[s].block).then(|| previous.tokens.clone())
}

/// Whether token `t`, between a cue ending before token `after` (and the
/// one told) and a later "that", shows the content has already begun: a
/// subject pronoun ("says he hopes that …"), an infinitive's "to" ("wants
/// voters to know that …"; "said to reporters that" is no infinitive) or
/// a determiner right after the cue, whose noun the "that" describes
/// ("said the plan that …").
fn opens_clause(doc: &Document, t: usize, after: usize) -> bool {
    let word = doc.word(t).to_lowercase();
    SUBJECT_PRONOUNS.contains(&word.as_str())
        || word == "to" && t > after
        || t == after && lexicon::ARTICLES.contains(word.as_str())
}

/// Whether the clause ends at token `at`: punctuation, the sentence's
/// end, or only words that date or place the statement before it ("last
/// week", "on Tuesday", "in a statement").
pub(crate) fn clause_ends_at(doc: &Document, at: usize, end: usize) -> bool {
    let mut t = at;
    while t < end && t - at < 5 && is_trailing_word(&doc.word(t).to_lowercase()) {
        t += 1;
    }
    t >= end
        || matches!(
            doc.word(t),
            "," | "." | ";" | "\u{2014}" | "\u{2013}" | ")" | "-" | "--"
        )
}

/// The quotation that ends right before `left` or starts right after
/// `right` (punctuation between them allowed), in the same block.
fn adjacent_quote(
    doc: &Document,
    context: &Context,
    cue_start: usize,
    left: usize,
    right: usize,
) -> Option<usize> {
    let block = doc.blocks[doc.sentences[sentence_of(doc, left)].block].span;
    let same_block = |t: usize| block.contains(doc.tokens[t].span);
    let punctuation = |t: usize| matches!(doc.word(t), "," | ":" | "\u{2014}" | "-");
    // "said Wednesday, “…”", "told reporters on Monday: “…”"
    let mut after = right;
    while after < doc.tokens.len()
        && after - right < 5
        && (punctuation(after) || is_trailing_word(&doc.word(after).to_lowercase()))
    {
        after += 1;
    }
    if after < doc.tokens.len() && same_block(after) && context.place[after] == QuotePlace::Opening
    {
        // "Ana said: “…”" wins over a quotation before, which has its own cue.
        let colon = after > right && doc.word(after - 1) == ":";
        if colon || !closes_before(doc, context, left, &same_block) {
            return context.quote[after];
        }
    }
    // "“…,” adding that …", "“…,” saying the plan …": a participle or a
    // "that" after the cue brings content of its own.
    let participle = doc.word(cue_start).ends_with("ing");
    let that_follows = right < doc.tokens.len() && matches!(doc.word(right), "that" | ":");
    let own_content = that_follows
        || participle
            && !clause_ends_at(doc, right, doc.tokens.len())
            && !sentence_ends_at(doc, right);
    if own_content {
        return None;
    }
    let mut before = left;
    while before > 0 && punctuation(before - 1) && context.place[before - 1] == QuotePlace::Outside
    {
        before -= 1;
    }
    if before > 0 && same_block(before - 1) && context.place[before - 1] == QuotePlace::Closing {
        return context.quote[before - 1];
    }
    None
}

fn closes_before(
    doc: &Document,
    context: &Context,
    left: usize,
    same_block: &impl Fn(usize) -> bool,
) -> bool {
    let mut before = left;
    while before > 0
        && matches!(doc.word(before - 1), "," | ":")
        && context.place[before - 1] == QuotePlace::Outside
    {
        before -= 1;
    }
    before > 0 && same_block(before - 1) && context.place[before - 1] == QuotePlace::Closing
}

/// Whether token `t` is past its sentence's last word.
fn sentence_ends_at(doc: &Document, t: usize) -> bool {
    t >= doc.tokens.len() || doc.sentences[sentence_of(doc, t.max(1) - 1)].tokens.end <= t
}

/// The sentence holding token `t`.
fn sentence_of(doc: &Document, t: usize) -> usize {
    doc.sentences
        .partition_point(|s| s.tokens.end <= t)
        .min(doc.sentences.len().saturating_sub(1))
}

/// The quotation a colon after the cue introduces: in the same sentence
/// ("Ana put it bluntly: “…”"), or as the next paragraph when the colon
/// ends its own ("Ana Ruiz said:").
fn quote_after_colon(doc: &Document, context: &Context, cue: &Cue) -> Option<usize> {
    let block = doc.sentences[cue.sentence].block;
    let block_end = doc.blocks[block].span.end;
    let colon = (cue.tokens.end.saturating_sub(1)..doc.tokens.len().min(cue.tokens.end + REACH))
        .take_while(|&t| doc.tokens[t].span.end <= block_end)
        .find(|&t| doc.word(t) == ":")?;
    let next = colon + 1;
    let ends_block = next >= doc.tokens.len() || doc.tokens[next].span.start >= block_end;
    let inline = doc.sentences[cue.sentence].tokens.contains(&next);
    ((ends_block || inline)
        && next < doc.tokens.len()
        && context.place[next] == QuotePlace::Opening)
        .then(|| context.quote[next])
        .flatten()
}

/// Whether tokens `from..to` hold only a conjunction or an adverb before
/// an "according to" ("But according to …").
fn is_opening(doc: &Document, from: usize, to: usize) -> bool {
    to - from <= 2 && (from..to).all(|t| doc.word(t).chars().all(char::is_alphabetic))
}

/// `end` moved before a comma or dash that ends the content.
fn trim_comma(doc: &Document, start: usize, end: usize) -> usize {
    let mut end = end;
    while end > start && matches!(doc.word(end - 1), "," | "\u{2014}" | "–" | "-" | ";") {
        end -= 1;
    }
    end
}

/// The sentence's end before its final punctuation.
fn sentence_end(doc: &Document, end: usize) -> usize {
    let mut end = end;
    while end > 0 && matches!(doc.word(end - 1), "." | "!" | "?") {
        end -= 1;
    }
    end
}

/// Whether `word` (lower case) may trail a cue at the end of its clause.
fn is_trailing_word(word: &str) -> bool {
    lexicon::TRAILING_WORDS.contains(&word) || is_dating_word(word)
}

/// Keeps an indirect content span from ending inside a quotation it does
/// not contain ("… the harbour. \"We" becomes "… the harbour."), so spans
/// nest. `quotes` are in text order.
pub fn clip_to_quotes(text: &str, quotes: &[Quote], content: Span) -> Span {
    let first_after = quotes.partition_point(|q| q.span.start <= content.start);
    let crossing = quotes[first_after..]
        .iter()
        .take_while(|q| q.span.start < content.end)
        .find(|q| q.span.end > content.end);
    match crossing {
        Some(quote) => {
            let kept = text[content.start..quote.span.start].trim_end();
            let end = if kept.is_empty() {
                quote.span.start
            } else {
                content.start + kept.len()
            };
            Span::new(content.start, end)
        }
        None => content,
    }
}
