//! What a learned tagger reads of one token before looking at its
//! neighbours: hashes of the word, its lower-case form, shape, prefixes and
//! suffixes, computed once per token and shared by every feature template.

use super::hash::mix;

/// What the tagger knows of one token before looking at its neighbours.
#[derive(Clone, Copy, Debug)]
pub struct TokenInfo {
    /// The word as written.
    pub word: u64,
    /// The word in lower case, digits replaced by `0`.
    pub lower: u64,
    /// The shape, runs of one class capped at four ("Xxxx", "dddd-dd").
    pub shape: u64,
    /// The shape with runs collapsed ("Xx", "d-d", "X.X.").
    pub short: u64,
    /// Lower-case prefixes of 2, 3 and 4 characters (0 when shorter).
    pub prefixes: [u64; 3],
    /// Lower-case suffixes of 1 to 4 characters (0 when shorter).
    pub suffixes: [u64; 4],
    /// Whether the word begins with an upper-case letter.
    pub capitalized: bool,
    /// Whether the word has letters and none of them is lower case.
    pub upper: bool,
    /// Whether the word has a lower-case letter.
    pub has_lower: bool,
}

/// Typographic quotes and apostrophes as the plain ones of the training
/// text.
fn plain_quote(c: char) -> char {
    match c {
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        _ => c,
    }
}

/// The character class used by word shapes.
fn class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() || c.is_alphabetic() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

impl TokenInfo {
    /// Reads one token.
    pub fn new(word: &str) -> TokenInfo {
        let mut lower = mix(0, 0x4c4f);
        let mut shape = mix(0, 0x5348);
        let mut short = mix(0, 0x5353);
        let mut first = ['\0'; 4];
        let mut last = ['\0'; 4];
        let mut count = 0usize;
        let (mut prev_class, mut run) = ('\0', 0usize);
        let (mut has_upper, mut has_lower) = (false, false);
        let mut word_hash = mix(0, 0x5354);
        for c in word.chars().map(plain_quote) {
            word_hash = mix(word_hash, u64::from(c));
            has_upper |= c.is_uppercase();
            has_lower |= c.is_lowercase();
            let k = class(c);
            if k == prev_class {
                run += 1;
            } else {
                run = 1;
                short = mix(short, u64::from(k));
                prev_class = k;
            }
            if run <= 4 {
                shape = mix(shape, u64::from(k));
            }
            let mut push_lower = |l: char| {
                let l = if l.is_numeric() { '0' } else { l };
                lower = mix(lower, u64::from(l));
                if count < 4 {
                    first[count] = l;
                }
                last[count % 4] = l;
                count += 1;
            };
            // An ASCII letter has one lower-case form: no iterator for it.
            if c.is_ascii() {
                push_lower(c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(push_lower);
            }
        }
        let mut prefixes = [0; 3];
        for (n, p) in prefixes.iter_mut().enumerate() {
            let len = n + 2;
            if count > len {
                *p = first[..len]
                    .iter()
                    .fold(mix(0, 0x5052), |h, &c| mix(h, u64::from(c)));
            }
        }
        let mut suffixes = [0; 4];
        for (n, s) in suffixes.iter_mut().enumerate() {
            let len = n + 1;
            if count > len {
                *s = (count - len..count)
                    .map(|i| last[i % 4])
                    .fold(mix(0, 0x5355), |h, c| mix(h, u64::from(c)));
            }
        }
        TokenInfo {
            word: word_hash,
            lower,
            shape,
            short,
            prefixes,
            suffixes,
            capitalized: word.chars().next().is_some_and(char::is_uppercase),
            upper: has_upper && !has_lower,
            has_lower,
        }
    }
}

/// Whether a sentence is written in capitals, as headlines and datelines
/// often are: most of its words have no lower-case letter.
pub fn is_all_caps(infos: &[TokenInfo]) -> bool {
    let upper = infos.iter().filter(|t| t.upper).count();
    let lower = infos.iter().filter(|t| t.has_lower).count();
    upper > 0 && upper >= 3 * lower
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_carry_to_unseen_words() {
        let a = TokenInfo::new("Kolbrenner");
        let b = TokenInfo::new("Avesta");
        assert_eq!(a.short, b.short);
        assert_ne!(a.word, b.word);
        assert_eq!(TokenInfo::new("N.Y.").short, TokenInfo::new("K.L.").short);
        assert_ne!(TokenInfo::new("NATO").short, TokenInfo::new("Nato").short);
    }

    #[test]
    fn lower_case_form_ignores_case_and_digit_values() {
        assert_eq!(
            TokenInfo::new("HARBOUR").lower,
            TokenInfo::new("Harbour").lower
        );
        assert_eq!(TokenInfo::new("1997").lower, TokenInfo::new("2031").lower);
        assert_eq!(
            TokenInfo::new("Quellmoor").suffixes[2],
            TokenInfo::new("moor").suffixes[2]
        );
    }

    #[test]
    fn ascii_and_other_letters_lower_alike() {
        // ASCII letters take the short way to lower case, others the
        // Unicode one: a word mixing both reads as its lower-case spelling.
        let upper = TokenInfo::new("\u{c9}COLE-N\u{d4}RD");
        let lower = TokenInfo::new("\u{e9}cole-n\u{f4}rd");
        assert_eq!(upper.lower, lower.lower);
        assert_eq!(upper.prefixes, lower.prefixes);
        assert_eq!(upper.suffixes, lower.suffixes);
        assert_ne!(upper.word, lower.word);
    }

    #[test]
    fn typographic_quotes_read_as_plain_ones() {
        assert_eq!(TokenInfo::new("\u{2019}s").word, TokenInfo::new("'s").word);
        assert_eq!(TokenInfo::new("\u{201C}").shape, TokenInfo::new("\"").shape);
    }

    #[test]
    fn a_capitals_sentence_is_recognised() {
        let caps: Vec<TokenInfo> = ["FERRY", "STRIKE", "HITS", "PORTLAND", "."]
            .iter()
            .map(|w| TokenInfo::new(w))
            .collect();
        let plain: Vec<TokenInfo> = ["Ferry", "strike", "hits", "Portland", "."]
            .iter()
            .map(|w| TokenInfo::new(w))
            .collect();
        assert!(is_all_caps(&caps));
        assert!(!is_all_caps(&plain));
    }
}
