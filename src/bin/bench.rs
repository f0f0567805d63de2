//! The native half of `make bench`: tokens per second of the whole
//! `annotate` (reading, detecting and the contract JSON) on real text, and
//! of the whole CLI process on one 1 MB file. Medians of several runs.
//!
//!     cargo run --release --bin bench -- [CORPORA] [--runs N] [--out DIR]
//!
//! CORPORA is the shared data folder (`polnear/dev/text` and
//! `polnear/train/text` are read); without it only our own articles in
//! `tests/articles/` are measured. `--out` writes the texts measured and
//! their token counts to DIR/texts.json (for the browser half,
//! `scripts/bench.mjs`) and the 1 MB file to DIR/1mb.txt.

use sourcelight::output::to_contract;
use sourcelight::{annotate, FormatChoice, Options};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// How big "1 MB of news" is.
const ONE_MB: usize = 1_000_000;

/// A named set of texts measured together.
struct TextSet {
    name: String,
    texts: Vec<(String, String)>,
}

/// The command-line options.
struct Args {
    corpora: Option<PathBuf>,
    runs: usize,
    out: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        corpora: None,
        runs: 5,
        out: None,
    };
    let mut iter = std::env::args().skip(1);
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--runs" => {
                let value = iter.next().ok_or("--runs needs a number")?;
                args.runs = value
                    .parse()
                    .map_err(|_| format!("--runs: not a number: {value}"))?;
            }
            "--out" => args.out = Some(iter.next().ok_or("--out needs a folder")?.into()),
            _ if arg.starts_with('-') => return Err(format!("unknown option '{arg}'")),
            _ => args.corpora = Some(arg.into()),
        }
    }
    if args.runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    Ok(args)
}

/// Every `.txt` file in `folder`, by name, as (name, text).
fn read_texts(folder: &Path) -> Result<Vec<(String, String)>, String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            Ok((name.into_owned(), text))
        })
        .collect()
}

/// The PolNeAR train articles, in name order, joined by blank lines until
/// the text holds at least 1 MB.
fn one_megabyte(train: &[(String, String)]) -> String {
    let mut text = String::new();
    for (_, article) in train {
        if text.len() >= ONE_MB {
            break;
        }
        text.push_str(article.trim_end());
        text.push_str("\n\n");
    }
    text
}

/// What `annotate` turns into: the contract document as JSON text.
fn annotate_to_json(text: &str) -> Result<String, String> {
    let options = Options {
        format: FormatChoice::Auto,
    };
    let analysis = annotate(text, &options).map_err(|e| e.to_string())?;
    serde_json::to_string(&to_contract(&analysis)).map_err(|e| e.to_string())
}

/// The tokens `annotate` reads in `text`.
fn token_count(text: &str) -> Result<usize, String> {
    let options = Options {
        format: FormatChoice::Auto,
    };
    let analysis = annotate(text, &options).map_err(|e| e.to_string())?;
    Ok(analysis.document.tokens.len())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    }
}

/// Median seconds of `runs` runs of `work`.
fn time_runs(runs: usize, mut work: impl FnMut() -> Result<(), String>) -> Result<f64, String> {
    let mut seconds = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        work()?;
        seconds.push(start.elapsed().as_secs_f64());
    }
    Ok(median(seconds))
}

fn report(what: &str, tokens: usize, bytes: usize, seconds: f64, runs: usize) {
    println!(
        "native  {what:<46} {:>9.0} tokens/s  ({tokens} tokens, {:.0} kB, {:.1} ms; median of {runs})",
        tokens as f64 / seconds,
        bytes as f64 / 1000.0,
        seconds * 1000.0
    );
}

/// Times the whole `annotate` over every text of `set`, once per run.
fn bench_set(set: &TextSet, runs: usize) -> Result<usize, String> {
    let mut tokens = 0;
    for (_, text) in &set.texts {
        tokens += token_count(text)?;
    }
    let bytes = set.texts.iter().map(|(_, t)| t.len()).sum();
    let seconds = time_runs(runs, || {
        for (_, text) in &set.texts {
            std::hint::black_box(annotate_to_json(text)?);
        }
        Ok(())
    })?;
    report(
        &format!("annotate -> JSON, {}", set.name),
        tokens,
        bytes,
        seconds,
        runs,
    );
    Ok(tokens)
}

/// Times the CLI (`sourcelight annotate FILE`, next to this binary) as a
/// whole process, its output discarded.
fn bench_cli(file: &Path, tokens: usize, runs: usize) -> Result<(), String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let cli = exe.with_file_name("sourcelight");
    if !cli.exists() {
        println!(
            "native  CLI process: skipped ({} is not built)",
            cli.display()
        );
        return Ok(());
    }
    let bytes = std::fs::metadata(file).map_err(|e| e.to_string())?.len() as usize;
    let seconds = time_runs(runs, || {
        let status = Command::new(&cli)
            .arg("annotate")
            .arg(file)
            .stdout(std::process::Stdio::null())
            .status()
            .map_err(|e| format!("{}: {e}", cli.display()))?;
        status
            .success()
            .then_some(())
            .ok_or_else(|| format!("the CLI failed on {}", file.display()))
    })?;
    report(
        "CLI process, sourcelight annotate 1 MB",
        tokens,
        bytes,
        seconds,
        runs,
    );
    Ok(())
}

/// Writes the texts and their token counts for the browser half.
fn write_texts(out: &Path, sets: &[(TextSet, usize)]) -> Result<(), String> {
    let list: Vec<serde_json::Value> = sets
        .iter()
        .map(|(set, tokens)| {
            serde_json::json!({
                "name": set.name,
                "tokens": tokens,
                "texts": set.texts.iter().map(|(_, t)| t).collect::<Vec<_>>(),
            })
        })
        .collect();
    let json = serde_json::to_string(&list).map_err(|e| e.to_string())?;
    std::fs::write(out.join("texts.json"), json).map_err(|e| e.to_string())
}

/// The articles we wrote: the test articles and the long one of
/// `benches/articles/`.
fn own_articles() -> Result<TextSet, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = read_texts(&root.join("tests/articles"))?;
    texts.extend(read_texts(&root.join("benches/articles"))?);
    Ok(TextSet {
        name: format!("our own {} articles", texts.len()),
        texts,
    })
}

fn run(args: &Args) -> Result<(), String> {
    if let Some(out) = &args.out {
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let mut sets = vec![own_articles()?];
    let polnear = args.corpora.as_ref().map(|c| c.join("polnear"));
    let mut big = None;
    match &polnear {
        Some(polnear) if polnear.join("dev/text").is_dir() => {
            let dev = read_texts(&polnear.join("dev/text"))?;
            sets.push(TextSet {
                name: format!("PolNeAR dev/ ({} articles)", dev.len()),
                texts: dev,
            });
            let train = read_texts(&polnear.join("train/text"))?;
            big = Some(one_megabyte(&train));
        }
        _ => println!(
            "native  PolNeAR dev/ and 1 MB: skipped (no corpora folder given or no polnear/ in it)"
        ),
    }
    if let Some(text) = &big {
        sets.push(TextSet {
            name: "1 MB (PolNeAR train/ articles joined)".into(),
            texts: vec![("1mb.txt".into(), text.clone())],
        });
    }
    let mut measured = Vec::new();
    for set in sets {
        let tokens = bench_set(&set, args.runs)?;
        measured.push((set, tokens));
    }
    if let (Some(text), Some(out)) = (&big, &args.out) {
        let file = out.join("1mb.txt");
        std::fs::write(&file, text).map_err(|e| e.to_string())?;
        let tokens = measured.last().map_or(0, |(_, tokens)| *tokens);
        bench_cli(&file, tokens, args.runs)?;
    }
    if let Some(out) = &args.out {
        write_texts(out, &measured)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|args| run(&args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("bench: {message}");
            ExitCode::FAILURE
        }
    }
}
