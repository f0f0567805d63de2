//! Partial quotations inside reported speech: in "Ana said the talks were
//! “useful and constructive.”" the quoted words are Ana's, not a term the
//! writer holds at arm's length, though they are few.

use crate::annotation::{Attribution, Quote, QuoteKind};
use crate::detect::quotes::kind;

/// Words right before a quotation that make it part of the clause
/// reported ("were “useful”", "would “take the time it needs”", "vowed to
/// “fight on”", "described it as “a mistake”"), rather than a term inside
/// a noun phrase ("a broader “coalition of the brave”").
const CLAUSE_WORDS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "would", "will", "could", "should", "can",
    "may", "might", "must", "to", "as", "that", "it", "them", "him", "her", "us", "me",
];

/// The fewest words a partial quotation needs: a single quoted word is as
/// often the writer's scare quote as the source's.
const MIN_WORDS: usize = 2;

/// Credits each uncredited quotation of at least `MIN_WORDS` words
/// (neither a title nor a so-called term) that lies inside the content of
/// an indirect attribution with a source, right after a word that
/// continues the reported clause, to that attribution as speech.
pub fn credit(text: &str, quotes: &mut [Quote], found: &[Attribution]) {
    for quote in quotes.iter_mut() {
        if quote.kind == QuoteKind::Title
            || quote.attribution.is_some()
            || kind::is_distanced(text, quote.span)
        {
            continue;
        }
        let words = quote.inner.slice(text).split_whitespace().count();
        if words < MIN_WORDS || !continues_clause(text, quote.span.start) {
            continue;
        }
        let owner = found.iter().position(|a| {
            !a.direct && a.source.is_some() && a.content.is_some_and(|c| c.contains(quote.inner))
        });
        if let Some(a) = owner {
            quote.attribution = Some(a);
            quote.kind = QuoteKind::Speech;
        }
    }
}

/// Whether the word right before byte `start` continues a reported clause.
fn continues_clause(text: &str, start: usize) -> bool {
    let previous = kind::word_before(text, start);
    CLAUSE_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(previous))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_that_continue_a_clause_let_a_quote_be_speech() {
        let text = "the talks were \u{201C}useful\u{201D} for a broader \u{201C}group\u{201D}";
        let were = text.find('\u{201C}').unwrap();
        let broader = text.rfind('\u{201C}').unwrap();
        assert!(continues_clause(text, were));
        assert!(!continues_clause(text, broader));
    }
}
