//! Words that name saying, thinking, judging or wanting: the predicates an
//! attribution turns on ("downplayed", "lambasted", "a warning"). The cue
//! model reads membership as a feature, so that a predicate it never saw
//! in training still looks like one.
use crate::lexicon::{self, WordBits};

/// Whether the lower-case `word` is one of the predicates, in any regular
/// inflection ("warns", "warned", "warning", "denied", "slammed",
/// "warnings").
pub fn is_predicate(word: &str) -> bool {
    // The stem and a restored ending, built in one buffer for the word.
    let mut joined = String::new();
    let mut known = |stem: &str, tail: &str| known(stem, tail, &mut joined);
    if known(word, "") {
        return true;
    }
    for ending in ["ing", "ed", "es", "s"] {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        // "warn", "argue" (argued), "deny" (denied), "slam" (slammed).
        let y_form = stem.strip_suffix('i');
        // Compared as chars: two equal bytes may end one multi-byte char.
        let mut last = stem.chars().rev();
        let undoubled = match (last.next(), last.next()) {
            (Some(a), Some(b)) if a == b => stem.strip_suffix(a),
            _ => None,
        };
        if known(stem, "")
            || known(stem, "e")
            || y_form.is_some_and(|s| known(s, "y"))
            || undoubled.is_some_and(|s| known(s, ""))
        {
            return true;
        }
    }
    false
}

/// Whether `stem` followed by `tail` is in either class: one lookup of
/// the word's classes (this runs for every token), `joined` holding the
/// two together.
fn known(stem: &str, tail: &str, joined: &mut String) -> bool {
    let bits = if tail.is_empty() {
        WordBits::of(stem)
    } else {
        joined.clear();
        joined.push_str(stem);
        joined.push_str(tail);
        WordBits::of(joined)
    };
    bits.has(&lexicon::PREDICATE_VERBS) || bits.has(&lexicon::PREDICATE_NOUNS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections_are_recognized() {
        for word in [
            "warn",
            "warned",
            "warning",
            "warns",
            "argued",
            "denied",
            "denies",
            "slammed",
            "downplaying",
            "said",
            "warnings",
            "criticized",
        ] {
            assert!(is_predicate(word), "{word}");
        }
        for word in ["walked", "harbour", "ferry", "sing", "bed", "s"] {
            assert!(!is_predicate(word), "{word}");
        }
    }
}
