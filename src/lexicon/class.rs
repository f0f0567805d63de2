//! A word class read from a file of `src/lexicon/words/`: a first comment
//! line saying what the class means, optional `#:` option lines, then one
//! entry a line, sorted.
//!
//! Options: `#: case-sensitive` (entries keep their capitals and are
//! compared as written; otherwise entries are lower case and a caller
//! passes a lower-case word) and `#: phrases` (entries may hold several
//! words; otherwise each entry is one word).

use std::sync::OnceLock;

/// A set of words, parsed from its file's [`shipped`] text on first use.
pub struct WordClass {
    /// The class's place in `lexicon::ALL`, and its bit in a
    /// [`super::WordBits`].
    pub index: u32,
    /// The file's name in `src/lexicon/words/`, without `.txt`.
    pub name: &'static str,
    text: &'static str,
    words: OnceLock<Vec<&'static str>>,
}

impl WordClass {
    /// Class number `index`, named `name`, whose file's [`shipped`] text
    /// is `text`.
    pub const fn new(index: u32, name: &'static str, text: &'static str) -> Self {
        WordClass {
            index,
            name,
            text,
            words: OnceLock::new(),
        }
    }

    /// The entries, sorted.
    pub fn words(&self) -> &[&'static str] {
        self.words.get_or_init(|| {
            let mut words: Vec<&'static str> = entries(self.text).collect();
            words.sort_unstable();
            words.dedup();
            words
        })
    }

    /// Whether `word` is an entry (as written: callers pass lower case
    /// unless the class is case-sensitive), from the word table of
    /// [`super::WordBits`].
    pub fn contains<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        super::bits::holds(self, word.as_ref())
    }

    /// Whether `word` in lower case (as [`str::to_lowercase`] writes it) is
    /// an entry: an ASCII word, the most, without a lower-case copy.
    pub fn contains_lower_case_of(&self, word: &str) -> bool {
        if word.is_ascii() {
            super::bits::holds_ascii_lower_case(self, word)
        } else {
            self.contains(word.to_lowercase().as_str())
        }
    }

    /// Whether `word` is an entry, ignoring ASCII case (the entries are
    /// lower case), without building a lower-case copy.
    pub fn contains_any_case(&self, word: &str) -> bool {
        let folded = || word.bytes().map(|b| b.to_ascii_lowercase());
        self.words()
            .binary_search_by(|probe| probe.bytes().cmp(folded()))
            .is_ok()
    }

    /// Whether the file sets option `option` (`#: option`).
    pub fn has_option(&self, option: &str) -> bool {
        self.text
            .lines()
            .filter_map(|l| l.strip_prefix("#:"))
            .any(|o| o.trim() == option)
    }

    /// The entries in file order, for the lexicon test.
    pub fn entries_as_written(&self) -> impl Iterator<Item = &'static str> {
        entries(self.text)
    }
}

/// The entry lines of a word-class text: neither blank nor a comment.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Whether line `line` of a word-class file goes into the program: an
/// entry or an option line (`#:`), not a blank or a comment line.
const fn is_shipped(line: &[u8]) -> bool {
    match line {
        [] => false,
        [b'#', b':', ..] => true,
        [b'#', ..] => false,
        _ => true,
    }
}

/// The lines of a word-class file the program needs, each followed by a
/// newline, into `out` (when given); returns their length. The comment
/// lines that say what a class means are for its readers (and the lexicon
/// test reads them from the file): left out, the classes take 12 KiB less
/// in the wasm.
const fn copy_shipped(text: &str, mut out: Option<&mut [u8]>) -> usize {
    let bytes = text.as_bytes();
    let (mut start, mut len) = (0, 0);
    while start < bytes.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' {
            end += 1;
        }
        let (line, _) = bytes.split_at(end);
        let (_, line) = line.split_at(start);
        if is_shipped(line) {
            if let Some(out) = &mut out {
                let mut i = 0;
                while i < line.len() {
                    out[len + i] = line[i];
                    i += 1;
                }
                out[len + line.len()] = b'\n';
            }
            len += line.len() + 1;
        }
        start = end + 1;
    }
    len
}

/// The length of a word-class file's [`shipped`] text.
pub const fn shipped_len(text: &str) -> usize {
    copy_shipped(text, None)
}

/// What the program keeps of a word-class file, at compile time: its
/// option lines and entries, without comments and blank lines. `N` is
/// [`shipped_len`]; [`shipped_str`] reads the result as text.
pub const fn shipped<const N: usize>(text: &str) -> [u8; N] {
    let mut out = [0; N];
    copy_shipped(text, Some(&mut out));
    out
}

/// The [`shipped`] bytes as text (whole lines of UTF-8 text stay UTF-8).
pub const fn shipped_str(bytes: &'static [u8]) -> &'static str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a shipped word class is not UTF-8"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_text_keeps_options_and_entries_only() {
        const FILE: &str = "# What the class means.\n#: phrases\nas well\n\n# a note\nyet\n";
        const SHIPPED: [u8; shipped_len(FILE)] = shipped(FILE);
        let text = shipped_str(&SHIPPED);
        assert_eq!(text, "#: phrases\nas well\nyet\n");
        let class = WordClass::new(0, "sample", text);
        assert!(class.has_option("phrases"));
        assert_eq!(class.words(), ["as well", "yet"]);
    }
}
