//! The contract's JSON document (see `docs/SCHEMA.md`), with UTF-16 offsets.

use super::utf16::Utf16Table;
use crate::annotation::{
    Entity, EntityKind, HedgeKind, QuoteKind, SourceKind, SourceMention, Speaker,
};
use crate::detect::speaker;
use crate::document::blocks::BlockKind;
use crate::document::format::Format;
use crate::document::markdown::InlineKind;
use crate::span::Span;
use crate::summary::words::{Labels, LABELS};
use crate::summary::{profile, HedgeKindCounts, SourceKindCounts, Summary, UnresolvedCounts};
use crate::{Analysis, Annotations};
use serde::Serialize;

/// The schema name and version every document carries.
pub const SCHEMA: &str = "sourcelight/1";

/// A half-open range of UTF-16 code units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range16 {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
}

/// The annotated document, as the CLI prints it and the wasm returns it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContractDocument {
    /// Always [`SCHEMA`].
    pub schema: &'static str,
    /// Always "utf16".
    pub offsets: &'static str,
    /// The input path, when several files are annotated at once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// How the text was read.
    pub format: Format,
    /// Named entities.
    pub entities: Vec<EntityOut>,
    /// Quotations.
    pub quotes: Vec<QuoteOut>,
    /// Attributions.
    pub attributions: Vec<AttributionOut>,
    /// Hedge cues.
    pub hedges: Vec<HedgeOut>,
    /// Blocks of the article, for rendering.
    pub blocks: Vec<BlockOut>,
    /// Markdown inline styles, for rendering.
    pub inlines: Vec<InlineOut>,
    /// Markdown syntax characters the reading view hides.
    pub markup: Vec<Range16>,
    /// Sentences.
    pub sentences: Vec<Range16>,
    /// The sourcing profile (extension, see `docs/SCHEMA.md`).
    pub summary: SummaryOut,
}

/// The sourcing profile, with UTF-16 spans.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SummaryOut {
    /// All attributions.
    pub attributions: usize,
    /// Attributions by source kind.
    pub by_source_kind: SourceKindCounts,
    /// Of `by_source_kind`'s people and organizations, those whose speaker
    /// is unresolved (an extension of the contract).
    pub unresolved_sources: UnresolvedCounts,
    /// Attributions resting on anonymous sources or unnamed groups.
    pub anonymous_or_unnamed: usize,
    /// That count as a share of all attributions, 0 to 1.
    pub anonymous_share: f64,
    /// Attributions that come second-hand (with a `via`).
    pub second_hand: usize,
    /// Attributions marked hedged.
    pub hedged_attributions: usize,
    /// People credited, most often first.
    pub people_quoted: Vec<PersonOut>,
    /// Outlets and organizations cited as source or via.
    pub outlets: Vec<OutletOut>,
    /// Hedge counts.
    pub hedges: HedgeSummaryOut,
    /// The most hedged paragraphs, most hedges first.
    pub most_hedged: Vec<HedgedBlockOut>,
    /// The profile in plain English.
    pub text: String,
    /// The words for source kinds and hedge kinds, for every reader of the
    /// document to use the same.
    pub labels: Labels,
}

/// A person credited in the article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PersonOut {
    /// Index into `entities`.
    pub entity: usize,
    /// Canonical name.
    pub name: String,
    /// Attributions to them.
    pub attributions: usize,
    /// How many are direct quotations.
    pub direct_quotes: usize,
}

/// An outlet or organization cited.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutletOut {
    /// Index into `entities`, when linked.
    pub entity: Option<usize>,
    /// Name.
    pub name: String,
    /// Attributions with it as source.
    pub as_source: usize,
    /// Attributions with it as `via`.
    pub as_via: usize,
}

/// Hedge counts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HedgeSummaryOut {
    /// All hedges.
    pub total: usize,
    /// Hedges inside direct quotations.
    pub in_quotes: usize,
    /// By kind.
    pub by_kind: HedgeKindCounts,
    /// Sentences counted (running text, headings, captions).
    pub sentences: usize,
    /// Hedges per 100 sentences.
    pub per_100_sentences: f64,
}

/// One of the most hedged paragraphs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HedgedBlockOut {
    /// Index into `blocks`.
    pub block: usize,
    /// First code unit of the block.
    pub start: usize,
    /// One past its last.
    pub end: usize,
    /// Hedges inside it.
    pub hedges: usize,
}

/// An entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityOut {
    /// Index in `entities`.
    pub id: usize,
    /// Kind.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Mentions in text order.
    pub mentions: Vec<MentionOut>,
}

/// A mention of an entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MentionOut {
    /// First code unit of the name.
    pub start: usize,
    /// One past its last code unit.
    pub end: usize,
    /// A role or title given right before the name.
    pub role: Option<Range16>,
}

/// A quotation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteOut {
    /// First code unit (the opening mark).
    pub start: usize,
    /// One past the closing mark.
    pub end: usize,
    /// Use of the quotation.
    pub kind: QuoteKind,
    /// Index into `attributions`.
    pub attribution: Option<usize>,
}

/// A source or via mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SourceOut {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// Index into `entities`.
    pub entity: Option<usize>,
}

/// An attribution.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AttributionOut {
    /// The attributing words.
    pub cue: Range16,
    /// The source mention.
    pub source: Option<SourceOut>,
    /// Who the source is.
    pub source_kind: SourceKind,
    /// The speaker a reader is shown (extension): `null` when there is no
    /// source.
    pub speaker: Option<Speaker>,
    /// The outlet a second-hand source comes through.
    pub via: Option<SourceOut>,
    /// What is attributed.
    pub content: Option<Range16>,
    /// Whether the content is a direct quotation.
    pub direct: bool,
    /// Whether the cue, source or content hedges.
    pub hedged: bool,
}

/// A hedge cue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HedgeOut {
    /// First code unit.
    pub start: usize,
    /// One past the last code unit.
    pub end: usize,
    /// Kind of hedge.
    pub kind: HedgeKind,
    /// Whether it lies inside a direct quotation.
    pub in_quote: bool,
}

/// A block.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlockOut {
    /// Kind of block.
    pub kind: BlockKind,
    /// First code unit of its visible text.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// Heading level.
    pub level: Option<u8>,
    /// A numbered list item's number.
    pub number: Option<u64>,
}

/// A Markdown inline style.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InlineOut {
    /// Style.
    pub kind: InlineKind,
    /// First code unit of the styled text.
    pub start: usize,
    /// One past the last.
    pub end: usize,
    /// A link's destination.
    pub href: Option<String>,
}

/// Converts an analysis to the contract document, converting every byte
/// span to UTF-16 through one table.
pub fn to_contract(analysis: &Analysis) -> ContractDocument {
    let table = Utf16Table::new(analysis.document.text);
    let range = |span: Span| Range16 {
        start: table.convert(span.start),
        end: table.convert(span.end),
    };
    let doc = &analysis.document;
    let found = &analysis.annotations;
    ContractDocument {
        schema: SCHEMA,
        offsets: "utf16",
        file: None,
        format: doc.format,
        entities: entities_out(&found.entities, range),
        quotes: found
            .quotes
            .iter()
            .map(|q| {
                let r = range(q.span);
                QuoteOut {
                    start: r.start,
                    end: r.end,
                    kind: q.kind,
                    attribution: q.attribution,
                }
            })
            .collect(),
        attributions: attributions_out(doc.text, found, range),
        hedges: found
            .hedges
            .iter()
            .map(|h| {
                let r = range(h.span);
                HedgeOut {
                    start: r.start,
                    end: r.end,
                    kind: h.kind,
                    in_quote: h.in_quote,
                }
            })
            .collect(),
        blocks: doc
            .blocks
            .iter()
            .map(|b| {
                let r = range(b.span);
                BlockOut {
                    kind: b.kind,
                    start: r.start,
                    end: r.end,
                    level: b.level,
                    number: b.number,
                }
            })
            .collect(),
        inlines: doc
            .inlines
            .iter()
            .map(|i| {
                let r = range(i.span);
                InlineOut {
                    kind: i.kind,
                    start: r.start,
                    end: r.end,
                    href: i.href.clone(),
                }
            })
            .collect(),
        markup: doc.markup.iter().map(|&s| range(s)).collect(),
        sentences: doc.sentences.iter().map(|s| range(s.span)).collect(),
        summary: summary_out(&profile(doc, found), range),
    }
}

/// The entities with their mentions' spans converted by `range`.
fn entities_out(entities: &[Entity], range: impl Fn(Span) -> Range16) -> Vec<EntityOut> {
    entities
        .iter()
        .enumerate()
        .map(|(id, e)| EntityOut {
            id,
            kind: e.kind,
            name: e.name.clone(),
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    let r = range(m.span);
                    MentionOut {
                        start: r.start,
                        end: r.end,
                        role: m.role.map(&range),
                    }
                })
                .collect(),
        })
        .collect()
}

/// The attributions of `found` (annotating `text`), with the speaker each
/// shows and their spans converted by `range`.
fn attributions_out(
    text: &str,
    found: &Annotations,
    range: impl Fn(Span) -> Range16,
) -> Vec<AttributionOut> {
    let source = |m: &SourceMention| {
        let r = range(m.span);
        SourceOut {
            start: r.start,
            end: r.end,
            entity: m.entity,
        }
    };
    let speakers = speaker::all(text, &found.entities, &found.attributions);
    found
        .attributions
        .iter()
        .zip(speakers)
        .map(|(a, speaker)| AttributionOut {
            cue: range(a.cue),
            source: a.source.as_ref().map(source),
            source_kind: a.source_kind,
            speaker,
            via: a.via.as_ref().map(source),
            content: a.content.map(&range),
            direct: a.direct,
            hedged: a.hedged,
        })
        .collect()
}

/// The profile with its spans converted.
fn summary_out(s: &Summary, range: impl Fn(Span) -> Range16) -> SummaryOut {
    SummaryOut {
        attributions: s.attributions,
        by_source_kind: s.by_source_kind,
        unresolved_sources: s.unresolved,
        anonymous_or_unnamed: s.anonymous_or_unnamed,
        anonymous_share: (s.anonymous_share * 1000.0).round() / 1000.0,
        second_hand: s.second_hand,
        hedged_attributions: s.hedged_attributions,
        people_quoted: s
            .people_quoted
            .iter()
            .map(|p| PersonOut {
                entity: p.entity,
                name: p.name.clone(),
                attributions: p.attributions,
                direct_quotes: p.direct_quotes,
            })
            .collect(),
        outlets: s
            .outlets
            .iter()
            .map(|o| OutletOut {
                entity: o.entity,
                name: o.name.clone(),
                as_source: o.as_source,
                as_via: o.as_via,
            })
            .collect(),
        hedges: HedgeSummaryOut {
            total: s.hedges,
            in_quotes: s.hedges_in_quotes,
            by_kind: s.hedges_by_kind,
            sentences: s.sentences,
            per_100_sentences: s.hedges_per_100_sentences,
        },
        most_hedged: s
            .most_hedged
            .iter()
            .map(|b| {
                let r = range(b.span);
                HedgedBlockOut {
                    block: b.block,
                    start: r.start,
                    end: r.end,
                    hedges: b.hedges,
                }
            })
            .collect(),
        text: s.text.clone(),
        labels: LABELS,
    }
}
