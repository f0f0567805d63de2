//! What a verb cue's form says about its source. A passive ("was
//! announced", "is expected to") names its source only in a "by" phrase,
//! and its subject is what is reported, not who reports it; a bare
//! "seems" or "appears" names no source at all. A participle of feeling
//! ("were worried", "is convinced") is no passive: its subject holds the
//! view. Only a verb of saying puts its subject after it ("…, said Ana").

use crate::detect::attributions::cues::Cue;
use crate::document::Document;
use crate::lexicon;
use crate::lexicon::is_verb_filler;

/// Whether `cue`'s verb is a passive: a past participle after a form of
/// "be" among the auxiliaries before it ("was announced", "is widely
/// expected"), not a participle of feeling.
pub fn is_passive(doc: &Document, cue: &Cue, sentence_start: usize) -> bool {
    let Some(head) = head_verb(doc, cue) else {
        return false;
    };
    let word = doc.word(head).to_lowercase();
    let participle = word.len() > 3 && word.ends_with("ed")
        || lexicon::IRREGULAR_PARTICIPLES.contains(&word.as_str());
    if !participle || lexicon::FEELING_PARTICIPLES.contains(&word.as_str()) {
        return false;
    }
    let mut t = head;
    while t > sentence_start {
        t -= 1;
        let before = doc.word(t).to_lowercase();
        if lexicon::BE_FORMS.contains(&before.as_str()) {
            return true;
        }
        if !is_verb_filler(&before) && !before.ends_with("ly") {
            return false;
        }
    }
    false
}

/// Whether `cue` is a lone "seems" or "appears" (auxiliaries aside): a
/// raising verb names no source ("the plan seems …").
pub fn is_raising(doc: &Document, cue: &Cue) -> bool {
    let mut words = cue
        .tokens
        .clone()
        .map(|t| doc.word(t).to_lowercase())
        .filter(|w| !is_verb_filler(w));
    matches!((words.next(), words.next()), (Some(w), None) if lexicon::RAISING_VERBS.contains(&w.as_str()))
}

/// Whether the head verb of `cue` may have its subject after it.
pub fn takes_inversion(doc: &Document, cue: &Cue) -> bool {
    cue.tokens
        .clone()
        .rev()
        .any(|t| lexicon::INVERSION_VERBS.contains(&doc.word(t).to_lowercase().as_str()))
}

/// The first token of `cue` that is not an auxiliary or adverb.
fn head_verb(doc: &Document, cue: &Cue) -> Option<usize> {
    cue.tokens.clone().find(|&t| !is_verb_filler(doc.word(t)))
}
