//! Trains the entity tagger on a CoNLL-2003 file and writes the model file
//! the library embeds.
//!
//!     cargo run --release --bin train-ner -- eng.train [--out models/ner.bin] [--check eng.testa]
//!
//! `--check` scores the new model on another CoNLL file, on its own tokens
//! (the full pipeline is scored by `eval-ner`).

use sourcelight::ner::conll::{self, Sentence};
use sourcelight::ner::score::Scores;
use sourcelight::ner::train::{train, TrainOptions};
use sourcelight::ner::Tagger;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: train-ner TRAIN_FILE [--out models/ner.bin] [--check DEV_FILE]";

struct Args {
    train: String,
    out: String,
    check: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let (mut train, mut out, mut check) = (None, "models/ner.bin".to_string(), None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" => out = args.next().ok_or("--out needs a path")?,
            "--check" => check = Some(args.next().ok_or("--check needs a path")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if train.is_none() && !arg.starts_with("--") => train = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    Ok(Args {
        train: train.ok_or(USAGE)?,
        out,
        check,
    })
}

fn read(path: &str) -> Result<Vec<Vec<Sentence>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    conll::parse(&text).map_err(|e| format!("{path}: {e}"))
}

/// Scores `tagger` on the tokens of a CoNLL file.
fn check(tagger: &Tagger, path: &str) -> Result<(), String> {
    let documents = read(path)?;
    let started = Instant::now();
    let mut scores = Scores::default();
    let mut tokens = 0;
    for document in &documents {
        let words: Vec<Vec<&str>> = document
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        tokens += words.iter().map(Vec::len).sum::<usize>();
        for (sentence, found) in document.iter().zip(tagger.tag_document(&words)) {
            let found: Vec<_> = found.into_iter().map(|s| (s.tokens, s.kind)).collect();
            scores.add(&sentence.names, &found);
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("{path} (on its own tokens):\n{}", scores.table());
    println!(
        "{tokens} tokens in {seconds:.2} s ({:.0} tokens/s)",
        tokens as f64 / seconds
    );
    Ok(())
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let documents = read(&args.train)?;
    let started = Instant::now();
    let tagger = train(&documents, &TrainOptions::default(), |message| {
        eprintln!("[{:>6.1} s] {message}", started.elapsed().as_secs_f64())
    });
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out))?;
    eprintln!(
        "wrote {} ({} bytes, {} names) in {:.1} s",
        args.out,
        bytes.len(),
        tagger.names.len(),
        started.elapsed().as_secs_f64()
    );
    let reread = Tagger::from_bytes(&bytes).map_err(|e| e.to_string())?;
    if reread != tagger {
        return Err("the written model does not read back the same".to_string());
    }
    if let Some(path) = &args.check {
        check(&reread, path)?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("train-ner: {message}");
            ExitCode::FAILURE
        }
    }
}
