//! The open-addressing table that finds a feature's weights by its key
//! (the top half of the feature's hash): the keys in one array, probed
//! linearly, the values in another at the same slots. [`KeyMap`] is the
//! growing map for keys that are hashes already.

use super::hash::mix;

/// The key a feature hash is stored under (never 0, which marks an empty
/// slot).
pub fn key_of(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

/// Values (a feature's weights) by feature key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeatureTable<V> {
    /// Each slot's key (0: empty), a power of two of slots. Kept apart
    /// from the values so that probing, and above all missing, a feature
    /// reads 4 bytes a slot: the keys stay in cache when the values
    /// do not.
    keys: Vec<u32>,
    /// Each slot's value, beside its key's slot.
    values: Vec<V>,
    /// How many slots are taken.
    len: usize,
}

impl<V: Copy> FeatureTable<V> {
    /// A table of `entries` (keys distinct, none 0); `empty` fills the
    /// empty slots.
    pub fn new(entries: Vec<(u32, V)>, empty: V) -> FeatureTable<V> {
        let capacity = (entries.len() * 2).next_power_of_two().max(16);
        let mut keys = vec![0u32; capacity];
        let mut values = vec![empty; capacity];
        for (key, value) in &entries {
            let mut slot = *key as usize & (capacity - 1);
            while keys[slot] != 0 && keys[slot] != *key {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = *key;
            values[slot] = *value;
        }
        FeatureTable {
            keys,
            values,
            len: entries.len(),
        }
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The value of `key`, if the table holds it.
    pub fn get(&self, key: u32) -> Option<&V> {
        let mask = self.keys.len() - 1;
        let mut slot = key as usize & mask;
        loop {
            match self.keys[slot] {
                0 => return None,
                k if k == key => return Some(&self.values[slot]),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The keys held and their values, by increasing key.
    pub fn sorted(&self) -> Vec<(u32, &V)> {
        let mut held: Vec<(u32, &V)> = self
            .keys
            .iter()
            .zip(&self.values)
            .filter(|(k, _)| **k != 0)
            .map(|(k, v)| (*k, v))
            .collect();
        held.sort_unstable_by_key(|h| h.0);
        held
    }
}

/// Builds the hasher of [`KeyMap`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HashedKeys;

/// Hashes keys that are themselves hashes (feature, word and name keys)
/// with one mixing step per value instead of SipHash: what an attacker
/// could aim at is the hash that made the key, not the map.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyHasher(u64);

impl std::hash::BuildHasher for HashedKeys {
    type Hasher = KeyHasher;

    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(0)
    }
}

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = mix(self.0, u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = mix(self.0, value);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map by keys that are already hashes.
pub type KeyMap<K, V> = std::collections::HashMap<K, V, HashedKeys>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_with_their_values_and_others_are_not() {
        // 17 and 33 share a home slot in 16 or 32 slots.
        let entries = vec![(17, 'a'), (33, 'b'), (5, 'c'), (key_of(u64::MAX), 'd')];
        let table = FeatureTable::new(entries.clone(), ' ');
        for (k, v) in &entries {
            assert_eq!(table.get(*k), Some(v));
        }
        assert_eq!(table.get(49), None);
        assert_eq!(table.len(), 4);
        let keys: Vec<u32> = table.sorted().iter().map(|h| h.0).collect();
        assert_eq!(keys, [5, 17, 33, u32::MAX]);
        assert_eq!(key_of(0), 1);
    }

    #[test]
    fn small_keys_spread_over_the_bits_a_hash_map_reads() {
        use std::hash::{BuildHasher, Hasher};
        let hashes: Vec<u64> = (0..1000u32)
            .map(|k| {
                let mut h = HashedKeys.build_hasher();
                h.write_u32(k);
                h.finish()
            })
            .collect();
        // The top 7 bits (hashbrown's tag) and the low bits (the bucket).
        let tags: std::collections::BTreeSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        let buckets: std::collections::BTreeSet<u64> = hashes.iter().map(|h| h & 1023).collect();
        assert!(tags.len() > 100, "{}", tags.len());
        assert!(buckets.len() > 600, "{}", buckets.len());
        let mut map: KeyMap<u32, u32> = KeyMap::default();
        map.insert(77, 1);
        assert_eq!((map.get(&77), map.get(&78)), (Some(&1), None));
    }
}
