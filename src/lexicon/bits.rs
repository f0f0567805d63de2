//! A word's classes as one bit set ([`WordBits`]), looked up once: the
//! document computes them for every token when it is read, and a
//! detector asks a token's bits instead of searching each class again.

use super::{
    WordClass, ALL, BE_CLITICS, BE_FORMS, CONTRACTED_AUXILIARIES, DO_FORMS, HAVE_FORMS, MODALS,
    NEGATIONS, VERB_FILLERS,
};
use crate::learned::hash::finish;
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
        let bits = TABLE
            .find(word)
            .map_or(0, |e| e.folded | e.exact_bits(word));
        WordBits(bits)
    }

    /// Whether the word is in `class`.
    pub fn has(self, class: &WordClass) -> bool {
        has_bit(self.0, class.index)
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

/// Whether bit `index` of `bits` is set. The half that holds it is taken
/// first: in wasm a shift of a `u128` by a variable amount is a call to a
/// runtime helper, a shift of a `u64` one instruction.
fn has_bit(bits: u128, index: u32) -> bool {
    let half = if index < 64 { bits } else { bits >> 64 } as u64;
    half >> (index % 64) & 1 == 1
}

/// Every entry of every class in one open-addressing hash table, keyed by
/// the entry with its ASCII letters folded to lower case ([`Key`]): a word
/// is folded eight bytes at a time, hashed once and found without a
/// lower-case copy.
struct Table {
    entries: Vec<Entry>,
    /// A power of two long and at most half full; probed linearly from a
    /// key's hash.
    slots: Vec<Slot>,
    /// The longest entry, in bytes: a longer word is no entry.
    longest: usize,
    /// The bits of the case-sensitive classes.
    sensitive: u128,
}

/// The entries that fold to one key.
struct Entry {
    /// The folded key ([`Key::of`] one of the entries).
    key: Key,
    /// One of the entries, any case: the key up to case.
    word: &'static str,
    /// The bits of the classes compared ignoring case that hold the key
    /// (their entries are lower case).
    folded: u128,
    /// The case-sensitive entries that fold to the key, each with the
    /// bits of the classes that hold it as written ("US", "Us").
    exact: Vec<(&'static str, u128)>,
}

/// A place in [`Table::slots`]: an index into `entries` (`EMPTY` for a
/// free slot) and the high half of its key's hash, which tells most
/// other words apart without reading the entry (a cache miss of its own).
#[derive(Clone, Copy)]
struct Slot {
    tag: u32,
    entry: u32,
}

/// The entry of a free slot.
const EMPTY: u32 = u32::MAX;

/// What a word is hashed and first compared by: its first 16 bytes with
/// ASCII letters in lower case, packed into two integers (zero-padded),
/// and its length. Two words of at most 16 bytes with the same key are
/// the same word up to ASCII case.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    head: [u64; 2],
    len: usize,
}

/// How many bytes of a word a [`Key`] holds.
const HEAD: usize = 16;

impl Key {
    fn of(word: &str) -> Key {
        let bytes = word.as_bytes();
        let head = &bytes[..bytes.len().min(HEAD)];
        let (low, high) = head.split_at(head.len().min(8));
        Key {
            head: [little_endian(low), little_endian(high)].map(fold_ascii),
            len: bytes.len(),
        }
    }

    /// The key's hash, its bits spread so that its low bits index a table.
    fn hash(self) -> u64 {
        let [a, b] = self.head;
        finish(a ^ b.rotate_left(29) ^ (self.len as u64).rotate_right(7))
    }

    /// Whether `word` (of this key) and `entry` are the same word up to
    /// ASCII case.
    fn matches(self, entry: &Entry, word: &str) -> bool {
        entry.key == self
            && (self.len <= HEAD
                || entry.word.as_bytes()[HEAD..].eq_ignore_ascii_case(&word.as_bytes()[HEAD..]))
    }
}

/// Up to eight bytes as a little-endian integer, zero-padded: built in a
/// register, where a copy into a buffer was a call to `memcpy` and a
/// stalled load.
fn little_endian(bytes: &[u8]) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(eight) => u64::from_le_bytes(eight),
        Err(_) => (bytes.iter().rev()).fold(0, |word, &b| word << 8 | u64::from(b)),
    }
}

/// Eight bytes with the ASCII capitals among them in lower case, all at
/// once: a byte's top bit marks it as 'A' to 'Z' and then sets its 0x20.
fn fold_ascii(bytes: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let low = bytes & !TOPS;
    let from_a = low + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = from_a & !past_z & !bytes & TOPS;
    bytes | capital >> 2
}

impl Table {
    /// An empty table for `count` entries.
    fn new(count: usize) -> Table {
        Table {
            entries: Vec::with_capacity(count),
            slots: vec![
                Slot {
                    tag: 0,
                    entry: EMPTY
                };
                (2 * count).next_power_of_two()
            ],
            longest: 0,
            sensitive: 0,
        }
    }

    /// The entry `word` folds to, if any.
    fn find(&self, word: &str) -> Option<&Entry> {
        if word.len() > self.longest {
            return None;
        }
        self.probe(word).ok().map(|e| &self.entries[e])
    }

    /// Where `word` is: `Ok` with the index of its entry, or `Err` with
    /// the free slot where its entry would go and the tag it would have.
    fn probe(&self, word: &str) -> Result<usize, (usize, u32)> {
        let key = Key::of(word);
        let hash = key.hash();
        let tag = (hash >> 32) as u32;
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            let e = slot.entry as usize;
            match self.entries.get(e) {
                None => return Err((i, tag)),
                Some(entry) if slot.tag == tag && key.matches(entry, word) => return Ok(e),
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    /// Adds `word` to the class with bit `bit`.
    fn insert(&mut self, word: &'static str, bit: u128, sensitive: bool) {
        let e = match self.probe(word) {
            Ok(e) => e,
            Err((slot, tag)) => {
                let entry = self.entries.len() as u32;
                self.slots[slot] = Slot { tag, entry };
                self.entries.push(Entry {
                    key: Key::of(word),
                    word,
                    folded: 0,
                    exact: Vec::new(),
                });
                self.longest = self.longest.max(word.len());
                self.entries.len() - 1
            }
        };
        self.entries[e].add(word, bit, sensitive);
    }
}

impl Entry {
    fn add(&mut self, word: &'static str, bit: u128, sensitive: bool) {
        if !sensitive {
            self.folded |= bit;
        } else if let Some(exact) = self.exact.iter_mut().find(|(w, _)| *w == word) {
            exact.1 |= bit;
        } else {
            self.exact.push((word, bit));
        }
    }

    /// The bits of the case-sensitive classes that hold `word` as written.
    fn exact_bits(&self, word: &str) -> u128 {
        (self.exact.iter())
            .filter(|(w, _)| *w == word)
            .fold(0, |bits, (_, b)| bits | b)
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    assert!(
        ALL.len() <= CAPACITY,
        "more word classes than WordBits holds"
    );
    let count: usize = ALL.iter().map(|c| c.words().len()).sum();
    let mut table = Table::new(count);
    for class in ALL {
        let sensitive = class.has_option("case-sensitive");
        if sensitive {
            table.sensitive |= 1 << class.index;
        }
        for &word in class.words() {
            table.insert(word, 1 << class.index, sensitive);
        }
    }
    table
});

/// Whether `word`, exactly as written, is an entry of `class`: one hash
/// look-up where a binary search over the class compared strings about
/// ten times ([`WordClass::contains`]).
pub(super) fn holds(class: &WordClass, word: &str) -> bool {
    let table = &*TABLE;
    let has = |bits| has_bit(bits, class.index);
    table.find(word).is_some_and(|entry| {
        if has(table.sensitive) {
            has(entry.exact_bits(word))
        } else {
            // The entries of a class compared ignoring case are lower
            // case, so the word is one as written if it has no capital.
            has(entry.folded) && !word.bytes().any(|b| b.is_ascii_uppercase())
        }
    })
}

/// Whether `word` with its ASCII capitals in lower case is an entry of
/// `class`, without a lower-case copy.
pub(super) fn holds_ascii_lower_case(class: &WordClass, word: &str) -> bool {
    let table = &*TABLE;
    let has = |bits| has_bit(bits, class.index);
    table.find(word).is_some_and(|entry| {
        if has(table.sensitive) {
            let lower = || word.bytes().map(|b| b.to_ascii_lowercase());
            (entry.exact.iter()).any(|&(w, b)| has(b) && w.bytes().eq(lower()))
        } else {
            has(entry.folded)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_that_differ_only_in_case_share_a_key_and_keep_their_bits() {
        let mut table = Table::new(4);
        table.insert("us", 1, false);
        table.insert("US", 2, true);
        table.insert("Us", 4, true);
        table.insert("usa", 8, false);
        let bits = |w| table.find(w).map(|e| (e.folded, e.exact_bits(w)));
        assert_eq!(bits("us"), Some((1, 0)));
        assert_eq!(bits("US"), Some((1, 2)));
        assert_eq!(bits("uS"), Some((1, 0)));
        assert_eq!(bits("Us"), Some((1, 4)));
        assert_eq!(bits("USA"), Some((8, 0)));
        assert_eq!(bits("usage"), None, "longer than any entry");
        assert_eq!(bits("u"), None);
    }

    #[test]
    fn long_words_and_odd_bytes_fold_like_ascii_lower_case() {
        let mut table = Table::new(3);
        table.insert("according to the statement", 1, false);
        table.insert("caf\u{e9}", 2, false);
        table.insert("[@`{", 4, false);
        let bits = |w| table.find(w).map(|e| e.folded);
        assert_eq!(bits("According To The Statement"), Some(1));
        assert_eq!(bits("according to the statemenT"), Some(1));
        assert_eq!(bits("according to the statements"), None);
        assert_eq!(bits("according to the statemens"), None);
        assert_eq!(bits("CAF\u{e9}"), Some(2));
        assert_eq!(bits("caf\u{c9}"), None, "ASCII letters only");
        assert_eq!(bits("[@`{"), Some(4));
        assert_eq!(bits("{`@["), None);
        assert_eq!(bits("according to the\u{e9}tatement"), None);
        assert_eq!(bits("according to th\u{e9}statement"), None);
        for b in 0..=255u8 {
            let word = [b; 8];
            let folded = u64::from_le_bytes(word.map(|b| b.to_ascii_lowercase()));
            assert_eq!(fold_ascii(u64::from_le_bytes(word)), folded, "{b}");
        }
    }

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
        words.extend(
            [
                "",
                "Said",
                "SAID",
                "Mr.",
                "mr.",
                "Anna",
                "ANNA",
                "\u{c9}T\u{c9}",
            ]
            .map(String::from),
        );
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
                let lower = class.contains(word.to_lowercase().as_str());
                assert_eq!(class.contains_lower_case_of(word), lower, "{word:?}");
            }
        }
    }
}
