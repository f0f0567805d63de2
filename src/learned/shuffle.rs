//! The fixed-seed shuffle that makes training deterministic.

/// A Fisher–Yates shuffle driven by a xorshift generator whose state is
/// `state` (not 0), carried from one call to the next.
pub fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        let j = (*state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_permutation() {
        let (mut a, mut b): (Vec<usize>, Vec<usize>) = ((0..50).collect(), (0..50).collect());
        let (mut sa, mut sb) = (9, 9);
        shuffle(&mut a, &mut sa);
        shuffle(&mut b, &mut sb);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
        a.sort_unstable();
        assert_eq!(a, (0..50).collect::<Vec<_>>());
    }
}
