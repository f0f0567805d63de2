//! Runs of helper words: an auxiliary, a copula or an adverb the model
//! marks ("were abruptly", "are increasingly", "has strongly") is no cue
//! by itself. The cue takes in the word it helps ("has strongly
//! condemned", "strongly support"), unless a copula makes that word the
//! passive or progressive of a verb of doing ("were abruptly ended", "are
//! increasingly using"): then it is dropped, as is the passive of a verb
//! of doing anywhere ("has been embedded with", "were still covered
//! with").

use super::super::context::Context;
use super::predicates::{is_doing_verb, is_predicate};
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

/// Whether a verb cue is the passive of a verb of doing: "be", "been"
/// or "being" before a participle in "-ed" that names no saying, thinking
/// or judging ("has been embedded with", "were being ended"), or any
/// copula before the participle in "-ed" of a verb of doing ("were still
/// covered with", "was piled about"). The progressive stays a cue ("is
/// leaning toward", "is casting doubt on").
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
    let passive_of = |doing: &dyn Fn(&str) -> bool, opens: &dyn Fn(&str) -> bool| {
        verb_after(&words, opens)
            .is_some_and(|w| w.ends_with("ed") && is_participle_of_doing(w) && doing(w))
    };
    passive_of(&|_| true, &|w| matches!(w, "be" | "been" | "being"))
        || passive_of(&is_doing_verb, &is_copula)
}

/// The first word that is no helper after the first of `words` that
/// `opens` accepts.
fn verb_after<'w>(words: &[&'w str], opens: impl Fn(&str) -> bool) -> Option<&'w str> {
    let at = words.iter().position(|w| opens(w))?;
    words[at + 1..].iter().find(|w| !is_helper(w)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::quotes;
    use crate::document::format::Format;

    /// Whether the verb cue made of the words `cue` of `text` is the
    /// passive of a verb of doing.
    fn passive_of_doing(text: &str, cue: &str) -> bool {
        let doc = Document::parse(text, Format::Text);
        let context = Context::new(&doc, &quotes::detect(&doc));
        let start = text.find(cue).expect("the cue is in the text");
        let first = doc.tokens.partition_point(|t| t.span.start < start);
        let last = doc
            .tokens
            .partition_point(|t| t.span.end <= start + cue.len());
        let cue = Cue {
            tokens: first..last,
            sentence: 0,
            kind: CueKind::Verb,
            origin: super::super::Origin::Model(1),
        };
        is_passive_of_doing(&doc, &context, &cue)
    }

    #[test]
    fn a_copula_before_the_passive_of_a_verb_of_doing_is_no_cue() {
        let cases = [
            (
                "The crews were still covered with oil.",
                "were still covered with",
                true,
            ),
            (
                "The gear was piled about the quay.",
                "was piled about",
                true,
            ),
            (
                "A reporter has been embedded with the crew.",
                "has been embedded with",
                true,
            ),
            (
                "The pilots were warned about the fog.",
                "were warned about",
                false,
            ),
            (
                "The council is leaning toward a delay.",
                "is leaning toward",
                false,
            ),
            ("The crews are covering the hulls.", "are covering", false),
        ];
        for (text, cue, expected) in cases {
            assert_eq!(passive_of_doing(text, cue), expected, "{cue}");
        }
    }
}
