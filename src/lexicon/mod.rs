//! The lexicon: what the detectors know about words, as data. Each word
//! class is one file of `words/` (a comment line saying what the class
//! means, then one entry a line, sorted), read with `include_str!` into a
//! sorted set ([`WordClass`]). A detector asks the lexicon; it keeps no
//! list of its own. Adding a word to a class is one line in one file.

mod class;
#[cfg(test)]
mod tests;

pub use class::WordClass;

/// Declares the word classes, each from `words/<file>.txt`, and [`ALL`].
macro_rules! word_classes {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $(
            $(#[$doc])*
            pub static $name: WordClass =
                WordClass::new($file, include_str!(concat!("words/", $file, ".txt")));
        )*
        /// Every word class, for the lexicon test and the model fingerprints.
        pub static ALL: &[&WordClass] = &[$(&$name),*];
    };
}

word_classes! {
    /// Titles and roles that stand before a person's name.
    PERSON_TITLES = "person_titles";
    /// Lower-case words that name a role when they come right before a name
    /// ("envoy Jo Vance", "aide Ana Ruiz").
    ROLE_NOUNS = "role_nouns";
    /// Speech and cognition verbs that attribute content to a source, in every
    /// inflection the detectors look for.
    SPEECH_VERBS = "speech_verbs";
    /// Nouns whose bare plural or singular names an unnamed source.
    ANONYMOUS_SOURCE_NOUNS = "anonymous_source_nouns";
    /// Nouns that name a vague collective.
    UNNAMED_GROUP_NOUNS = "unnamed_group_nouns";
    /// Nouns that name a document or publication as a source.
    DOCUMENT_NOUNS = "document_nouns";
    /// Pronouns that can be a source.
    SUBJECT_PRONOUNS = "subject_pronouns";
    /// Words that end a source phrase read away from its cue ("… said
    /// Ana Ruiz on Monday", "but the minister said").
    SOURCE_BOUNDARY_WORDS = "source_boundary_words";
    /// Auxiliaries and adverbs that stand between a subject and its speech
    /// verb ("Ana has also said", "he would later write").
    VERB_FILLERS = "verb_fillers";
    /// Descriptions that refer back to a person named earlier ("the aide").
    PERSON_DESCRIPTIONS = "person_descriptions";
    /// Words any kind of organization goes by: "the agency" may be a news
    /// agency, "the company" any firm.
    GENERIC_ORGANIZATION_WORDS = "generic_organization_words";
    /// Words for a kind of body whose name says so ("the ministry" is a
    /// "… Ministry", "the court" a "… Court"), and a few such names' words
    /// ("the Kremlin", "the White House").
    BODY_TYPE_WORDS = "body_type_words";
    /// The seven days of the week.
    WEEKDAYS = "weekdays";
    /// The commonest speech verbs ("said", "told").
    CORE_SPEECH_VERBS = "core_speech_verbs";
    /// Adverbs that attribute to unnamed reports ("reportedly").
    REPORTING_ADVERBS = "reporting_adverbs";
    /// Verb forms that hedge the claim they attribute ("claimed").
    HEDGING_VERBS = "hedging_verbs";
    /// Periods that date a statement ("said last week").
    DATING_PERIODS = "dating_periods";
    /// Words a source phrase never consists of alone ("In", "yet",
    /// "instead", "the past").
    NON_SPEAKERS = "non_speakers";
    /// Pronouns that name no one when a source is left as one ("he", "who",
    /// "His" of "His campaign said").
    SHOWN_PRONOUNS = "shown_pronouns";
    /// Words that open a definite description ("the senator", "his spokesman").
    DEFINITE_OPENERS = "definite_openers";
    /// Words after which a source phrase only describes its head ("the
    /// spokesman for …", "the senator, who …").
    DESCRIPTION_ENDERS = "description_enders";
    /// Roles a news credit line gives before "by" ("Reporting by").
    CREDIT_ROLES = "credit_roles";
    /// Words of a photo credit after the photographer's name ("File Photo").
    PHOTO_CREDIT_WORDS = "photo_credit_words";
    /// What a gallery label counts ("Slideshow (5 images)").
    GALLERY_COUNTS = "gallery_counts";
    /// Short forms of month names ("Dec"), dates and never names alone.
    MONTH_ABBREVIATIONS = "month_abbreviations";
    /// Last words that make a name an organization ("Northwind Marine").
    ORGANIZATION_HEADS = "organization_heads";
    /// Last words that make a name a place ("Skerry Island").
    PLACE_HEADS = "place_heads";
    /// First words that make a name a place ("Port Ellin").
    PLACE_OPENERS = "place_openers";
    /// First words that make a name a named undertaking ("Operation …").
    OTHER_OPENERS = "other_openers";
    /// Seats of government that stand for the government ("Kremlin").
    GOVERNMENT_SEATS = "government_seats";
    /// Small words a Title Case heading leaves in lower case.
    TITLE_MINOR_WORDS = "title_minor_words";
    /// Words right before a source of reported content ("according to").
    SOURCE_CUES_BEFORE = "source_cues_before";
    /// Words right after a source of reported content ("reported").
    SOURCE_CUES_AFTER = "source_cues_after";
    /// Nouns after a name that make it a place's ("county").
    PLACE_NOUNS_AFTER = "place_nouns_after";
    /// Marks that never stand inside a name (dashes, colons, quotes).
    NAME_SEPARATORS = "name_separators";
    /// Dashes that end a dateline.
    DATELINE_DASHES = "dateline_dashes";
}

/// Whether `word` is a title that may precede a name (case-sensitive).
pub fn is_person_title(word: &str) -> bool {
    PERSON_TITLES.contains(&word)
}

/// Whether `word` (lower case) is a speech or cognition verb.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(&word)
}

/// Whether `participle` after the lower-case `noun` describes a document
/// ("a poll released on Monday", "a report published in May").
pub fn describes_document(noun: &str, participle: &str) -> bool {
    participle.ends_with("ed") && DOCUMENT_NOUNS.contains(&noun)
}

/// Whether `word` is an auxiliary or modal verb ("was", "would"), which a
/// clause has and a name does not.
pub fn is_auxiliary_or_modal(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "would"
            | "will"
            | "could"
            | "can"
            | "should"
            | "may"
            | "might"
            | "must"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "does"
            | "did"
    )
}

/// Whether `word` (lower case) is a description that refers back to an
/// organization named earlier ("the agency", "the ministry").
pub fn is_organization_description(word: &str) -> bool {
    GENERIC_ORGANIZATION_WORDS.contains(&word) || BODY_TYPE_WORDS.contains(&word)
}

/// Whether `word` (lower case) dates a statement: a weekday or a period
/// ("on Tuesday said", "said last week").
pub fn is_dating_word(word: &str) -> bool {
    WEEKDAYS.contains(word) || DATING_PERIODS.contains(word)
}
