//! The byte encoding of the model file: little-endian integers, varints
//! and Rice-coded sorted keys ([`super::rice`]); a damaged file gives a
//! clear [`super::error::ModelError`].

use super::error::{error, ModelError};

/// Appends values to a byte buffer.
#[derive(Default)]
pub struct Writer {
    /// The bytes written so far.
    pub bytes: Vec<u8>,
}

impl Writer {
    /// Writes raw bytes.
    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// Writes an unsigned integer in 7-bit groups.
    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    /// Writes a signed integer, zigzag-coded.
    pub fn signed(&mut self, value: i64) {
        self.varint(((value << 1) ^ (value >> 63)) as u64);
    }

    /// Writes an `f32`.
    pub fn f32(&mut self, value: f32) {
        self.raw(&value.to_le_bytes());
    }

    /// Writes increasing keys as their count and Golomb-Rice coded
    /// differences ([`super::rice`]): for keys spread over a wide range
    /// (hashed features) about a fifth fewer bytes than varint-coded differences.
    pub fn rice_keys(&mut self, keys: &[u32]) {
        self.varint(keys.len() as u64);
        super::rice::write(&mut self.bytes, keys);
    }
}

/// Reads values back from bytes, in the order they were written.
pub struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    /// Reads from the start of `bytes`.
    pub fn new(bytes: &'b [u8]) -> Reader<'b> {
        Reader { bytes, at: 0 }
    }

    /// Reads the file's first bytes, which must be `magic`; otherwise the
    /// error says the file is not a `what` (or is another version of one).
    pub fn magic(&mut self, magic: &[u8], what: &str) -> Result<(), ModelError> {
        if self.raw(magic.len()).ok() == Some(magic) {
            Ok(())
        } else {
            Err(error(format!(
                "not a sourcelight {what} (or another version)"
            )))
        }
    }

    /// Whether every byte has been read.
    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    /// Reads `n` raw bytes.
    pub fn raw(&mut self, n: usize) -> Result<&'b [u8], ModelError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| error("the file ends too early"))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// Reads one byte.
    pub fn byte(&mut self) -> Result<u8, ModelError> {
        Ok(self.raw(1)?[0])
    }

    /// Reads an unsigned varint.
    pub fn varint(&mut self) -> Result<u64, ModelError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(error("a number is too long"))
    }

    /// Reads a varint that must fit `limit`.
    pub fn count(&mut self, limit: usize) -> Result<usize, ModelError> {
        let n = self.varint()?;
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= limit)
            .ok_or_else(|| error(format!("a count of {n} is out of range")))
    }

    /// Reads a zigzag-coded signed varint.
    pub fn signed(&mut self) -> Result<i64, ModelError> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// Reads an `f32`.
    pub fn f32(&mut self) -> Result<f32, ModelError> {
        let b = self.raw(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Reads keys written by [`Writer::rice_keys`].
    pub fn rice_keys(&mut self) -> Result<Vec<u32>, ModelError> {
        let n = self.count(self.bytes.len().saturating_mul(8))?;
        let (keys, used) = super::rice::read(&self.bytes[self.at..], n)?;
        self.at += used;
        Ok(keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let mut w = Writer::default();
        w.varint(300);
        w.signed(-5);
        w.f32(0.25);
        w.rice_keys(&[3, 70, 70_000]);
        let mut r = Reader::new(&w.bytes);
        assert_eq!(r.varint(), Ok(300));
        assert_eq!(r.signed(), Ok(-5));
        assert_eq!(r.f32(), Ok(0.25));
        assert_eq!(r.rice_keys(), Ok(vec![3, 70, 70_000]));
        assert!(r.is_done());
    }

    #[test]
    fn a_file_must_open_with_its_magic_bytes() {
        assert!(Reader::new(b"ABCD rest")
            .magic(b"ABCD", "test file")
            .is_ok());
        let err = Reader::new(b"ABXD").magic(b"ABCD", "test file");
        assert!(err.is_err_and(|e| e.message.contains("not a sourcelight test file")));
        assert!(Reader::new(b"AB").magic(b"ABCD", "test file").is_err());
    }

    #[test]
    fn a_truncated_buffer_is_an_error() {
        let mut r = Reader::new(&[0x80]);
        assert!(r.varint().is_err());
        assert!(Reader::new(&[1, 2]).f32().is_err());
    }
}
