//! Trains the entity tagger on a CoNLL-2003 file and writes the model file
//! the library embeds.
//!
//!     cargo run --release --bin train-ner -- eng.train [--out models/ner.bin] [--check eng.testa]
//!         [--lists data/ner] [--unlabeled ../shared/data]
//!
//! `--lists` adds the outside word lists of that folder ([`sourcelight::ner::lists`]);
//! `--unlabeled` learns word clusters from the unlabeled text under the
//! shared data folder ([`sourcelight::ner::unlabeled`]). Leaving either out
//! trains without it (for ablations). With `--unlabeled`, taggers trained
//! without it also read the unlabeled news, and the names they read become
//! a feature of the final one ([`sourcelight::ner::read_names`]);
//! `--no-read-names` leaves that out. `--check` (repeatable) scores the new model on
//! another CoNLL file, on its own tokens (the full pipeline is scored by
//! `eval-ner`). `--min-weight` and `--min-count` override the pruning of
//! [`TrainOptions`].

use sourcelight::ner::clusters::{learn, ClusterOptions};
use sourcelight::ner::conll::{self, Sentence};
use sourcelight::ner::gazetteer::Gazetteer;
use sourcelight::ner::lists::read_lists;
use sourcelight::ner::score::Scores;
use sourcelight::ner::train::{train, TrainOptions};
use sourcelight::ner::unlabeled;
use sourcelight::ner::words::WordClasses;
use sourcelight::ner::Tagger;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: train-ner TRAIN_FILE [--out models/ner.bin] [--check DEV_FILE] \
                     [--lists DIR] [--unlabeled DATA_DIR] [--no-read-names] [--min-weight N] [--min-count N]";

#[derive(Default)]
struct Args {
    train: String,
    out: String,
    /// CoNLL files to score the new model on.
    check: Vec<String>,
    lists: Option<String>,
    unlabeled: Option<String>,
    /// Whether to learn the list of names read in the unlabeled news.
    no_read_names: bool,
    options: TrainOptions,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut parsed = Args {
        out: "models/ner.bin".to_string(),
        ..Args::default()
    };
    let mut train = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a path"));
        match arg.as_str() {
            "--out" => parsed.out = value("--out")?,
            "--check" => parsed.check.push(value("--check")?),
            "--lists" => parsed.lists = Some(value("--lists")?),
            "--unlabeled" => parsed.unlabeled = Some(value("--unlabeled")?),
            "--no-read-names" => parsed.no_read_names = true,
            "--min-weight" => parsed.options.min_weight = number(&value("--min-weight")?)?,
            "--min-count" => parsed.options.min_count = number(&value("--min-count")?)?,
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if train.is_none() && !arg.starts_with("--") => train = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }
    parsed.train = train.ok_or(USAGE)?;
    Ok(parsed)
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not a number"))
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

/// Word classes learned from the unlabeled text under `data`.
fn classes(data: &str, log: &mut impl FnMut(&str)) -> Result<WordClasses, String> {
    let sentences = unlabeled::read_all(Path::new(data))?;
    let words: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.iter().map(String::as_str).collect())
        .collect();
    log(&format!(
        "unlabeled text: {} sentences, {} tokens",
        words.len(),
        words.iter().map(Vec::len).sum::<usize>()
    ));
    let classes = learn(&words, &ClusterOptions::default());
    log(&format!("{} words clustered", classes.len()));
    Ok(classes)
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let documents = read(&args.train)?;
    let started = Instant::now();
    let mut log =
        |message: &str| eprintln!("[{:>6.1} s] {message}", started.elapsed().as_secs_f64());
    let lists = match &args.lists {
        Some(dir) => read_lists(Path::new(dir))?,
        None => Gazetteer::default(),
    };
    let classes = match &args.unlabeled {
        Some(data) => classes(data, &mut log)?,
        None => WordClasses::default(),
    };
    // With unlabeled news, taggers trained without this list read it, and
    // the names they read become a feature of the final tagger.
    let news = match &args.unlabeled {
        Some(data) if !args.no_read_names => unlabeled::news_documents(Path::new(data))?,
        _ => Vec::new(),
    };
    let tagger = train(&documents, lists, classes, &news, &args.options, log);
    let bytes = tagger.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out))?;
    eprintln!(
        "wrote {} ({} bytes, {} names, {} listed, {} word classes) in {:.1} s",
        args.out,
        bytes.len(),
        tagger.names.len(),
        tagger.lists.len(),
        tagger.classes.len(),
        started.elapsed().as_secs_f64()
    );
    let reread = Tagger::from_bytes(&bytes).map_err(|e| e.to_string())?;
    if reread != tagger {
        return Err("the written model does not read back the same".to_string());
    }
    for path in &args.check {
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
