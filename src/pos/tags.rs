//! The part-of-speech tags: the Penn Treebank tags of CoNLL-2003's second
//! column, and the coarse word classes they fall into.

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

/// The coarse class of a tag: what kind of word it marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// A common noun (NN, NNS).
    Noun,
    /// A proper noun (NNP, NNPS).
    ProperNoun,
    /// A personal, possessive or wh- pronoun.
    Pronoun,
    /// A verb in any form (VB*).
    Verb,
    /// A modal ("will", "could").
    Modal,
    /// An adjective in any degree (JJ*).
    Adjective,
    /// An adverb or particle (RB*, RP, WRB).
    Adverb,
    /// A determiner or possessive ending (DT, PDT, WDT, POS).
    Determiner,
    /// A preposition, subordinator or "to" (IN, TO).
    Preposition,
    /// A coordinating conjunction.
    Conjunction,
    /// A number.
    Number,
    /// Punctuation, quotation marks, brackets.
    Punctuation,
    /// Anything else (symbols, foreign words, interjections).
    Other,
}

impl Tag {
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

    /// The coarse class of the tag.
    pub fn class(self) -> Class {
        match self.name() {
            "NN" | "NNS" => Class::Noun,
            "NNP" | "NNPS" => Class::ProperNoun,
            "PRP" | "PRP$" | "WP" | "WP$" | "EX" => Class::Pronoun,
            "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => Class::Verb,
            "MD" => Class::Modal,
            "JJ" | "JJR" | "JJS" => Class::Adjective,
            "RB" | "RBR" | "RBS" | "RP" | "WRB" => Class::Adverb,
            "DT" | "PDT" | "WDT" | "POS" => Class::Determiner,
            "IN" | "TO" => Class::Preposition,
            "CC" => Class::Conjunction,
            "CD" => Class::Number,
            "." | "," | ":" | "\"" | "''" | "(" | ")" => Class::Punctuation,
            _ => Class::Other,
        }
    }

    /// Whether the tag marks a noun, proper noun or pronoun: the head of
    /// a group that can be a subject.
    pub fn is_nominal(self) -> bool {
        matches!(
            self.class(),
            Class::Noun | Class::ProperNoun | Class::Pronoun
        )
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
    }

    #[test]
    fn verbs_and_nouns_fall_into_their_classes() {
        let class = |name| Tag::from_name(name).map(Tag::class);
        assert_eq!(class("VBD"), Some(Class::Verb));
        assert_eq!(class("NNS"), Some(Class::Noun));
        assert_eq!(class("PRP$"), Some(Class::Pronoun));
        assert!(Tag::from_name("NNP").is_some_and(Tag::is_nominal));
        assert!(!Tag::from_name("VBZ").is_some_and(Tag::is_nominal));
    }
}
