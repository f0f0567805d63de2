//! Golomb-Rice coding of increasing keys: each difference `d` from the
//! key before is written as `d >> k` one-bits, a zero-bit and the `k` low
//! bits of `d`, with the `k` that makes the whole shortest. Keys spread
//! over a range cost about `log2(range / count) + 1.5` bits each, where a
//! varint spends whole bytes; hashed feature keys do not compress further
//! (gzip cannot shrink varint-coded random differences).
//!
//! ```text
//! count   varint
//! k       1 byte (0..=31)
//! bits    the differences, least significant bit first, padded to a byte
//! ```

use super::error::{error, ModelError};

/// The number of bits the differences `deltas` take with parameter `k`.
fn cost(deltas: &[u32], k: u32) -> u64 {
    deltas
        .iter()
        .map(|&d| u64::from(d >> k) + 1 + u64::from(k))
        .sum()
}

/// Appends bits to a byte buffer, least significant first.
struct BitWriter<'b> {
    out: &'b mut Vec<u8>,
    pending: u64,
    used: u32,
}

impl BitWriter<'_> {
    /// Writes the `n` (at most 32) low bits of `value`.
    fn bits(&mut self, value: u32, n: u32) {
        let masked = u64::from(value) & ((1u64 << n) - 1);
        self.pending |= masked << self.used;
        self.used += n;
        while self.used >= 8 {
            self.out.push(self.pending as u8);
            self.pending >>= 8;
            self.used -= 8;
        }
    }

    /// Writes `q` one-bits and a zero-bit.
    fn unary(&mut self, mut q: u32) {
        while q >= 16 {
            self.bits(0xffff, 16);
            q -= 16;
        }
        self.bits((1 << q) - 1, q + 1);
    }

    /// Writes what is left, padded with zero-bits to a whole byte.
    fn finish(self) {
        if self.used > 0 {
            self.out.push(self.pending as u8);
        }
    }
}

/// Writes increasing `keys` (their count is written before, by the caller)
/// at the end of `out`.
pub fn write(out: &mut Vec<u8>, keys: &[u32]) {
    let deltas: Vec<u32> = std::iter::once(keys.first().copied().unwrap_or(0))
        .chain(keys.windows(2).map(|w| w[1] - w[0]))
        .take(keys.len())
        .collect();
    let k = (0..32).min_by_key(|&k| cost(&deltas, k)).unwrap_or(0);
    out.push(k as u8);
    let mut bits = BitWriter {
        out,
        pending: 0,
        used: 0,
    };
    for &d in &deltas {
        bits.unary(d >> k);
        bits.bits(d, k);
    }
    bits.finish();
}

/// Reads bits from a byte slice, least significant first, up to 56 at a
/// time: a unary run is counted with one `trailing_ones` instead of a bit
/// at a time.
struct BitReader<'b> {
    bytes: &'b [u8],
    /// The next bit to read, counted from the start of `bytes`.
    at: usize,
}

/// How many bits [`BitReader::window`] holds at least.
const WINDOW: u32 = 56;

impl BitReader<'_> {
    /// The next bits, the next one lowest; zeros past the end.
    fn window(&self) -> u64 {
        let start = self.at / 8;
        let mut buffer = [0u8; 8];
        if let Some(rest) = self.bytes.get(start..) {
            let n = rest.len().min(8);
            buffer[..n].copy_from_slice(&rest[..n]);
        }
        u64::from_le_bytes(buffer) >> (self.at % 8)
    }

    /// Moves past `n` bits, which must be within the bytes.
    fn skip(&mut self, n: usize) -> Result<(), ModelError> {
        self.at += n;
        if self.at > self.bytes.len() * 8 {
            return Err(error("the file ends too early"));
        }
        Ok(())
    }

    /// Reads one-bits up to a zero-bit and returns how many; an error once
    /// there are more than `limit`.
    fn unary(&mut self, limit: u64) -> Result<u64, ModelError> {
        let mut q = 0u64;
        loop {
            let ones = self.window().trailing_ones().min(WINDOW);
            q += u64::from(ones);
            if q > limit {
                return Err(error("a key is too large"));
            }
            if ones < WINDOW {
                return self.skip(ones as usize + 1).map(|()| q);
            }
            self.skip(ones as usize)?;
        }
    }

    /// Reads `n` (at most 31) bits.
    fn bits(&mut self, n: u32) -> Result<u32, ModelError> {
        let value = (self.window() & ((1u64 << n) - 1)) as u32;
        self.skip(n as usize).map(|()| value)
    }
}

/// Reads `count` keys written by [`write`] from the start of `bytes`
/// (after the count); returns them and how many bytes they took.
pub fn read(bytes: &[u8], count: usize) -> Result<(Vec<u32>, usize), ModelError> {
    let (&k, bytes) = bytes
        .split_first()
        .ok_or_else(|| error("the file ends too early"))?;
    if k > 31 {
        return Err(error("a key coding parameter is out of range"));
    }
    let k = u32::from(k);
    let too_large = || error("a key is too large");
    let mut reader = BitReader { bytes, at: 0 };
    let mut keys = Vec::with_capacity(count.min(bytes.len() * 8));
    let mut prev = 0u32;
    for i in 0..count {
        let q = reader.unary(u64::from(u32::MAX) >> k)?;
        let delta = u32::try_from(q << k | u64::from(reader.bits(k)?)).map_err(|_| too_large())?;
        prev = if i == 0 {
            delta
        } else {
            prev.checked_add(delta).ok_or_else(too_large)?
        };
        keys.push(prev);
    }
    Ok((keys, 1 + reader.at.div_ceil(8)))
}

#[cfg(test)]
mod tests {
    use crate::learned::codec::{Reader, Writer};

    fn round_trip(keys: &[u32]) -> usize {
        let mut w = Writer::default();
        w.rice_keys(keys);
        w.raw(b"end");
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.rice_keys(), Ok(keys.to_vec()));
        assert_eq!(r.raw(3), Ok(&b"end"[..]));
        assert!(r.is_done());
        w.bytes.len() - 3
    }

    #[test]
    fn keys_read_back_as_written() {
        round_trip(&[]);
        round_trip(&[0]);
        round_trip(&[0, 1, 2, 3]);
        round_trip(&[5, 1 << 20, (1 << 20) + 1, u32::MAX]);
        round_trip(&[u32::MAX]);
        // Small differences make k small, so the last one is a unary run
        // of thousands of bits: many reading windows.
        let keys: Vec<u32> = (0..200).chain([100_000]).collect();
        round_trip(&keys);
    }

    #[test]
    fn spread_keys_take_fewer_bytes_than_varints() {
        // 4,000 keys spread over 2^32, as hashed features are.
        let mut keys: Vec<u32> = (1..=4_000u64)
            .map(|i| (i.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as u32)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        // The same keys as varint-coded differences, the encoding before.
        let mut varints = Writer::default();
        for (k, prev) in keys.iter().zip(std::iter::once(&0).chain(&keys)) {
            varints.varint(u64::from(k - prev));
        }
        let rice = round_trip(&keys);
        assert!(
            rice * 20 < varints.bytes.len() * 19,
            "{rice} vs {}",
            varints.bytes.len()
        );
    }

    #[test]
    fn a_damaged_key_list_is_an_error() {
        let mut w = Writer::default();
        w.rice_keys(&[10, 2_000, 70_000]);
        for cut in 0..w.bytes.len() {
            assert!(Reader::new(&w.bytes[..cut]).rice_keys().is_err(), "{cut}");
        }
        // A parameter beyond 31 bits.
        assert!(Reader::new(&[1, 32, 0]).rice_keys().is_err());
        // With k = 31, a quotient of 2 makes a difference past u32::MAX.
        assert!(Reader::new(&[1, 31, 0xff, 0xff, 0xff, 0xff, 0xff])
            .rice_keys()
            .is_err());
        // Two differences of 2^31 (quotient 1, low bits 0) add up past u32::MAX.
        assert!(Reader::new(&[2, 31, 1, 0, 0, 0, 2, 0, 0, 0, 0])
            .rice_keys()
            .is_err());
    }
}
