//! The open-addressing table that finds a feature's weights by its key
//! (the top half of the feature's hash).

/// The key a feature hash is stored under (never 0, which marks an empty
/// slot).
pub fn key_of(hash: u64) -> u32 {
    ((hash >> 32) as u32).max(1)
}

/// Feature keys in slots, for a table of weights kept alongside it, slot
/// for slot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyTable {
    /// The key in each slot (0: empty), a power of two of slots.
    keys: Vec<u32>,
}

impl KeyTable {
    /// A table holding `keys` (distinct, none 0), with the slot of each.
    pub fn new(keys: &[u32]) -> (KeyTable, Vec<usize>) {
        let capacity = (keys.len() * 2).next_power_of_two().max(16);
        let mut table = vec![0u32; capacity];
        let slots = keys
            .iter()
            .map(|&key| {
                let mut slot = key as usize & (capacity - 1);
                while table[slot] != 0 && table[slot] != key {
                    slot = (slot + 1) & (capacity - 1);
                }
                table[slot] = key;
                slot
            })
            .collect();
        (KeyTable { keys: table }, slots)
    }

    /// How many slots the table has.
    pub fn capacity(&self) -> usize {
        self.keys.len()
    }

    /// The slot of `key`, if the table holds it.
    pub fn find(&self, key: u32) -> Option<usize> {
        let mask = self.keys.len() - 1;
        let mut slot = key as usize & mask;
        loop {
            match self.keys[slot] {
                0 => return None,
                k if k == key => return Some(slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// The keys held and their slots, by increasing key.
    pub fn sorted(&self) -> Vec<(u32, usize)> {
        let mut held: Vec<(u32, usize)> = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, &k)| k != 0)
            .map(|(slot, &k)| (k, slot))
            .collect();
        held.sort_unstable();
        held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_in_their_slots_and_others_are_not() {
        // 17 and 33 share a home slot in 16 or 32 slots.
        let keys = [17, 33, 5, key_of(u64::MAX)];
        let (table, slots) = KeyTable::new(&keys);
        for (&k, &s) in keys.iter().zip(&slots) {
            assert_eq!(table.find(k), Some(s));
        }
        assert_eq!(table.find(49), None);
        assert_eq!(table.sorted().len(), 4);
        assert_eq!(key_of(0), 1);
    }
}
