//! The one told or asked: after "told", "assured", "informed" or "asked",
//! the person or audience addressed comes before what they were told
//! ("told reporters the talks had failed"), and is neither source nor
//! content.

use crate::detect::attributions::cues::Cue;
use crate::document::Document;
use crate::lexicon;

/// Token `at` moved past the one told after a telling cue: an object
/// pronoun or a word such as "reporters", a determiner and its noun ("the
/// board"), or a name ("the Brill Courier").
pub fn skip(doc: &Document, cue: &Cue, at: usize, end: usize) -> usize {
    // "asked about the vote": after a preposition ending the cue comes
    // what was asked about, not the one asked.
    let last = doc.word(cue.tokens.end - 1).to_lowercase();
    let telling = lexicon::TELL_FORMS.contains(&last) || lexicon::TELLING_VERBS.contains(&last);
    if !telling || at >= end {
        return at;
    }
    let capitalized = |t: usize| doc.word(t).starts_with(char::is_uppercase) && doc.word(t) != "I";
    let lower = doc.word(at).to_lowercase();
    if lexicon::RECIPIENTS.contains(&lower.as_str()) {
        return at + 1;
    }
    let mut t = at;
    if matches!(lower.as_str(), "the" | "a" | "an" | "his" | "her" | "their") {
        t += 1;
        if t < end && !capitalized(t) {
            return t + 1;
        }
    }
    while t < end && t - at < 5 && capitalized(t) {
        t += 1;
    }
    t
}
