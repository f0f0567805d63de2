//! Scores the attribution detector against a PolNeAR folder:
//!
//! ```text
//! cargo run --release --bin eval-attributions -- /path/to/polnear/dev [--errors N] [--dump FILE]
//! ```
//!
//! Prints cue, source and content precision, recall and F1 (lenient: any
//! overlap; strict: equal after trimming punctuation), whole-attribution F1,
//! speaker recall on direct quotations, the speaker a reader is shown
//! scored by case (named / pronoun / description, see [`speakers`]; the
//! pronoun and description cases need `referents-<split>.json` beside the
//! folder or `--referents FILE`), error counts by type, the most often
//! missed and spurious cues, and the annotator's speed. `--dump FILE` writes
//! the failing cases with their paragraphs for error analysis,
//! `--cues FILE` every cue found, spurious or missed, one a line,
//! `--speaker-errors FILE` the wrong speakers. `--check` compares the F1
//! figures with `figures.txt` and fails when one moved.

mod brat;
mod cue_listing;
mod dump;
mod names;
mod referents;
mod scoring;
mod speaker_report;
mod speakers;

use referents::Referents;
use scoring::{predictions, Scores};
use sourcelight::{annotate, FormatChoice, Options};
use speakers::{ArticleView, SpeakerScores};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: eval-attributions POLNEAR_SPLIT_DIR [--errors N] [--held-out] [--dump FILE]
       [--referents FILE] [--speaker-errors FILE] [--cues FILE] [--check]
  --held-out scores only every fifth article, the ones `train-cues --validate`
  leaves out of training; --dump writes the failing cases to FILE;
  --referents reads who non-name sources refer to (default:
  referents-<split>.json beside the folder, when present);
  --speaker-errors writes the wrong speakers to FILE; --cues every
  cue found, spurious or missed; --check compares the figures with figures.txt.";

/// The command line, read.
struct Args {
    dir: PathBuf,
    shown: usize,
    held_out: bool,
    dump: Option<PathBuf>,
    referents: Option<PathBuf>,
    speaker_errors: Option<PathBuf>,
    cue_listing: Option<PathBuf>,
    check: bool,
}

/// Reads the arguments, or says what is wrong with them.
fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut dir = None;
    let mut parsed = Args {
        dir: PathBuf::new(),
        shown: 15,
        held_out: false,
        dump: None,
        referents: None,
        speaker_errors: None,
        cue_listing: None,
        check: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut file = |flag: &str| {
            iter.next()
                .map(PathBuf::from)
                .ok_or_else(|| format!("{flag} needs a file"))
        };
        match arg.as_str() {
            "--errors" => match iter.next().and_then(|n| n.parse().ok()) {
                Some(n) => parsed.shown = n,
                None => return Err("--errors needs a number".to_string()),
            },
            "--held-out" => parsed.held_out = true,
            "--check" => parsed.check = true,
            "--dump" => parsed.dump = Some(file(arg)?),
            "--referents" => parsed.referents = Some(file(arg)?),
            "--speaker-errors" => parsed.speaker_errors = Some(file(arg)?),
            "--cues" => parsed.cue_listing = Some(file(arg)?),
            _ if dir.is_none() && !arg.starts_with("--") => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    parsed.dir = dir.ok_or("missing the PolNeAR folder")?;
    Ok(parsed)
}

/// The referents file named, else the one beside the folder when present.
fn read_referents(args: &Args) -> Result<Option<Referents>, String> {
    let path = match &args.referents {
        Some(path) => path.clone(),
        None => match referents::default_path(&args.dir) {
            Some(path) if path.is_file() => path,
            _ => return Ok(None),
        },
    };
    Referents::read(&path).map(Some)
}

/// Creates an output file for a listing, when asked for.
fn create(path: Option<&PathBuf>, what: &str) -> Result<Option<BufWriter<File>>, String> {
    path.map(File::create)
        .transpose()
        .map(|file| file.map(BufWriter::new))
        .map_err(|error| format!("cannot create the {what} file: {error}"))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args = match parse_args(&args) {
        Ok(args) => args,
        Err(message) => return usage(&message),
    };
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("eval-attributions: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What the articles measured add up to.
#[derive(Default)]
struct Totals {
    scores: Scores,
    speakers: SpeakerScores,
    tokens: usize,
    elapsed: f64,
}

/// Scores every article and prints the report; with `--check`, the
/// verdict on the figures.
fn run(args: &Args) -> Result<ExitCode, String> {
    let articles = brat::read_folder(&args.dir)?;
    let articles: Vec<_> = if args.held_out {
        articles.into_iter().step_by(5).collect()
    } else {
        articles
    };
    let referents = read_referents(args)?;
    let mut listings = Listings {
        dump: create(args.dump.as_ref(), "dump")?,
        speaker_errors: create(args.speaker_errors.as_ref(), "speaker errors")?,
        cue_listing: create(args.cue_listing.as_ref(), "cue listing")?,
    };
    let mut totals = Totals::default();
    for article in &articles {
        measure(article, referents.as_ref(), &mut totals, &mut listings)
            .map_err(|error| format!("cannot write a listing: {error}"))?;
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = report(&mut out, &totals.scores, articles.len(), args.shown)
        .and_then(|()| totals.speakers.report(&mut out, referents.as_ref()))
        .and_then(|()| {
            writeln!(
                out,
                "speed: {} tokens in {:.3} s = {:.0} tokens/s",
                totals.tokens,
                totals.elapsed,
                totals.tokens as f64 / totals.elapsed.max(1e-9)
            )
        });
    // A closed pipe (`| head`) ends the report quietly.
    match written {
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write the report: {error}"))
        }
        _ if args.check => Ok(check_figures(&totals.scores)),
        _ => Ok(ExitCode::SUCCESS),
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

/// The listings of failing cases asked for on the command line.
struct Listings {
    dump: Option<BufWriter<File>>,
    speaker_errors: Option<BufWriter<File>>,
    cue_listing: Option<BufWriter<File>>,
}

/// Annotates one article and scores it, writing its failing cases to the
/// listings asked for.
fn measure(
    article: &brat::Article,
    referents: Option<&Referents>,
    totals: &mut Totals,
    listings: &mut Listings,
) -> io::Result<()> {
    let options = Options {
        format: FormatChoice::Text,
    };
    let started = Instant::now();
    let analysis = match annotate(&article.text, &options) {
        Ok(analysis) => analysis,
        Err(error) => {
            eprintln!("eval-attributions: {}: {error}", article.name);
            return Ok(());
        }
    };
    totals.elapsed += started.elapsed().as_secs_f64();
    totals.tokens += analysis.document.tokens.len();
    let found = &analysis.annotations;
    let predicted = predictions(found);
    totals
        .scores
        .add_article(&article.text, &article.attributions, &predicted);
    let sentences: Vec<_> = analysis.document.sentences.iter().map(|s| s.span).collect();
    let view = ArticleView {
        name: &article.name,
        annotation: &article.annotation,
        text: &article.text,
        gold: &article.attributions,
        entities: &found.entities,
        attributions: &found.attributions,
        predicted: &predicted,
        sentences: &sentences,
    };
    let wrong = totals.speakers.add_article(&view, referents);
    let (name, text, gold) = (&article.name, &article.text, &article.attributions);
    if let Some(out) = listings.dump.as_mut() {
        dump::write_article(out, name, text, gold, &predicted)?;
        out.flush()?;
    }
    if let Some(out) = listings.cue_listing.as_mut() {
        cue_listing::write_article(out, name, text, gold, &predicted)?;
        out.flush()?;
    }
    if let Some(out) = listings.speaker_errors.as_mut() {
        speaker_report::write_wrong(out, &article.name, &article.text, &wrong)?;
        out.flush()?;
    }
    Ok(())
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
