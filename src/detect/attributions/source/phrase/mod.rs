//! The source phrase: the one noun-phrase reader every source rule uses,
//! and the product it hands on, [`SourceTokens`]. A rule says where a
//! source sits; the reader says where its phrase ends:
//!
//! - here, the phrase before a cue ("the mayor said", [`phrase_before`])
//!   or after it ("according to the agency", [`phrase_after`]), with the
//!   boundaries every reading shares (clause breaks, boundary words, a
//!   relative clause that keeps a source unnamed, a preposition tied to
//!   its head);
//! - [`subject`]: the subject that opens a sentence and the phrase a
//!   participle hangs from;
//! - [`appositive`]: a name with the description set off by commas,
//!   before or after it;
//! - [`attached`]: a relative clause, bracket or signature read with the
//!   phrase.

pub mod appositive;
pub mod attached;
pub mod subject;

use crate::detect::attributions::context::Context;
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::{
    describes_document, is_organization_description, ANONYMOUS_SOURCE_NOUNS, PERSON_DESCRIPTIONS,
    ROLE_NOUNS, SOURCE_BOUNDARY_WORDS, SUBJECT_PRONOUNS,
};
use std::ops::Range;

/// The source tokens of a cue, and the outlet it comes through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceTokens {
    /// The source's tokens.
    pub tokens: Range<usize>,
    /// "cited by X", "in an interview with X": the outlet's tokens.
    pub via: Option<Range<usize>>,
}

/// The longest source phrase followed, in tokens.
pub const MAX_SOURCE: usize = 12;

/// The noun phrase starting at `start` and running to a clause break.
pub fn phrase_after(
    doc: &Document,
    context: &Context,
    start: usize,
    end: usize,
) -> Option<SourceTokens> {
    let anchor = start.max(1) - 1;
    let mut stop = start;
    while stop < end && stop - start < MAX_SOURCE {
        let word = doc.word(stop);
        if is_break(word) || !context.same_side(stop, anchor) {
            break;
        }
        // "officials who asked not to be named": the clause is the source's.
        if let Some(clause_end) = anonymity_clause_end(doc, stop, end) {
            stop = clause_end;
            break;
        }
        if stop > start
            && SOURCE_BOUNDARY_WORDS.contains(&word.to_lowercase().as_str())
            && !continues_document_participle(doc, stop)
            && !links_to_head(doc, stop)
        {
            break;
        }
        stop += 1;
    }
    (stop > start).then_some(SourceTokens {
        tokens: start..stop,
        via: None,
    })
}

/// Whether token `t` continues a participle describing a document ("a
/// poll released on Monday"): the phrase reads on to its break.
fn continues_document_participle(doc: &Document, t: usize) -> bool {
    t >= 2 && describes_document(&doc.word(t - 2).to_lowercase(), doc.word(t - 1))
}

/// Whether a source phrase holds a clause that keeps it unnamed ("two
/// members who asked not to be named"): the verbs in that clause are not
/// cues of their own.
pub fn has_anonymity_clause(doc: &Document, tokens: Range<usize>) -> bool {
    tokens
        .clone()
        .any(|t| anonymity_clause_end(doc, t, tokens.end).is_some())
}

/// How far a relative clause is searched for an anonymity word.
const ANONYMITY_REACH: usize = 12;

/// The end of a "who …" clause at token `who` that keeps the source
/// unnamed: the first clause break, when an anonymity word comes first.
pub fn anonymity_clause_end(doc: &Document, who: usize, end: usize) -> Option<usize> {
    if !matches!(doc.word(who), "who" | "that") {
        return None;
    }
    let clause_end = (who + 1..end.min(who + 1 + ANONYMITY_REACH))
        .find(|&t| is_break(doc.word(t)))
        .unwrap_or(end.min(who + 1 + ANONYMITY_REACH));
    (who + 1..clause_end)
        .any(|t| lexicon::ANONYMITY_WORDS.contains(&doc.word(t).to_lowercase().as_str()))
        .then_some(clause_end)
}

/// The noun phrase ending right before token `end`.
pub fn phrase_before(
    doc: &Document,
    context: &Context,
    end: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let anchor = end.min(doc.tokens.len() - 1);
    let mut start = end;
    while start > sentence_start && end - start < MAX_SOURCE {
        let word = doc.word(start - 1);
        if is_break(word) && word != "'s" || !context.same_side(start - 1, anchor) {
            break;
        }
        let lower = word.to_lowercase();
        let ratio = lower == "in" && is_count(doc, start) && start >= 2 && is_count(doc, start - 2);
        // "mocked the plan, saying anybody who complains": a form of
        // "say" or "tell" is a cue of its own, never inside a source.
        let boundary = SOURCE_BOUNDARY_WORDS.contains(&lower.as_str())
            && !links_to_head(doc, start - 1)
            || lexicon::SAY_FORMS.contains(lower.as_str())
            || lexicon::TELL_FORMS.contains(lower.as_str());
        if !ratio && (boundary || !extends_leftward(doc, start, end, word, &lower)) {
            break;
        }
        start -= 1;
        if SUBJECT_PRONOUNS.contains(&lower.as_str()) {
            break;
        }
        if lexicon::ARTICLES.contains(lower.as_str())
            && !continues_noun_phrase(doc, start, sentence_start)
            || lexicon::SOURCE_QUANTIFIERS.contains(&lower.as_str())
        {
            break;
        }
    }
    // "And the mayor said": the conjunction joins the sentence, not the phrase.
    while start + 1 < end && is_conjunction(doc.word(start)) {
        start += 1;
    }
    (start < end).then_some(SourceTokens {
        tokens: start..end,
        via: None,
    })
}

/// Whether the noun phrase whose determiner is token `start` is the
/// object of a preposition inside a longer phrase ("a person familiar
/// with the matter", "sources cited by the Gazette", "the head of the
/// agency").
fn continues_noun_phrase(doc: &Document, start: usize, sentence_start: usize) -> bool {
    if start < sentence_start + 2 {
        return false;
    }
    let preposition = doc.word(start - 1).to_lowercase();
    (lexicon::HEAD_PREPOSITIONS.contains(preposition.as_str()) || links_to_head(doc, start - 1))
        && !matches!(doc.word(start - 2), "," | ";" | ":" | "(" | ")")
}

/// Whether the preposition at token `p` ties the noun phrase after it to
/// a head before it that keeps a source unnamed or gives its role ("close
/// to", "briefed on", "involved in", "an aide to", "an official at").
pub fn links_to_head(doc: &Document, p: usize) -> bool {
    let Some(before) = p.checked_sub(1) else {
        return false;
    };
    let preposition = doc.word(p).to_lowercase();
    let head = doc.word(before).to_lowercase();
    let head = head.as_str();
    match preposition.as_str() {
        "to" => {
            lexicon::CLOSENESS_WORDS.contains(head)
                || PERSON_DESCRIPTIONS.contains(&head)
                || ROLE_NOUNS.contains(&head)
        }
        "on" | "in" | "about" => {
            lexicon::INVOLVEMENT_WORDS.contains(head) || preposition == "in" && is_people_noun(head)
        }
        // "a senior official at the ministry", "a diplomat from the embassy",
        // "voters from Calden"
        "at" | "from" => is_people_noun(head),
        _ => false,
    }
}

/// Whether the lower-case `noun` names people whom a place or body after
/// it only locates: unnamed sources ("officials in Calden") or a group
/// ("voters in Calden", "Latinos in Calden").
fn is_people_noun(noun: &str) -> bool {
    ANONYMOUS_SOURCE_NOUNS.contains(&noun) || lexicon::is_group_plural(noun)
}

/// Whether `word` (lower case `lower`), right before token `start`, can
/// belong to the phrase `start..end`: caseless scripts never do, and a
/// lower-case word before a name only when it is a determiner or a role
/// ("the", "envoy Ana Ruiz").
fn extends_leftward(doc: &Document, start: usize, end: usize, word: &str, lower: &str) -> bool {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_alphabetic() && !first.is_uppercase() && !first.is_lowercase() {
        return false;
    }
    let edge_is_name = start < end && doc.word(start).starts_with(char::is_uppercase);
    if edge_is_name && first.is_lowercase() {
        let preposition = (lexicon::HEAD_PREPOSITIONS.contains(lower)
            || links_to_head(doc, start - 1))
            && start >= 2
            && !is_break(doc.word(start - 2));
        // "Ana Ruiz and Tomas Greve said": two names joined; "Ana de
        // Vries said": a particle inside one.
        let joins_names = (lower == "and" || lexicon::NAME_PARTICLES.contains(lower))
            && start >= 2
            && is_name_word(doc, start - 2);
        // "mishandled the investigation and Democrats accused …": what
        // stands before "and" is no one who speaks, so the name after it
        // opens the source ("the mayor and Governor Lund said" join).
        if lower == "and" && !joins_names && start >= 2 && !may_speak(doc.word(start - 2)) {
            return false;
        }
        return preposition
            || joins_names
            || matches!(lower, "the" | "a" | "an" | "former" | "then")
            || lexicon::SOURCE_QUANTIFIERS.contains(&lower)
            || determiner_ahead(doc, start - 1)
            || ROLE_NOUNS.contains(&lower)
            || PERSON_DESCRIPTIONS.contains(&lower)
            || is_organization_description(lower);
    }
    true
}

/// Whether a noun may name someone who speaks: a role, a description of
/// a person, people or a body ("the mayor", "officials", "the agency").
fn may_speak(noun: &str) -> bool {
    let lower = noun.to_lowercase();
    let lower = lower.as_str();
    !noun.starts_with(char::is_lowercase)
        || ROLE_NOUNS.contains(&lower)
        || PERSON_DESCRIPTIONS.contains(&lower)
        || is_people_noun(lower)
        || is_organization_description(lower)
}

/// Whether lower-case words running left from token `t` (at most three)
/// reach a determiner: "the presumptive party nominee".
fn determiner_ahead(doc: &Document, t: usize) -> bool {
    let mut i = t;
    for _ in 0..3 {
        let word = doc.word(i).to_lowercase();
        if lexicon::ARTICLES.contains(word.as_str()) {
            return true;
        }
        if i == 0
            || !word.chars().all(char::is_lowercase)
            || SOURCE_BOUNDARY_WORDS.contains(&word.as_str())
        {
            return false;
        }
        i -= 1;
    }
    false
}

/// Whether token `t` is a count, in figures or words ("6", "six"), as
/// in a ratio ("six in 10 voters").
pub fn is_count(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Number
        || lexicon::NUMBER_WORDS.contains(doc.word(t).to_lowercase().as_str())
}

/// Whether `word` is a conjunction that can open a sentence ("And", "but").
pub fn is_conjunction(word: &str) -> bool {
    lexicon::COORDINATORS.contains(word.to_lowercase().as_str())
}

/// The speaker before the message a phrase before a verb names: "Ana
/// Ruiz in a televised interview said" credits Ana Ruiz, not the
/// interview. `phrase` is the phrase read before the verb; it stays the
/// source unless it is a message noun's phrase after "in" or "during"
/// that follows a name.
pub fn speaker_before_message(
    doc: &Document,
    context: &Context,
    phrase: SourceTokens,
    sentence_start: usize,
) -> SourceTokens {
    let start = phrase.tokens.start;
    let in_message = start >= sentence_start + 2
        && matches!(doc.word(start - 1), "in" | "during")
        && is_name_word(doc, start - 2)
        && doc.is(phrase.tokens.end - 1, &lexicon::MESSAGE_NOUNS);
    if in_message {
        if let Some(speaker) = phrase_before(doc, context, start - 1, sentence_start) {
            return speaker;
        }
    }
    phrase
}

/// Whether token `t` is a capitalized word, as the words of a name are.
pub fn is_name_word(doc: &Document, t: usize) -> bool {
    doc.word(t).starts_with(char::is_uppercase) && doc.tokens[t].kind == TokenKind::Word
}

/// Whether `word` breaks a phrase: a clause mark, a bracket or a
/// quotation mark.
pub fn is_break(word: &str) -> bool {
    matches!(
        word,
        "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "(" | ")" | "\"" | "\u{201C}" | "\u{201D}"
    )
}
