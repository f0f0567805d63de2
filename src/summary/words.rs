//! The reader's words for highlight kinds, source kinds and hedge kinds:
//! their one home. The summary's sentences, the CLI's HTML page and the
//! browser page (which reads them from the document's `summary.labels`)
//! all use these.

use crate::annotation::{HedgeKind, SourceKind, Speaker};
use serde::Serialize;

/// How a kind reads, singular and plural.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Words {
    /// "named person".
    pub one: &'static str,
    /// "named people".
    pub many: &'static str,
}

impl Words {
    /// "1 named person", "3 named people".
    pub fn count(&self, n: usize) -> String {
        format!("{n} {}", if n == 1 { self.one } else { self.many })
    }

    /// The singular with its article: "a named person", "an unnamed group".
    pub fn with_article(&self) -> String {
        let vowel = self.one.starts_with(['a', 'e', 'i', 'o', 'u']);
        format!("{} {}", if vowel { "an" } else { "a" }, self.one)
    }
}

/// The words of every source kind, by kind (the order of the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SourceKindWords {
    /// A named person.
    pub person: Words,
    /// A named organization.
    pub organization: Words,
    /// An anonymous source.
    pub anonymous: Words,
    /// An unnamed group.
    pub unnamed_group: Words,
    /// A document.
    pub document: Words,
    /// No source found.
    pub unknown: Words,
}

/// How a person or organization source reads when its words name no one
/// the core could find ("he", "the mayor" linked to no name): not "named".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct UnresolvedKindWords {
    /// A person the text does not name where the source is.
    pub person: Words,
    /// An organization the text does not name where the source is.
    pub organization: Words,
}

/// The words of every hedge kind, by kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HedgeKindWords {
    /// "may", "might", "could".
    pub modal: Words,
    /// "likely", "expected to".
    pub epistemic: Words,
    /// "reportedly", "allegedly".
    pub reporting: Words,
    /// "some say".
    pub weasel: Words,
    /// Any other hedge.
    pub other: Words,
}

/// A kind of highlight on the page and in the HTML export: its name (the
/// page's `data-kind`), its label, what its mark means and how it nests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct HighlightKind {
    /// "person", "cue".
    pub kind: &'static str,
    /// "Person", "Attribution cue".
    pub label: &'static str,
    /// "a named person".
    pub meaning: &'static str,
    /// Where its mark nests among marks of the same range: lower ranks go
    /// outside (a claim holds its quotation, a name its hedge).
    pub rank: u8,
}

const fn highlight(
    kind: &'static str,
    label: &'static str,
    meaning: &'static str,
    rank: u8,
) -> HighlightKind {
    HighlightKind {
        kind,
        label,
        meaning,
        rank,
    }
}

/// The highlight kinds in legend order: the names first, then sourcing,
/// then hedges.
pub const HIGHLIGHT_KINDS: [HighlightKind; 9] = [
    highlight("person", "Person", "a named person", 6),
    highlight(
        "organization",
        "Organization",
        "a company, outlet, government or body",
        6,
    ),
    highlight("place", "Place", "a country, city or other place", 6),
    highlight(
        "other",
        "Other name",
        "a nationality, event, product or other name",
        6,
    ),
    highlight("quote", "Quotation", "words inside quotation marks", 3),
    highlight(
        "cue",
        "Attribution cue",
        "the words that credit a source: said, according to",
        5,
    ),
    highlight(
        "source",
        "Source",
        "who is credited; anonymous and second-hand ones are marked",
        4,
    ),
    highlight(
        "content",
        "Attributed claim",
        "what a source is credited with",
        2,
    ),
    highlight("hedge", "Hedge", "a word that makes a claim less firm", 7),
];

/// Every label, as the document's `summary.labels` carries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Labels {
    /// The highlight kinds, in legend order.
    pub highlight_kinds: &'static [HighlightKind],
    /// By source kind.
    pub source_kinds: SourceKindWords,
    /// By source kind, for a person or organization whose speaker is
    /// unresolved.
    pub unresolved_source_kinds: UnresolvedKindWords,
    /// What an unresolved speaker's words are prefixed with: "unresolved"
    /// in "unresolved: he".
    pub unresolved_speaker: &'static str,
    /// By hedge kind.
    pub hedge_kinds: HedgeKindWords,
}

const fn words(one: &'static str, many: &'static str) -> Words {
    Words { one, many }
}

/// The labels.
pub const LABELS: Labels = Labels {
    highlight_kinds: &HIGHLIGHT_KINDS,
    source_kinds: SourceKindWords {
        person: words("named person", "named people"),
        organization: words("named organization", "named organizations"),
        anonymous: words("anonymous source", "anonymous sources"),
        unnamed_group: words("unnamed group", "unnamed groups"),
        document: words("document", "documents"),
        unknown: words("no source given", "no source given"),
    },
    unresolved_source_kinds: UnresolvedKindWords {
        person: words("person, name not found", "people, name not found"),
        organization: words(
            "organization, name not found",
            "organizations, name not found",
        ),
    },
    unresolved_speaker: "unresolved",
    hedge_kinds: HedgeKindWords {
        modal: words("modal verb", "modal verbs"),
        epistemic: words("word of uncertainty", "words of uncertainty"),
        reporting: words("second-hand report", "second-hand reports"),
        weasel: words("vague attribution", "vague attributions"),
        other: words("other hedge", "other hedges"),
    },
};

/// How a source kind reads.
pub fn source_kind(kind: SourceKind) -> Words {
    let k = &LABELS.source_kinds;
    match kind {
        SourceKind::Person => k.person,
        SourceKind::Organization => k.organization,
        SourceKind::Anonymous => k.anonymous,
        SourceKind::UnnamedGroup => k.unnamed_group,
        SourceKind::Document => k.document,
        SourceKind::Unknown => k.unknown,
    }
}

/// How the source of an attribution reads, given whether its speaker was
/// resolved to a name: "named person", or "person, name not found" for an
/// unresolved "he".
pub fn source_nature(kind: SourceKind, resolved: bool) -> Words {
    let unresolved = &LABELS.unresolved_source_kinds;
    match kind {
        SourceKind::Person if !resolved => unresolved.person,
        SourceKind::Organization if !resolved => unresolved.organization,
        _ => source_kind(kind),
    }
}

/// How a speaker reads wherever it is shown (card, panel, report, HTML
/// export, eval-attributions; the page takes the word from
/// `summary.labels`): its name, or "unresolved: he" when it names no one,
/// so that a pronoun or a description is never read as a name.
pub fn speaker_label(speaker: &Speaker) -> String {
    if speaker.resolved {
        speaker.name.clone()
    } else {
        format!("{}: {}", LABELS.unresolved_speaker, speaker.name)
    }
}

/// How `n` unresolved sources of `kind` read in the profile's sentences
/// ("a person whose name was not found"), the labels' "person, name not
/// found" as prose; `None` when there are none or the kind is never named.
pub fn unresolved_in_prose(kind: SourceKind, n: usize) -> Option<&'static str> {
    let (one, many) = match kind {
        SourceKind::Person => (
            "a person whose name was not found",
            "people whose names were not found",
        ),
        SourceKind::Organization => (
            "an organization whose name was not found",
            "organizations whose names were not found",
        ),
        _ => return None,
    };
    match n {
        0 => None,
        1 => Some(one),
        _ => Some(many),
    }
}

/// How a hedge kind reads.
pub fn hedge_kind(kind: HedgeKind) -> Words {
    let k = &LABELS.hedge_kinds;
    match kind {
        HedgeKind::Modal => k.modal,
        HedgeKind::Epistemic => k.epistemic,
        HedgeKind::Reporting => k.reporting,
        HedgeKind::Weasel => k.weasel,
        HedgeKind::Other => k.other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_counts_read_as_english() {
        assert_eq!(
            source_kind(SourceKind::UnnamedGroup).with_article(),
            "an unnamed group"
        );
        assert_eq!(
            source_kind(SourceKind::Person).with_article(),
            "a named person"
        );
        assert_eq!(source_kind(SourceKind::Person).count(3), "3 named people");
        assert_eq!(hedge_kind(HedgeKind::Modal).count(1), "1 modal verb");
    }

    #[test]
    fn an_unresolved_speaker_says_so_and_a_resolved_one_is_its_name() {
        let speaker = |name: &str, resolved| Speaker {
            name: name.to_string(),
            entity: None,
            resolved,
            joined: Vec::new(),
        };
        assert_eq!(speaker_label(&speaker("he", false)), "unresolved: he");
        assert_eq!(
            speaker_label(&speaker("the court", false)),
            "unresolved: the court"
        );
        assert_eq!(speaker_label(&speaker("Mara Lind", true)), "Mara Lind");
    }

    #[test]
    fn unresolved_sources_read_as_prose_for_people_and_organizations_only() {
        assert_eq!(
            unresolved_in_prose(SourceKind::Organization, 1),
            Some("an organization whose name was not found")
        );
        assert_eq!(
            unresolved_in_prose(SourceKind::Person, 2),
            Some("people whose names were not found")
        );
        assert_eq!(unresolved_in_prose(SourceKind::Person, 0), None);
        assert_eq!(unresolved_in_prose(SourceKind::Anonymous, 3), None);
    }

    #[test]
    fn an_unresolved_person_is_not_called_named() {
        assert_eq!(source_nature(SourceKind::Person, true).one, "named person");
        assert_eq!(
            source_nature(SourceKind::Person, false).one,
            "person, name not found"
        );
        assert_eq!(
            source_nature(SourceKind::Anonymous, false).one,
            "anonymous source"
        );
    }
}
