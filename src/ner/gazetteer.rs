//! Name lists learned from the training data: which word sequences were
//! annotated as people, organizations, places or other names.
//!
//! A match is only a hint: the tagger weighs it with the other features,
//! so "Jordan" in a list of places can still be a person.

use super::labels::{tag, Position, KINDS};
use crate::annotation::EntityKind;
use crate::learned::codec::{Reader, Writer};
use crate::learned::error::{error, ModelError};
use crate::learned::hash::{finish, mix};
use crate::learned::table::KeyMap;
use crate::learned::token_info::TokenInfo;

/// The longest name kept, in tokens.
pub const MAX_NAME_TOKENS: usize = 6;

/// Known names by the hash of their lower-case tokens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gazetteer {
    kinds: KeyMap<u32, u8>,
}

/// The key of a name: 24 bits of a hash of its tokens' lower-case forms
/// (about one word in 600 that is not listed shares a key with one that
/// is, a small price for keys that take two bytes in the model file).
fn key(lowers: impl Iterator<Item = u64>) -> u32 {
    key_of_hash(lowers.fold(0x6a7a, mix))
}

/// The key of a running hash of lower-case forms.
fn key_of_hash(state: u64) -> u32 {
    (finish(state) >> 40) as u32
}

impl Gazetteer {
    /// The number of names.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Whether the list holds no name.
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Adds the name made of `tokens` as a name of `kind`. Names that do
    /// not begin with a capital, or are too long, are left out.
    pub fn insert(&mut self, tokens: &[TokenInfo], kind: EntityKind) {
        self.insert_flags(tokens, 1u8 << super::labels::kind_index(kind));
    }

    /// Adds the name made of `tokens` under the flags of `mask` (the low
    /// four bits): a list that is not sorted by entity kind, such as the
    /// word lists of [`super::lists`], gives each of its lists one flag,
    /// which [`Gazetteer::matches`] reports as the kind of the same index.
    pub fn insert_flags(&mut self, tokens: &[TokenInfo], mask: u8) {
        let keep = !tokens.is_empty()
            && tokens.len() <= MAX_NAME_TOKENS
            && tokens[0].capitalized
            && mask & 0x0f != 0;
        if keep {
            *self
                .kinds
                .entry(key(tokens.iter().map(|t| t.lower)))
                .or_default() |= mask & 0x0f;
        }
    }

    /// The flags of the name made of `tokens` (ignoring case), 0 when not
    /// listed.
    pub fn flags_of(&self, tokens: &[TokenInfo]) -> u8 {
        self.kinds
            .get(&key(tokens.iter().map(|t| t.lower)))
            .copied()
            .unwrap_or(0)
    }

    /// The kinds the name made of `tokens` is listed under (ignoring case).
    pub fn kinds_of(&self, tokens: &[TokenInfo]) -> Vec<EntityKind> {
        let mask = self.flags_of(tokens);
        KINDS
            .iter()
            .enumerate()
            .filter(|(k, _)| mask & (1 << k) != 0)
            .map(|(_, &kind)| kind)
            .collect()
    }

    /// For each token, the codes (tags) of the longest listed names that
    /// cover it, one per kind at most. Names are matched left to right,
    /// ignoring case, and must begin with a capital.
    pub fn matches(&self, infos: &[TokenInfo]) -> Vec<Vec<u8>> {
        let n = infos.len();
        let mut out = vec![Vec::new(); n];
        if self.kinds.is_empty() {
            return out;
        }
        let mut covered_until = [0usize; 4];
        for i in 0..n {
            if !infos[i].capitalized {
                continue;
            }
            let mut longest = [0usize; 4];
            let mut state = 0x6a7a;
            for len in 1..=MAX_NAME_TOKENS.min(n - i) {
                state = mix(state, infos[i + len - 1].lower);
                if let Some(&mask) = self.kinds.get(&key_of_hash(state)) {
                    for (k, l) in longest.iter_mut().enumerate() {
                        if mask & (1 << k) != 0 {
                            *l = len;
                        }
                    }
                }
            }
            for (k, &len) in longest.iter().enumerate() {
                if len == 0 || i < covered_until[k] {
                    continue;
                }
                covered_until[k] = i + len;
                for (p, codes) in out[i..i + len].iter_mut().enumerate() {
                    let position = match (p, len) {
                        (_, 1) => Position::Unit,
                        (0, _) => Position::Begin,
                        (p, l) if p + 1 == l => Position::Last,
                        _ => Position::Inside,
                    };
                    codes.push(tag(KINDS[k], position));
                }
            }
        }
        out
    }

    /// Writes the list.
    pub fn write(&self, w: &mut Writer) {
        let mut entries: Vec<(u32, u8)> = self.kinds.iter().map(|(&k, &m)| (k, m)).collect();
        entries.sort_unstable();
        let keys: Vec<u32> = entries.iter().map(|e| e.0).collect();
        w.rice_keys(&keys);
        // Two kind masks (4 bits each) to a byte.
        for pair in entries.chunks(2) {
            let high = pair.get(1).map_or(0, |e| e.1);
            w.raw(&[pair[0].1 | (high << 4)]);
        }
    }

    /// Reads a list written by [`Gazetteer::write`].
    pub fn read(r: &mut Reader) -> Result<Gazetteer, ModelError> {
        let keys = r.rice_keys()?;
        let packed = r.raw(keys.len().div_ceil(2))?;
        let mut kinds = KeyMap::with_capacity_and_hasher(keys.len(), Default::default());
        for (i, key) in keys.into_iter().enumerate() {
            let mask = (packed[i / 2] >> (4 * (i % 2))) & 0x0f;
            if mask == 0 {
                return Err(error("a listed name has no kind"));
            }
            kinds.insert(key, mask);
        }
        Ok(Gazetteer { kinds })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infos(words: &[&str]) -> Vec<TokenInfo> {
        words.iter().map(|w| TokenInfo::new(w)).collect()
    }

    #[test]
    fn the_longest_listed_name_wins_and_case_is_ignored() {
        let mut g = Gazetteer::default();
        g.insert(&infos(&["Port", "Avery"]), EntityKind::Place);
        g.insert(
            &infos(&["Port", "Avery", "Authority"]),
            EntityKind::Organization,
        );
        g.insert(&infos(&["Avery"]), EntityKind::Person);
        let m = g.matches(&infos(&["the", "PORT", "AVERY", "AUTHORITY", "met"]));
        let org = |p| tag(EntityKind::Organization, p);
        let place = |p| tag(EntityKind::Place, p);
        assert_eq!(m[0], vec![]);
        assert_eq!(m[1], vec![org(Position::Begin), place(Position::Begin)]);
        // Each kind is matched apart: "AVERY" is also a listed person.
        let per = tag(EntityKind::Person, Position::Unit);
        assert_eq!(
            m[2],
            vec![org(Position::Inside), place(Position::Last), per]
        );
        assert_eq!(m[3], vec![org(Position::Last)]);
        assert_eq!(m[4], vec![]);
        // "Avery" alone is listed as a person, but only where it is capitalized.
        let m = g.matches(&infos(&["avery", "and", "Avery"]));
        assert_eq!(m[0], vec![]);
        assert_eq!(m[2], vec![tag(EntityKind::Person, Position::Unit)]);
    }

    #[test]
    fn a_list_reads_back_as_written() {
        let mut g = Gazetteer::default();
        g.insert(&infos(&["Lake", "Orrin"]), EntityKind::Place);
        g.insert(&infos(&["Orrin"]), EntityKind::Person);
        g.insert(&infos(&["Orrin"]), EntityKind::Place);
        g.insert(&infos(&["lowercase"]), EntityKind::Other);
        assert_eq!(g.len(), 2);
        let mut w = Writer::default();
        g.write(&mut w);
        let back = Gazetteer::read(&mut Reader::new(&w.bytes)).expect("reads");
        assert_eq!(back, g);
        let kinds = back.kinds_of(&infos(&["ORRIN"]));
        assert_eq!(kinds, vec![EntityKind::Person, EntityKind::Place]);
        assert_eq!(back.kinds_of(&infos(&["Lake"])), vec![]);
    }
}
