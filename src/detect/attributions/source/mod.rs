//! The source of a cue: the noun phrase that names who is credited,
//! before the cue ("Ana Ruiz said"), after it ("said Ana Ruiz",
//! "according to the agency"), before a colon, or the subject of the
//! clause a participle hangs from ("…, saying"). A second-hand source
//! keeps the outlet it comes through apart ("sources cited by X").

use super::appositive;
use super::context::{Context, QuotePlace};
use super::cues::{Cue, CueKind};
use super::subject;
use super::voice;
use crate::detect::lexicon::DATING_WORDS;
use crate::detect::lexicon::{
    describes_document, is_auxiliary_or_modal, is_organization_description, ANONYMOUS_SOURCE_NOUNS,
    PERSON_DESCRIPTIONS, ROLE_NOUNS, SOURCE_BOUNDARY_WORDS, SUBJECT_PRONOUNS, VERB_FILLERS,
};
use crate::document::tokens::TokenKind;
use crate::document::Document;
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
const MAX_SOURCE: usize = 12;

/// Finds the source of `cue`.
pub fn find(doc: &Document, context: &Context, cue: &Cue) -> Option<SourceTokens> {
    let sentence = doc.sentences[cue.sentence].tokens.clone();
    let found = match cue.kind {
        CueKind::Adverb => None,
        CueKind::AccordingTo => phrase_after(doc, context, cue.tokens.end, sentence.end).map(|p| {
            cited_by_relative(doc, context, &p.tokens, sentence.end).unwrap_or(SourceTokens {
                tokens: p.tokens.start
                    ..relative_clause_end(doc, context, p.tokens.end, sentence.end),
                via: p.via,
            })
        }),
        CueKind::Colon => phrase_before(doc, context, cue.tokens.start, sentence.start),
        CueKind::Signature => signature_name(doc, cue.tokens.end, sentence.end),
        // "was announced by the agency", "the plan seems …"
        CueKind::Verb if voice::is_raising(doc, cue) => None,
        CueKind::Verb if voice::is_passive(doc, cue, sentence.start) => {
            by_agent(doc, context, cue, sentence.end)
        }
        CueKind::Verb => verb_source(doc, context, cue, sentence.clone()),
    }?;
    let mut source = split_via(doc, found);
    if source.via.is_none() {
        // "… said in an interview with X", or "In an interview with X, …"
        // opening the sentence before the source and its cue.
        source.via = interview_with(doc, context, cue.tokens.end, sentence.end).or_else(|| {
            (sentence.start < source.tokens.start)
                .then(|| interview_with(doc, context, sentence.start, source.tokens.start))
                .flatten()
        });
    }
    Some(source)
}

fn verb_source(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    sentence: Range<usize>,
) -> Option<SourceTokens> {
    let left = skip_fillers(doc, cue.tokens.start, sentence.start);
    let previous = (left > sentence.start).then(|| left - 1);
    let word = previous.map(|p| doc.word(p));
    let closing = |t: usize| context.place[t] == QuotePlace::Closing;
    let after_quote = previous
        .is_some_and(|p| closing(p) || doc.word(p) == "," && p > sentence.start && closing(p - 1));
    let head = cue
        .tokens
        .clone()
        .find(|&t| !is_filler(doc.word(t)))
        .unwrap_or(cue.tokens.start);
    // "is saying" is a verb with its subject before it, not a participle.
    let participle = doc.word(head).ends_with("ing") && !has_auxiliary(doc, left, head);
    let lower = word.map(str::to_lowercase);
    if participle
        && !lower
            .as_deref()
            .is_some_and(|w| SUBJECT_PRONOUNS.contains(&w))
    {
        if let Some(p) = previous.filter(|&p| subject::hangs_from_phrase(doc, p, sentence.start)) {
            // "with Ana Ruiz calling …", "harbour pilots warning …"
            return Some(subject::noun_phrase_before(doc, p + 1, sentence.start));
        }
        if previous.is_none() {
            // "Noting the delays, Ana Ruiz said …": the subject after the clause.
            let comma = (cue.tokens.end..sentence.end.min(cue.tokens.end + 30))
                .find(|&t| doc.word(t) == "," && context.place[t] == QuotePlace::Outside)?;
            return subject::sentence_subject(doc, comma + 1..sentence.end);
        }
        if let Some(p) = previous.filter(|&p| subject::is_preposition(doc.word(p))) {
            // "she won them over by promising …", "who surprised them by saying …"
            return subject::pronoun_before(doc, context, p, sentence.start)
                .or_else(|| subject::sentence_subject(doc, sentence.clone()));
        }
        // "…, saying …", "… while falsely suggesting …": the clause's subject.
        return subject::sentence_subject(doc, sentence.clone())
            .or_else(|| previous.and_then(|p| phrase_before(doc, context, p + 1, sentence.start)));
    }
    match lower.as_deref() {
        // "Ana said X and urged …": a second verb of the same subject.
        Some("and" | "but" | "or" | "then") => return subject::sentence_subject(doc, sentence),
        // "a ruling, which argued …": the relative pronoun, as written.
        Some("which" | "that") => {
            let p = previous?;
            return Some(SourceTokens {
                tokens: p..p + 1,
                via: None,
            });
        }
        _ => {}
    }
    // "Ana, asked about the delay, shrugged": the question closes with a
    // comma before the main verb; "Ana, the envoy, asked whether …" asks.
    let set_off = previous.is_none_or(|p| {
        doc.word(p) == ","
            && (cue.tokens.end..sentence.end.min(cue.tokens.end + MAX_QUESTION))
                .any(|t| doc.word(t) == ",")
    });
    if set_off && is_opening_question(doc, head, sentence.end) {
        // "Asked about the delay, Ana said …", "Ana, asked about the
        // delay, shrugged": whoever asked is not named.
        return None;
    }
    if after_quote || previous.is_none() {
        // "“…,” said Ana Ruiz on Monday."
        return after_cue(doc, context, cue, &sentence, true);
    }
    let previous = previous?;
    match doc.word(previous) {
        // "Ana Ruiz, the envoy, said"
        "," => appositive_subject(doc, context, previous, sentence.start)
            .or_else(|| after_cue(doc, context, cue, &sentence, false)),
        // "Ana Ruiz (D-Calden) said", "Ana Ruiz — who … — said"
        ")" | "\u{2014}" | "\u{2013}" | "-" | "--" => {
            let opener = if doc.word(previous) == ")" {
                "("
            } else {
                doc.word(previous)
            };
            let open = (sentence.start.max(previous.saturating_sub(30))..previous)
                .rev()
                .find(|&t| doc.word(t) == opener)?;
            let head = phrase_before(doc, context, open, sentence.start)?;
            Some(SourceTokens {
                tokens: head.tokens.start..left,
                via: None,
            })
        }
        _ => relative_subject(doc, context, left, sentence.start)
            .or_else(|| phrase_before(doc, context, left, sentence.start))
            .or_else(|| after_cue(doc, context, cue, &sentence, false)),
    }
}

/// Whether an auxiliary ("is", "has been", "will") stands between token
/// `left` and the cue's head verb.
fn has_auxiliary(doc: &Document, left: usize, head: usize) -> bool {
    (left..head).any(|t| {
        matches!(
            doc.word(t).to_lowercase().as_str(),
            "is" | "was"
                | "were"
                | "are"
                | "am"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "should"
                | "can"
        )
    })
}

/// Whether `cue` shares the subject of the cue before it in its sentence:
/// a participle ("…,” Ana said, adding …") or a verb joined to the one
/// before ("she said, then added", "said before adding").
pub fn inherits_subject(doc: &Document, cue: &Cue) -> bool {
    if cue.kind != CueKind::Verb {
        return false;
    }
    let sentence = doc.sentences[cue.sentence].tokens.clone();
    let head = cue
        .tokens
        .clone()
        .find(|&t| !is_filler(doc.word(t)))
        .unwrap_or(cue.tokens.start);
    let left = skip_fillers(doc, cue.tokens.start, sentence.start);
    let joined = left > sentence.start
        && matches!(
            doc.word(left - 1).to_lowercase().as_str(),
            "and" | "then" | "but" | "or" | "before" | "after" | "while"
        );
    // "with the mayor calling …" has a subject of its own.
    let own_subject = left > sentence.start
        && (subject::hangs_from_phrase(doc, left - 1, sentence.start)
            || SUBJECT_PRONOUNS.contains(&doc.word(left - 1).to_lowercase().as_str()));
    doc.word(head).ends_with("ing") && !own_subject || joined
}

/// The agent of a passive cue: "by X" in the cue or just after it ("was
/// first reported by the Gazette", "is backed by the union").
fn by_agent(doc: &Document, context: &Context, cue: &Cue, end: usize) -> Option<SourceTokens> {
    let by = (cue.tokens.start..end.min(cue.tokens.end + 3))
        .take_while(|&t| !is_break(doc.word(t)) && context.place[t] == QuotePlace::Outside)
        .find(|&t| doc.word(t).eq_ignore_ascii_case("by"))?;
    phrase_after(doc, context, by + 1, end)
}

/// Moves `left` back over auxiliaries, adverbs and a day ("has also
/// said", "on Tuesday called"), and over the verb an infinitive cue hangs
/// from ("plans to argue", "was quick to deny").
fn skip_fillers(doc: &Document, cue_start: usize, sentence_start: usize) -> usize {
    let mut left = cue_start;
    if doc.word(cue_start).eq_ignore_ascii_case("to") && cue_start > sentence_start {
        let governing = doc.word(cue_start - 1);
        if doc.tokens[cue_start - 1].kind == TokenKind::Word
            && governing.starts_with(char::is_lowercase)
        {
            left -= 1;
        }
    }
    loop {
        let word = doc.word(left.max(1) - 1);
        let weekday = DATING_WORDS[..7]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(word));
        // "on Tuesday" as a pair first, so the day alone does not strand "on".
        if left >= sentence_start + 2
            && matches!(doc.word(left - 2), "on" | "last" | "this")
            && DATING_WORDS.contains(&doc.word(left - 1).to_lowercase().as_str())
        {
            left -= 2;
        } else if left > sentence_start && (is_filler(word) || weekday) {
            left -= 1;
        } else {
            return left;
        }
    }
}

/// "Officials who asked not to be named said": the noun phrase before a
/// "who" clause that runs, without punctuation, up to the cue.
fn relative_subject(
    doc: &Document,
    context: &Context,
    left: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let floor = sentence_start.max(left.saturating_sub(MAX_SOURCE));
    let who = (floor..left)
        .rev()
        .take_while(|&t| !is_break(doc.word(t)) && context.same_side(t, left))
        .find(|&t| doc.word(t).eq_ignore_ascii_case("who"))?;
    let head = phrase_before(doc, context, who, sentence_start)?;
    Some(SourceTokens {
        tokens: head.tokens.start..left,
        via: None,
    })
}

/// An inverted subject right after the cue ("said Ana Ruiz", "said she").
fn after_cue(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    sentence: &Range<usize>,
    inverted: bool,
) -> Option<SourceTokens> {
    let next = cue.tokens.end;
    if next >= sentence.end || !inverted && !voice::takes_inversion(doc, cue) {
        return None;
    }
    let word = doc.word(next);
    let lower = word.to_lowercase();
    let starts_phrase = SUBJECT_PRONOUNS.contains(&lower.as_str())
        || matches!(lower.as_str(), "the" | "a" | "an")
        || doc.tokens[next].kind == TokenKind::Word
            && (word.starts_with(char::is_uppercase)
                || inverted && !SOURCE_BOUNDARY_WORDS.contains(&lower.as_str()));
    if !starts_phrase || lower == "i" && next + 1 < sentence.end && doc.word(next + 1) != "." {
        return None;
    }
    let found = if SUBJECT_PRONOUNS.contains(&lower.as_str()) {
        SourceTokens {
            tokens: next..next + 1,
            via: None,
        }
    } else {
        phrase_after(doc, context, next, sentence.end)?
    };
    // "said the subsidy would end": a clause, not a speaker.
    if found
        .tokens
        .clone()
        .any(|t| is_auxiliary_or_modal(doc.word(t)))
    {
        return None;
    }
    // An inverted subject ends its clause: "…," said Ana Ruiz. / , said Ana, who …
    let end = found.tokens.end;
    let closes = end >= sentence.end
        || matches!(doc.word(end), "." | "," | ";" | ":" | "—" | "!" | "?" | "(")
        || inverted && SOURCE_BOUNDARY_WORDS.contains(&doc.word(end).to_lowercase().as_str())
        || context.place[end] == QuotePlace::Opening;
    if !closes {
        return None;
    }
    // "…," said Ana Ruiz, an aide to the mayor.
    let end = if inverted && voice::takes_inversion(doc, cue) {
        appositive::extend(doc, context, end, sentence.end)
    } else {
        end
    };
    Some(SourceTokens {
        tokens: found.tokens.start..end,
        via: found.via,
    })
}

/// The noun phrase starting at `start` and running to a clause break.
fn phrase_after(
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

/// Whether the participle `head`, opening its sentence or set off by a
/// comma, reports a question put to the subject ("Asked about the delay,
/// …", "Pressed whether …"), not an inverted source ("Added the mayor:
/// …").
fn is_opening_question(doc: &Document, head: usize, end: usize) -> bool {
    let asks = head + 1 < end
        && matches!(
            doc.word(head + 1).to_lowercase().as_str(),
            "about" | "whether" | "if" | "what" | "how" | "why" | "who" | "when" | "on" | "by"
        );
    doc.word(head).ends_with("ed") && asks
}

/// The longest question set off by commas ("Ana, asked about the delay,
/// …") followed, in tokens.
const MAX_QUESTION: usize = 12;

/// The longest relative clause after a source followed, in tokens.
const MAX_RELATIVE: usize = 20;

/// Where a source ending at `end` ends with the relative clause that
/// describes it between commas ("according to the mayor, who spoke at the
/// harbour, …"); `end` itself when none follows.
fn relative_clause_end(
    doc: &Document,
    context: &Context,
    end: usize,
    sentence_end: usize,
) -> usize {
    let opens = end + 1 < sentence_end
        && doc.word(end) == ","
        && matches!(doc.word(end + 1).to_lowercase().as_str(), "who" | "whose");
    if !opens {
        return end;
    }
    (end + 2..sentence_end.min(end + 2 + MAX_RELATIVE))
        .take_while(|&t| context.same_side(t, end))
        .find(|&t| doc.word(t) == ",")
        .unwrap_or(end)
}

/// "according to the Gazette, which cited two officials, …": the sources
/// the outlet `outlet` cites, with the outlet as their via.
fn cited_by_relative(
    doc: &Document,
    context: &Context,
    outlet: &Range<usize>,
    sentence_end: usize,
) -> Option<SourceTokens> {
    let at = outlet.end;
    let opens = at + 3 < sentence_end
        && doc.word(at) == ","
        && matches!(doc.word(at + 1).to_lowercase().as_str(), "which" | "who")
        && is_cited(doc.word(at + 2));
    if !opens {
        return None;
    }
    let cited = phrase_after(doc, context, at + 3, sentence_end)?;
    Some(SourceTokens {
        tokens: cited.tokens,
        via: Some(outlet.clone()),
    })
}

/// Words that tell a relative clause keeps its source unnamed ("who asked
/// not to be named", "who spoke on condition of anonymity", "who were not
/// authorized to speak publicly").
const ANONYMITY_WORDS: &[&str] = &[
    "named",
    "identified",
    "anonymity",
    "anonymously",
    "publicly",
    "record",
    "authorized",
    "authorised",
];

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
fn anonymity_clause_end(doc: &Document, who: usize, end: usize) -> Option<usize> {
    if !matches!(doc.word(who), "who" | "that") {
        return None;
    }
    let clause_end = (who + 1..end.min(who + 1 + ANONYMITY_REACH))
        .find(|&t| is_break(doc.word(t)))
        .unwrap_or(end.min(who + 1 + ANONYMITY_REACH));
    (who + 1..clause_end)
        .any(|t| ANONYMITY_WORDS.contains(&doc.word(t).to_lowercase().as_str()))
        .then_some(clause_end)
}

/// The noun phrase ending right before token `end`.
fn phrase_before(
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
        let boundary =
            SOURCE_BOUNDARY_WORDS.contains(&lower.as_str()) && !links_to_head(doc, start - 1);
        if !ratio && (boundary || !extends_leftward(doc, start, end, word, &lower)) {
            break;
        }
        start -= 1;
        if SUBJECT_PRONOUNS.contains(&lower.as_str()) {
            break;
        }
        if matches!(lower.as_str(), "the" | "a" | "an")
            && !continues_noun_phrase(doc, start, sentence_start)
            || QUANTIFIERS.contains(&lower.as_str())
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
    (matches!(
        preposition.as_str(),
        "with" | "of" | "by" | "at" | "for" | "from"
    ) || links_to_head(doc, start - 1))
        && !matches!(doc.word(start - 2), "," | ";" | ":" | "(" | ")")
}

/// Whether the preposition at token `p` ties the noun phrase after it to
/// a head before it that keeps a source unnamed or gives its role ("close
/// to", "briefed on", "involved in", "an aide to", "an official at").
fn links_to_head(doc: &Document, p: usize) -> bool {
    let Some(before) = p.checked_sub(1) else {
        return false;
    };
    let preposition = doc.word(p).to_lowercase();
    let head = doc.word(before).to_lowercase();
    let head = head.as_str();
    match preposition.as_str() {
        "to" => {
            matches!(head, "close" | "near" | "linked" | "connected" | "loyal")
                || PERSON_DESCRIPTIONS.contains(&head)
                || ROLE_NOUNS.contains(&head)
        }
        "on" | "in" | "about" => {
            matches!(
                head,
                "briefed" | "involved" | "working" | "consulted" | "participating" | "engaged"
            ) || preposition == "in" && ANONYMOUS_SOURCE_NOUNS.contains(&head)
        }
        // "a senior official at the ministry", "a diplomat from the embassy"
        "at" | "from" => ANONYMOUS_SOURCE_NOUNS.contains(&head),
        _ => false,
    }
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
        let preposition = (matches!(lower, "of" | "by" | "at" | "for" | "from" | "with")
            || links_to_head(doc, start - 1))
            && start >= 2
            && !is_break(doc.word(start - 2));
        // "Ana Ruiz and Tomas Greve said": two names joined.
        let joins_names = lower == "and"
            && start >= 2
            && doc.word(start - 2).starts_with(char::is_uppercase)
            && doc.tokens[start - 2].kind == TokenKind::Word;
        return preposition
            || joins_names
            || matches!(lower, "the" | "a" | "an" | "former" | "then")
            || QUANTIFIERS.contains(&lower)
            || determiner_ahead(doc, start - 1)
            || ROLE_NOUNS.contains(&lower)
            || PERSON_DESCRIPTIONS.contains(&lower)
            || is_organization_description(lower);
    }
    true
}

/// Whether lower-case words running left from token `t` (at most three)
/// reach a determiner: "the presumptive party nominee".
fn determiner_ahead(doc: &Document, t: usize) -> bool {
    let mut i = t;
    for _ in 0..3 {
        let word = doc.word(i).to_lowercase();
        if matches!(word.as_str(), "the" | "a" | "an") {
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

/// Words that open a noun phrase by counting it ("many voters").
const QUANTIFIERS: &[&str] = &["many", "most", "several", "both"];

/// "Ana Ruiz, the port's envoy, said": the name before the appositive,
/// with the appositive.
fn appositive_subject(
    doc: &Document,
    context: &Context,
    comma: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    let floor = sentence_start.max(comma.saturating_sub(30));
    let capitalized = |r: Range<usize>| {
        r.clone()
            .any(|t| doc.word(t).starts_with(char::is_uppercase))
    };
    // "Ana Ruiz, envoy for trade, ports, and fisheries, said": the commas
    // inside the description are passed until a name comes before one.
    let mut before = comma;
    for _ in 0..4 {
        let first_comma = (floor..before).rev().find(|&t| doc.word(t) == ",")?;
        // "Ana Ruiz (D-Calden), who …, said": the name before the label.
        let mut name_end = first_comma;
        if name_end > sentence_start && doc.word(name_end - 1) == ")" {
            name_end = (sentence_start.max(name_end.saturating_sub(10))..name_end - 1)
                .rev()
                .find(|&t| doc.word(t) == "(")?;
        }
        if let Some(name) = phrase_before(doc, context, name_end, sentence_start) {
            // "her top aide, Ana Ruiz, said": the name is the description.
            let named_between = first_comma + 1 < comma
                && doc.word(first_comma + 1).starts_with(char::is_uppercase)
                && !matches!(doc.word(first_comma + 1), "The" | "A" | "An");
            if capitalized(name.tokens.clone()) || named_between {
                // "Ana Ruiz, meanwhile, said", "Ana Ruiz, in Calden, said":
                // an aside describes no one.
                let end = if opens_aside(doc, first_comma + 1) {
                    first_comma
                } else {
                    comma
                };
                return Some(SourceTokens {
                    tokens: name.tokens.start..end,
                    via: None,
                });
            }
        }
        before = first_comma;
    }
    None
}

/// Words that open an aside between a name and its cue rather than a
/// description of who it is ("…, in Calden, said", "…, for her part,
/// said").
const ASIDE_WORDS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "by",
    "from",
    "with",
    "after",
    "before",
    "during",
    "meanwhile",
    "however",
    "though",
    "too",
    "also",
    "then",
    "like",
];

/// Whether token `t`, right after the comma that follows a name, opens an
/// aside: a preposition, an adverb or a participle.
fn opens_aside(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let lower = word.to_lowercase();
    ASIDE_WORDS.contains(&lower.as_str()) || appositive::is_adverb_or_participle(word)
}

/// The name signing a quotation after a dash, up to a comma, a period or
/// the end of its line.
fn signature_name(doc: &Document, start: usize, end: usize) -> Option<SourceTokens> {
    let mut stop = start;
    while stop < end
        && stop - start < 8
        && !matches!(doc.word(stop), "," | "." | ";")
        && (stop == start
            || !doc.text[doc.tokens[stop - 1].span.end..doc.tokens[stop].span.start].contains('\n'))
    {
        stop += 1;
    }
    (stop > start).then_some(SourceTokens {
        tokens: start..stop,
        via: None,
    })
}

/// Whether `word` says a source was passed on by another ("cited",
/// "quoted").
pub fn is_cited(word: &str) -> bool {
    word.eq_ignore_ascii_case("cited") || word.eq_ignore_ascii_case("quoted")
}

/// Splits "sources cited by Bloomberg" into the source and the outlet.
fn split_via(doc: &Document, source: SourceTokens) -> SourceTokens {
    let range = source.tokens.clone();
    for t in range.start..range.end.saturating_sub(2) {
        if is_cited(doc.word(t)) && doc.word(t + 1) == "by" && t > range.start {
            return SourceTokens {
                tokens: range.start..t,
                via: Some(t + 2..range.end),
            };
        }
    }
    source
}

/// "… in an interview with the Gazette": the outlet a statement reached
/// readers through.
fn interview_with(
    doc: &Document,
    context: &Context,
    from: usize,
    end: usize,
) -> Option<Range<usize>> {
    let words = ["in", "an", "interview", "with"];
    let at = (from..end.min(from + 6)).find(|&t| {
        t + words.len() < end
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| doc.word(t + k).eq_ignore_ascii_case(w))
    })?;
    phrase_after(doc, context, at + words.len(), end).map(|p| p.tokens)
}

/// Whether token `t` is a count, in figures or words ("6", "six"), as
/// in a ratio ("six in 10 voters").
fn is_count(doc: &Document, t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Number
        || matches!(
            doc.word(t).to_lowercase().as_str(),
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// Whether `word` is a conjunction that can open a sentence ("And", "but").
fn is_conjunction(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "and" | "but" | "or" | "so" | "yet" | "nor"
    )
}

fn is_filler(word: &str) -> bool {
    VERB_FILLERS.contains(&word.to_lowercase().as_str())
}

fn is_break(word: &str) -> bool {
    matches!(
        word,
        "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "(" | ")" | "\"" | "\u{201C}" | "\u{201D}"
    )
}
