//! What a quotation is used for, judged from its words and the words
//! before it: the name of something (`title`), a term held at arm's length
//! (`scare`) or someone's words (`speech`). Attribution later makes a
//! quotation that a cue credits directly `speech`.

use crate::annotation::QuoteKind;
use crate::lexicon;
use crate::span::Span;

/// The most words a scare quote holds.
const SCARE_WORDS: usize = 5;

/// The most words a title holds.
const TITLE_WORDS: usize = 8;

/// The kind of the quotation `span` with inner text `inner`.
pub fn classify(text: &str, span: Span, inner: Span) -> QuoteKind {
    let words: Vec<&str> = inner.slice(text).split_whitespace().collect();
    let inside = inner.slice(text).trim_end();
    let ends_a_sentence = inside.ends_with(['.', '!', '?', '…', ','])
        || inside.ends_with(".\u{2019}")
        || inside.ends_with(".'");
    if words.is_empty() || is_distanced(text, span) {
        return QuoteKind::Scare;
    }
    // A title may close on the comma or full stop of the sentence around
    // it ("on “Face the Nation,” Ana Ruiz said", "she said on “Harbour
    // Talk.”").
    let ends_a_sentence_itself = ends_a_sentence && !inside.ends_with([',', '.']);
    if !ends_a_sentence_itself
        && words.len() <= TITLE_WORDS
        && follows_title_cue(text, span)
        && is_titled(&words)
    {
        return QuoteKind::Title;
    }
    let starts_a_sentence = starts_sentence(text, span);
    // A few words inside running text, after a word rather than after a
    // colon or a comma, are held at arm's length even when a comma or the
    // sentence's end follows them: a broader "coalition of the brave,".
    let inside_running_text = follows_word(text, span) && !inside.ends_with(['!', '?']);
    if words.len() <= SCARE_WORDS && (inside_running_text || !ends_a_sentence && !starts_a_sentence)
    {
        return QuoteKind::Scare;
    }
    QuoteKind::Speech
}

fn follows_title_cue(text: &str, span: Span) -> bool {
    let previous = word_before(text, span.start);
    lexicon::TITLE_CUES.contains_any_case(previous) || is_on_air(text, span.start)
}

/// Whether byte `at` follows "on", maybe with a broadcaster's name between
/// ("on “Face the Nation”", "on CBS's “Face the Nation”"): a programme.
fn is_on_air(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let before = ["'s", "\u{2019}s"]
        .iter()
        .find_map(|s| before.strip_suffix(s))
        .map_or(before, |owner| {
            let name = owner.trim_end_matches(|c: char| c.is_alphanumeric() || c == '.');
            let capitalized = owner[name.len()..].starts_with(char::is_uppercase);
            if capitalized {
                name.trim_end()
            } else {
                owner
            }
        });
    word_before(before, before.len()).eq_ignore_ascii_case("on")
}

/// Whether the quotation `span` follows "so-called": a term held at arm's
/// length, never anyone's words.
pub fn is_distanced(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    before
        .get(before.len().saturating_sub(9)..)
        .is_some_and(|word| word.eq_ignore_ascii_case("so-called"))
}

/// The word (letters and digits) right before byte `at`.
pub fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Every word capitalized, short function words aside ("The Art of the Deal").
fn is_titled(words: &[&str]) -> bool {
    words.iter().enumerate().all(|(i, w)| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || i > 0 && w.len() <= 4 && w.chars().all(char::is_lowercase)
    })
}

/// Whether a word (not punctuation) stands right before the quotation.
fn follows_word(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\t', '\u{00A0}']);
    !before.ends_with('\n')
        && before
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Whether the quotation opens its sentence or follows a colon.
fn starts_sentence(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', '…', '"', '\u{201D}'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> QuoteKind {
        let open = text.find('\u{201C}').unwrap();
        let close = text.find('\u{201D}').unwrap();
        classify(text, Span::new(open, close + 3), Span::new(open + 3, close))
    }

    #[test]
    fn names_after_a_title_cue_are_titles() {
        assert_eq!(
            kind("She wrote a book called \u{201C}The Salt Roads\u{201D} last year."),
            QuoteKind::Title
        );
        assert_eq!(
            kind("The army began Operation \u{201C}Northern Gate\u{201D} at dawn."),
            QuoteKind::Title
        );
    }

    #[test]
    fn a_programme_named_after_on_is_a_title_even_before_a_comma() {
        for text in [
            "In an interview on NRK\u{2019}s \u{201C}Evening Desk,\u{201D} Ana Ruiz said it.",
            "On \u{201C}Harbour Talk,\u{201D} the mayor spoke of the pier.",
            "She said on \u{201C}Morning Report\u{201D} that it would open.",
            "She said so on NRK\u{2019}s \u{201C}Harbour Talk.\u{201D}",
        ] {
            assert_eq!(kind(text), QuoteKind::Title, "{text}");
        }
        // Words said on a programme are no title.
        let text = "He said on Monday, \u{201C}We Will Open The Pier In May.\u{201D}";
        assert_eq!(kind(text), QuoteKind::Speech);
        let text = "They went on \u{201C}as if nothing had happened,\u{201D} she wrote.";
        assert_ne!(kind(text), QuoteKind::Title);
    }

    #[test]
    fn short_terms_in_running_text_are_scare_quotes() {
        assert_eq!(
            kind("They formed a \u{201C}coalition of the brave\u{201D} against it."),
            QuoteKind::Scare
        );
        assert_eq!(
            kind("It may join a broader \u{201C}coalition of the brave,\u{201D} they wrote."),
            QuoteKind::Scare
        );
    }

    #[test]
    fn a_so_called_term_is_a_scare_quote_however_long() {
        let text = "The so-called \u{201C}plan to save the harbour for all of us\u{201D} failed.";
        assert_eq!(kind(text), QuoteKind::Scare);
        assert!(is_distanced(
            text,
            Span::new(text.find('\u{201C}').unwrap(), text.len())
        ));
    }

    #[test]
    fn sentences_are_speech() {
        assert_eq!(
            kind("\u{201C}We will rebuild the pier.\u{201D} She left."),
            QuoteKind::Speech
        );
        assert_eq!(
            kind("He said: \u{201C}Never again\u{201D} and left."),
            QuoteKind::Speech
        );
    }
}
