//! Which characters can open or close a quotation, told apart from
//! apostrophes ("don't", "'90s", "rock 'n' roll") by the characters around
//! them.

/// The family of a quotation mark: a closing mark must be of the family
/// of the mark it closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// `"`, `“`, `”`, `„`, `″`, and guillemets.
    Double,
    /// `'`, `‘`, `’`, `‚`, `′`, and single guillemets.
    Single,
}

/// What a mark can do where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Only open.
    Opens,
    /// Only close.
    Closes,
    /// Open or close, whichever the marks before it need.
    Either,
}

/// A quotation mark found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset.
    pub at: usize,
    /// The character (`'` for a doubled `''`).
    pub ch: char,
    /// Its length in bytes (two for `''`).
    pub len: usize,
    /// Its family.
    pub family: Family,
    /// What it can do here.
    pub role: Role,
}

impl Mark {
    /// One past the mark's last byte.
    pub fn end(self) -> usize {
        self.at + self.len
    }

    /// Whether this mark may close a quotation opened by `opener`.
    pub fn closes(self, opener: Mark) -> bool {
        if self.family != opener.family || self.role == Role::Opens {
            return false;
        }
        match opener.ch {
            // «…» and the reversed »…« of German and Danish print.
            '\u{00AB}' => self.ch == '\u{00BB}',
            '\u{00BB}' => self.ch == '\u{00AB}',
            '\u{2039}' => self.ch == '\u{203A}',
            '\u{203A}' => self.ch == '\u{2039}',
            _ => !matches!(self.ch, '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}'),
        }
    }
}

/// Characters that may stand right before an opening mark.
fn opens_after(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-/:;…".contains(c))
}

/// Characters that may stand right after a closing mark.
fn closes_before(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || c.is_ascii_punctuation() || "—–…)]”’".contains(c))
}

/// The longest run of straight single marks read back from a mark (longer
/// runs are junk; the cap keeps each look-back short).
const MAX_RUN: usize = 16;

/// The quotation mark at byte `at` of `text`, if the character there is one.
pub fn mark_at(text: &str, at: usize, ch: char) -> Option<Mark> {
    if ch == '\'' {
        // In a run of straight single marks, pairs stand for one double
        // mark (''…''): the second of each pair is not a mark of its own.
        let run_before = text[..at]
            .bytes()
            .rev()
            .take(MAX_RUN)
            .take_while(|&b| b == b'\'')
            .count();
        if run_before % 2 == 1 {
            return None;
        }
        if text[at + 1..].starts_with('\'') {
            let before = text[..at].chars().next_back();
            let after = text[at + 2..].chars().next();
            return Some(Mark {
                at,
                ch,
                len: 2,
                family: Family::Double,
                role: straight_role(before, after)?,
            });
        }
    }
    let before = text[..at].chars().next_back();
    let rest = &text[at + ch.len_utf8()..];
    let after = rest.chars().next();
    let (family, role) = match ch {
        '\u{201C}' => {
            // “ opens, except as the closer of German „…“.
            let role = if !opens_after(before) && closes_before(after) {
                Role::Closes
            } else {
                Role::Opens
            };
            (Family::Double, role)
        }
        '\u{201E}' => (Family::Double, Role::Opens),
        // ” opens a paragraph that a slip of the typesetter began with it.
        '\u{201D}'
            if before.is_none_or(|c| c == '\n') && after.is_some_and(char::is_alphanumeric) =>
        {
            (Family::Double, Role::Opens)
        }
        '\u{201D}' => (Family::Double, Role::Closes),
        '\u{00AB}' | '\u{00BB}' => (Family::Double, guillemet_role(before, after)),
        '\u{2039}' | '\u{203A}' => (Family::Single, guillemet_role(before, after)),
        '"' | '\u{2033}' => (Family::Double, straight_role(before, after)?),
        '\u{201A}' => (Family::Single, Role::Opens),
        '\'' | '\u{2018}' | '\u{2019}' | '\u{2032}' => {
            (Family::Single, single_role(ch, &text[..at], rest)?)
        }
        _ => return None,
    };
    Some(Mark {
        at,
        ch,
        len: ch.len_utf8(),
        family,
        role,
    })
}

fn guillemet_role(before: Option<char>, after: Option<char>) -> Role {
    match (opens_after(before), after.is_some_and(char::is_whitespace)) {
        (true, false) => Role::Opens,
        (false, _) => Role::Closes,
        (true, true) => Role::Either,
    }
}

fn straight_role(before: Option<char>, after: Option<char>) -> Option<Role> {
    // 5'11": a prime after a digit.
    if before.is_some_and(|c| c.is_ascii_digit()) && after.is_none_or(|c| !c.is_alphabetic()) {
        return None;
    }
    let opens = opens_after(before) && after.is_some_and(|c| !c.is_whitespace());
    let closes = closes_before(after) && before.is_some_and(|c| !c.is_whitespace());
    match (opens, closes) {
        (true, false) => Some(Role::Opens),
        (false, true) => Some(Role::Closes),
        (true, true) => Some(Role::Either),
        (false, false) => None,
    }
}

/// A single mark is a quotation mark only where it cannot be an
/// apostrophe: not inside a word, not before a year's digits, not around
/// the "n" of "rock 'n' roll".
fn single_role(ch: char, prefix: &str, rest: &str) -> Option<Role> {
    let before = prefix.chars().next_back();
    let mut behind = prefix.chars().rev().skip(1);
    if matches!(before, Some('n' | 'N'))
        && behind
            .next()
            .is_some_and(|c| matches!(c, '\'' | '\u{2018}' | '\u{2019}'))
        && behind.next().is_none_or(char::is_whitespace)
    {
        return None; // the closing half of 'n'
    }
    let mut ahead = rest.chars();
    let after = ahead.next();
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return None; // don't, O'Brien
    }
    if after.is_some_and(|c| c.is_ascii_digit())
        && rest.chars().take_while(char::is_ascii_digit).count() == 2
    {
        return None; // '90s
    }
    let n_clipped = matches!(after, Some('n' | 'N'))
        && ahead.next().is_some_and(|c| matches!(c, '\'' | '\u{2019}'))
        && ahead.next().is_none_or(|c| !c.is_alphanumeric());
    if n_clipped {
        return None; // rock 'n' roll
    }
    if before.is_some_and(|c| matches!(c, 'n' | 'N')) && letter_after {
        return None;
    }
    let opens = opens_after(before) && letter_after
        || opens_after(before) && after.is_some_and(|c| "\"“".contains(c));
    let closes = !before.is_none_or(char::is_whitespace) && closes_before(after);
    match (opens, closes, ch) {
        (true, false, _) => Some(Role::Opens),
        (false, true, '\u{2018}') => None,
        (false, true, _) => Some(Role::Closes),
        (true, true, _) => Some(Role::Either),
        (false, false, _) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(text: &str) -> Vec<(char, Role)> {
        text.char_indices()
            .filter_map(|(i, c)| mark_at(text, i, c))
            .map(|m| (m.ch, m.role))
            .collect()
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert!(roles("They don't know.").is_empty());
        assert!(roles("music of the '90s").is_empty());
        assert!(roles("a rock 'n' roll band").is_empty());
        assert!(roles("Ana O\u{2019}Neil said").is_empty());
        assert!(roles("he is 5'11\" tall").len() <= 1);
    }

    #[test]
    fn single_quotes_open_and_close_around_words() {
        assert_eq!(
            roles("a 'test' run"),
            [('\'', Role::Opens), ('\'', Role::Closes)]
        );
        assert_eq!(
            roles("\u{2018}fine,\u{2019} he said"),
            [('\u{2018}', Role::Opens), ('\u{2019}', Role::Closes)]
        );
    }

    #[test]
    fn doubled_single_marks_are_one_double_mark() {
        let text = "''We won,'' she said";
        let marks: Vec<Mark> = text
            .char_indices()
            .filter_map(|(i, c)| mark_at(text, i, c))
            .collect();
        assert_eq!(marks.len(), 2);
        assert!(marks
            .iter()
            .all(|m| m.family == Family::Double && m.len == 2));
        assert_eq!((marks[0].role, marks[1].role), (Role::Opens, Role::Closes));
    }

    #[test]
    fn a_high_mark_opening_a_paragraph_opens() {
        assert_eq!(
            roles("\u{201D}We stay.\u{201D} \u{2015} Ana Ruiz\n\u{201D}We go.\u{201D}"),
            [
                ('\u{201D}', Role::Opens),
                ('\u{201D}', Role::Closes),
                ('\u{201D}', Role::Opens),
                ('\u{201D}', Role::Closes)
            ]
        );
        assert_eq!(roles("a \u{201D}b"), [('\u{201D}', Role::Closes)]);
    }

    #[test]
    fn german_marks_close_with_a_high_mark() {
        assert_eq!(
            roles("\u{201E}Ja\u{201C}, sagte er"),
            [('\u{201E}', Role::Opens), ('\u{201C}', Role::Closes)]
        );
    }
}
