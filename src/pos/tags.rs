//! The part-of-speech tags: the Penn Treebank tags of CoNLL-2003's second
//! column.

/// The tag names, in the order of their indices.
pub const NAMES: [&str; TAG_COUNT] = [
    "NNP", "NN", "CD", "IN", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN", "RB", "CC", "TO",
    "PRP", ")", "(", "VBG", "VBZ", ":", "\"", "POS", "PRP$", "VBP", "MD", "NNPS", "WP", "RP",
    "WDT", "SYM", "$", "WRB", "JJR", "JJS", "FW", "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$",
    "LS",
];

/// How many tags there are.
pub const TAG_COUNT: usize = 44;

/// A part-of-speech tag, an index into [`NAMES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub u8);

impl Tag {
    /// The tag of a sentence-final mark (".").
    pub const FULL_STOP: Tag = Tag(8);

    /// The tag named `name`; for CoNLL's rare ambiguous tags ("NN|SYM"),
    /// the first alternative.
    pub fn from_name(name: &str) -> Option<Tag> {
        let first = name.split('|').next().unwrap_or(name);
        NAMES.iter().position(|&n| n == first).map(|i| Tag(i as u8))
    }

    /// The tag's name.
    pub fn name(self) -> &'static str {
        NAMES[usize::from(self.0)]
    }

    /// The tag's index, below [`TAG_COUNT`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_indices_agree() {
        for (i, name) in NAMES.iter().enumerate() {
            assert_eq!(Tag::from_name(name), Some(Tag(i as u8)));
            assert_eq!(Tag(i as u8).name(), *name);
        }
        assert_eq!(Tag::from_name("NN|SYM"), Tag::from_name("NN"));
        assert_eq!(Tag::from_name("-X-"), None);
        assert_eq!(Tag::FULL_STOP.name(), ".");
    }
}
