//! Senses of candidate words that do not hedge, told by the words around
//! them, as the news corpus's annotators tell them: "could" of ability
//! ("could be seen") or inside a condition or question ("if", "whether":
//! condition and investigation cues, not hedges); "possible" of extent
//! ("as soon as possible", "the highest possible"); a denied doubt ("no
//! doubt", "nobody should doubt"); "believe in" (faith or trust, not
//! belief that); "consider" as weighing an action ("considered selling");
//! "assume" as taking on ("assumed the debt"); and "potential" as a noun
//! ("the potential to") or a role ("potential buyers").

use super::window::{is_word, one_of, word_at};
use crate::document::Document;
use crate::lexicon;
use std::ops::Range;

/// How many words before "doubt" a negation is looked for.
const NEGATION_REACH: usize = 3;

/// How many words after "assume" its object is looked for.
const TAKEN_ON_REACH: usize = 7;

/// Whether the candidate `word` (lower case) at token `t` is used in a
/// sense that does not hedge.
pub fn is_other_sense(doc: &Document, sentence: &Range<usize>, t: usize, word: &str) -> bool {
    match word {
        "could" => is_ability(doc, sentence, t) || is_conditional(doc, sentence),
        "possible" => is_extent(doc, sentence, t),
        "doubt" | "doubts" | "doubted" => is_denied_doubt(doc, sentence, t),
        "believe" | "believes" | "believed" | "believing" => {
            is_word(word_at(doc, sentence, t as isize + 1), "in")
        }
        "consider" | "considers" | "considered" | "considering" => {
            word_at(doc, sentence, t as isize + 1).is_some_and(is_gerund)
        }
        "assume" | "assumed" | "assumes" | "assuming" | "assumption" => {
            is_taking_on(doc, sentence, t)
        }
        "potential" => is_noun_or_role(doc, sentence, t),
        _ => false,
    }
}

/// "could see", "could be heard", "could be reached", "could only".
fn is_ability(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    let next = word_at(doc, sentence, t as isize + 1);
    let after = word_at(doc, sentence, t as isize + 2);
    one_of(next, &lexicon::ABILITY_WORDS)
        || (is_word(next, "be") && one_of(after, &lexicon::ABILITY_WORDS))
}

/// Whether the sentence whose tokens are `sentence` holds "if", "unless"
/// or "whether": a condition or an indirect question.
pub fn is_conditional(doc: &Document, sentence: &Range<usize>) -> bool {
    sentence
        .clone()
        .any(|i| one_of(Some(doc.word(i)), &lexicon::CONDITION_WORDS))
}

/// "no doubt", "little doubt", "nobody should doubt", "I don't doubt".
fn is_denied_doubt(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    one_of(
        word_at(doc, sentence, t as isize - 1),
        &lexicon::DENIED_DOUBT,
    ) || (t.saturating_sub(NEGATION_REACH).max(sentence.start)..t).any(|i| {
        let word = Some(doc.word(i));
        one_of(word, &lexicon::NEGATIONS) || one_of(word, &lexicon::NEGATING_PRONOUNS)
    })
}

/// A lower-case "-ing" form that is not a "-thing" pronoun ("selling",
/// not "something").
fn is_gerund(word: &str) -> bool {
    word.len() > 4
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && word.ends_with("ing")
        && !word.ends_with("thing")
}

/// "as soon as possible", "where possible", "the highest possible".
fn is_extent(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    let previous = word_at(doc, sentence, t as isize - 1);
    let superlative = previous.is_some_and(|p| p.len() > 4 && p.ends_with("est"));
    superlative || one_of(previous, &lexicon::EXTENT_BEFORE_POSSIBLE)
}

/// "assumed the debt", "assuming $2 million of loans", "assumed control".
fn is_taking_on(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    (t + 1..sentence.end.min(t + 1 + TAKEN_ON_REACH))
        .any(|i| one_of(Some(doc.word(i)), &lexicon::TAKEN_ON_NOUNS))
}

/// "the potential to grow", "its potential.", "potential buyers".
fn is_noun_or_role(doc: &Document, sentence: &Range<usize>, t: usize) -> bool {
    let Some(next) = word_at(doc, sentence, t as isize + 1) else {
        return true;
    };
    let lower = next.to_ascii_lowercase();
    !next.starts_with(char::is_alphanumeric)
        || one_of(Some(next), &lexicon::AFTER_POTENTIAL_NOUN)
        || lower.ends_with("ers")
        || lower.ends_with("ors")
        || lexicon::POTENTIAL_ROLES.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::format::Format;

    /// Whether `word` (its first occurrence) is used in a non-hedging sense
    /// in `text`, a single sentence.
    fn other_sense(text: &str, word: &str) -> bool {
        let doc = Document::parse(text, Format::Text);
        let sentence = &doc.sentences[0].tokens;
        let t = sentence
            .clone()
            .find(|&i| doc.word(i) == word)
            .expect("the word is in the sentence");
        is_other_sense(&doc, sentence, t, word)
    }

    #[test]
    fn non_hedging_senses_by_context() {
        let cases: &[(&str, &str, bool)] = &[
            ("Smoke could be seen from the quay.", "could", true),
            ("Nobody could be reached for comment.", "could", true),
            ("Visitors could only enter by boat.", "could", true),
            ("The pier could close if the storm worsens.", "could", true),
            ("They asked whether the ferry could sail.", "could", true),
            ("The pier could close within weeks.", "could", false),
            ("Repairs will start as soon as possible.", "possible", true),
            ("It was the highest possible tide.", "possible", true),
            ("A strike is possible in spring.", "possible", false),
            ("There is little doubt about the outcome.", "doubt", true),
            ("Some doubt the plan will work.", "doubt", false),
            ("Nobody should doubt the crew.", "doubt", true),
            ("The skipper does not doubt the forecast.", "doubt", true),
            ("The islanders believe in the old harbour.", "believe", true),
            (
                "The islanders believe the harbour will close.",
                "believe",
                false,
            ),
            ("The board considered selling the pier.", "considered", true),
            ("The pier is considered unsafe.", "considered", false),
            ("The buyer assumed the harbour's debt.", "assumed", true),
            ("Officials assumed the fees would rise.", "assumed", false),
            ("The port has the potential to grow.", "potential", true),
            ("The port met potential buyers.", "potential", true),
            ("A potential strike worries the crews.", "potential", false),
        ];
        for (text, word, expected) in cases {
            assert_eq!(other_sense(text, word), *expected, "{word} in {text:?}");
        }
    }
}
