//! The source of a cue: the noun phrase that names who is credited,
//! before the cue ("Ana Ruiz said"), after it ("said Ana Ruiz",
//! "according to the agency"), before a colon, or the subject of the
//! clause a participle hangs from ("…, saying"). A second-hand source
//! keeps the outlet it comes through apart ("sources cited by X").
//!
//! The rules here say where a cue's source sits; [`phrase`], the one
//! noun-phrase reader, says where its phrase ends.

pub mod citing;
pub mod phrase;
mod speaks;
pub mod via;
pub mod voice;

use crate::lexicon;
use crate::ner::Tagger;
use phrase::appositive::{self, appositive_subject};
use phrase::attached::{bracketed_subject, relative_clause_end, relative_subject, signature_name};
use phrase::subject;
pub use phrase::SourceTokens;
use phrase::{has_anonymity_clause, is_break, phrase_after, phrase_before, speaker_before_message};
use via::{cited_by_relative, interview_with, split_via};

use crate::detect::attributions::context::{Context, QuotePlace};
use crate::detect::attributions::cues::table::{row, SourceAt};
use crate::detect::attributions::cues::{Cue, CueKind};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon::{is_auxiliary, is_verb_filler, SOURCE_BOUNDARY_WORDS, SUBJECT_PRONOUNS};
use crate::lexicon::{is_dating_word, WEEKDAYS};
use std::ops::Range;

/// Finds the source of `cue`.
pub fn find(doc: &Document, context: &Context, cue: &Cue) -> Option<SourceTokens> {
    // A subhead opening the paragraph is no part of the sentence's clause.
    let sentence = context.body[cue.sentence]..doc.sentences[cue.sentence].tokens.end;
    let found = match row(cue.kind).source {
        SourceAt::Nowhere => None,
        SourceAt::After => phrase_after(doc, context, cue.tokens.end, sentence.end).map(|p| {
            cited_by_relative(doc, context, &p.tokens, sentence.end).unwrap_or(SourceTokens {
                tokens: p.tokens.start
                    ..relative_clause_end(doc, context, p.tokens.end, sentence.end),
                via: p.via,
            })
        }),
        SourceAt::BeforeColon => phrase_before(doc, context, cue.tokens.start, sentence.start),
        SourceAt::AfterDash => signature_name(doc, cue.tokens.end, sentence.end),
        // "was announced by the agency", "the plan seems …"
        SourceAt::Subject if voice::is_raising(doc, cue) => None,
        SourceAt::Subject if voice::is_passive(doc, cue, sentence.start) => {
            by_agent(doc, context, cue, sentence.end)
        }
        // "Asked by Lind about the delay, Ruiz said …", "When pressed by
        // Lind, Ruiz said …": a participle opening its clause is asked by
        // its agent.
        // A "by" after a noun of the clause is that noun's ("Asked about
        // the report by Lind, …"), not the asker.
        SourceAt::Subject if opens_clause(doc, cue, sentence.start) => {
            let noun_first = (cue.tokens.end..sentence.end.min(cue.tokens.end + 2)).any(|t| {
                lexicon::ARTICLES_AND_POSSESSIVES.contains(&doc.word(t).to_lowercase().as_str())
            });
            (!noun_first)
                .then(|| by_agent(doc, context, cue, sentence.end))
                .flatten()
                .or_else(|| verb_source(doc, context, cue, sentence.clone()))
        }
        SourceAt::Subject => verb_source(doc, context, cue, sentence.clone()),
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
    source.tokens = speaks::before_cut_phrase(doc, source.tokens);
    speaks::can_speak(doc, &source.tokens).then_some(source)
}

/// Whether `cue` is a past participle opening the sentence or a clause
/// after a subordinator ("Asked by …", "When pressed by …").
fn opens_clause(doc: &Document, cue: &Cue, sentence_start: usize) -> bool {
    let start = cue.tokens.start;
    let opens = start == sentence_start
        || start == sentence_start + 1
            && lexicon::SUBORDINATORS.contains(&doc.word(sentence_start).to_lowercase().as_str());
    opens && doc.word(start).ends_with("ed")
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
        .find(|&t| !is_verb_filler(doc.word(t)))
        .unwrap_or(cue.tokens.start);
    // "is saying" is a verb with its subject before it, not a participle.
    let participle = doc.word(head).ends_with("ing") && !has_auxiliary(doc, left, head);
    let lower = word.map(str::to_lowercase);
    if participle
        && !lower
            .as_deref()
            .is_some_and(|w| SUBJECT_PRONOUNS.contains(&w))
    {
        return participle_source(doc, context, cue, &sentence, previous);
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
    // "When asked about …, Ana said" opens with a subordinator.
    let closed = (cue.tokens.end..sentence.end.min(cue.tokens.end + MAX_QUESTION))
        .any(|t| doc.word(t) == ",");
    let set_off = previous.is_none_or(|p| {
        closed
            && (doc.word(p) == ","
                || p == sentence.start
                    && lexicon::SUBORDINATORS.contains(&doc.word(p).to_lowercase().as_str()))
    });
    if set_off && is_opening_question(doc, head, sentence.end) {
        // "Asked about the delay, Ana said …", "Ana, asked about the
        // delay, shrugged": whoever asked is not named, and nothing inside
        // the question is the source.
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
            bracketed_subject(doc, context, previous, left, sentence.start)
        }
        _ => relative_subject(doc, context, left, sentence.start)
            .or_else(|| {
                phrase_before(doc, context, left, sentence.start)
                    .map(|p| speaker_before_message(doc, context, p, sentence.start))
                    .map(|p| subject::before_participle(doc, context, p, sentence.start))
            })
            .or_else(|| after_cue(doc, context, cue, &sentence, false)),
    }
}

/// The source of a participle cue whose previous word (before its
/// fillers) is `previous`: the phrase it hangs from, the subject after an
/// opening participle clause, the pronoun before a preposition, or the
/// clause's subject.
fn participle_source(
    doc: &Document,
    context: &Context,
    cue: &Cue,
    sentence: &Range<usize>,
    previous: Option<usize>,
) -> Option<SourceTokens> {
    if let Some(p) = previous.filter(|&p| subject::hangs_from_phrase(doc, p, sentence.start)) {
        // "with Ana Ruiz calling …", "harbour pilots warning …"
        return Some(subject::noun_phrase_before(doc, p + 1, sentence.start));
    }
    if previous.is_none() {
        // "Noting the delays, Ana Ruiz said …": the subject after the
        // clause, also after a comma the quotation closing it holds
        // ("Calling the plan “a trap,” Ana Ruiz said").
        let closing = |t: usize| t < sentence.end && context.place[t] == QuotePlace::Closing;
        let comma = (cue.tokens.end..sentence.end.min(cue.tokens.end + 30)).find(|&t| {
            doc.word(t) == "," && (context.place[t] == QuotePlace::Outside || closing(t + 1))
        })?;
        let after = if closing(comma + 1) {
            comma + 2
        } else {
            comma + 1
        };
        return subject::sentence_subject(doc, after..sentence.end);
    }
    if let Some(p) = previous.filter(|&p| subject::is_preposition(doc.word(p))) {
        // "she won them over by promising …", "who surprised them by saying …"
        return subject::pronoun_before(doc, context, p, sentence.start)
            .or_else(|| subject::sentence_subject(doc, sentence.clone()));
    }
    // "…, saying …", "… while falsely suggesting …": the clause's subject.
    subject::sentence_subject(doc, sentence.clone())
        .or_else(|| previous.and_then(|p| phrase_before(doc, context, p + 1, sentence.start)))
}

/// Whether an auxiliary ("is", "has been", "will") stands between token
/// `left` and the cue's head verb.
fn has_auxiliary(doc: &Document, left: usize, head: usize) -> bool {
    (left..head).any(|t| is_auxiliary(doc.word(t)))
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
        .find(|&t| !is_verb_filler(doc.word(t)))
        .unwrap_or(cue.tokens.start);
    let left = skip_fillers(doc, cue.tokens.start, sentence.start);
    let joined = left > sentence.start
        && lexicon::CLAUSE_JOINERS.contains(&doc.word(left - 1).to_lowercase());
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
        let weekday = WEEKDAYS.contains(word.to_ascii_lowercase().as_str());
        // "on Tuesday" as a pair first, so the day alone does not strand "on".
        if left >= sentence_start + 2
            && matches!(doc.word(left - 2), "on" | "last" | "this")
            && is_dating_word(&doc.word(left - 1).to_lowercase())
        {
            left -= 2;
        } else if let Some(start) = dated_phrase_start(doc, left, sentence_start) {
            left = start;
        } else if left > sentence_start
            && (is_verb_filler(word) || weekday || is_subject_adverb(doc, left - 1, sentence_start))
        {
            left -= 1;
        } else {
            return left;
        }
    }
}

/// Where a time phrase naming a month or holiday ends at `end` ("in
/// April", "in late August", "since Christmas") starts, when one does:
/// "prosecutors in April charged" are credited, not April.
fn dated_phrase_start(doc: &Document, end: usize, sentence_start: usize) -> Option<usize> {
    let month = end.checked_sub(1).filter(|&m| m > sentence_start)?;
    if !Tagger::embedded().is_calendar(&[doc.word(month)]) {
        return None;
    }
    let mut start = month;
    if matches!(doc.word(start - 1), "early" | "late" | "mid") && start - 1 > sentence_start {
        start -= 1;
    }
    matches!(doc.word(start - 1), "in" | "since" | "during" | "until").then_some(start - 1)
}

/// Whether token `t`, right before a cue or its fillers, is an adverb or
/// a floating quantifier after the subject ("Ana Ruiz forcefully told",
/// "the pilots sharply disputed", "Ruiz and Greve all said"): a lower-case
/// word in "-ly" or "all", "both", "each", after a word that can end a
/// subject (a name, a pronoun, a bracket, a plural) and not after a
/// determiner ("the rally said", "a close ally said" end in nouns).
fn is_subject_adverb(doc: &Document, t: usize, sentence_start: usize) -> bool {
    let word = doc.word(t);
    let adverb = word.len() > 4
        && word.ends_with("ly")
        && word.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if t <= sentence_start || !(adverb || matches!(word, "all" | "both" | "each")) {
        return false;
    }
    let before = doc.word(t - 1);
    let lower = before.to_lowercase();
    let ends_subject = doc.tokens[t - 1].kind == TokenKind::Word
        && (before.starts_with(char::is_uppercase)
            || SUBJECT_PRONOUNS.contains(&lower.as_str())
            || matches!(lower.as_str(), "who" | "which" | "that")
            || lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss"))
        || matches!(before, ")" | ",");
    ends_subject && !lexicon::ARTICLES_AND_POSSESSIVES.contains(lower.as_str())
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
    // "…," said 9/11 widow Ana Ruiz: a number opens a description.
    let number = doc.tokens[next].kind == TokenKind::Number;
    let starts_phrase = SUBJECT_PRONOUNS.contains(&lower.as_str())
        || lexicon::ARTICLES.contains(lower.as_str())
        || (doc.tokens[next].kind == TokenKind::Word || inverted && number)
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
    if found.tokens.clone().any(|t| is_auxiliary(doc.word(t))) {
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

/// Whether the participle `head`, opening its sentence or set off by a
/// comma, reports a question put to the subject ("Asked about the delay,
/// …", "Pressed whether …"), not an inverted source ("Added the mayor:
/// …").
fn is_opening_question(doc: &Document, head: usize, end: usize) -> bool {
    let asks =
        head + 1 < end && lexicon::QUESTION_WORDS.contains(&doc.word(head + 1).to_lowercase());
    doc.word(head).ends_with("ed") && asks
}

/// The longest question set off by commas ("Ana, asked about the delay,
/// …") followed, in tokens.
const MAX_QUESTION: usize = 12;

/// The source of each cue: its own, or the one before it in the sentence
/// for a cue that shares its subject ("said X and added Y").
pub fn find_all(doc: &Document, context: &Context, cues: &[Cue]) -> Vec<Option<SourceTokens>> {
    // The sentence and source of the last cue with a source.
    let mut last_source: Option<(usize, SourceTokens)> = None;
    cues.iter()
        .map(|cue| {
            // "… an architect who said he was stiffed, saying …": the
            // subject of a relative clause is not the participle's.
            let inherited = last_source
                .as_ref()
                .filter(|(s, _)| *s == cue.sentence && inherits_subject(doc, cue))
                .filter(|(_, source)| !(ends_in_relative(doc, source) && is_participle(doc, cue)))
                .filter(|(_, source)| !in_opening_phrase(doc, context, cue, source))
                .map(|(_, source)| source.clone());
            let source = inherited.or_else(|| find(doc, context, cue));
            if let Some(found) = &source {
                last_source = Some((cue.sentence, found.clone()));
            }
            source
        })
        .collect::<Vec<_>>()
        .into_iter()
        .enumerate()
        .map(|(i, source)| source.map(|s| stop_before_cues(doc, cues, i, s)))
        .collect()
}

/// Whether `source` lies inside the phrase that opens the sentence of
/// `cue` before its subject, and the subject stands before `cue` ("After
/// Ana Ruiz warned of delays, the board closed the pier, saying …"): the
/// cue has the main clause's subject, not the opening phrase's.
fn in_opening_phrase(doc: &Document, context: &Context, cue: &Cue, source: &SourceTokens) -> bool {
    let sentence = context.body[cue.sentence]..doc.sentences[cue.sentence].tokens.end;
    let inside = source.tokens.start > sentence.start;
    inside
        && subject::sentence_subject(doc, sentence).is_some_and(|subject| {
            source.tokens.end <= subject.tokens.start && subject.tokens.end <= cue.tokens.start
        })
}

/// Whether `cue`'s verb is a participle in "-ing".
fn is_participle(doc: &Document, cue: &Cue) -> bool {
    cue.tokens
        .clone()
        .find(|&t| !is_verb_filler(doc.word(t)))
        .is_some_and(|t| doc.word(t).ends_with("ing"))
}

/// Whether a source is a phrase ending in "who" ("an architect who").
fn ends_in_relative(doc: &Document, source: &SourceTokens) -> bool {
    source.tokens.end > source.tokens.start + 1
        && doc.word(source.tokens.end - 1).eq_ignore_ascii_case("who")
}

/// Cuts a source read after its cue `i` before the comma that opens a
/// description holding another cue ("…, said Ana, who added …"), so the
/// other cue keeps its own attribution; a clause that keeps the source
/// unnamed ("who asked not to be named") and the clause describing the
/// source of "according to" ("the mayor, who spoke at the harbour") stay
/// whole.
fn stop_before_cues(doc: &Document, cues: &[Cue], i: usize, source: SourceTokens) -> SourceTokens {
    let range = source.tokens.clone();
    let according_to = row(cues[i].kind).source == SourceAt::After;
    if range.start < cues[i].tokens.end || according_to || has_anonymity_clause(doc, range.clone())
    {
        return source;
    }
    let inner = cues
        .iter()
        .map(|c| c.tokens.start)
        .filter(|t| range.contains(t))
        .min();
    match inner {
        Some(t) => {
            let comma = (range.start..t).find(|&c| doc.word(c) == ",").unwrap_or(t);
            SourceTokens {
                tokens: range.start..comma.max(range.start + 1),
                via: source.via,
            }
        }
        None => source,
    }
}
