//! Partial quotations inside reported speech: in "Ana said the talks were
//! “useful and constructive.”" the quoted words are Ana's, not a term the
//! writer holds at arm's length, though they are few.

use crate::annotation::{Attribution, Quote, QuoteKind};
use crate::detect::quotes::kind;
use crate::lexicon;
use crate::span::Span;

/// The fewest words a partial quotation needs: a single quoted word is as
/// often the writer's scare quote as the source's.
const MIN_WORDS: usize = 2;

/// The fewest words of a quotation that ends the reported clause ("that
/// the ferry “belongs to all of us”") for it to be the source's words.
const MIN_CLOSING_WORDS: usize = 3;

/// Credits each uncredited quotation of at least `MIN_WORDS` words
/// (neither a title nor a so-called term) that lies inside the content of
/// an indirect attribution with a source to that attribution as speech,
/// when the quotation continues the reported clause (it follows a word
/// that does, it ends the clause, or the cue names the content).
pub fn credit(text: &str, quotes: &mut [Quote], found: &[Attribution]) {
    for quote in quotes.iter_mut() {
        if quote.kind == QuoteKind::Title
            || quote.attribution.is_some()
            || kind::is_distanced(text, quote.span)
        {
            continue;
        }
        let words = quote.inner.slice(text).split_whitespace().count();
        if words < MIN_WORDS {
            continue;
        }
        let follows_clause_word = continues_clause(text, quote.span.start);
        let owner = found.iter().position(|a| {
            let Some(content) = a.content else {
                return false;
            };
            let inside = !a.direct && a.source.is_some() && content.contains(quote.inner);
            let closes = || words >= MIN_CLOSING_WORDS && ends_content(text, content, quote.span);
            let names = || lexicon::NAMING_CUES.contains_any_case(a.cue.slice(text));
            inside && (follows_clause_word || closes() || names())
        });
        if let Some(a) = owner {
            quote.attribution = Some(a);
            quote.kind = QuoteKind::Speech;
        }
    }
}

/// Whether the quotation `quote` ends `content`, punctuation aside.
fn ends_content(text: &str, content: Span, quote: Span) -> bool {
    let rest = text
        .get(quote.end..content.end.max(quote.end))
        .unwrap_or("");
    quote.start > content.start && rest.chars().all(|c| c.is_ascii_punctuation())
}

/// Whether the word right before byte `start` continues a reported clause.
fn continues_clause(text: &str, start: usize) -> bool {
    let previous = kind::word_before(text, start);
    lexicon::is_auxiliary(previous) || lexicon::CLAUSE_WORDS.contains_any_case(previous)
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
