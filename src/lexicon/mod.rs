//! The lexicon: what the detectors know about words, as data. Each word
//! class is one file of `words/` (a comment line saying what the class
//! means, then one entry a line, sorted), read with `include_str!` into a
//! sorted set ([`WordClass`]). A detector asks the lexicon; it keeps no
//! list of its own. Adding a word to a class is one line in one file.

mod bits;
mod class;
#[cfg(test)]
mod tests;

pub use bits::WordBits;
pub use class::WordClass;

/// Declares the word classes, each from `words/<file>.txt` (the
/// [`class::shipped`] part of it), and [`ALL`].
macro_rules! word_classes {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        /// Each class's place in [`ALL`] and bit in [`WordBits`].
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Index { $($name),* }
        $(
            $(#[$doc])*
            pub static $name: WordClass = WordClass::new(Index::$name as u32, $file, {
                const FILE: &str = include_str!(concat!("words/", $file, ".txt"));
                const SHIPPED: [u8; class::shipped_len(FILE)] = class::shipped(FILE);
                class::shipped_str(&SHIPPED)
            });
        )*
        /// Every word class, for the lexicon test and the model fingerprints.
        pub static ALL: &[&WordClass] = &[$(&$name),*];
    };
}

word_classes! {
    /// Titles and roles that stand before a person's name.
    PERSON_TITLES = "person_titles";
    /// Words of a person's name that are neither given name nor surname:
    /// particles inside it ("Ana de Vries") and suffixes after it ("Jr.").
    NAME_PARTICLES = "name_particles";
    /// Person titles that also open names of companies and places
    /// ("General Motors", "King County").
    NAME_FORMING_TITLES = "name_forming_titles";
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
    /// Adverbs that stand between a subject and its speech verb ("Ana has
    /// also said", "he would later write"); see [`is_verb_filler`].
    VERB_FILLERS = "verb_fillers";
    /// The forms of "be" ("is", "were", "been").
    BE_FORMS = "be_forms";
    /// The forms of "have" as an auxiliary ("has said").
    HAVE_FORMS = "have_forms";
    /// The forms of "do" as an auxiliary ("did not say").
    DO_FORMS = "do_forms";
    /// Modal verbs ("would", "could", "must").
    MODALS = "modals";
    /// The forms of "say".
    SAY_FORMS = "say_forms";
    /// The forms of "tell".
    TELL_FORMS = "tell_forms";
    /// Verbs besides "tell" whose object is the one told ("assured
    /// reporters the talks would go on").
    TELLING_VERBS = "telling_verbs";
    /// Past participles that do not end in "-ed" ("said", "known", "sold").
    IRREGULAR_PARTICIPLES = "irregular_participles";
    /// The clitic "'s" when it stands for "is".
    BE_CLITICS = "be_clitics";
    /// What is left of a contracted auxiliary ("'d", "'ll", the "ca" of
    /// "can't").
    CONTRACTED_AUXILIARIES = "contracted_auxiliaries";
    /// Helper words `train-cues` does not skip when it picks a gold cue's
    /// head (the shipped cue model was trained so).
    HEADS_KEPT_IN_TRAINING = "heads_kept_in_training";
    /// The articles ("the", "a", "an").
    ARTICLES = "articles";
    /// Conjunctions that join two clauses or phrases as equals ("and", "but", "yet").
    COORDINATORS = "coordinators";
    /// Counts from one to ten written as words ("six in 10 voters").
    NUMBER_WORDS = "number_words";
    /// Pronouns that open a relative clause ("the aide who …", "a plan that …").
    RELATIVE_PRONOUNS = "relative_pronouns";
    /// Prepositions that tie a noun phrase to the head before it in a source ("a spokesman for the port", "officials with the agency").
    HEAD_PREPOSITIONS = "head_prepositions";
    /// Words before "to" that keep a source unnamed by saying whom it is close to ("people close to the mayor").
    CLOSENESS_WORDS = "closeness_words";
    /// Participles before "on", "in" or "about" that keep a source unnamed by saying what it takes part in ("officials involved in the talks").
    INVOLVEMENT_WORDS = "involvement_words";
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
    /// "instead", "the past") nor ends on ("… Renewal Amid").
    NON_SPEAKERS = "non_speakers";
    /// Pronouns that name no one when a source is left as one ("he", "who",
    /// "His" of "His campaign said").
    SHOWN_PRONOUNS = "shown_pronouns";
    /// Words that open a definite description ("the senator", "his spokesman").
    DEFINITE_OPENERS = "definite_openers";
    /// Words after which a source phrase only describes its head ("the
    /// spokesman for …", "the senator, who …").
    DESCRIPTION_ENDERS = "description_enders";
    /// Words that end the head of a source phrase: what follows describes the
    /// source ("Ana Ruiz, who chairs the board", "a spokesman for the agency",
    /// "an aide to the mayor").
    HEAD_ENDERS = "head_enders";
    /// Words after which a source phrase's head noun has been said ("a person
    /// familiar with …", "officials who …", "the agency's interlocutors in …").
    POST_MODIFIERS = "post_modifiers";
    /// Words that open a noun phrase, capitalized only at a sentence's start
    /// ("Several captains"): no sign of a name.
    KIND_DETERMINERS = "kind_determiners";
    /// Words that end the names of outlets and bodies.
    OUTLET_WORDS = "outlet_words";
    /// Titles and role words that mark a woman, lower case.
    FEMALE_WORDS = "female_words";
    /// Titles and role words that mark a man, lower case.
    MALE_WORDS = "male_words";
    /// Given names used almost only for women, sorted (for binary search).
    FEMALE_NAMES = "female_names";
    /// Given names used almost only for men, sorted (for binary search).
    MALE_NAMES = "male_names";
    /// Participles that describe how their subject feels or stands: the subject
    /// is the one who holds the view ("voters are worried that …").
    FEELING_PARTICIPLES = "feeling_participles";
    /// Verbs that raise their subject out of an infinitive ("the plan seems
    /// to work"): alone as a cue they name no source, and before a verb of
    /// saying or thinking they are part of its cue ("seemed to mock").
    RAISING_VERBS = "raising_verbs";
    /// Verbs of saying that put their subject after them ("…, said Ana", "…,
    /// wrote the mayor"); other verbs are followed by their object.
    INVERSION_VERBS = "inversion_verbs";
    /// Words that open a description of the source after its comma.
    APPOSITIVE_OPENERS = "appositive_openers";
    /// Words that, lower case after the comma, start something other than a
    /// description ("…, said Ana, in a statement", "…, said Ana, but …").
    NOT_DESCRIPTIONS = "not_descriptions";
    /// Words that open an aside between a name and its cue rather than a
    /// description of who it is ("…, in Calden, said", "…, for her part,
    /// said").
    ASIDE_WORDS = "aside_words";
    /// Words that open a sentence with a phrase, up to a comma, before its
    /// subject ("After the vote, …", "Hours later, …").
    OPENING_WORDS = "opening_words";
    /// Words before a sentence's subject that are not part of it ("But the
    /// mayor …", "And then she …").
    LEADING_WORDS = "leading_words";
    /// Words that open a noun phrase and end it leftward ("the", "a few").
    SUBJECT_DETERMINERS = "subject_determiners";
    /// Words after which a participle takes the subject of its clause, not the
    /// phrase right before it ("… by calling", "… after saying").
    SUBJECT_PREPOSITIONS = "subject_prepositions";
    /// Words besides the auxiliaries ([`is_auxiliary`]) that end a
    /// lower-case subject read rightward ("the pilots of …").
    PHRASE_ENDERS = "phrase_enders";
    /// Words that tell a relative clause keeps its source unnamed ("who asked
    /// not to be named", "who spoke on condition of anonymity", "who were not
    /// authorized to speak publicly").
    ANONYMITY_WORDS = "anonymity_words";
    /// Words that open a noun phrase by counting it ("many voters").
    SOURCE_QUANTIFIERS = "source_quantifiers";
    /// Participles that name the sources a claim is passed on from.
    CITING_WORDS = "citing_words";
    /// Marks that join a continuing cue to the clause before it.
    CONTENT_JOINERS = "content_joiners";
    /// Words that join a clause or a cue to the one before it ("said X and
    /// added Y").
    CLAUSE_JOINERS = "clause_joiners";
    /// Words after a participle that report a question put to the subject
    /// ("Asked about the delay, …").
    QUESTION_WORDS = "question_words";
    /// Pronouns that can only name a person ("he", "her").
    PERSONAL_PRONOUNS = "personal_pronouns";
    /// Words that name the one told on their own.
    RECIPIENTS = "recipients";
    /// Words that may trail a cue at the end of its clause, besides the dating
    /// words (`is_dating_word`).
    TRAILING_WORDS = "trailing_words";
    /// Words that open a clause leading into the sentence's main clause
    /// ("Although she said …, the board …").
    SUBORDINATORS = "subordinators";
    /// Words that, after a comma, open an aside the writer adds to a reported
    /// clause rather than part of it ("…, which surprised no one"). A reason or
    /// a comparison ("…, because …", "…, as …") stays in, as the corpus marks
    /// it.
    ASIDE_OPENERS = "aside_openers";
    /// Words besides the auxiliaries ([`is_auxiliary`]) right before a
    /// quotation that make it part of the clause reported ("were “useful”", "would “take the time it needs”", "vowed to “fight
    /// on”", "described it as “a mistake”"), rather than a term inside a noun
    /// phrase ("a broader “coalition of the brave”").
    CLAUSE_WORDS = "clause_words";
    /// Cue words that name or describe what their content is ("called the plan
    /// “a betrayal”", "described it as “a mistake”"): the quoted words are the
    /// source's wherever they stand in the content.
    NAMING_CUES = "naming_cues";
    /// Poll words whose findings a sentence opening "In a … poll," reports.
    POLL_NOUNS = "poll_nouns";
    /// Base forms of verbs of saying, thinking, judging and wanting (with a few
    /// irregular past forms).
    PREDICATE_VERBS = "predicate_verbs";
    /// Nouns that name something said, thought or judged.
    PREDICATE_NOUNS = "predicate_nouns";
    /// Base forms of verbs of doing (moving, touching, making, eating), never
    /// of saying or thinking; from WordNet 3.0 by `scripts/doing-verbs.py`.
    DOING_VERBS = "doing_verbs";
    /// Words that continue a cue verb ("pointed out", "went on to say").
    CUE_PARTICLES = "cue_particles";
    /// Prepositions that belong to the cue before them ("worried about",
    /// "called for", "accused of"): in the training articles most cue words
    /// other than "say" and "tell" that one of these follows take it in.
    CUE_PREPOSITIONS = "cue_prepositions";
    /// Things issued that carry a message ("a statement saying").
    MESSAGE_NOUNS = "message_nouns";
    /// Verbs of saying and believing that follow a vague group ("critics say").
    CLAIM_VERBS = "claim_verbs";
    /// Quantifiers that make a group vague ("some", "many").
    VAGUE_QUANTIFIERS = "vague_quantifiers";
    /// Groups that become vague sources after a quantifier ("many experts").
    GROUP_NOUNS = "group_nouns";
    /// Groups vague enough on their own ("critics say").
    VAGUE_GROUPS = "vague_groups";
    /// Adverbs inside "it is widely believed".
    DEGREE_ADVERBS = "degree_adverbs";
    /// Participles of "it is believed that".
    IMPERSONAL_PARTICIPLES = "impersonal_participles";
    /// Participles of "X is said to …".
    SAID_TO = "said_to";
    /// Participles that raise a "to": their cue takes the "to" and the "be"
    /// before them ("is expected to", "are believed to").
    RAISING_PARTICIPLES = "raising_participles";
    /// Adverbs that may stand between "be" and a raising participle ("are also
    /// expected to"), besides any word ending in "-ly" ("widely").
    BEFORE_PARTICIPLE = "before_participle";
    /// Closed-class words, told apart from content words in a neighbour's
    /// shape: "expected to" and "potential for" differ from "expected losses"
    /// and "potential buyers" in the class of the next word.
    HEDGE_FUNCTION_WORDS = "hedge_function_words";
    /// Words after "could" (or "could be") that make it ability or restriction,
    /// not possibility: perception, reaching someone, "only".
    ABILITY_WORDS = "ability_words";
    /// Words that make a sentence a condition or an indirect question.
    CONDITION_WORDS = "condition_words";
    /// Words before "possible" that make it extent, not likelihood ("as soon as
    /// possible", "where possible", "the best possible").
    EXTENT_BEFORE_POSSIBLE = "extent_before_possible";
    /// Words right before "doubt" that deny it ("no doubt", "beyond doubt").
    DENIED_DOUBT = "denied_doubt";
    /// Words that negate the verb they stand by ("could not", "never").
    NEGATIONS = "negations";
    /// Articles, possessives and "this" that may stand right before a cue
    /// word ("his remarks", "the mayor's claim").
    ARTICLES_AND_POSSESSIVES = "articles_and_possessives";
    /// Words that negate by naming no one or nothing ("nobody should
    /// doubt", "no doubt").
    NEGATING_PRONOUNS = "negating_pronouns";
    /// What one assumes when "assume" means taking on, not supposing.
    TAKEN_ON_NOUNS = "taken_on_nouns";
    /// Words after "potential" that make it a noun ("the potential to grow").
    AFTER_POTENTIAL_NOUN = "after_potential_noun";
    /// Role nouns that "potential" names a category of ("potential buyers"),
    /// besides any word ending in "-ers" or "-ors".
    POTENTIAL_ROLES = "potential_roles";
    /// Words before "May" that make it the month ("in May", "early May").
    BEFORE_MONTH = "before_month";
    /// Words after a sentence-initial "May" that make it a name or the month
    /// ("May was wet", "May said").
    AFTER_MAY = "after_may";
    /// Words before "expected" that make it an adjective ("the expected
    /// result") or a comparison ("than expected").
    BEFORE_ADJECTIVE = "before_adjective";
    /// Words that place what follows "could" in the future ("could close next
    /// year"): past ability cannot, so "could" there is a hedge.
    FUTURE_MARKERS = "future_markers";
    /// Adverbs that may stand between a modal and "be" ("could still be").
    BETWEEN_MODAL_AND_BE = "between_modal_and_be";
    /// Words right before a quotation that make it the name of something.
    TITLE_CUES = "title_cues";
    /// Words that title-case headings have and navigation bars do not.
    HEADING_FUNCTION_WORDS = "heading_function_words";
    /// Words that keep a following period as part of the token.
    ABBREVIATIONS = "abbreviations";
    /// Clitics split off the end of a word, after the apostrophe ("n't" is
    /// handled apart, since its split falls before the apostrophe).
    CLITICS = "clitics";
    /// Abbreviations after which a sentence never ends (a name follows).
    ABBREVIATED_TITLES = "abbreviated_titles";
    /// Capitalized words that typically open a sentence and name no one:
    /// after an abbreviation's period, a new sentence starts; opening a
    /// sentence or caption, they are no name (see the entities' openers).
    SENTENCE_OPENERS = "sentence_openers";
    /// Roles a news credit line gives before "by" ("Reporting by").
    CREDIT_ROLES = "credit_roles";
    /// Words of a photo credit after the photographer's name ("File Photo").
    PHOTO_CREDIT_WORDS = "photo_credit_words";
    /// What a gallery label counts ("Slideshow (5 images)").
    GALLERY_COUNTS = "gallery_counts";
    /// Short forms of month names ("Dec"), dates and never names alone.
    MONTH_ABBREVIATIONS = "month_abbreviations";
    /// Last words (or two) that make a name an organization ("Northwind
    /// Marine", "Harbor Policy Center").
    ORGANIZATION_HEADS = "organization_heads";
    /// Last words that make a name a place ("Skerry Island").
    PLACE_HEADS = "place_heads";
    /// First words that make a name a place ("Port Ellin").
    PLACE_OPENERS = "place_openers";
    /// Words that make a name a named law, event, work or undertaking, as
    /// its first word or head ("Operation …", "… Act", "Treaty of …").
    OTHER_WORDS = "other_words";
    /// Seats of government that stand for the government ("Kremlin").
    GOVERNMENT_SEATS = "government_seats";
    /// Nationality and group adjectives and nouns ("Kuwaiti", "South
    /// African", "Kurd"); see [`is_demonym`].
    DEMONYMS = "demonyms";
    /// Small words a Title Case heading leaves in lower case.
    TITLE_MINOR_WORDS = "title_minor_words";
    /// Capitalized abbreviations of common nouns ("TV", "CEO"), no name alone.
    COMMON_ACRONYMS = "common_acronyms";
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

/// Whether `word` is a title or role ("President", "minister").
pub fn is_title_word(word: &str) -> bool {
    is_person_title(word) || ROLE_NOUNS.contains_lower_case_of(word)
}

/// Whether `word` is a person's title that no company or place name opens
/// ("Mayor", "Sen.", but not "General" or "King"), so that a name after it
/// is surely a person's.
pub fn is_personal_title(word: &str) -> bool {
    is_person_title(word) && !NAME_FORMING_TITLES.contains(&word)
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

/// Whether `word` (any case) is an auxiliary or modal verb
/// ([`WordBits::is_auxiliary`]). A clause has one; a name does not.
pub fn is_auxiliary(word: &str) -> bool {
    WordBits::of(word).is_auxiliary()
}

/// Whether `word` (any case) is a form of "be" or the "'s" that stands
/// for "is" ([`WordBits::is_copula`]).
pub fn is_copula(word: &str) -> bool {
    WordBits::of(word).is_copula()
}

/// Whether `word` (any case) may stand between a subject and its verb
/// ([`WordBits::is_verb_filler`]): "has also said", "would not say".
pub fn is_verb_filler(word: &str) -> bool {
    WordBits::of(word).is_verb_filler()
}

/// Whether `word` (lower case) is a description that refers back to an
/// organization named earlier ("the agency", "the ministry").
pub fn is_organization_description(word: &str) -> bool {
    GENERIC_ORGANIZATION_WORDS.contains(&word) || BODY_TYPE_WORDS.contains(&word)
}

/// Whether a name of `words` is a nationality or a people, in any case
/// and singular or plural, or several run together ("Kuwaiti", "South
/// Africans", "IRAQI", "Lithuanian Americans"): such a name is of the
/// "other" kind, never a person, organization or place.
pub fn is_demonym(words: &[&str]) -> bool {
    let listed = |name: &str| {
        let name = name.to_lowercase();
        DEMONYMS.contains(name.as_str())
            || name
                .strip_suffix('s')
                .is_some_and(|singular| DEMONYMS.contains(singular))
    };
    let capitalized = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    capitalized && (listed(&words.join(" ")) || words.iter().all(|w| listed(w)))
}

/// Whether `word` names the members of a group in the plural: a people
/// or a party ("Americans", "African-Americans", "Latinos") or a vague
/// collective ("voters", "Republicans").
pub fn is_group_plural(word: &str) -> bool {
    let lower = word.to_lowercase();
    if UNNAMED_GROUP_NOUNS.contains(&lower.as_str()) {
        return true;
    }
    let Some(singular) = lower.strip_suffix('s') else {
        return false;
    };
    let last = singular.rsplit('-').next().unwrap_or(singular);
    DEMONYMS.contains(singular) || DEMONYMS.contains(last)
}

/// Whether `word` (lower case) dates a statement: a weekday or a period
/// ("on Tuesday said", "said last week").
pub fn is_dating_word(word: &str) -> bool {
    WEEKDAYS.contains(word) || DATING_PERIODS.contains(word)
}
