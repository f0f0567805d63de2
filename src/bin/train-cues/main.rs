//! Trains the attribution cue model, or the accept model that weighs the
//! attributions found, on a PolNeAR folder and writes the model file the
//! library embeds:
//!
//! ```text
//! cargo run --release --bin train-cues -- /path/to/polnear/train models/cues.bin
//! cargo run --release --bin train-cues -- --accept /path/to/polnear/train models/accept.bin
//! ```
//!
//! The cue model is the mean of a few averaged perceptrons over the
//! features of `sourcelight::detect::attributions::cues::features`
//! ([`cue_training`]); the accept model is trained on the candidates that
//! cue models trained without their articles find ([`accept`]). The same
//! data gives the same files byte for byte.
//!
//! Epochs, bias shift and pruning were chosen with `--validate` and
//! `eval-attributions --held-out` on the fifth of the articles held out;
//! the accept threshold on the table `--accept` prints for that fifth.

// The trainers read only the gold attributions and their matching.
#[allow(dead_code)]
#[path = "../eval-attributions/brat.rs"]
mod brat;
#[allow(dead_code)]
#[path = "../eval-attributions/scoring.rs"]
mod scoring;

mod accept;
mod cue_training;

use sourcelight::detect::attributions::cues::model as cue_model;
use sourcelight::learned::trainer::held_out_scores;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: train-cues POLNEAR_TRAIN_DIR MODEL_OUT
       train-cues --validate POLNEAR_TRAIN_DIR MODEL_OUT
       train-cues --accept POLNEAR_TRAIN_DIR MODEL_OUT
  --validate trains on four fifths of the articles (all but every fifth,
  which `eval-attributions --held-out` scores) and prints, after each
  epoch, token-level precision, recall and F1 on the fifth held out.
  --accept trains the accept model (models/accept.bin) and prints, for
  the fifth held out, cue precision and recall at each threshold.";

/// What the command line asks for.
enum Mode {
    Cues { validate: bool },
    Accept,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, out, mode) = match args.as_slice() {
        [flag, dir, out] if flag == "--validate" => (dir, out, Mode::Cues { validate: true }),
        [flag, dir, out] if flag == "--accept" => (dir, out, Mode::Accept),
        [dir, out] if !dir.starts_with("--") => (dir, out, Mode::Cues { validate: false }),
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
    let model = match mode {
        Mode::Cues { validate } => train_cues(&articles, validate),
        Mode::Accept => accept::train(&articles),
    };
    if let Err(error) = std::fs::write(out, model) {
        eprintln!("train-cues: cannot write {out}: {error}");
        return ExitCode::FAILURE;
    }
    eprintln!("train-cues: wrote {out}");
    ExitCode::SUCCESS
}

/// The cue model file, trained on `articles` (on four fifths of them
/// when `validate`, reporting on the fifth held out after each epoch).
fn train_cues(articles: &[brat::Article], validate: bool) -> Vec<u8> {
    let (used, held): (Vec<_>, Vec<_>) = articles
        .iter()
        .enumerate()
        .partition(|(i, _)| !validate || i % 5 != 0);
    let used: Vec<_> = used.into_iter().map(|(_, a)| a).collect();
    let held: Vec<_> = held.into_iter().map(|(_, a)| a).collect();
    let held = cue_training::examples(&held);
    let examples = cue_training::examples(&used);
    let positives = examples.iter().filter(|(_, y)| *y).count();
    eprintln!(
        "train-cues: {} articles, {} tokens, {} cue tokens",
        used.len(),
        examples.len(),
        positives
    );
    let weights = cue_training::train(&examples, |epoch, mistakes, p| {
        eprintln!("train-cues: epoch {epoch} mistakes {mistakes}");
        if validate {
            let (p, r, f1) = held_out_scores(p, &held);
            eprintln!("  held out: P {p:.3} R {r:.3} F1 {f1:.3}");
        }
    });
    cue_model::encode(&weights)
}
