//! Subjects for participle cues: the subject that opens the sentence
//! ("Ana Ruiz left early, saying …"), past a dateline, a conjunction or
//! an opening phrase, and the noun phrase a participle hangs from
//! ("with Ana Ruiz calling …", "harbour pilots warning …").

use super::{is_break, is_name_word, SourceTokens};
use crate::detect::attributions::context::{Context, QuotePlace};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::SUBJECT_PRONOUNS;
use std::ops::Range;

/// The subject that opens the sentence, for a participle cue ("Ana
/// Ruiz left early, saying …").
pub fn sentence_subject(doc: &Document, sentence: Range<usize>) -> Option<SourceTokens> {
    let start = subject_start(doc, &sentence)?;
    let first = doc.word(start).to_lowercase();
    if SUBJECT_PRONOUNS.contains(&first.as_str()) {
        return Some(SourceTokens {
            tokens: start..start + 1,
            via: None,
        });
    }
    let mut end = start;
    if lexicon::ARTICLES.contains(first.as_str()) {
        end += 1;
    }
    // "former Gov. Ana Ruiz", "envoy Ana Ruiz": a role before the name.
    while end < sentence.end && end - start < 2 && is_role_before_name(doc, end) {
        end += 1;
    }
    while end < sentence.end && end - start < 6 {
        // "Democratic presidential nominee Ana Ruiz": a role in lower case
        // between the capitalized words.
        if let Some(after) = role_run_before_name(doc, end, sentence.end).filter(|_| end > start) {
            end = after;
            continue;
        }
        let goes_on = (doc.word(end).starts_with(char::is_uppercase)
            || doc.word(end) == "'s"
            || doc.word(end) == "\u{2019}s"
            || doc.word(end) == "and"
                && end > start
                && end + 1 < sentence.end
                && doc.word(end + 1).starts_with(char::is_uppercase))
            && doc.tokens[end].kind == TokenKind::Word;
        if !goes_on {
            break;
        }
        end += 1;
    }
    let named = (start..end).any(|t| {
        doc.word(t).starts_with(char::is_uppercase)
            && !lexicon::SUBJECT_DETERMINERS.contains(&doc.word(t).to_lowercase().as_str())
    });
    if !named && lexicon::SUBJECT_DETERMINERS.contains(&first.as_str()) {
        // "The harbour pilots left early, saying …"
        end = common_noun_end(doc, start + 1, sentence.end);
    } else if !named || !doc.word(end - 1).starts_with(char::is_uppercase) {
        return None;
    }
    (end > start + 1 || named).then_some(SourceTokens {
        tokens: start..end,
        via: None,
    })
}

/// The subject a participle phrase hangs from, when `phrase`, read back
/// from a verb, is only the object inside that participle phrase:
/// "Protesters marching through the streets chanted" credits the
/// protesters, not the streets; "Residents angered by the plan said" the
/// residents. The subject is the noun phrase that opens the clause (after
/// a leading conjunction) and runs up to the participle, with no clause
/// mark, quotation, auxiliary or relative pronoun between it and `phrase`.
pub fn before_participle(
    doc: &Document,
    context: &Context,
    phrase: SourceTokens,
    sentence_start: usize,
) -> SourceTokens {
    let mut lead = sentence_start;
    while lead < phrase.tokens.start
        && lexicon::LEADING_WORDS.contains(&doc.word(lead).to_lowercase().as_str())
    {
        lead += 1;
    }
    let end = phrase.tokens.start;
    // "Keeps saying she …": a pronoun opens a clause of its own.
    let pronoun = SUBJECT_PRONOUNS.contains(&doc.word(end).to_lowercase().as_str());
    if pronoun || end <= lead + 1 || end - lead > MAX_PARTICIPLE_REACH {
        return phrase;
    }
    let plain = (lead..end).all(|t| {
        let lower = doc.word(t).to_lowercase();
        context.place[t] == QuotePlace::Outside
            && !is_break(doc.word(t))
            && !lexicon::is_auxiliary(&lower)
            && !matches!(lower.as_str(), "who" | "which" | "that")
    });
    let Some(participle) = (lead + 1..end).find(|&t| is_participle(doc, t)) else {
        return phrase;
    };
    let subject = noun_phrase_before(doc, participle, lead);
    if plain && is_noun_head(doc, participle - 1) && subject.tokens.start == lead {
        subject
    } else {
        phrase
    }
}

/// The most tokens from a clause's start to the phrase a participle
/// phrase ends in ([`before_participle`]).
const MAX_PARTICIPLE_REACH: usize = 16;

/// Whether token `t` surely ends a noun phrase, so that an "-ing" word
/// after it is a participle, not a noun the phrase goes on with ("the
/// lopsided spending"): a name, a plural ("protesters"), or a noun for
/// people ("a man", "officials", "the envoy").
fn is_noun_head(doc: &Document, t: usize) -> bool {
    let lower = doc.word(t).to_lowercase();
    let word = lower.as_str();
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.chars().all(char::is_alphabetic);
    let people = lexicon::PERSON_DESCRIPTIONS.contains(&word)
        || lexicon::ANONYMOUS_SOURCE_NOUNS.contains(&word)
        || lexicon::UNNAMED_GROUP_NOUNS.contains(&word)
        || lexicon::ROLE_NOUNS.contains(&word);
    doc.tokens[t].kind == TokenKind::Word
        && !SUBJECT_PRONOUNS.contains(&word)
        && (is_name_word(doc, t) || plural || people)
}

/// Whether token `t` is a lower-case participle that opens a phrase
/// after a noun: a word in "-ing" ("marching"), or one in "-ed" before
/// "by" ("angered by"; without its agent an "-ed" word may be a verb in
/// the past); not a verb of saying, whose clause is what is said.
fn is_participle(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    if lexicon::is_speech_verb(word) {
        return false;
    }
    let lower = word.len() > 4 && word.chars().all(|c| c.is_ascii_lowercase());
    let passive = word.ends_with("ed")
        && t + 1 < doc.tokens.len()
        && doc.word(t + 1).eq_ignore_ascii_case("by");
    lower && (word.ends_with("ing") || passive)
}

/// Whether token `t` is a lower-case role or "former" right before a
/// capitalized word ("former Gov. Ana Ruiz", "envoy Ana Ruiz").
fn is_role_before_name(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    t + 1 < doc.tokens.len()
        && is_name_word(doc, t + 1)
        && (matches!(word, "former" | "then") || lexicon::ROLE_NOUNS.contains(&word))
}

/// Where a role written in lower case before a name ends, when one starts
/// at `t`: a role noun, after at most two lower-case words that qualify it
/// ("presidential nominee", "vice presidential candidate"), with a name
/// right after it.
fn role_run_before_name(doc: &Document, t: usize, end: usize) -> Option<usize> {
    (t..end.min(t + 3))
        .take_while(|&k| {
            let word = doc.word(k);
            doc.tokens[k].kind == TokenKind::Word && word.chars().all(char::is_lowercase)
        })
        .find(|&k| is_role_before_name(doc, k))
        .map(|k| k + 1)
}

/// The end of a lower-case noun phrase starting at `start`: up to three
/// words, stopping before a past tense ("-ed"), an auxiliary, a
/// preposition or a word followed by a determiner.
fn common_noun_end(doc: &Document, start: usize, end: usize) -> usize {
    let mut stop = start;
    while stop < end && stop - start < 3 {
        let word = doc.word(stop).to_lowercase();
        let plain =
            doc.tokens[stop].kind == TokenKind::Word && word.chars().all(char::is_alphabetic);
        // A word before a determiner is a verb or a preposition ("left the").
        let before_determiner = stop + 1 < end
            && matches!(
                doc.word(stop + 1).to_lowercase().as_str(),
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            );
        let ends = word.ends_with("ed")
            || lexicon::is_auxiliary(&word)
            || lexicon::PHRASE_ENDERS.contains(&word.as_str());
        if !plain || stop > start && (ends || before_determiner) {
            break;
        }
        stop += 1;
    }
    stop
}

/// Where the sentence's subject starts: past a dateline ("PORTVILLE —",
/// "Portville (Reuters) —"),
/// leading conjunctions and adverbs, and an opening phrase up to its
/// comma.
fn subject_start(doc: &Document, sentence: &Range<usize>) -> Option<usize> {
    // "Noting," alone: no word follows the comma.
    if sentence.is_empty() {
        return None;
    }
    let mut start = sentence.start;
    let dash = (start..sentence.end.min(start + 12))
        .find(|&t| lexicon::DATELINE_DASHES.contains(doc.word(t)));
    if let Some(dash) = dash {
        if is_all_caps(doc.word(start)) || is_credited_dateline(doc, start, dash, sentence.end) {
            start = dash + 1;
        }
    }
    while start < sentence.end {
        let word = doc.word(start).to_lowercase();
        if lexicon::LEADING_WORDS.contains(&word.as_str()) || word == "," {
            start += 1;
        } else {
            break;
        }
    }
    if start >= sentence.end {
        return None;
    }
    // "On Thursday, after the vote, Ana …": one opening phrase after another.
    for _ in 0..3 {
        if !opens_phrase(doc, start, sentence.end) {
            break;
        }
        // "Despite … running on without a comma": where the subject starts
        // is not known.
        let comma = (start..sentence.end.min(start + MAX_OPENING))
            .find(|&t| doc.word(t) == ",")
            .filter(|&comma| comma + 1 < sentence.end)?;
        start = comma + 1;
        // "At a rally in Calden, Brill, on Sunday, …": a place's state.
        if start + 1 < sentence.end && is_name_word(doc, start) && doc.word(start + 1) == "," {
            start += 2;
        }
    }
    (start < sentence.end).then_some(start)
}

/// Whether the tokens `start..dash` are a dateline crediting an agency in
/// brackets ("Portville (Reuters) —", "Calden, Ore. (AP) —"): names,
/// commas and figures, then one bracket of names right before the dash,
/// and a capitalized word after it. ("Ana Ruiz (D-Calden) — who …" goes
/// on in lower case.)
fn is_credited_dateline(doc: &Document, start: usize, dash: usize, end: usize) -> bool {
    if dash < start + 4 || dash + 1 >= end || doc.word(dash - 1) != ")" {
        return false;
    }
    let Some(open) = (start..dash - 1).rev().find(|&t| doc.word(t) == "(") else {
        return false;
    };
    let plain = |t: usize| {
        is_name_word(doc, t) || doc.tokens[t].kind == TokenKind::Number || doc.word(t) == ","
    };
    open > start
        && (start..open).all(plain)
        && (open + 1..dash - 1).all(|t| is_name_word(doc, t))
        && is_name_word(doc, dash + 1)
}

/// The longest opening phrase followed to its comma, in tokens.
const MAX_OPENING: usize = 20;

/// Whether token `t` opens a phrase that comes before the subject: an
/// opening word ("After", "Despite"), an adverb ("Separately"), a
/// participle ("Speaking to …") or a count of time ("Two weeks after …",
/// "A few days later").
fn opens_phrase(doc: &Document, t: usize, end: usize) -> bool {
    let opener = doc.word(t).to_lowercase();
    let participle =
        opener.ends_with("ing") && t + 1 < end && doc.word(t + 1).starts_with(char::is_lowercase);
    let count = doc.tokens[t].kind == TokenKind::Number
        || lexicon::NUMBER_WORDS.contains(opener.as_str())
        || lexicon::ARTICLES.contains(opener.as_str());
    let of_time = count
        && (t + 1..end.min(t + 3))
            .any(|n| lexicon::OPENING_WORDS.contains(&doc.word(n).to_lowercase().as_str()));
    // "Chastened by the analyses, Ana …"
    let past_participle = opener.ends_with("ed")
        && t + 1 < end
        && lexicon::SUBJECT_PREPOSITIONS.contains(&doc.word(t + 1));
    lexicon::OPENING_WORDS.contains(&opener.as_str())
        || opener.ends_with("ly")
        || participle
        || past_participle
        || of_time
}

/// Whether `word` is written in capitals only ("PORTVILLE").
fn is_all_caps(word: &str) -> bool {
    word.chars().count() > 1
        && word.chars().any(char::is_alphabetic)
        && word.chars().all(|c| !c.is_lowercase())
}

/// Whether `word` is a preposition after which a participle takes the
/// subject of its clause ("by calling", "after saying").
pub fn is_preposition(word: &str) -> bool {
    lexicon::SUBJECT_PREPOSITIONS.contains(&word.to_lowercase().as_str())
}

/// The nearest subject pronoun or relative "who" before token `at` in
/// its clause, outside quotations ("… who surprised the board by
/// saying …").
pub fn pronoun_before(
    doc: &Document,
    context: &Context,
    at: usize,
    sentence_start: usize,
) -> Option<SourceTokens> {
    (sentence_start.max(at.saturating_sub(20))..at)
        .rev()
        .take_while(|&t| !matches!(doc.word(t), ";" | ":") && context.same_side(t, at))
        .find(|&t| {
            let word = doc.word(t).to_lowercase();
            SUBJECT_PRONOUNS.contains(&word.as_str()) && word != "it" || word == "who"
        })
        .map(|t| SourceTokens {
            tokens: t..t + 1,
            via: None,
        })
}

/// Whether a participle whose previous word is token `previous` hangs
/// from the noun phrase that ends there ("with Ana Ruiz calling",
/// "pilots warning"), rather than from its clause's subject.
pub fn hangs_from_phrase(doc: &Document, previous: usize, sentence_start: usize) -> bool {
    if previous <= sentence_start || doc.tokens[previous].kind != TokenKind::Word {
        return false;
    }
    let word = doc.word(previous);
    let lower = word.to_lowercase();
    if lexicon::SUBJECT_PREPOSITIONS.contains(&lower.as_str())
        || SUBJECT_PRONOUNS.contains(&lower.as_str())
    {
        return false;
    }
    let with_before = (previous.saturating_sub(3).max(sentence_start)..previous)
        .any(|t| doc.word(t).eq_ignore_ascii_case("with"));
    let plural = lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && lower.chars().all(char::is_alphabetic);
    word.starts_with(char::is_uppercase) || with_before || plural
}

/// The noun phrase ending at token `end` (exclusive): a run of names, or
/// a lower-case head with the modifiers back to its determiner, and an
/// "X of" before it ("a chorus of harbour pilots").
pub fn noun_phrase_before(doc: &Document, end: usize, sentence_start: usize) -> SourceTokens {
    let mut start = phrase_start(doc, end, sentence_start);
    if start >= sentence_start + 2 && doc.word(start - 1) == "of" {
        let outer = phrase_start(doc, start - 1, sentence_start);
        if outer < start - 1
            && lexicon::SUBJECT_DETERMINERS.contains(&doc.word(outer).to_lowercase().as_str())
        {
            start = outer;
        }
    }
    SourceTokens {
        tokens: start..end,
        via: None,
    }
}

/// Where the simple noun phrase ending before `end` starts.
fn phrase_start(doc: &Document, end: usize, sentence_start: usize) -> usize {
    let capitalized = |t: usize| is_name_word(doc, t);
    let mut start = end - 1;
    if capitalized(start) {
        while start > sentence_start && capitalized(start - 1) {
            start -= 1;
        }
    }
    // Lower-case modifiers count only when a determiner closes them.
    for back in 1..=3 {
        if start < sentence_start + back {
            break;
        }
        let t = start - back;
        let word = doc.word(t).to_lowercase();
        if lexicon::SUBJECT_DETERMINERS.contains(&word.as_str()) {
            return t;
        }
        if doc.tokens[t].kind != TokenKind::Word || !word.chars().all(char::is_alphabetic) {
            break;
        }
    }
    start
}
