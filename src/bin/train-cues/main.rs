//! Trains the attribution cue model on a PolNeAR folder and writes the
//! model file the library embeds:
//!
//! ```text
//! cargo run --release --bin train-cues -- /path/to/polnear/train models/cues.bin
//! ```
//!
//! The mean of a few averaged perceptrons over the features of
//! `sourcelight::detect::attributions::cue_features`, with a fixed number
//! of epochs and fixed shuffling seeds, so the same data gives the same
//! file byte for byte. Weights below [`PRUNE_BELOW`] are dropped before
//! the sparse model file is written.
//!
//! Epochs, bias shift and pruning were chosen with `--validate` and
//! `eval-attributions --held-out` on the fifth of the articles held out.

// The trainer reads only the cues of the gold attributions.
#[allow(dead_code)]
#[path = "../eval-attributions/brat.rs"]
mod brat;

use sourcelight::detect::attributions::context::Context;
use sourcelight::detect::attributions::cues::{features as cue_features, model as cue_model};
use sourcelight::detect::quotes;
use sourcelight::learned::trainer::{held_out_scores, train_binary, Example, Plan, Tie};
use sourcelight::lexicon::{is_verb_filler, HEADS_KEPT_IN_TRAINING};
use sourcelight::span::Span;
use sourcelight::{Document, Format};
use std::path::PathBuf;
use std::process::ExitCode;

const EPOCHS: usize = 5;
const SEED: u64 = 0x5EED_C0DE_2016;

/// How many perceptrons, each trained on its own shuffling of the data,
/// the model averages (more did no better on the held-out fifth).
const RUNS: usize = 3;

/// Added to the averaged bias weight: trades precision for recall (chosen
/// on the held-out fifth of the training articles).
const BIAS_SHIFT: f64 = 3.0;

/// Trained weights smaller than this (in perceptron updates) are dropped,
/// which keeps the model file small (chosen on the held-out fifth).
const PRUNE_BELOW: f64 = 1.0;

const USAGE: &str = "usage: train-cues POLNEAR_TRAIN_DIR MODEL_OUT
       train-cues --validate POLNEAR_TRAIN_DIR MODEL_OUT
  --validate trains on four fifths of the articles (all but every fifth,
  which `eval-attributions --held-out` scores) and prints, after each
  epoch, token-level precision, recall and F1 on the fifth held out.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, out, validate) = match args.as_slice() {
        [flag, dir, out] if flag == "--validate" => (dir, out, true),
        [dir, out] if !dir.starts_with("--") => (dir, out, false),
        _ => {
            eprintln!("train-cues: expected two arguments\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let articles = match brat::read_folder(&PathBuf::from(dir)) {
        Ok(articles) => articles,
        Err(message) => {
            eprintln!("train-cues: {message}");
            return ExitCode::FAILURE;
        }
    };
    let (used, held): (Vec<_>, Vec<_>) = articles
        .iter()
        .enumerate()
        .partition(|(i, _)| !validate || i % 5 != 0);
    let used: Vec<_> = used.into_iter().map(|(_, a)| a).collect();
    let held: Vec<_> = held.into_iter().map(|(_, a)| a).collect();
    let held = examples(&held);
    let examples = examples(&used);
    let positives = examples.iter().filter(|(_, y)| *y).count();
    eprintln!(
        "train-cues: {} articles, {} tokens, {} cue tokens",
        used.len(),
        examples.len(),
        positives
    );
    // Perceptrons trained on differently shuffled data, averaged.
    let plan = Plan {
        epochs: EPOCHS,
        runs: RUNS,
        seed: |run| SEED + run as u64 * 7919,
        tie: Tie::Mistake,
    };
    let mut weights = train_binary(&examples, plan, |epoch, mistakes, p| {
        eprintln!("train-cues: epoch {epoch} mistakes {mistakes}");
        if validate {
            let (p, r, f1) = held_out_scores(p, &held);
            eprintln!("  held out: P {p:.3} R {r:.3} F1 {f1:.3}");
        }
    });
    let bias = cue_features::bias_bucket();
    match weights.binary_search_by_key(&bias, |&(b, _)| b) {
        Ok(i) => weights[i].1 += BIAS_SHIFT,
        Err(i) => weights.insert(i, (bias, BIAS_SHIFT)),
    }
    weights.retain(|(_, w)| w.abs() >= PRUNE_BELOW);
    if let Err(error) = std::fs::write(out, cue_model::encode(&weights)) {
        eprintln!("train-cues: cannot write {out}: {error}");
        return ExitCode::FAILURE;
    }
    eprintln!("train-cues: wrote {out}");
    ExitCode::SUCCESS
}

/// The features and gold label of every token in the prose sentences.
fn examples(articles: &[&brat::Article]) -> Vec<Example> {
    let mut out = Vec::new();
    for article in articles {
        let doc = Document::parse(&article.text, Format::Text);
        let quotes = quotes::detect(&doc);
        let context = Context::new(&doc, &quotes);
        let mut pieces: Vec<_> = article
            .attributions
            .iter()
            .flat_map(|a| a.cue.iter().copied())
            .collect();
        pieces.sort();
        let words = cue_features::Words::new(&doc, &context);
        for (s, sentence) in doc.sentences.iter().enumerate() {
            if !doc.blocks[sentence.block].kind.is_prose() {
                continue;
            }
            for t in sentence.tokens.clone() {
                let span = doc.tokens[t].span;
                let first = pieces.partition_point(|p| p.end <= span.start);
                // Only the head of a cue is a positive example: its first
                // word past auxiliaries and adverbs ("has also said").
                let label = pieces[first..]
                    .iter()
                    .take_while(|p| p.start < span.end)
                    .any(|&p| p.overlaps(span) && is_head(&doc, t, p));
                let mut features = Vec::new();
                cue_features::features(&doc, &context, &words, s, t, &mut features);
                out.push((features, label));
            }
        }
    }
    out
}

/// Function words that open a cue phrase but are not its head ("to
/// discuss", "a broader rethinking", "his criticism of").
const HEAD_SKIPPED: &[&str] = &[
    "to",
    "a",
    "an",
    "the",
    "'s",
    "\u{2019}s",
    "his",
    "her",
    "their",
    "its",
];

/// Whether token `t`, which overlaps the cue `piece`, is its head: the
/// first token of the piece that is no filler (an auxiliary, adverb or
/// function word), or its last token when all are fillers.
fn is_head(doc: &Document, t: usize, piece: Span) -> bool {
    let filler = |i: usize| {
        let word = doc.word(i).to_lowercase();
        is_verb_filler(&word) && !HEADS_KEPT_IN_TRAINING.contains(&word)
            || HEAD_SKIPPED.contains(&word.as_str())
    };
    let mut k = t;
    while k > 0 && doc.tokens[k - 1].span.overlaps(piece) {
        k -= 1;
        if !filler(k) {
            return false;
        }
    }
    let last = t + 1 >= doc.tokens.len() || !doc.tokens[t + 1].span.overlaps(piece);
    !filler(t) || last
}
