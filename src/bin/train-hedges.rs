//! Trains the hedge model from the Szeged Uncertainty Corpus and writes it
//! where the detector embeds it.
//!
//! `cargo run --release --bin train-hedges -- WIKI.xml NEWS.xml [-o PATH]`
//!
//! The shipped model: `train-hedges wiki.xml factbank-dev.xml`. All of the
//! encyclopedia corpus is used; of the news corpus, every document except
//! the held-out fold (`training::HELD_OUT_FOLD`), which `eval-hedges`
//! scores. The default output is `models/hedges.bin`. Same files
//! in, same bytes out.

use sourcelight::detect::hedges::corpus::{self, GoldDocument};
use sourcelight::detect::hedges::features::Domain;
use sourcelight::detect::hedges::model::Model;
use sourcelight::detect::hedges::training::{
    examples, fold_of, train_model, EPOCHS, HELD_OUT_FOLD, NEWS_WEIGHT, RUNS,
};
use std::process::ExitCode;

const USAGE: &str = "usage: train-hedges WIKI.xml NEWS.xml [-o PATH]";
/// Where the detector embeds the model from.
const DEFAULT_OUTPUT: &str = "models/hedges.bin";

fn main() -> ExitCode {
    let mut inputs = Vec::new();
    let mut output = DEFAULT_OUTPUT.to_string();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-o" => match args.next() {
                Some(path) => output = path,
                None => return fail("-o needs a path"),
            },
            _ if arg.starts_with('-') => return fail(USAGE),
            _ => inputs.push(arg),
        }
    }
    let [wiki_path, news_path] = inputs.as_slice() else {
        return fail(USAGE);
    };
    let (wiki, news) = match (read(wiki_path), read(news_path)) {
        (Ok(wiki), Ok(news)) => (wiki, news),
        (Err(message), _) | (_, Err(message)) => return fail(&message),
    };
    let wiki_examples: Vec<_> = wiki
        .iter()
        .flat_map(|d| examples(d, Domain::Encyclopedia))
        .collect();
    let used: Vec<&GoldDocument> = news
        .iter()
        .filter(|d| fold_of(d) != HELD_OUT_FOLD)
        .collect();
    let news_examples: Vec<_> = used
        .iter()
        .flat_map(|d| examples(d, Domain::News))
        .collect();
    eprintln!(
        "{wiki_path}: {} documents, {} candidate words\n\
         {news_path}: {} of {} documents (fold {HELD_OUT_FOLD} held out), {} candidate words, \
         each shown {NEWS_WEIGHT} times per pass; {EPOCHS} passes, {RUNS} runs averaged",
        wiki.len(),
        wiki_examples.len(),
        used.len(),
        news.len(),
        news_examples.len()
    );
    let bytes = train_model(&wiki_examples, &news_examples);
    let weights = Model::read(&bytes).map_or(0, |m| m.len());
    if let Err(e) = std::fs::write(&output, &bytes) {
        return fail(&format!("{output}: cannot write: {e}"));
    }
    eprintln!("wrote {output}: {weights} weights, {} bytes", bytes.len());
    ExitCode::SUCCESS
}

fn read(path: &str) -> Result<Vec<GoldDocument>, String> {
    let xml = std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    corpus::parse(&xml).map_err(|e| format!("{path}: {e}"))
}

fn fail(message: &str) -> ExitCode {
    eprintln!("train-hedges: {message}");
    ExitCode::FAILURE
}
