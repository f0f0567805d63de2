//! Whether a gold source is itself a name, and whether the speaker shown
//! names the same one: the matching rules of the data README's speaker
//! score (quoted in [`crate::speakers`]).

use sourcelight::detect::speaker;
use sourcelight::lexicon::is_person_title;

/// Words of a name, without punctuation or a possessive ("Ruiz's" is
/// "Ruiz", "Mr." is "Mr").
pub fn words(phrase: &str) -> Vec<&str> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .trim_matches(['\'', '\u{2019}', '-'])
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `word` is a title ("President", "Sen", "Mr") or a determiner.
fn is_title_or_determiner(word: &str) -> bool {
    is_person_title(word)
        || is_person_title(&format!("{word}."))
        || matches!(word, "The" | "A" | "An" | "THE")
}

/// The referent's significant words: capitalized, not a title.
fn significant(referent: &str) -> Vec<&str> {
    words(referent)
        .into_iter()
        .filter(|w| w.starts_with(char::is_uppercase) && !is_title_or_determiner(w))
        .collect()
}

/// Whether the shown speaker is right for `referent`: a significant word
/// of the referent is among the shown words (ignoring case, "WALLACE",
/// and the apostrophe's shape, "O’Neill"), or the shown text is the
/// referent's acronym ("RNC" for the Republican National Committee). An
/// acronym is read both ways: a source written "the IMF" is the
/// International Monetary Fund a linked entity's name shows.
pub fn is_right(referent: &str, shown: &str) -> bool {
    let fold = |w: &str| w.replace('\u{2019}', "'").to_lowercase();
    let shown_words: Vec<String> = words(shown).iter().map(|w| fold(w)).collect();
    let key = significant(referent);
    key.iter().any(|w| shown_words.contains(&fold(w)))
        || is_acronym_of(shown, referent)
        || is_acronym_of(referent, shown)
}

/// Whether `short` ("the I.R.S.", "RNC") is the acronym of the capitalized
/// words of `long` ("Internal Revenue Service").
fn is_acronym_of(short: &str, long: &str) -> bool {
    let acronym: String = significant(long)
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    let short = short.trim();
    let short = short
        .strip_prefix("the ")
        .or_else(|| short.strip_prefix("The "))
        .unwrap_or(short);
    let letters: String = short.chars().filter(|c| *c != '.').collect();
    acronym.chars().count() > 1 && letters == acronym
}

/// Whether a gold source is itself a name: the head of the phrase (up to
/// its first comma, parenthesis, dash or relative pronoun, and before a
/// preposition after a lower-case word: "a spokeswoman for Ana Ruiz" is a
/// spokeswoman) is a capitalized word that is not a title, determiner or
/// pronoun ("Flynn", "Secretary of State Ana Ruiz", "The Coastal Ledger";
/// not "the senator", "He", "a Ruiz aide").
pub fn is_name(phrase: &str) -> bool {
    let mut head = None;
    let mut previous_lower = false;
    for raw in phrase.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = word.to_lowercase();
        let ends = matches!(lower.as_str(), "who" | "whom" | "whose" | "which" | "that")
            || previous_lower
                && matches!(
                    lower.as_str(),
                    "of" | "by" | "for" | "at" | "from" | "with" | "in" | "to" | "on"
                );
        if ends || raw.starts_with(['(', '\u{2014}', '\u{2013}']) {
            break;
        }
        if !word.is_empty() {
            head = Some(word);
            previous_lower = word.starts_with(char::is_lowercase);
        }
        if raw.ends_with([',', '(', ';']) {
            break;
        }
    }
    head.is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && !is_title_or_determiner(w)
            && !speaker::is_pronoun(w)
            && !matches!(
                w,
                "This" | "That" | "These" | "Those" | "His" | "Her" | "Their" | "Its"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_told_from_pronouns_and_descriptions() {
        for name in [
            "Flynn",
            "The Coastal Ledger",
            "Secretary of State Ana Ruiz",
            "Sen. Tomas Greve (R-Brill), who chairs the board,",
            "Ana Ruiz, the harbour master,",
            "WALLACE",
        ] {
            assert!(is_name(name), "{name}");
        }
        for other in [
            "he",
            "They",
            "the senator",
            "a Ruiz aide",
            "A spokeswoman for Ana Ruiz",
            "officials",
            "Mr.",
            "His lawyer",
        ] {
            assert!(!is_name(other), "{other}");
        }
    }

    #[test]
    fn a_speaker_is_right_by_a_significant_word_or_the_acronym() {
        assert!(is_right("Ana Ruiz", "Ruiz"));
        assert!(is_right("Mrs. Ruiz", "Ana Ruiz"));
        assert!(is_right("Ruiz's campaign", "Ana Ruiz"));
        assert!(is_right("Greve", "GREVE"));
        assert!(is_right("Regional Arbitration Board", "RAB"));
        assert!(is_right("the R.A.B.", "Regional Arbitration Board"));
        assert!(is_right("O'Neill", "Jo O\u{2019}Neill"));
        assert!(!is_right("the RAB report", "Regional Arbitration Board"));
        assert!(!is_right("Ana Ruiz", "Tomas Greve"));
        assert!(!is_right("President Ruiz", "the President"));
        assert!(!is_right("Ana Ruiz", "she"));
        assert!(!is_right("the board", "the board"));
    }
}
