//! Scores the attribution detector against a PolNeAR folder:
//!
//! ```text
//! cargo run --release --bin eval-attributions -- /path/to/polnear/dev [--errors N] [--dump FILE] [--check]
//! ```
//!
//! Prints cue, source and content precision, recall and F1 (lenient: any
//! overlap; strict: equal after trimming punctuation), whole-attribution F1,
//! speaker recall on direct quotations, error counts by type, the most often
//! missed and spurious cues, and the annotator's speed. `--dump FILE` writes
//! the failing cases with their paragraphs for error analysis. `--check`
//! compares the F1 figures with `figures.txt` and fails when one moved.

mod brat;
mod dump;
mod scoring;

use scoring::{Predicted, Scores};
use sourcelight::{annotate, FormatChoice, Options};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: eval-attributions POLNEAR_SPLIT_DIR [--errors N] [--held-out] [--dump FILE] [--check]
  --held-out scores only every fifth article, the ones `train-cues --validate`
  leaves out of training; --dump writes the failing cases to FILE; --check
  compares the figures with figures.txt.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = None;
    let mut shown = 15;
    let mut held_out = false;
    let mut dump_path = None;
    let mut check = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--errors" => match iter.next().and_then(|n| n.parse().ok()) {
                Some(n) => shown = n,
                None => return usage("--errors needs a number"),
            },
            "--held-out" => held_out = true,
            "--check" => check = true,
            "--dump" => match iter.next() {
                Some(path) => dump_path = Some(PathBuf::from(path)),
                None => return usage("--dump needs a file"),
            },
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => return usage(&format!("unexpected argument {arg:?}")),
        }
    }
    let Some(dir) = dir else {
        return usage("missing the PolNeAR folder");
    };
    let articles = match brat::read_folder(&dir) {
        Ok(articles) if held_out => articles.into_iter().step_by(5).collect(),
        Ok(articles) => articles,
        Err(message) => {
            eprintln!("eval-attributions: {message}");
            return ExitCode::FAILURE;
        }
    };
    let options = Options {
        format: FormatChoice::Text,
    };
    let mut dump = match dump_path.map(File::create).transpose() {
        Ok(file) => file.map(BufWriter::new),
        Err(error) => {
            eprintln!("eval-attributions: cannot create the dump file: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut scores = Scores::default();
    let mut tokens = 0;
    let mut elapsed = 0.0;
    for article in &articles {
        let started = Instant::now();
        let analysis = match annotate(&article.text, &options) {
            Ok(analysis) => analysis,
            Err(error) => {
                eprintln!("eval-attributions: {}: {error}", article.name);
                continue;
            }
        };
        elapsed += started.elapsed().as_secs_f64();
        tokens += analysis.document.tokens.len();
        let found = &analysis.annotations;
        let mut predicted: Vec<Predicted> = found
            .attributions
            .iter()
            .map(|a| Predicted {
                cue: a.cue,
                source: a.source.map(|s| s.span),
                content: a.content,
                more_content: Vec::new(),
            })
            .collect();
        for quote in &found.quotes {
            if let Some(p) = quote.attribution.and_then(|a| predicted.get_mut(a)) {
                if p.content != Some(quote.inner) {
                    p.more_content.push(quote.inner);
                }
            }
        }
        scores.add_article(&article.text, &article.attributions, &predicted);
        if let Some(out) = dump.as_mut() {
            let written = dump::write_article(
                out,
                &article.name,
                &article.text,
                &article.attributions,
                &predicted,
            );
            if let Err(error) = written.and_then(|()| out.flush()) {
                eprintln!("eval-attributions: cannot write the dump: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = report(&mut out, &scores, articles.len(), shown).and_then(|()| {
        writeln!(
            out,
            "speed: {} tokens in {:.3} s = {:.0} tokens/s",
            tokens,
            elapsed,
            tokens as f64 / elapsed.max(1e-9)
        )
    });
    // A closed pipe (`| head`) ends the report quietly.
    match written {
        Ok(()) if check => check_figures(&scores),
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("eval-attributions: cannot write the report: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Compares the figures with `figures.txt` (`--check`).
fn check_figures(scores: &Scores) -> ExitCode {
    let mut figures: Vec<(String, f64)> = Vec::new();
    for role in ["cue", "source", "content", "full"] {
        for matching in ["lenient", "strict"] {
            if let Some(c) = scores.roles.get(&(role, matching)) {
                figures.push((format!("{role} {matching} F1"), c.f1()));
            }
        }
    }
    let (total, credited) = scores.direct_speakers;
    let recall = credited as f64 / total.max(1) as f64;
    figures.push(("direct-quote speaker recall".into(), recall));
    sourcelight::figures::verdict("eval-attributions", &figures)
}

fn usage(message: &str) -> ExitCode {
    eprintln!("eval-attributions: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn report(out: &mut impl Write, scores: &Scores, articles: usize, shown: usize) -> io::Result<()> {
    writeln!(out, "articles: {articles}")?;
    writeln!(
        out,
        "{:<8} {:<8} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
        "role", "matching", "P", "R", "F1", "matched", "pred", "gold"
    )?;
    for role in ["cue", "source", "content", "full"] {
        for matching in ["lenient", "strict"] {
            if let Some(c) = scores.roles.get(&(role, matching)) {
                writeln!(
                    out,
                    "{:<8} {:<8} {:>6.3} {:>6.3} {:>6.3} {:>7} {:>7} {:>7}",
                    role,
                    matching,
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.matched,
                    c.predicted,
                    c.gold
                )?;
            }
        }
    }
    let (total, credited) = scores.direct_speakers;
    writeln!(
        out,
        "direct-quote speaker recall: {:.3} ({credited}/{total})",
        if total == 0 {
            0.0
        } else {
            credited as f64 / total as f64
        }
    )?;
    writeln!(
        out,
        "errors (lenient, on attributions whose cues match, plus missed and spurious cues):"
    )?;
    let mut errors: Vec<_> = scores.errors.iter().collect();
    errors.sort_by(|a, b| b.1.cmp(a.1));
    for (kind, n) in errors {
        writeln!(out, "  {n:>6}  {kind}")?;
    }
    for (title, table) in [
        ("most often missed cues", &scores.missed_cues),
        ("most often spurious cues", &scores.spurious_cues),
    ] {
        let mut rows: Vec<_> = table.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let line: Vec<String> = rows
            .iter()
            .take(shown)
            .map(|(cue, n)| format!("{cue:?} {n}"))
            .collect();
        writeln!(out, "{title}: {}", line.join(", "))?;
    }
    Ok(())
}
