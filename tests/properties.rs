//! Property tests: for arbitrary input `annotate` never panics, and every
//! span it returns is in bounds, on char boundaries, with start <= end
//! (`sourcelight::stress::invariants`); the hostile inputs of
//! `tests/hostile/cases.txt` keep the same rules.
//!
//! Inputs are generated from a fixed-seed generator that mixes fragments
//! known to be troublesome (lone quote marks, Markdown syntax, raw HTML,
//! emoji, RTL and CJK text, NUL bytes, combining marks) with random chars.

use sourcelight::stress::{cases, invariants};
use sourcelight::{annotate, Analysis, FormatChoice, Options};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2018}",
    "\u{2019}",
    "\u{00AB}",
    "\u{00BB}",
    "\u{201E}",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "  ",
    ".",
    ",",
    ":",
    "—",
    "**",
    "*",
    "_",
    "`",
    "```",
    "# ",
    "> ",
    "- ",
    "1. ",
    "[",
    "](",
    ")",
    "<script>",
    "</p>",
    "<img src=x onerror=alert(1)>",
    "&amp;",
    "\\",
    "\0",
    "🎉",
    "👩‍👩‍👧",
    "é",
    "e\u{0301}",
    "שלום",
    "مرحبا",
    "北京",
    "。",
    "\u{200F}",
    "said",
    "says",
    "told",
    "according to",
    "Sources cited by",
    "reportedly",
    "may",
    "May",
    "could",
    "Mr.",
    "U.S.",
    "Ana Ruiz",
    "Harbor Bank",
    "she",
    "that",
    "\t",
    "|",
    "---",
    "===",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut text = String::new();
    for _ in 0..pieces {
        if rng.below(4) == 0 {
            let c = char::from_u32(rng.below(0x3_0000) as u32).unwrap_or('x');
            text.push(c);
        } else {
            text.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
        }
    }
    text
}

fn check_analysis(text: &str, analysis: &Analysis) {
    if let Err(broken) = invariants::check(text, analysis) {
        panic!("{broken} in {text:?}");
    }
}

#[test]
fn arbitrary_text_never_panics_and_spans_stay_in_bounds() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for case in 0..3_000 {
        let text = random_text(&mut rng, 1 + case % 60);
        for format in [
            FormatChoice::Auto,
            FormatChoice::Text,
            FormatChoice::Markdown,
        ] {
            if let Ok(analysis) = annotate(&text, &Options { format }) {
                check_analysis(&text, &analysis);
            }
        }
    }
}

#[test]
fn megabytes_of_text_are_annotated() {
    let paragraph = "Ana Ruiz, a spokeswoman for Harbor Bank, said the \u{201C}review could take months,\u{201D} according to sources cited by the Coastal Ledger. 🎉 Prices may rise.\n\n";
    let text = paragraph.repeat(3_000_000 / paragraph.len());
    let analysis = annotate(&text, &Options::default()).expect("large text annotates");
    assert!(analysis.annotations.quotes.len() >= 10_000);
    check_analysis(&text, &analysis);
}

#[test]
fn one_huge_paragraph_with_lone_marks_is_annotated() {
    let text = "\"word ".repeat(200_000);
    let analysis = annotate(&text, &Options::default()).expect("annotates");
    check_analysis(&text, &analysis);
}

#[test]
fn binary_junk_and_nul_bytes_are_annotated_without_panic() {
    let mut rng = Rng(42);
    let junk: String = (0..50_000)
        .map(|_| char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('\0'))
        .collect();
    let analysis = annotate(&junk, &Options::default()).expect("annotates");
    check_analysis(&junk, &analysis);
    let nul = "Ana said \0 that\0 \"it\0\" works.\0";
    check_analysis(nul, &annotate(nul, &Options::default()).unwrap());
}

#[test]
fn empty_and_oversized_text_are_refused_with_a_reason() {
    assert_eq!(
        annotate("  \n\t ", &Options::default()).unwrap_err(),
        sourcelight::AnnotateError::Empty
    );
    let big = "a".repeat(sourcelight::MAX_INPUT_BYTES + 1);
    assert!(matches!(
        annotate(&big, &Options::default()),
        Err(sourcelight::AnnotateError::TooLarge { .. })
    ));
}

/// The hostile cases at up to 250 KB each (their full sizes are timed by
/// `stress cases` in a release build).
#[test]
fn hostile_cases_annotate_within_the_invariants() {
    for case in cases::shipped() {
        let text = case.scaled(250_000);
        for format in [
            FormatChoice::Auto,
            FormatChoice::Text,
            FormatChoice::Markdown,
        ] {
            let analysis = annotate(&text, &Options { format })
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            if let Err(broken) = invariants::check(&text, &analysis) {
                panic!("{}: {broken}", case.name);
            }
        }
    }
}
