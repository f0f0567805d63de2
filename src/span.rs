//! Half-open byte ranges into the pasted text.

use std::ops::Range;

/// A half-open byte range `[start, end)` into the original text.
///
/// Every span inside the core is in bytes and lies on `char` boundaries;
/// conversion to UTF-16 happens once, in [`crate::output`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `start` must not exceed `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The span as a `Range`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_and_overlap() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.overlaps(b));
        assert!(
            !a.overlaps(Span::new(5, 7)),
            "half-open spans that touch do not overlap"
        );
        assert!(Span::new(0, 10).contains(a));
        assert!(!a.contains(b));
    }

    #[test]
    fn slices_text() {
        assert_eq!(Span::new(4, 9).slice("the quick fox"), "quick");
    }
}
