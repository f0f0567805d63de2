//! Generators of one risky construction each, at any size: the inputs of
//! the time-complexity check (`stress complexity`). Each one repeats a
//! small pattern with deterministic variety, so that twice the bytes means
//! twice the work for a linear annotator.

/// A generator: its name and how it builds about `bytes` bytes of text.
pub type Generator = (&'static str, fn(usize) -> String);

/// Every generator, one per risky construction.
pub const GENERATORS: &[Generator] = &[
    ("quote-marks", quote_marks),
    ("nested-markdown", nested_markdown),
    ("blockquotes", blockquotes),
    ("table-rows", table_rows),
    ("table-wide", table_wide),
    ("no-spaces", no_spaces),
    ("capitalized-run", capitalized_run),
    ("cue-run", cue_run),
    ("links", links),
];

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let n = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33;
        items[n as usize % items.len()]
    }
}

/// Text of about `bytes` bytes from pieces drawn by `next`.
fn fill(bytes: usize, mut next: impl FnMut(&mut Rng, &mut String)) -> String {
    let mut rng = Rng(0x5EED_0016);
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        next(&mut rng, &mut text);
    }
    text
}

const MARKS: &[&str] = &[
    "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}", "\u{201E}", "'",
];
const WORDS: &[&str] = &["Ana", "said", "the", "vote", "was", "fine", "Porto", "told"];

/// Quotation marks of every kind, mostly unbalanced, between words.
fn quote_marks(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(rng.pick(MARKS));
        text.push_str(rng.pick(WORDS));
        text.push_str(rng.pick(&[" ", " ", ", ", ". ", "\n\n"]));
    })
}

/// Lists inside blockquotes inside lists, with emphasis, one line each.
fn nested_markdown(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        let depth = 1 + text.len() % 37;
        for _ in 0..depth {
            text.push_str(rng.pick(&["> ", "- ", "1. ", "  ", "* "]));
        }
        text.push_str(rng.pick(&["*Ana* said", "**the** vote", "_was_ `fine`", "told"]));
        text.push('\n');
    })
}

/// Blockquote lines a hundred deep.
fn blockquotes(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(&"> ".repeat(100));
        text.push_str(rng.pick(&[
            "Ana said the vote was fine.",
            "\u{201C}Fine,\u{201D} she said.",
        ]));
        text.push('\n');
    })
}

/// One Markdown table, row after row.
fn table_rows(bytes: usize) -> String {
    let mut head = String::from("| Name | Town | Vote |\n|---|---|---|\n");
    head.push_str(&fill(bytes, |rng, text| {
        text.push_str("| ");
        text.push_str(rng.pick(WORDS));
        text.push_str(" | ");
        text.push_str(rng.pick(WORDS));
        text.push_str(" | yes |\n");
    }));
    head
}

/// Wide tables: 500 columns, rows that are as wide.
fn table_wide(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push('|');
        text.push_str(&" head |".repeat(500));
        text.push('\n');
        text.push('|');
        text.push_str(&"---|".repeat(500));
        text.push('\n');
        for _ in 0..4 {
            for _ in 0..500 {
                text.push_str("| ");
                text.push_str(rng.pick(WORDS));
            }
            text.push_str("|\n");
        }
        text.push('\n');
    })
}

/// One line without white space: words glued by punctuation and marks.
fn no_spaces(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(rng.pick(WORDS));
        text.push_str(rng.pick(&[".", ",", "-", "\u{201C}", "'", "/", "\u{2014}"]));
    })
}

/// Capitalized words without end, as in a list of names.
fn capitalized_run(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(rng.pick(&["Ana", "Ruiz", "Harbor", "Bank", "Porto", "Tomas", "Greve"]));
        text.push_str(rng.pick(&[" ", " ", " ", " of ", " and ", ", "]));
    })
}

/// One sentence of cues after another: a name, "said", a quotation,
/// "according to".
fn cue_run(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(rng.pick(&["Ana Ruiz", "The mayor", "Officials", "She"]));
        text.push_str(rng.pick(&[" said ", " told reporters ", " warned that ", " argued "]));
        text.push_str("\u{201C}the plan will work,\u{201D} according to ");
        text.push_str(rng.pick(&["the Ledger. ", "sources. ", "a report. "]));
    })
}

/// Markdown links and link-like brackets, closed and not.
fn links(bytes: usize) -> String {
    fill(bytes, |rng, text| {
        text.push_str(rng.pick(&["[Ana](", "[the vote]", "[", "](", "<http://", "![x]("]));
        text.push_str(rng.pick(&["https://example.org/a", "said", ")", " ", "\n"]));
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_generator_gives_about_the_bytes_asked_for() {
        for (name, generate) in GENERATORS {
            let text = generate(10_000);
            assert!(
                (10_000..80_000).contains(&text.len()),
                "{name}: {}",
                text.len()
            );
            assert_eq!(text, generate(10_000), "{name} is deterministic");
        }
    }
}
