//! Byte offsets to UTF-16 offsets, through one table per document.

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Built once per document in one pass; each lookup is a binary search over
/// the text's non-ASCII characters (none at all for ASCII text).
#[derive(Debug)]
pub struct Utf16Table {
    /// For each non-ASCII char: its byte offset, its byte length and the
    /// UTF-16 offset just after it.
    wide: Vec<(usize, u8, usize)>,
    len: usize,
}

impl Utf16Table {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> Utf16Table {
        let mut wide = Vec::new();
        let mut utf16 = 0;
        for (at, c) in text.char_indices() {
            utf16 += c.len_utf16();
            if !c.is_ascii() {
                wide.push((at, c.len_utf8() as u8, utf16));
            }
        }
        Utf16Table {
            wide,
            len: text.len(),
        }
    }

    /// The UTF-16 offset of byte offset `byte`, which must lie on a char
    /// boundary of the text (or at its end).
    pub fn convert(&self, byte: usize) -> usize {
        debug_assert!(byte <= self.len);
        // The last wide char that ends at or before `byte`.
        let index = self
            .wide
            .partition_point(|&(at, len, _)| at + len as usize <= byte);
        match index.checked_sub(1).map(|i| self.wide[i]) {
            None => byte,
            Some((at, len, utf16_after)) => utf16_after + (byte - at - len as usize),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_of(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn matches_encoding_at_every_boundary() {
        let text = "Zoë said 🎉 \u{201C}naïve\u{201D} 北京 ok";
        let table = Utf16Table::new(text);
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(table.convert(at), utf16_of(text, at), "at byte {at}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let table = Utf16Table::new("plain text");
        assert_eq!(table.convert(5), 5);
        assert_eq!(table.convert(10), 10);
    }
}
