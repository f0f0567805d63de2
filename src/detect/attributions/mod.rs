//! Attributions: who is credited with what.
//!
//! The pipeline: [`context`] indexes tokens against the quotations,
//! [`cues`] finds cue words (a learned model, [`cue_model`] over
//! [`cue_features`], plus fixed phrases), [`source`] finds each cue's
//! source phrase (with [`subject`] for participles, [`voice`] for
//! passives and inversions, [`appositive`] for a description after an
//! inverted source) and [`content`] what it attributes (with
//! [`recipient`] for the one told, [`clause_end`] for where a reported
//! clause ends and [`continuation`] for where a later cue takes over),
//! [`citing`] hands the sources a speaker cites ("reported, citing
//! unnamed sources") the place of source, [`resolve`] links the source to
//! an entity and [`source_kind`] says who it is. Quotations a cue credits
//! become speech; a quotation that follows a credited one in the same or
//! the next paragraph, with no cue of its own, is credited to the same
//! attribution; [`partial`] credits the few words quoted inside reported
//! speech.

pub mod appositive;
pub mod citing;
pub mod clause_end;
pub mod content;
pub mod context;
pub mod continuation;
pub mod cue_features;
pub mod cue_model;
pub mod cues;
pub mod gender;
pub mod partial;
pub mod predicates;
pub mod recipient;
pub mod resolve;
pub mod source;
pub mod source_kind;
pub mod subject;
pub mod voice;

use crate::annotation::{Attribution, Entity, Quote, QuoteKind, SourceKind, SourceMention};
use crate::detect::lexicon::is_organization_description;
use crate::detect::quotes::kind;
use crate::document::Document;
use crate::span::Span;
use context::Context;
use cues::CueKind;
use resolve::EntityIndex;
use source::SourceTokens;
use std::ops::Range;

/// Cue words that hedge the claim they attribute.
const HEDGING_CUES: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "claimed",
    "claims",
    "rumored",
    "rumoured",
];

/// Finds attributions and credits the quotations they cover.
pub fn detect(doc: &Document, entities: &[Entity], quotes: &mut [Quote]) -> Vec<Attribution> {
    let context = Context::new(doc, quotes);
    let index = EntityIndex::new(doc.text, entities);
    let mut found = Vec::new();
    let mut credited: Vec<(usize, usize)> = Vec::new();
    let cues = cues::find(doc, &context);
    let sources = sources_of(doc, &context, &cues);
    let limits = continuation::limits(doc, &cues, &sources);
    // "X reported, citing unnamed sources, that …": the sources cited are
    // the source "reported" shows, X its via; "citing" is dropped, and
    // lends "reported" its content when "reported" has none.
    let is_source = |tokens: &Range<usize>| {
        matches!(
            mention(doc, &index, entities, tokens).1,
            SourceKind::Anonymous | SourceKind::Document
        )
    };
    let citations = citing::find(doc, &context, &cues, &sources, is_source);
    for (i, (cue, source)) in cues.iter().zip(&sources).enumerate() {
        if citations.dropped[i] {
            continue;
        }
        let content = content::find(doc, &context, quotes, cue, source.as_ref(), limits[i])
            .or_else(|| {
                let c = citations.lender[i]?;
                content::find(doc, &context, quotes, &cues[c], source.as_ref(), limits[c])
            });
        if content.is_none() && source.is_none() {
            continue;
        }
        let source = match citations.cited[i].clone() {
            Some(tokens) => Some(SourceTokens {
                tokens,
                via: source.as_ref().map(|s| s.tokens.clone()),
            }),
            None => source.clone(),
        };
        // A title is a name, and a so-called term is held at arm's length:
        // neither is words anyone is credited with.
        if content.and_then(|c| c.quote).is_some_and(|q| {
            quotes[q].kind == QuoteKind::Title || kind::is_distanced(doc.text, quotes[q].span)
        }) {
            continue;
        }
        let cue_span = span_of(doc, &cue.tokens);
        let (source_mention, source_kind) = match &source {
            Some(s) => {
                let (mention, kind) = mention(doc, &index, entities, &s.tokens);
                (Some(mention), kind)
            }
            None => (None, SourceKind::Unknown),
        };
        let via = source
            .as_ref()
            .and_then(|s| s.via.as_ref())
            .map(|v| mention(doc, &index, entities, v).0);
        let cue_words = cue_span.slice(doc.text).to_lowercase();
        let hedged = cue.kind == CueKind::Adverb
            || HEDGING_CUES.contains(&cue_words.as_str())
            || matches!(
                source_kind,
                SourceKind::Anonymous | SourceKind::UnnamedGroup
            );
        if let Some(q) = content.and_then(|c| c.quote) {
            credited.push((q, found.len()));
        }
        found.push(Attribution {
            cue: cue_span,
            source: source_mention,
            source_kind,
            via,
            content: content.map(|c| match c.quote {
                Some(_) => c.span,
                None => clip_to_quotes(doc.text, quotes, c.span),
            }),
            direct: content.is_some_and(|c| c.quote.is_some()),
            hedged,
        });
    }
    drop_cues_inside_sources(doc.text, &mut found, &mut credited);
    for &(q, a) in &credited {
        if quotes[q].attribution.is_none() {
            quotes[q].attribution = Some(a);
            quotes[q].kind = QuoteKind::Speech;
        }
    }
    credit_following_quotes(doc, quotes, &found);
    partial::credit(doc.text, quotes, &found);
    found
}

/// The source of each cue: its own, or the one before it in the sentence
/// for a cue that shares its subject ("said X and added Y").
fn sources_of(doc: &Document, context: &Context, cues: &[cues::Cue]) -> Vec<Option<SourceTokens>> {
    // The sentence and source of the last cue with a source.
    let mut last_source: Option<(usize, SourceTokens)> = None;
    cues.iter()
        .map(|cue| {
            let inherited = last_source
                .as_ref()
                .filter(|(s, _)| *s == cue.sentence && source::inherits_subject(doc, cue))
                .map(|(_, source)| source.clone());
            let source = inherited.or_else(|| source::find(doc, context, cue));
            if let Some(found) = &source {
                last_source = Some((cue.sentence, found.clone()));
            }
            source
        })
        .collect::<Vec<_>>()
        .into_iter()
        .enumerate()
        .map(|(i, source)| source.map(|s| stop_before_cues(doc, cues, i, s)))
        .collect()
}

/// Cuts a source read after its cue `i` before the comma that opens a
/// description holding another cue ("…, said Ana, who added …"), so the
/// other cue keeps its own attribution; a clause that keeps the source
/// unnamed ("who asked not to be named") and the clause describing the
/// source of "according to" ("the mayor, who spoke at the harbour") stay
/// whole.
fn stop_before_cues(
    doc: &Document,
    cues: &[cues::Cue],
    i: usize,
    source: SourceTokens,
) -> SourceTokens {
    let range = source.tokens.clone();
    let according_to = cues[i].kind == CueKind::AccordingTo;
    if range.start < cues[i].tokens.end
        || according_to
        || source::has_anonymity_clause(doc, range.clone())
    {
        return source;
    }
    let inner = cues
        .iter()
        .map(|c| c.tokens.start)
        .filter(|t| range.contains(t))
        .min();
    match inner {
        Some(t) => {
            let comma = (range.start..t).find(|&c| doc.word(c) == ",").unwrap_or(t);
            SourceTokens {
                tokens: range.start..comma.max(range.start + 1),
                via: source.via,
            }
        }
        None => source,
    }
}

/// Drops attributions whose cue lies inside another attribution's source
/// phrase, via included ("cited" in "sources cited by X say"),
/// renumbering the credits.
fn drop_cues_inside_sources(
    text: &str,
    found: &mut Vec<Attribution>,
    credited: &mut Vec<(usize, usize)>,
) {
    // (phrase, owner): a source and its via taken together.
    let mut phrases: Vec<(Span, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let source = a.source?.span;
            Some((phrase_with_via(text, source, a.via.map(|v| v.span)), i))
        })
        .collect();
    phrases.sort();
    let inside = |i: usize, cue: Span| {
        let after = phrases.partition_point(|(p, _)| p.start <= cue.start);
        phrases[..after]
            .iter()
            .rev()
            .take(4)
            .any(|&(p, owner)| owner != i && p.contains(cue))
    };
    let keep: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(i, a)| !inside(i, a.cue))
        .collect();
    let mut new_index = Vec::with_capacity(found.len());
    let mut next = 0;
    for &k in &keep {
        new_index.push(next);
        next += usize::from(k);
    }
    credited.retain(|&(_, a)| keep[a]);
    for (_, a) in credited.iter_mut() {
        *a = new_index[*a];
    }
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap_or(&true));
}

/// A source phrase with its via: one phrase when the via follows the
/// source ("sources cited by X") or cites it ("X, which cited two
/// officials"), the source alone when the via opens the sentence apart
/// from it ("In an interview with X, Ana said").
fn phrase_with_via(text: &str, source: Span, via: Option<Span>) -> Span {
    match via {
        Some(via) if via.start >= source.end => source.cover(via),
        Some(via) => {
            let between = &text[via.end.min(source.start)..source.start];
            let cites = between
                .split(|c: char| !c.is_alphabetic())
                .any(source::is_cited);
            if cites {
                source.cover(via)
            } else {
                source
            }
        }
        None => source,
    }
}

/// Credits a speech quotation with no cue of its own to the direct
/// attribution before it in the same paragraph or the paragraph before
/// ("“…,” she said. “…”" and a bare quote paragraph after a quoted one).
fn credit_following_quotes(doc: &Document, quotes: &mut [Quote], found: &[Attribution]) {
    let mut last: Option<(usize, usize)> = None; // (attribution, block)
    let mut a = 0;
    for quote in quotes.iter_mut() {
        let start = quote.span.start;
        while a < found.len() && found[a].cue.end <= start {
            if found[a].direct && found[a].source.is_some() {
                let block = block_of(doc, found[a].cue.start);
                last = Some((a, block));
            }
            a += 1;
        }
        if quote.attribution.is_some() || quote.kind != QuoteKind::Speech {
            continue;
        }
        let Some((attribution, block)) = last else {
            continue;
        };
        let here = block_of(doc, start);
        if here <= block + 1 {
            quote.attribution = Some(attribution);
        }
    }
}

/// The index of the block holding (or, between blocks, following) byte `at`.
fn block_of(doc: &Document, at: usize) -> usize {
    doc.blocks.partition_point(|b| b.span.end <= at)
}

/// The mention and kind of the source in `tokens`.
fn mention(
    doc: &Document,
    index: &EntityIndex,
    entities: &[Entity],
    tokens: &Range<usize>,
) -> (SourceMention, SourceKind) {
    let span = span_of(doc, tokens);
    let phrase = span.slice(doc.text);
    let entity = resolve::entity_of(index, phrase, span);
    let kind = source_kind::classify(phrase, entity.map(|e| entities[e].kind));
    // A capital that only opens the sentence ("Dozens") is no sign of a name.
    let named = tokens
        .clone()
        .filter(|&t| !DETERMINERS.contains(&doc.word(t).to_lowercase().as_str()))
        .filter(|&t| !starts_sentence(doc, t))
        .any(|t| doc.word(t).starts_with(char::is_uppercase));
    let kind = if kind == SourceKind::Unknown && named && tokens.len() <= 4 {
        // A capitalized name the entity finder missed or left untyped: a
        // person's when it looks like a given name and a surname.
        if looks_like_personal_name(doc, tokens) {
            SourceKind::Person
        } else {
            SourceKind::Organization
        }
    } else {
        kind
    };
    (SourceMention { span, entity }, kind)
}

/// Whether token `t` is the first of its sentence.
fn starts_sentence(doc: &Document, t: usize) -> bool {
    let s = doc.sentences.partition_point(|s| s.tokens.end <= t);
    doc.sentences.get(s).is_some_and(|s| s.tokens.start == t)
}

/// Words that open a noun phrase, capitalized only at a sentence's start
/// ("Several captains"): no sign of a name.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "several", "many", "some", "most", "few", "both", "all", "other", "such",
    "these", "those", "this", "that", "each", "every", "no", "more", "its", "their", "his", "her",
    "our", "my", "two", "three", "four", "five",
];

/// Two or three capitalized words, none of them a word that names an
/// organization or outlet ("Ana Ruiz", not "Harbor Gazette").
fn looks_like_personal_name(doc: &Document, tokens: &Range<usize>) -> bool {
    (2..=3).contains(&tokens.len())
        && tokens.clone().all(|t| {
            let word = doc.word(t);
            word.starts_with(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '-')
                && !is_organization_description(word.to_lowercase().as_str())
                && !OUTLET_WORDS.contains(&word.to_lowercase().as_str())
        })
}

/// Words that end the names of outlets and bodies.
const OUTLET_WORDS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "press",
    "review",
    "gazette",
    "herald",
    "tribune",
    "ledger",
    "daily",
    "weekly",
    "magazine",
    "radio",
    "tv",
    "media",
    "group",
    "institute",
    "center",
    "centre",
    "inc.",
    "corp.",
    "ltd.",
    "association",
    "agency",
    "fund",
    "trust",
];

fn span_of(doc: &Document, tokens: &Range<usize>) -> Span {
    doc.tokens[tokens.start]
        .span
        .cover(doc.tokens[tokens.end.max(tokens.start + 1) - 1].span)
}

/// Keeps an indirect content span from ending inside a quotation it does
/// not contain ("… the harbour. \"We" becomes "… the harbour."), so spans
/// nest. `quotes` are in text order.
fn clip_to_quotes(text: &str, quotes: &[Quote], content: Span) -> Span {
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
