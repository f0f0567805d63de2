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

/// FNV-1a's starting state.
const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of FNV-1a (of [`template`] and [`words`]).
pub const fn fnv_step(hash: u64, byte: u8) -> u64 {
    (hash ^ byte as u64).wrapping_mul(0x0100_0000_01b3)
}

/// The hash state after a feature template's name and its terminator:
/// the seed [`words`] continues from (computed once per template).
pub const fn template(name: &str) -> u64 {
    let bytes = name.as_bytes();
    let mut hash = FNV_BASIS;
    let mut i = 0;
    while i < bytes.len() {
        hash = fnv_step(hash, bytes[i]);
        i += 1;
    }
    fnv_step(hash, 0xff)
}

/// The hash of a feature whose values are words: FNV-1a over the
/// template's name (`seed`, from [`template`]) and its values, each
/// followed by a terminator byte. The cue and hedge models name their
/// features with it.
pub fn words(seed: u64, values: &[&str]) -> u64 {
    let mut hash = seed;
    for value in values {
        for &byte in value.as_bytes() {
            hash = fnv_step(hash, byte);
        }
        hash = fnv_step(hash, 0xff);
    }
    hash
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

    #[test]
    fn word_features_differ_by_template_and_by_where_values_split() {
        let t = template("t");
        assert_eq!(words(t, &["a", "b"]), words(t, &["a", "b"]));
        assert_ne!(words(t, &["a", "b"]), words(t, &["ab"]));
        assert_ne!(words(t, &["a"]), words(template("u"), &["a"]));
        // The template's name, a terminator, then each value and a terminator.
        let by_hand = fnv_step(fnv_step(fnv_step(FNV_BASIS, b'w'), 0xff), b'x');
        assert_eq!(template("w"), fnv_step(fnv_step(FNV_BASIS, b'w'), 0xff));
        assert_eq!(words(template("w"), &["x"]), fnv_step(by_hand, 0xff));
    }
}
