//! The sourcing profile of an article: who it rests on and how firmly it
//! speaks. Counts attributions by source kind, the share resting on
//! anonymous or unnamed sources, the people quoted, the outlets and
//! organizations cited (also as the channel of a second-hand source),
//! hedges by kind and per 100 sentences, and the most hedged paragraphs,
//! with a few plain-English sentences a reader can take in at a glance.

use crate::annotation::{Annotations, EntityKind, HedgeKind, SourceKind, SourceMention};
use crate::detect::hedges::is_hedgeable;
use crate::detect::speaker;
use crate::document::Document;
use crate::span::Span;
use std::collections::HashMap;

mod counts;
mod people;
mod text;
pub mod words;

pub use counts::{HedgeKindCounts, SourceKindCounts, UnresolvedCounts};

/// How many of the most hedged paragraphs the profile names.
pub const MOST_HEDGED: usize = 3;

/// A person credited in the article, and how often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonQuoted {
    /// Index into the entities.
    pub entity: usize,
    /// The person's canonical name.
    pub name: String,
    /// Attributions to them (including those through a pronoun).
    pub attributions: usize,
    /// How many of those are direct quotations.
    pub direct_quotes: usize,
}

/// An outlet or organization the article cites.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutletCited {
    /// Index into the entities, when linked.
    pub entity: Option<usize>,
    /// The name (canonical when linked, else as written).
    pub name: String,
    /// Attributions with it as the source.
    pub as_source: usize,
    /// Attributions with it as the channel of a second-hand source
    /// ("sources cited by the Ledger").
    pub as_via: usize,
}

/// A paragraph ranked among the most hedged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HedgedBlock {
    /// Index into the document's blocks.
    pub block: usize,
    /// The block's text.
    pub span: Span,
    /// Hedges inside it.
    pub hedges: usize,
}

/// The sourcing profile of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// All attributions.
    pub attributions: usize,
    /// Attributions by source kind.
    pub by_source_kind: SourceKindCounts,
    /// Of those to people and organizations, the ones whose speaker is
    /// unresolved.
    pub unresolved: UnresolvedCounts,
    /// Attributions resting on anonymous sources or unnamed groups.
    pub anonymous_or_unnamed: usize,
    /// That count as a share of all attributions (0 when there are none).
    pub anonymous_share: f64,
    /// Attributions that come second-hand, through a `via`.
    pub second_hand: usize,
    /// Attributions marked hedged.
    pub hedged_attributions: usize,
    /// People credited, most often first.
    pub people_quoted: Vec<PersonQuoted>,
    /// Outlets and organizations cited, most often first.
    pub outlets: Vec<OutletCited>,
    /// Sentences in the blocks hedges are looked for in.
    pub sentences: usize,
    /// All hedges.
    pub hedges: usize,
    /// Hedges inside direct quotations (the speakers').
    pub hedges_in_quotes: usize,
    /// Hedges by kind.
    pub hedges_by_kind: HedgeKindCounts,
    /// Hedges per 100 sentences, to one decimal.
    pub hedges_per_100_sentences: f64,
    /// The most hedged paragraphs, most hedges first.
    pub most_hedged: Vec<HedgedBlock>,
    /// The profile in a few plain-English sentences.
    pub text: String,
}

/// Computes the sourcing profile of an annotated document.
pub fn profile(doc: &Document, found: &Annotations) -> Summary {
    let Sources {
        by_source_kind,
        unresolved,
        people,
        outlets,
    } = sources(doc, found);
    let attributions = found.attributions.len();
    let anonymous_or_unnamed = by_source_kind.anonymous + by_source_kind.unnamed_group;
    let sentences = doc
        .sentences
        .iter()
        .filter(|s| is_hedgeable(doc.blocks[s.block].kind))
        .count();
    let hedges = found.hedges.len();
    let per_100 = if sentences == 0 {
        0.0
    } else {
        (hedges as f64 * 1000.0 / sentences as f64).round() / 10.0
    };
    let mut summary = Summary {
        attributions,
        by_source_kind,
        unresolved,
        anonymous_or_unnamed,
        anonymous_share: if attributions == 0 {
            0.0
        } else {
            anonymous_or_unnamed as f64 / attributions as f64
        },
        second_hand: found
            .attributions
            .iter()
            .filter(|a| a.via.is_some())
            .count(),
        hedged_attributions: found.attributions.iter().filter(|a| a.hedged).count(),
        people_quoted: people,
        outlets,
        sentences,
        hedges,
        hedges_in_quotes: found.hedges.iter().filter(|h| h.in_quote).count(),
        hedges_by_kind: hedge_counts(found),
        hedges_per_100_sentences: per_100,
        most_hedged: most_hedged(doc, found),
        text: String::new(),
    };
    summary.text = text::describe(&summary, doc, found);
    summary
}

/// Who the attributions rest on.
struct Sources {
    by_source_kind: SourceKindCounts,
    unresolved: UnresolvedCounts,
    /// Most attributions first.
    people: Vec<PersonQuoted>,
    /// Most citations first.
    outlets: Vec<OutletCited>,
}

/// The attributions counted by source kind (and, for people and
/// organizations, how many are unresolved), the people quoted and the
/// outlets cited.
fn sources(doc: &Document, found: &Annotations) -> Sources {
    let mut by_source_kind = SourceKindCounts::default();
    let mut unresolved = UnresolvedCounts::default();
    let mut people: Vec<PersonQuoted> = Vec::new();
    let mut person_index: HashMap<usize, usize> = HashMap::new();
    let mut outlets = Outlets::default();
    let speakers = speaker::all(doc.text, &found.entities, &found.attributions);
    for (attribution, speaker) in found.attributions.iter().zip(&speakers) {
        let slot = match attribution.source_kind {
            SourceKind::Person => &mut by_source_kind.person,
            SourceKind::Organization => &mut by_source_kind.organization,
            SourceKind::Anonymous => &mut by_source_kind.anonymous,
            SourceKind::UnnamedGroup => &mut by_source_kind.unnamed_group,
            SourceKind::Document => &mut by_source_kind.document,
            SourceKind::Unknown => &mut by_source_kind.unknown,
        };
        *slot += 1;
        if speaker.as_ref().is_some_and(|s| !s.resolved) {
            match attribution.source_kind {
                SourceKind::Person => unresolved.person += 1,
                SourceKind::Organization => unresolved.organization += 1,
                _ => {}
            }
        }
        let source = attribution.source.as_ref();
        for entity in people::credited(found, attribution, speaker.as_ref()) {
            let i = *person_index.entry(entity).or_insert_with(|| {
                people.push(PersonQuoted {
                    entity,
                    name: found
                        .entities
                        .get(entity)
                        .map(|e| e.name.clone())
                        .unwrap_or_default(),
                    attributions: 0,
                    direct_quotes: 0,
                });
                people.len() - 1
            });
            let person = &mut people[i];
            person.attributions += 1;
            person.direct_quotes += usize::from(attribution.direct);
        }
        if attribution.source_kind == SourceKind::Organization {
            if let Some(outlet) = source.and_then(|s| outlets.get(doc, found, s)) {
                outlet.as_source += 1;
            }
        }
        if let Some(outlet) = attribution
            .via
            .as_ref()
            .and_then(|v| outlets.get(doc, found, v))
        {
            outlet.as_via += 1;
        }
    }
    // Stable sorts keep first appearance among equals.
    people.sort_by_key(|p| std::cmp::Reverse(p.attributions));
    let mut outlets = outlets.list;
    outlets.sort_by_key(|o| std::cmp::Reverse(o.as_source + o.as_via));
    Sources {
        by_source_kind,
        unresolved,
        people,
        outlets,
    }
}

/// The hedges counted by kind.
fn hedge_counts(found: &Annotations) -> HedgeKindCounts {
    let mut hedges_by_kind = HedgeKindCounts::default();
    for hedge in &found.hedges {
        let slot = match hedge.kind {
            HedgeKind::Modal => &mut hedges_by_kind.modal,
            HedgeKind::Epistemic => &mut hedges_by_kind.epistemic,
            HedgeKind::Reporting => &mut hedges_by_kind.reporting,
            HedgeKind::Weasel => &mut hedges_by_kind.weasel,
            HedgeKind::Other => &mut hedges_by_kind.other,
        };
        *slot += 1;
    }
    hedges_by_kind
}

/// Outlets in order of first citation, indexed by entity or, when a
/// mention is not linked, by its lower-cased words.
#[derive(Default)]
struct Outlets {
    list: Vec<OutletCited>,
    index: HashMap<OutletKey, usize>,
}

#[derive(PartialEq, Eq, Hash)]
enum OutletKey {
    Entity(usize),
    Name(String),
}

impl Outlets {
    /// The entry for a mention, added if new; `None` when the mention is
    /// linked to a name that is not an organization (a nationality such
    /// as "European", a place, a person): only organizations and outlets
    /// are listed.
    fn get(
        &mut self,
        doc: &Document,
        found: &Annotations,
        mention: &SourceMention,
    ) -> Option<&mut OutletCited> {
        let linked = mention
            .entity
            .and_then(|e| found.entities.get(e).map(|entity| (e, entity)));
        if linked.is_some_and(|(_, entity)| entity.kind != EntityKind::Organization) {
            return None;
        }
        let (key, name) = match linked {
            Some((e, entity)) => (OutletKey::Entity(e), entity.name.clone()),
            None => {
                let words = mention.span.slice(doc.text);
                (
                    OutletKey::Name(words.to_lowercase()),
                    description_name(words),
                )
            }
        };
        let list = &mut self.list;
        let i = *self.index.entry(key).or_insert_with(|| {
            list.push(OutletCited {
                entity: linked.map(|(e, _)| e),
                name,
                as_source: 0,
                as_via: 0,
            });
            list.len() - 1
        });
        Some(&mut self.list[i])
    }
}

/// An unnamed organization as the profile lists it: a description keeps
/// its words, but a determiner that only opened its sentence is lower case
/// ("The ferry company" → "the ferry company").
fn description_name(words: &str) -> String {
    for determiner in ["The ", "A ", "An "] {
        if let Some(rest) = words.strip_prefix(determiner) {
            return format!("{}{rest}", determiner.to_lowercase());
        }
    }
    words.to_string()
}

/// The blocks with the most hedges (ties: the earlier block first).
fn most_hedged(doc: &Document, found: &Annotations) -> Vec<HedgedBlock> {
    let mut counts = vec![0usize; doc.blocks.len()];
    let mut block = 0;
    for hedge in &found.hedges {
        while block < doc.blocks.len() && doc.blocks[block].span.end < hedge.span.end {
            block += 1;
        }
        if let Some(b) = doc.blocks.get(block) {
            if b.span.contains(hedge.span) {
                counts[block] += 1;
            }
        }
    }
    let mut ranked: Vec<HedgedBlock> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(i, &n)| HedgedBlock {
            block: i,
            span: doc.blocks[i].span,
            hedges: n,
        })
        .collect();
    ranked.sort_by_key(|b| std::cmp::Reverse(b.hedges));
    ranked.truncate(MOST_HEDGED);
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    const ARTICLE: &str = "Harbour Fees Rise\n\n\
        The port may raise docking fees next year, according to sources cited by the Coastal Ledger. \
        The increase could reach ten percent.\n\n\
        \u{201C}We might lose two ferry lines,\u{201D} Tomas Greve said. \
        Greve said the union would protest. Greve added that talks would go on.\n\n\
        The council approved the budget on Monday.";

    fn summary_of(text: &str) -> Summary {
        let analysis = annotate(text, &Options::default()).expect("annotates");
        profile(&analysis.document, &analysis.annotations)
    }

    #[test]
    fn counts_sources_people_and_outlets() {
        let s = summary_of(ARTICLE);
        assert_eq!(s.attributions, 4);
        assert_eq!(s.by_source_kind.anonymous, 1);
        assert_eq!(s.by_source_kind.person, 3);
        assert_eq!(s.anonymous_or_unnamed, 1);
        assert!((s.anonymous_share - 0.25).abs() < 1e-9);
        assert_eq!(s.second_hand, 1);
        assert_eq!(s.people_quoted.len(), 1);
        assert_eq!(s.people_quoted[0].name, "Tomas Greve");
        assert_eq!(s.people_quoted[0].attributions, 3);
        assert_eq!(s.people_quoted[0].direct_quotes, 1);
        assert_eq!(s.outlets.len(), 1);
        assert_eq!(s.outlets[0].name, "Coastal Ledger");
        assert_eq!((s.outlets[0].as_source, s.outlets[0].as_via), (0, 1));
    }

    #[test]
    fn a_source_linked_to_no_name_is_counted_and_told_apart_from_the_named() {
        let s = summary_of(
            "Mara Lind said the berth was unsafe. The court said the ruling stands. \
             Lind said the ferry would wait.",
        );
        assert_eq!(s.by_source_kind.organization, 1);
        assert_eq!(s.unresolved.organization, 1);
        assert_eq!(s.unresolved.person, 0);
        assert!(
            s.text.starts_with(
                "The article has 3 attributions: 2 to named people and 1 to an \
                 organization whose name was not found."
            ),
            "{}",
            s.text
        );
    }

    #[test]
    fn each_person_of_a_joined_source_is_counted() {
        let s = summary_of(
            "Mara Lind and Tomas Greve said the berth was unsafe. Lind said the port would close.",
        );
        let people: Vec<(&str, usize)> = s
            .people_quoted
            .iter()
            .map(|p| (p.name.as_str(), p.attributions))
            .collect();
        assert_eq!(people, [("Mara Lind", 2), ("Tomas Greve", 1)]);
    }

    #[test]
    fn counts_hedges_by_kind_and_ranks_paragraphs() {
        let s = summary_of(ARTICLE);
        assert_eq!(s.hedges, 3, "may, could, and the quoted might");
        assert_eq!(s.hedges_by_kind.modal, 3);
        assert_eq!(s.hedges_in_quotes, 1);
        assert_eq!(s.sentences, 7);
        assert_eq!(s.hedges_per_100_sentences, 42.9);
        let ranked: Vec<(usize, usize)> =
            s.most_hedged.iter().map(|b| (b.block, b.hedges)).collect();
        assert_eq!(ranked, [(1, 2), (2, 1)]);
        assert!(
            s.text.contains(
                "1 of the 4 (25%) rests on anonymous sources or unnamed groups, \
                 and 1 comes second-hand, through another outlet."
            ),
            "{}",
            s.text
        );
        assert!(s.text.contains("Tomas Greve (3 times)"), "{}", s.text);
        assert!(
            s.text.contains(
                "It hedges 3 times (42.9 per 100 sentences): \
                 3 modal verbs (\u{201C}may\u{201D}, \u{201C}could\u{201D}); \
                 1 is inside a quotation"
            ),
            "{}",
            s.text
        );
    }

    #[test]
    fn an_unnamed_organization_is_listed_by_its_description_in_lower_case() {
        let text = "The ferry company said the timetable would not change.";
        let analysis = annotate(text, &Options::default()).expect("annotates");
        let s = profile(&analysis.document, &analysis.annotations);
        let names: Vec<&str> = s.outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["the ferry company"]);
    }

    #[test]
    fn only_organizations_are_listed_as_outlets() {
        // "Norway" passes the sources on as a place; "Danish ministers" is a
        // source named by a nationality (which attribution resolution no
        // longer links to an entity at all).
        let text = "The ferry line will close, according to sources cited by Norway. \
            Danish ministers said the fees would rise. \
            The Coastal Ledger reported that talks had stalled.";
        let analysis = annotate(text, &Options::default()).expect("annotates");
        let found = &analysis.annotations;
        let kind_of = |m: &SourceMention| m.entity.map(|e| found.entities[e].kind);
        let other_kinds = found
            .attributions
            .iter()
            .flat_map(|a| a.source.iter().chain(a.via.iter()))
            .filter(|m| kind_of(m).is_some_and(|k| k != EntityKind::Organization))
            .count();
        assert!(
            other_kinds >= 1,
            "the text should credit a place; pick other sentences if the detectors changed"
        );
        let s = profile(&analysis.document, found);
        let names: Vec<&str> = s.outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Coastal Ledger"]);
        assert!(
            s.text
                .contains("Organizations and outlets cited: Coastal Ledger."),
            "{}",
            s.text
        );
    }

    #[test]
    fn an_article_without_sources_or_hedges_says_so() {
        let s = summary_of("The council approved the budget on Monday.");
        assert_eq!(s.attributions, 0);
        assert_eq!(s.anonymous_share, 0.0);
        assert!(s.most_hedged.is_empty());
        assert_eq!(s.text, "The article credits no sources. It uses no hedges.");
    }
}
