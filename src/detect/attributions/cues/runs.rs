//! Runs of helper words: an auxiliary, a copula or an adverb the model
//! marks ("were abruptly", "are increasingly", "has strongly") is no cue
//! by itself. The cue takes in the word it helps ("has strongly
//! condemned", "strongly support"), unless a copula makes that word the
//! passive or progressive of a verb of doing ("were abruptly ended", "are
//! increasingly using"): then it is dropped, as is the passive of a verb
//! of doing anywhere ("has been embedded with").

use super::super::context::Context;
use super::predicates::is_predicate;
use super::{Cue, CueKind};
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::lexicon::{is_copula, is_speech_verb, is_verb_filler};

/// How many helper words after a run may stand before its verb.
const REACH: usize = 3;

/// Whether the lower-case `word` only helps a verb: an auxiliary, a
/// copula, a filler ("also", "still") or an adverb in "-ly".
fn is_helper(word: &str) -> bool {
    is_verb_filler(word) || (word.len() > 4 && word.ends_with("ly") && !is_predicate(word))
}

/// Settles the verb cues of one sentence, `cues[first..]`, that hold
/// helper words only: each takes in the predicate that follows it, or is
/// dropped.
pub(super) fn settle(doc: &Document, context: &Context, cues: &mut Vec<Cue>, first: usize) {
    let mut i = first;
    while i < cues.len() {
        let cue = &cues[i];
        let helpers_only = cue.kind == CueKind::Verb
            && cue
                .tokens
                .clone()
                .all(|t| doc.tokens[t].kind == TokenKind::Word && is_helper(context.lower(t)));
        if !helpers_only {
            if is_passive_of_doing(doc, context, cue) {
                cues.remove(i);
            } else {
                i += 1;
            }
            continue;
        }
        let end = doc.sentences[cue.sentence].tokens.end;
        let copula = cue.tokens.clone().any(|t| is_copula(context.lower(t)));
        let verb = (cue.tokens.end..end.min(cue.tokens.end + REACH + 1))
            .take_while(|&t| doc.tokens[t].kind == TokenKind::Word)
            .find(|&t| !is_helper(context.lower(t)));
        match verb {
            Some(t) if !(copula && is_participle_of_doing(context.lower(t))) => {
                cues[i].tokens.end = t + 1;
                i += 1;
            }
            _ => {
                cues.remove(i);
            }
        }
    }
}

/// Whether the lower-case `word` is a participle ("ended", "using") of a
/// verb that names no saying, thinking or judging.
fn is_participle_of_doing(word: &str) -> bool {
    (word.ends_with("ed") || word.ends_with("ing")) && !is_predicate(word) && !is_speech_verb(word)
}

/// Whether a verb cue is the passive of a verb of doing ("has been
/// embedded with", "were ended"): "be", "been" or "being" before a
/// participle that names no saying, thinking or judging.
fn is_passive_of_doing(doc: &Document, context: &Context, cue: &Cue) -> bool {
    if cue.kind != CueKind::Verb {
        return false;
    }
    let words: Vec<&str> = cue
        .tokens
        .clone()
        .filter(|&t| doc.tokens[t].kind == TokenKind::Word)
        .map(|t| context.lower(t))
        .collect();
    let Some(be) = words
        .iter()
        .position(|w| matches!(*w, "be" | "been" | "being"))
    else {
        return false;
    };
    let verb = words[be + 1..].iter().find(|w| !is_helper(w));
    verb.is_some_and(|w| w.ends_with("ed") && is_participle_of_doing(w))
}
