//! Scores the whole annotator's entities on a CoNLL-2003 file.
//!
//!     cargo run --release --bin eval-ner -- ../shared/data/conll2003/eng.testa
//!     cargo run --release --bin eval-ner -- ../shared/data/conllpp/conllpp-dev.txt
//!
//! Both layouts read the same way: the first column is the token, the last
//! its IOB1 tag (`token POS chunk tag` in CoNLL-2003, `token start end tag`
//! in CoNLL++), with `-DOCSTART-` lines between documents.
//!
//! Each document's running text is rebuilt from its tokens (joined by
//! spaces, no space before punctuation, one sentence a paragraph), read by
//! `sourcelight::annotate` like any pasted text, and every entity mention
//! is compared with the annotated names: strict (same span and kind) and
//! lenient (overlapping span, same kind), after trimming a leading "the"
//! and a trailing possessive from both. `--differences` lists every name
//! missed or found wrongly.

use sourcelight::annotation::EntityKind;
use sourcelight::ner::conll::{self, Sentence};
use sourcelight::ner::score::Scores;
use sourcelight::{annotate, FormatChoice, Options};
use std::ops::Range;
use std::process::ExitCode;
use std::time::Instant;

/// Tokens written without a space before them.
fn closes(token: &str) -> bool {
    matches!(
        token,
        "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "%" | "..." | "\u{201D}"
    ) || token.starts_with('\'') && token.len() > 1
        || token.eq_ignore_ascii_case("n't")
}

/// Tokens written without a space after them.
fn opens(token: &str) -> bool {
    matches!(token, "(" | "[" | "{" | "$" | "\u{201C}")
}

/// A document's text and the byte range of every token.
fn rebuild(document: &[Sentence]) -> (String, Vec<Vec<Range<usize>>>) {
    let mut text = String::new();
    let mut ranges = Vec::new();
    for sentence in document {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let mut glue_next = true;
        let mut quote_open = false;
        let mut sentence_ranges = Vec::new();
        for token in &sentence.tokens {
            let is_quote = token == "\"";
            let glue = glue_next || closes(token) || (is_quote && quote_open);
            if !glue {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(token);
            sentence_ranges.push(start..text.len());
            glue_next = opens(token) || (is_quote && !quote_open);
            if is_quote {
                quote_open = !quote_open;
            }
        }
        ranges.push(sentence_ranges);
    }
    (text, ranges)
}

/// `range` without a leading "the" and a trailing possessive.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (range.start, range.end);
    let slice = &text[start..end];
    if slice.len() > 4
        && slice
            .get(..4)
            .is_some_and(|s| s.eq_ignore_ascii_case("the "))
    {
        start += 4;
    }
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if text[start..end].len() > suffix.len() && text[start..end].ends_with(suffix) {
            end -= suffix.len();
            break;
        }
    }
    start..text[start..end].trim_end().len() + start
}

/// Prints the names one side has and the other lacks, with the kind.
fn print_differences(
    text: &str,
    gold: &[(Range<usize>, EntityKind)],
    found: &[(Range<usize>, EntityKind)],
) {
    for (range, kind) in gold.iter().filter(|g| !found.contains(g)) {
        println!("missed   {kind:?} {:?}", &text[range.clone()]);
    }
    for (range, kind) in found.iter().filter(|f| !gold.contains(f)) {
        let (from, to) = (
            range.start.saturating_sub(30),
            (range.end + 30).min(text.len()),
        );
        let (from, to) = (text.floor_char_boundary(from), text.ceil_char_boundary(to));
        let context = text[from..to].replace('\n', " ");
        println!(
            "spurious {kind:?} {:?} in {context:?}",
            &text[range.clone()]
        );
    }
}

fn run(path: &str, differences: bool) -> Result<Scores, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let documents = conll::parse(&source).map_err(|e| format!("{path}: {e}"))?;
    let options = Options {
        format: FormatChoice::Text,
    };
    let mut scores = Scores::default();
    let (mut tokens, mut seconds) = (0usize, 0.0f64);
    for document in &documents {
        let (text, ranges) = rebuild(document);
        let gold: Vec<(Range<usize>, EntityKind)> = document
            .iter()
            .zip(&ranges)
            .flat_map(|(s, r)| {
                s.names
                    .iter()
                    .map(|(t, k)| (r[t.start].start..r[t.end - 1].end, *k))
            })
            .map(|(range, kind)| (trim(&text, range), kind))
            .collect();
        let started = Instant::now();
        let analysis = annotate(&text, &options).map_err(|e| e.to_string())?;
        seconds += started.elapsed().as_secs_f64();
        tokens += analysis.document.tokens.len();
        let found: Vec<(Range<usize>, EntityKind)> = analysis
            .annotations
            .entities
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(|m| (trim(&text, m.span.start..m.span.end), e.kind))
            })
            .collect();
        if differences {
            print_differences(&text, &gold, &found);
        }
        scores.add(&gold, &found);
    }
    println!(
        "{path}: {} documents, whole annotate on rebuilt text\n",
        documents.len()
    );
    println!("{}", scores.table());
    println!(
        "{tokens} tokens annotated in {seconds:.2} s ({:.0} tokens/s)",
        tokens as f64 / seconds
    );
    Ok(scores)
}

/// The strict F1 figures `--check` compares with `figures.txt`.
fn figures(scores: &Scores) -> Vec<(String, f64)> {
    use EntityKind::*;
    let kinds = [
        (Person, "person"),
        (Organization, "organization"),
        (Place, "place"),
        (Other, "other"),
    ];
    let mut out: Vec<(String, f64)> = kinds
        .iter()
        .map(|&(k, name)| (format!("{name} F1"), scores.strict(k).f1))
        .collect();
    out.push(("micro PER/ORG/LOC F1".into(), scores.strict_micro().f1));
    out
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let differences = args.iter().any(|a| a == "--differences");
    let check = args.iter().any(|a| a == "--check");
    args.retain(|a| a != "--differences" && a != "--check");
    let [path] = args.as_slice() else {
        eprintln!("usage: eval-ner [--differences] [--check] CONLL_FILE");
        return ExitCode::FAILURE;
    };
    match run(path, differences) {
        Ok(scores) if check => sourcelight::figures::verdict("eval-ner", &figures(&scores)),
        Ok(_) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("eval-ner: {message}");
            ExitCode::FAILURE
        }
    }
}
