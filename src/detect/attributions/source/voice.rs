//! What a verb cue's form says about its source. A passive ("was
//! announced", "is expected to") names its source only in a "by" phrase,
//! and its subject is what is reported, not who reports it; a bare
//! "seems" or "appears" names no source at all. A participle of feeling
//! ("were worried", "is convinced") is no passive: its subject holds the
//! view. Only a verb of saying puts its subject after it ("…, said Ana").

use crate::detect::attributions::cues::Cue;
use crate::document::Document;
use crate::lexicon::{RAISING_VERBS, VERB_FILLERS};

/// Forms of "be" that make a passive of the participle after them.
const BE_FORMS: &[&str] = &["is", "was", "were", "are", "am", "be", "been", "being"];

/// Past participles that do not end in "-ed".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "said",
    "told",
    "known",
    "seen",
    "shown",
    "given",
    "written",
    "thought",
    "heard",
    "made",
    "found",
    "held",
    "taken",
    "brought",
    "sent",
    "drawn",
    "understood",
    "caught",
    "meant",
    "chosen",
    "spoken",
    "forbidden",
    "sought",
    "taught",
];

/// Participles that describe how their subject feels or stands: the
/// subject is the one who holds the view ("voters are worried that …").
const FEELINGS: &[&str] = &[
    "worried",
    "concerned",
    "convinced",
    "unconvinced",
    "assured",
    "reassured",
    "shocked",
    "outraged",
    "poised",
    "scared",
    "inclined",
    "divided",
    "impressed",
    "unimpressed",
    "engaged",
    "startled",
    "surprised",
    "focused",
    "pleased",
    "persuaded",
    "determined",
    "disappointed",
    "delighted",
    "dedicated",
    "committed",
    "opposed",
    "prepared",
    "satisfied",
    "frustrated",
    "excited",
    "interested",
    "confused",
    "alarmed",
    "troubled",
    "encouraged",
    "annoyed",
    "relieved",
    "embarrassed",
    "offended",
    "thrilled",
    "angered",
    "puzzled",
    "undecided",
    "split",
    "torn",
    "united",
    "resigned",
    "skeptical",
];

/// Whether `cue`'s verb is a passive: a past participle after a form of
/// "be" among the auxiliaries before it ("was announced", "is widely
/// expected"), not a participle of feeling.
pub fn is_passive(doc: &Document, cue: &Cue, sentence_start: usize) -> bool {
    let Some(head) = head_verb(doc, cue) else {
        return false;
    };
    let word = doc.word(head).to_lowercase();
    let participle =
        word.len() > 3 && word.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&word.as_str());
    if !participle || FEELINGS.contains(&word.as_str()) {
        return false;
    }
    let mut t = head;
    while t > sentence_start {
        t -= 1;
        let before = doc.word(t).to_lowercase();
        if BE_FORMS.contains(&before.as_str()) {
            return true;
        }
        if !is_filler(&before) && !before.ends_with("ly") {
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
        .filter(|w| !is_filler(w));
    matches!((words.next(), words.next()), (Some(w), None) if RAISING_VERBS.contains(w.as_str()))
}

/// Verbs of saying that put their subject after them ("…, said Ana",
/// "…, wrote the mayor"); other verbs are followed by their object.
const INVERSION_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "wrote",
    "writes",
    "added",
    "adds",
    "tweeted",
    "asked",
    "asks",
    "explained",
    "explains",
    "replied",
    "replies",
    "recalled",
    "recalls",
    "stated",
    "states",
    "declared",
    "declares",
    "continued",
    "continues",
    "reported",
    "reports",
    "noted",
    "notes",
    "warned",
    "warns",
    "argued",
    "argues",
    "insisted",
    "insists",
    "responded",
    "answered",
    "observed",
    "concluded",
    "acknowledged",
    "conceded",
    "countered",
    "quipped",
    "predicted",
    "announced",
    "claimed",
    "claims",
    "posted",
    "read",
    "reads",
];

/// Whether the head verb of `cue` may have its subject after it.
pub fn takes_inversion(doc: &Document, cue: &Cue) -> bool {
    cue.tokens
        .clone()
        .rev()
        .any(|t| INVERSION_VERBS.contains(&doc.word(t).to_lowercase().as_str()))
}

/// The first token of `cue` that is not an auxiliary or adverb.
fn head_verb(doc: &Document, cue: &Cue) -> Option<usize> {
    cue.tokens.clone().find(|&t| !is_filler(doc.word(t)))
}

fn is_filler(word: &str) -> bool {
    VERB_FILLERS.contains(&word.to_lowercase().as_str())
}
