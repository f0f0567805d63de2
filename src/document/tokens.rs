//! Splits visible text into word, number and punctuation tokens.
//!
//! Tokenization follows the conventions of news corpora such as CoNLL-2003,
//! so that models trained on them see familiar tokens: clitics are split off
//! ("Ukraine's" → "Ukraine" + "'s", "don't" → "do" + "n't"), abbreviations
//! keep their periods ("U.S.", "Mr.", "Jan."), hyphenated words and numbers
//! with decimals stay whole, and every punctuation mark is its own token.

use crate::lexicon;
use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, inner apostrophes or
    /// abbreviation periods.
    Word,
    /// Digits, possibly with decimal points, thousands separators or suffixes.
    Number,
    /// One punctuation mark (or a run of the same mark, such as "...").
    Punct,
    /// Anything else: symbols, emoji.
    Symbol,
}

/// One token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token lies in the original text.
    pub span: Span,
    /// What the token is made of.
    pub kind: TokenKind,
}

/// Whether `word` (without its period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    word.len() <= 6 && lexicon::ABBREVIATIONS.contains_any_case(word)
}

/// Whether `c` is an apostrophe (straight or typographic).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Tokenizes `text[range]`, appending tokens with spans into the whole text.
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Token>) {
    let piece = range.slice(text);
    let mut chars = piece.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() || c.is_control() {
            chars.next();
            continue;
        }
        let start = range.start + i;
        if c.is_alphanumeric() {
            let end = range.start + scan_word(piece, i);
            push_word(text, Span::new(start, end), out);
            while chars.peek().is_some_and(|&(j, _)| range.start + j < end) {
                chars.next();
            }
            continue;
        }
        chars.next();
        let mut end = start + c.len_utf8();
        if matches!(c, '.' | '-' | '!' | '?') {
            while let Some(&(j, d)) = chars.peek() {
                if d != c {
                    break;
                }
                end = range.start + j + d.len_utf8();
                chars.next();
            }
        }
        let kind = if c.is_ascii_punctuation() || is_unicode_punctuation(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        out.push(Token {
            span: Span::new(start, end),
            kind,
        });
    }
}

/// Punctuation outside ASCII: typographic quotes, dashes, guillemets, ellipsis.
fn is_unicode_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'..='\u{2027}' | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' | '\u{2032}' | '\u{2033}' | '\u{00A1}' | '\u{00BF}' | '\u{3001}' | '\u{3002}' | '\u{FF0C}' | '\u{FF01}' | '\u{FF1F}' | '\u{300C}'..='\u{300F}'
    )
}

/// Returns the end (relative to `piece`) of the word or number starting at `start`.
fn scan_word(piece: &str, start: usize) -> usize {
    let bytes = piece.as_bytes();
    let mut end = start;
    let mut iter = piece[start..].char_indices().peekable();
    while let Some((j, c)) = iter.next() {
        let at = start + j;
        if c.is_alphanumeric() || is_combining_mark(c) {
            end = at + c.len_utf8();
            continue;
        }
        let next = iter.peek().map(|&(_, d)| d);
        let joins = match c {
            // Hyphens, inner apostrophes, and digit separators join when a
            // letter or digit follows.
            '-' | '\u{2011}' => next.is_some_and(char::is_alphanumeric),
            _ if is_apostrophe(c) => next.is_some_and(char::is_alphabetic),
            ',' => {
                next.is_some_and(|d| d.is_ascii_digit())
                    && bytes[at - 1].is_ascii_digit()
                    && piece[at + 1..]
                        .bytes()
                        .take_while(u8::is_ascii_digit)
                        .count()
                        == 3
            }
            '.' => {
                (next.is_some_and(|d| d.is_ascii_digit()) && bytes[at - 1].is_ascii_digit())
                    || (next.is_some_and(char::is_alphabetic)
                        && is_dotted_abbreviation_part(last_hyphen_part(&piece[start..at])))
            }
            _ => false,
        };
        if !joins {
            break;
        }
        end = at + c.len_utf8();
    }
    // A final period belongs to abbreviations and initials.
    if piece[end..].starts_with('.') && takes_final_period(&piece[start..end]) {
        end += 1;
    }
    end
}

/// Whether `word` so far is like "U" or "U.S" (letters separated by periods),
/// so that a following ".X" continues it.
fn is_dotted_abbreviation_part(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// The part of a hyphenated word after its last hyphen ("D-N.Y" → "N.Y"),
/// so that a party-and-state label keeps its periods.
fn last_hyphen_part(word: &str) -> &str {
    word.rsplit('-').next().unwrap_or(word)
}

/// Whether a word keeps the period that follows it.
fn takes_final_period(word: &str) -> bool {
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let last = last_hyphen_part(word);
    single_letter
        || (last.contains('.') && is_dotted_abbreviation_part(last))
        || is_abbreviation(word)
}

/// Combining marks continue a word (decomposed accents).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Pushes a word, splitting off clitics and a trailing possessive apostrophe.
fn push_word(text: &str, span: Span, out: &mut Vec<Token>) {
    let word = span.slice(text);
    let kind = if word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    if let Some(split) = clitic_start(word) {
        out.push(Token {
            span: Span::new(span.start, span.start + split),
            kind,
        });
        out.push(Token {
            span: Span::new(span.start + split, span.end),
            kind: TokenKind::Word,
        });
        return;
    }
    out.push(Token { span, kind });
}

/// Where a clitic ("'s", "n't", …) begins in `word`, if it ends with one.
fn clitic_start(word: &str) -> Option<usize> {
    let (apostrophe, mark) = word.char_indices().rev().find(|&(_, c)| is_apostrophe(c))?;
    let rest = &word[apostrophe + mark.len_utf8()..];
    let before = &word[..apostrophe];
    if rest.eq_ignore_ascii_case("t") && before.len() > 1 && before.ends_with(['n', 'N']) {
        return Some(apostrophe - 1);
    }
    let is_clitic = lexicon::CLITICS.contains_any_case(rest);
    (is_clitic && !before.is_empty()).then_some(apostrophe)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize_into(text, Span::new(0, text.len()), &mut tokens);
        tokens.iter().map(|t| t.span.slice(text)).collect()
    }

    #[test]
    fn splits_clitics_like_news_corpora() {
        assert_eq!(words("Norway's coast"), ["Norway", "'s", "coast"]);
        assert_eq!(words("they don't know"), ["they", "do", "n't", "know"]);
        assert_eq!(words("Norway\u{2019}s"), ["Norway", "\u{2019}s"]);
        assert_eq!(words("we'll see"), ["we", "'ll", "see"]);
        assert_eq!(words("O'Brien left"), ["O'Brien", "left"]);
    }

    #[test]
    fn keeps_abbreviations_and_initials_whole() {
        assert_eq!(words("the U.S. envoy"), ["the", "U.S.", "envoy"]);
        assert_eq!(
            words("Mr. Lund met J. R. Okafor"),
            ["Mr.", "Lund", "met", "J.", "R.", "Okafor"]
        );
        assert_eq!(words("on Jan. 5"), ["on", "Jan.", "5"]);
        assert_eq!(words("at 9 a.m. sharp"), ["at", "9", "a.m.", "sharp"]);
        assert_eq!(
            words("Sen. Ana Ruiz (D-N.Y.) said"),
            ["Sen.", "Ana", "Ruiz", "(", "D-N.Y.", ")", "said"]
        );
    }

    #[test]
    fn keeps_numbers_and_hyphenated_words_whole() {
        assert_eq!(words("rose 3.5 percent"), ["rose", "3.5", "percent"]);
        assert_eq!(
            words("1,200 post-war homes."),
            ["1,200", "post-war", "homes", "."]
        );
        assert_eq!(words("in 1990, then"), ["in", "1990", ",", "then"]);
    }

    #[test]
    fn punctuation_and_symbols_are_single_tokens() {
        assert_eq!(
            words("\"Yes,\" she said…"),
            ["\"", "Yes", ",", "\"", "she", "said", "…"]
        );
        assert_eq!(words("wait... what?!"), ["wait", "...", "what", "?", "!"]);
        assert_eq!(words("café 🎉 naïve"), ["café", "🎉", "naïve"]);
    }

    #[test]
    fn sentence_final_word_does_not_swallow_its_period() {
        assert_eq!(words("They left town."), ["They", "left", "town", "."]);
    }
}
