//! A word's classes as one bit set ([`WordBits`]), looked up once: the
//! document computes them for every token when it is read, and a
//! detector asks a token's bits instead of searching each class again.

use super::{
    WordClass, ALL, BE_CLITICS, BE_FORMS, CONTRACTED_AUXILIARIES, DO_FORMS, HAVE_FORMS, MODALS,
    NEGATIONS, VERB_FILLERS,
};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// The word classes a word belongs to: bit `i` is class `ALL[i]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordBits(u128);

/// How many classes a [`WordBits`] can hold.
pub const CAPACITY: usize = 128;

impl WordBits {
    /// The classes of `word`: case-sensitive classes compare it as
    /// written, the others ignoring ASCII case (as
    /// [`WordClass::contains_any_case`] does).
    pub fn of(word: &str) -> WordBits {
        let table = &*TABLE;
        let exact = table.exact.get(word).copied().unwrap_or(0);
        let folded = if word.bytes().any(|b| b.is_ascii_uppercase()) {
            table.folded.get(word.to_ascii_lowercase().as_str())
        } else {
            table.folded.get(word)
        };
        WordBits(exact | folded.copied().unwrap_or(0))
    }

    /// Whether the word is in `class`.
    pub fn has(self, class: &WordClass) -> bool {
        self.0 >> class.index & 1 == 1
    }

    /// Whether the word is in any of `classes`.
    pub fn any(self, classes: &[&WordClass]) -> bool {
        classes.iter().any(|c| self.has(c))
    }

    /// Whether the word is an auxiliary or modal verb: a form of "be",
    /// "have" or "do", or a modal ("was", "has", "did", "would").
    pub fn is_auxiliary(self) -> bool {
        self.any(&[&BE_FORMS, &HAVE_FORMS, &DO_FORMS, &MODALS])
    }

    /// Whether the word is a form of "be" or the "'s" that stands for "is".
    pub fn is_copula(self) -> bool {
        self.any(&[&BE_FORMS, &BE_CLITICS])
    }

    /// Whether the word may stand between a subject and its verb without
    /// being the verb: an auxiliary, a contracted one, a negation or an
    /// adverb such as "also".
    pub fn is_verb_filler(self) -> bool {
        self.is_auxiliary() || self.any(&[&CONTRACTED_AUXILIARIES, &NEGATIONS, &VERB_FILLERS])
    }
}

/// Every entry of every class, with the bits of the classes that hold it:
/// those compared ignoring case, and the case-sensitive ones.
struct Table {
    folded: HashMap<&'static str, u128, Fnv>,
    exact: HashMap<&'static str, u128, Fnv>,
    /// The bits of the case-sensitive classes (whose words are in `exact`).
    sensitive: u128,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    assert!(
        ALL.len() <= CAPACITY,
        "more word classes than WordBits holds"
    );
    let mut table = Table {
        folded: HashMap::default(),
        exact: HashMap::default(),
        sensitive: 0,
    };
    for class in ALL {
        let map = if class.has_option("case-sensitive") {
            table.sensitive |= 1 << class.index;
            &mut table.exact
        } else {
            &mut table.folded
        };
        for word in class.words() {
            *map.entry(word).or_default() |= 1 << class.index;
        }
    }
    table
});

/// Whether `word`, exactly as written, is an entry of `class`: one hash
/// look-up where a binary search over the class compared strings about
/// ten times ([`WordClass::contains`]).
pub(super) fn holds(class: &WordClass, word: &str) -> bool {
    let table = &*TABLE;
    let map = if table.sensitive >> class.index & 1 == 1 {
        &table.exact
    } else {
        &table.folded
    };
    map.get(word)
        .is_some_and(|bits| bits >> class.index & 1 == 1)
}

/// FNV-1a: short keys hash faster than with the default hasher, and
/// nothing here comes from an adversary who could choose collisions
/// beyond the fixed entries.
type Fnv = BuildHasherDefault<FnvHasher>;

/// The state of an FNV-1a hash.
struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bits_agree_with_every_class() {
        let mut words: Vec<String> = Vec::new();
        for class in ALL {
            for word in class.words() {
                words.push(word.to_string());
                words.push(word.to_ascii_uppercase());
                words.push(format!("{word}x"));
            }
        }
        words.extend(["", "Said", "SAID", "Mr.", "mr.", "Anna", "ANNA"].map(String::from));
        for word in &words {
            let bits = WordBits::of(word);
            for class in ALL {
                let listed = class.words().binary_search(&word.as_str()).is_ok();
                let expected = if class.has_option("case-sensitive") {
                    listed
                } else {
                    class.contains_any_case(word)
                };
                assert_eq!(bits.has(class), expected, "{word:?} in {}", class.name);
                assert_eq!(class.contains(word), listed, "{word:?} in {}", class.name);
            }
        }
    }
}
