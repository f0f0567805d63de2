//! The profile's counts: attributions by source kind (and which of the
//! people and organizations are unresolved), hedges by kind.

use crate::annotation::SourceKind;
use serde::Serialize;

/// Attributions counted by the kind of their source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SourceKindCounts {
    /// Named people.
    pub person: usize,
    /// Named organizations, outlets, governments.
    pub organization: usize,
    /// Unnamed individuals or unnamed sources.
    pub anonymous: usize,
    /// Vague collectives ("critics").
    pub unnamed_group: usize,
    /// Reports, polls, statements, filings.
    pub document: usize,
    /// No source found.
    pub unknown: usize,
}

impl SourceKindCounts {
    /// The count of one kind.
    pub fn get(&self, kind: SourceKind) -> usize {
        match kind {
            SourceKind::Person => self.person,
            SourceKind::Organization => self.organization,
            SourceKind::Anonymous => self.anonymous,
            SourceKind::UnnamedGroup => self.unnamed_group,
            SourceKind::Document => self.document,
            SourceKind::Unknown => self.unknown,
        }
    }
}

/// Of the attributions to a person or an organization, those whose
/// speaker is unresolved: a pronoun or a description linked to no name
/// ("he", "the court"), which the reader is never told is named.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct UnresolvedCounts {
    /// Person sources linked to no name ("he", "the senator").
    pub person: usize,
    /// Organization sources linked to no name ("the court").
    pub organization: usize,
}

impl UnresolvedCounts {
    /// The count of one kind (0 for the kinds that are never named).
    pub fn get(&self, kind: SourceKind) -> usize {
        match kind {
            SourceKind::Person => self.person,
            SourceKind::Organization => self.organization,
            _ => 0,
        }
    }
}

/// Hedges counted by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct HedgeKindCounts {
    /// "may", "might", "could".
    pub modal: usize,
    /// "likely", "expected to", "appears".
    pub epistemic: usize,
    /// "reportedly", "allegedly", "is said to".
    pub reporting: usize,
    /// "some say", "critics claim".
    pub weasel: usize,
    /// Any other hedge ("unconfirmed").
    pub other: usize,
}
