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

/// The finished hash of a feature template applied to two values.
pub fn feature(template: u64, a: u64, b: u64) -> u64 {
    finish(mix(mix(mix(0, template), a), b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_differ_by_template_and_value_order() {
        assert_eq!(feature(1, 2, 3), feature(1, 2, 3));
        assert_ne!(mix(0, 1), mix(0, 2));
        assert_ne!(feature(1, 2, 3), feature(1, 3, 2));
        assert_ne!(feature(1, 2, 3), feature(2, 2, 3));
    }
}
