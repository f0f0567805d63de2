//! The table of cue kinds: one row a kind, saying what the cue is, where
//! its source and its content sit, and whether it hedges what it
//! attributes. The later stages read a cue's row instead of knowing the
//! kinds themselves; "according to" lives here and nowhere else.

/// What kind of words a cue is, which decides where its source and
/// content are looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// "according to X": the source follows the cue.
    AccordingTo,
    /// "reportedly", "allegedly": no source.
    Adverb,
    /// "X: “…”": the source before a colon, the quotation after it.
    Colon,
    /// A verb or verbal phrase ("said", "has learned", "told reporters").
    Verb,
    /// "“…” — Ana Ruiz": a dash after a quotation, before the name that
    /// signs it.
    Signature,
}

/// Where a cue's source sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceAt {
    /// Nowhere: the cue credits unnamed reports ("reportedly").
    Nowhere,
    /// The noun phrase after the cue ("according to the agency").
    After,
    /// The noun phrase before the colon ("Ana Ruiz: “…”").
    BeforeColon,
    /// The name after the dash that signs a quotation ("— Ana Ruiz").
    AfterDash,
    /// The verb's subject: before it, inverted after it, the agent of a
    /// passive, or the subject a participle hangs from.
    Subject,
}

/// Where a cue's content sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContentAt {
    /// The clause around the cue, before it or after its source ("According
    /// to X, …", "…, according to X.").
    AroundPhrase,
    /// The clause the adverb stands in.
    Clause,
    /// The quotation after the colon.
    AfterColon,
    /// The quotation before the dash.
    BeforeDash,
    /// The quotation next to the verb, its "that"-clause or the clause it
    /// reports.
    Reported,
}

/// One kind of cue.
#[derive(Clone, Copy, Debug)]
pub struct CueRow {
    /// The kind.
    pub kind: CueKind,
    /// What the cue is, for a reader of this table.
    pub what: &'static str,
    /// The fixed words of the cue, lower case, when it is a fixed phrase.
    pub phrase: &'static [&'static str],
    /// Where its source sits.
    pub source: SourceAt,
    /// Where its content sits.
    pub content: ContentAt,
    /// Whether the cue itself hedges what it attributes.
    pub hedges: bool,
}

/// Every kind of cue.
pub const CUE_KINDS: &[CueRow] = &[
    CueRow {
        kind: CueKind::AccordingTo,
        what: "\"according to X\", or a sentence opening with a poll",
        phrase: &["according", "to"],
        source: SourceAt::After,
        content: ContentAt::AroundPhrase,
        hedges: false,
    },
    CueRow {
        kind: CueKind::Adverb,
        what: "a reporting adverb (\"reportedly\"; the words are the lexicon's reporting_adverbs)",
        phrase: &[],
        source: SourceAt::Nowhere,
        content: ContentAt::Clause,
        hedges: true,
    },
    CueRow {
        kind: CueKind::Colon,
        what: "a speaker's colon before a quotation",
        phrase: &[":"],
        source: SourceAt::BeforeColon,
        content: ContentAt::AfterColon,
        hedges: false,
    },
    CueRow {
        kind: CueKind::Verb,
        what:
            "a verb or verbal phrase of saying, thinking or judging (\"said\", \"told reporters\")",
        phrase: &[],
        source: SourceAt::Subject,
        content: ContentAt::Reported,
        hedges: false,
    },
    CueRow {
        kind: CueKind::Signature,
        what: "a dash after a quotation, before the name that signs it",
        phrase: &[],
        source: SourceAt::AfterDash,
        content: ContentAt::BeforeDash,
        hedges: false,
    },
];

/// The row of `kind`.
pub fn row(kind: CueKind) -> &'static CueRow {
    CUE_KINDS
        .iter()
        .find(|r| r.kind == kind)
        .expect("every cue kind has a row")
}

/// The words of "according to".
pub fn according_to() -> &'static [&'static str] {
    row(CueKind::AccordingTo).phrase
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_one_row() {
        for kind in [
            CueKind::AccordingTo,
            CueKind::Adverb,
            CueKind::Colon,
            CueKind::Verb,
            CueKind::Signature,
        ] {
            assert_eq!(CUE_KINDS.iter().filter(|r| r.kind == kind).count(), 1);
        }
    }

    #[test]
    fn only_the_reporting_adverb_hedges_by_its_kind() {
        let hedging: Vec<CueKind> = CUE_KINDS
            .iter()
            .filter(|r| r.hedges)
            .map(|r| r.kind)
            .collect();
        assert_eq!(hedging, vec![CueKind::Adverb]);
    }
}
