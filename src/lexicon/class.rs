//! A word class read from a file of `src/lexicon/words/`: a first comment
//! line saying what the class means, optional `#:` option lines, then one
//! entry a line, sorted.
//!
//! Options: `#: case-sensitive` (entries keep their capitals and are
//! compared as written; otherwise entries are lower case and a caller
//! passes a lower-case word) and `#: phrases` (entries may hold several
//! words; otherwise each entry is one word).

use std::sync::OnceLock;

/// A set of words, parsed from its file on first use.
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
    /// Class number `index`, named `name`, whose file holds `text`.
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

    /// What the class means: its first comment line.
    pub fn meaning(&self) -> &'static str {
        self.text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# "))
            .unwrap_or("")
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

/// The entry lines of a word-class file: neither blank nor a comment.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}
