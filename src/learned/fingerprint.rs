//! The fingerprint of a model's features: a hash of the code of its
//! feature templates (comments and whitespace left out, tests cut off)
//! and of the word classes they read. A model file records the
//! fingerprint it was trained with; a test fails when the code drifts
//! from the shipped model, which then must be retrained.
//!
//! The code's part is hashed at compile time (`const { code(&[...]) }`),
//! so the program does not carry the source text it hashes.

use super::hash::{self, fnv_step};
use crate::lexicon::WordClass;

/// The hash of feature code, as [`code`] computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Code(u64);

/// The fingerprint of feature code (its [`code`] hash) and word `classes`.
pub fn of(code: Code, classes: &[&WordClass]) -> u64 {
    let parts: Vec<String> = classes
        .iter()
        .map(|class| format!("{}:{}", class.name, class.words().join(" ")))
        .collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    hash::words(code.0, &parts)
}

/// The hash of Rust `sources` without what `cargo fmt` may change and what
/// does not change behaviour: their tests, comment lines, `use` lines,
/// whitespace and commas. Call it in a `const { }` block, so that it runs
/// at compile time.
pub const fn code(sources: &[&str]) -> Code {
    let mut state = hash::template("fingerprint");
    let mut i = 0;
    while i < sources.len() {
        state = fnv_step(normalized(state, sources[i].as_bytes()), 0xff);
        i += 1;
    }
    Code(state)
}

/// Hashes into `state` the normalized text of one source (see [`code`]).
const fn normalized(mut state: u64, source: &[u8]) -> u64 {
    let end = tests_start(source);
    let mut at = 0;
    while at < end {
        // A line: its indentation, then skipped or hashed to its end.
        while at < end && whitespace_len(source, at) > 0 {
            at += whitespace_len(source, at);
        }
        let skipped = starts_with(source, at, b"//") || starts_with(source, at, b"use ");
        while at < end && source[at] != b'\n' {
            let ws = whitespace_len(source, at);
            if ws > 0 {
                at += ws;
            } else if skipped || source[at] == b',' {
                at += 1;
            } else {
                state = fnv_step(state, source[at]);
                at += 1;
            }
        }
        at += 1;
    }
    state
}

/// Where the source's tests begin (its first `#[cfg(test)]`), or its length.
const fn tests_start(source: &[u8]) -> usize {
    let mut at = 0;
    while at < source.len() {
        if starts_with(source, at, b"#[cfg(test)]") {
            return at;
        }
        at += 1;
    }
    source.len()
}

const fn starts_with(source: &[u8], at: usize, prefix: &[u8]) -> bool {
    if at + prefix.len() > source.len() {
        return false;
    }
    let mut i = 0;
    while i < prefix.len() {
        if source[at + i] != prefix[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The length in bytes of the white-space character (Unicode's
/// White_Space, as [`char::is_whitespace`]) at `at` in UTF-8 text, or 0.
const fn whitespace_len(s: &[u8], at: usize) -> usize {
    const fn byte(s: &[u8], at: usize) -> u8 {
        if at < s.len() {
            s[at]
        } else {
            0
        }
    }
    match (byte(s, at), byte(s, at + 1), byte(s, at + 2)) {
        (b'\t'..=b'\r' | b' ', _, _) => 1,
        (0xc2, 0x85 | 0xa0, _) => 2,
        (0xe1, 0x9a, 0x80) | (0xe3, 0x80, 0x80) => 3,
        (0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf) | (0xe2, 0x81, 0x9f) => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_layout_do_not_count_but_code_and_words_do() {
        let a = "/// doc\nfn f() { g(1) }\n";
        let b = "use x::y;\nfn f() {\n    g(1,)\n}\n// note\n";
        assert_eq!(of(code(&[a]), &[]), of(code(&[b]), &[]));
        assert_ne!(of(code(&[a]), &[]), of(code(&["fn f() { g(2) }"]), &[]));
        assert_ne!(
            of(code(&[a]), &[]),
            of(code(&[a]), &[&crate::lexicon::SUBJECT_PRONOUNS])
        );
        let tested = "fn f() {}\n#[cfg(test)]\nmod tests { fn t() {} }";
        assert_eq!(code(&[tested]), code(&["fn f() {}"]));
    }

    #[test]
    fn unicode_white_space_does_not_count_and_other_characters_do() {
        let plain = code(&["let s = \"a b\";"]);
        assert_eq!(code(&["let\u{a0}s =\u{3000}\"a\u{2009}b\";\r\n"]), plain);
        assert_eq!(code(&["\u{2003}// note\nlet s = \"a b\";"]), plain);
        assert_ne!(code(&["let s = \"a\u{201c}b\";"]), plain);
        // Sources are hashed apart: a split moves the separator.
        assert_ne!(code(&["fn f", "() {}"]), code(&["fn f()", " {}"]));
    }
}
