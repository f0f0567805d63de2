//! The small, fast hash that names features, words and gazetteer entries.
//!
//! Features are never stored as strings: a feature is the hash of its
//! template and the hashes of the words it looks at. The same functions run
//! in training and in tagging, so both see the same feature names.

/// The multiplier of the mixing step (from FxHash).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Folds `value` into the running hash `state`.
pub fn mix(state: u64, value: u64) -> u64 {
    (state.rotate_left(5) ^ value).wrapping_mul(SEED)
}

/// Spreads the bits of a finished hash (the SplitMix64 finalizer), so that
/// any slice of its bits can index a table.
pub fn finish(mut h: u64) -> u64 {
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// The hash of a string, character by character.
pub fn of_str(s: &str) -> u64 {
    s.chars().fold(mix(0, 0x5354), |h, c| mix(h, u64::from(c)))
}

/// The finished hash of a feature template applied to two values.
pub fn feature(template: u64, a: u64, b: u64) -> u64 {
    finish(mix(mix(mix(0, template), a), b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_hash_equal_and_different_ones_differ() {
        assert_eq!(of_str("Harbour"), of_str("Harbour"));
        assert_ne!(of_str("Harbour"), of_str("harbour"));
        assert_ne!(feature(1, 2, 3), feature(1, 3, 2));
        assert_ne!(feature(1, 2, 3), feature(2, 2, 3));
    }
}
