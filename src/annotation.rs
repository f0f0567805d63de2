//! What the detectors find, with byte spans.

use crate::span::Span;
use serde::Serialize;

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// An organization, outlet, government, party or body.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// Nationalities, events, products and other names.
    Other,
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The name as written, without a leading "the" or a trailing "'s".
    pub span: Span,
    /// A title or role the text gives right before the name ("President").
    pub role: Option<Span>,
}

/// A person, organization, place or other named thing, with all its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The kind.
    pub kind: EntityKind,
    /// The canonical (longest) name.
    pub name: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// What a quotation is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Someone's words.
    Speech,
    /// A term held at arm's length.
    Scare,
    /// The name of a work, programme or operation.
    Title,
}

/// A stretch of text inside quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// The quotation including its marks.
    pub span: Span,
    /// The text between the marks.
    pub inner: Span,
    /// What the quotation is used for.
    pub kind: QuoteKind,
    /// Index into the attributions, when someone is credited with it.
    pub attribution: Option<usize>,
}

/// Who a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named person.
    Person,
    /// A named organization, outlet or government.
    Organization,
    /// An unnamed individual or unnamed sources.
    Anonymous,
    /// A vague collective ("critics", "supporters").
    UnnamedGroup,
    /// A report, poll, statement or filing.
    Document,
    /// No source found.
    Unknown,
}

/// A mention that serves as a source, with the entity it refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceMention {
    /// The words in the text.
    pub span: Span,
    /// Index into the entities, when linked.
    pub entity: Option<usize>,
}

/// The speaker a reader is shown for an attribution: the one resolved
/// source the page, panel, cards, summary and exports all use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The linked entity's name, else the source's own words.
    pub name: String,
    /// Index into the entities, when the source is linked to one.
    pub entity: Option<usize>,
    /// False exactly when the source is a pronoun ("he", "who") or a
    /// definite description of a person or body ("the senator", "the
    /// company") that is not linked to an entity: the reader is told it is
    /// unresolved, never shown it as a name.
    pub resolved: bool,
    /// The entities named together in a joined source ("Mara Lind and
    /// Tomas Greve said"), in text order; empty for any other source.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub joined: Vec<usize>,
}

/// Someone credited with something: "X said …", "according to X, …".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The words that attribute ("said", "according to", ":").
    pub cue: Span,
    /// The source nearest the cue.
    pub source: Option<SourceMention>,
    /// Who the source is.
    pub source_kind: SourceKind,
    /// The outlet or person a second-hand source is cited by.
    pub via: Option<SourceMention>,
    /// What is attributed.
    pub content: Option<Span>,
    /// Whether the content is a direct quotation.
    pub direct: bool,
    /// Whether the cue, source or content hedges.
    pub hedged: bool,
}

/// The kind of a hedge cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// "may", "might", "could" in hedged use.
    Modal,
    /// "likely", "possible", "expected to", "appears".
    Epistemic,
    /// "reportedly", "allegedly", "is said to".
    Reporting,
    /// "some say", "it is believed", "many experts".
    Weasel,
    /// Any other hedge.
    Other,
}

/// A word or phrase that makes a claim less firm.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hedge {
    /// The cue words.
    pub span: Span,
    /// The kind.
    pub kind: HedgeKind,
    /// Whether the cue lies inside a direct quotation (the speaker's hedge,
    /// not the writer's).
    pub in_quote: bool,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    /// Named entities with their mentions.
    pub entities: Vec<Entity>,
    /// Quotations.
    pub quotes: Vec<Quote>,
    /// Attributions.
    pub attributions: Vec<Attribution>,
    /// Hedge cues.
    pub hedges: Vec<Hedge>,
}
