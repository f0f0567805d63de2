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
/// an indirect attribution with a source to that attribution (the first
/// found, if several) as speech, when the quotation continues the
/// reported clause (it follows a word that does, it ends the clause, or
/// the cue names the content).
pub fn credit(text: &str, quotes: &mut [Quote], found: &[Attribution]) {
    let reported = Reported::new(found);
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
        let owner = reported
            .holding(quote.inner)
            .into_iter()
            .find(|&(a, content)| {
                let a = &found[a];
                let closes =
                    || words >= MIN_CLOSING_WORDS && ends_content(text, content, quote.span);
                let names = || lexicon::NAMING_CUES.contains_any_case(a.cue.slice(text));
                follows_clause_word || closes() || names()
            });
        if let Some((a, _)) = owner {
            quote.attribution = Some(a);
            quote.kind = QuoteKind::Speech;
        }
    }
}

/// The contents of the indirect attributions with a source, gathered once
/// per document and sorted by where they start, so that those holding a
/// quotation are found without a look at every attribution.
struct Reported {
    /// Each content and its attribution's index, by start.
    contents: Vec<(Span, usize)>,
    /// The furthest end of the contents up to each of `contents`.
    reach: Vec<usize>,
}

impl Reported {
    fn new(found: &[Attribution]) -> Reported {
        let mut contents: Vec<(Span, usize)> = (found.iter().enumerate())
            .filter(|(_, a)| !a.direct && a.source.is_some())
            .filter_map(|(i, a)| Some((a.content?, i)))
            .collect();
        contents.sort_by_key(|&(content, i)| (content.start, i));
        let reach = (contents.iter())
            .scan(0, |reach, (content, _)| {
                *reach = content.end.max(*reach);
                Some(*reach)
            })
            .collect();
        Reported { contents, reach }
    }

    /// The attributions whose content holds `span`, in the order found,
    /// each with its content.
    fn holding(&self, span: Span) -> Vec<(usize, Span)> {
        let starts = self
            .contents
            .partition_point(|(c, _)| c.start <= span.start);
        let mut held: Vec<(usize, Span)> = (0..starts)
            .rev()
            .take_while(|&j| self.reach[j] >= span.end)
            .map(|j| self.contents[j])
            .filter(|(content, _)| content.contains(span))
            .map(|(content, a)| (a, content))
            .collect();
        held.sort_unstable_by_key(|&(a, _)| a);
        held
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
    use crate::annotation::{SourceKind, SourceMention};

    #[test]
    fn the_contents_holding_a_span_are_found_in_the_order_of_their_attributions() {
        let attribution = |content: Option<(usize, usize)>, direct: bool| Attribution {
            cue: Span::new(0, 0),
            source: Some(SourceMention {
                span: Span::new(0, 1),
                entity: None,
            }),
            source_kind: SourceKind::Unknown,
            via: None,
            content: content.map(|(s, e)| Span::new(s, e)),
            direct,
            hedged: false,
        };
        let mut found = vec![
            attribution(Some((50, 90)), false),
            attribution(Some((0, 100)), false),
            attribution(Some((10, 20)), false),
            attribution(Some((55, 60)), false),
            attribution(Some((40, 80)), true),
            attribution(None, false),
            attribution(Some((52, 70)), false),
        ];
        let reported = Reported::new(&found);
        let held = |s, e| -> Vec<usize> {
            let held = reported.holding(Span::new(s, e));
            held.into_iter().map(|(a, _)| a).collect()
        };
        assert_eq!(held(55, 60), [0, 1, 3, 6]);
        assert_eq!(held(12, 18), [1, 2]);
        assert_eq!(held(95, 100), [1]);
        assert!(held(85, 101).is_empty());
        found.iter_mut().for_each(|a| a.source = None);
        assert!(Reported::new(&found).holding(Span::new(55, 60)).is_empty());
    }

    #[test]
    fn only_words_that_continue_a_clause_let_a_quote_be_speech() {
        let text = "the talks were \u{201C}useful\u{201D} for a broader \u{201C}group\u{201D}";
        let were = text.find('\u{201C}').unwrap();
        let broader = text.rfind('\u{201C}').unwrap();
        assert!(continues_clause(text, were));
        assert!(!continues_clause(text, broader));
    }
}
