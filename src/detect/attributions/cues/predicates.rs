//! Words that name saying, thinking, judging or wanting: the predicates an
//! attribution turns on ("downplayed", "lambasted", "a warning"). The cue
//! model reads membership as a feature, so that a predicate it never saw
//! in training still looks like one. And the verbs of doing, which name
//! none of these ("embedded", "piled"): the accept step reads them as the
//! class of a cue's head.
use crate::lexicon::{self, WordBits};

/// Whether the lower-case `word` is one of the predicates, in any regular
/// inflection ("warns", "warned", "warning", "denied", "slammed",
/// "warnings").
pub fn is_predicate(word: &str) -> bool {
    inflects(word, |bits| {
        bits.has(&lexicon::PREDICATE_VERBS) || bits.has(&lexicon::PREDICATE_NOUNS)
    })
}

/// Whether the lower-case `word` is a verb of doing ([`lexicon::DOING_VERBS`])
/// in any regular inflection ("embedded", "piling", "slaps").
pub fn is_doing_verb(word: &str) -> bool {
    inflects(word, |bits| bits.has(&lexicon::DOING_VERBS))
}

/// Whether the lower-case `word`, or the word it inflects, has classes
/// `wanted` accepts.
fn inflects(word: &str, wanted: impl Fn(WordBits) -> bool) -> bool {
    // The stem and a restored ending, built in one buffer for the word.
    let mut joined = String::new();
    let mut known = |stem: &str, tail: &str| wanted(bits_of(stem, tail, &mut joined));
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

/// The classes of `stem` followed by `tail`: one lookup (this runs for
/// every token), `joined` holding the two together.
fn bits_of(stem: &str, tail: &str, joined: &mut String) -> WordBits {
    if tail.is_empty() {
        WordBits::of(stem)
    } else {
        joined.clear();
        joined.push_str(stem);
        joined.push_str(tail);
        WordBits::of(joined)
    }
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

    #[test]
    fn verbs_of_doing_are_recognized_in_their_inflections() {
        for word in [
            "embedded", "embeds", "piled", "piling", "slapped", "used", "walks",
        ] {
            assert!(is_doing_verb(word), "{word}");
        }
        for word in ["said", "warned", "seeking", "harbour", "claims"] {
            assert!(!is_doing_verb(word), "{word}");
        }
    }
}
