//! Prints the part-of-speech tagger's token accuracy on a CoNLL-2003 file:
//!
//! ```text
//! cargo run --release --bin eval-pos -- ../shared/data/conll2003/eng.testa [--model FILE]
//! ```
//!
//! Scores the embedded model, or the model file given with `--model`; also
//! prints the most frequent confusions and the speed.

use sourcelight::pos::tags::Tag;
use sourcelight::pos::{corpus, Tagger};
use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, model) = match args.as_slice() {
        [input] => (input, None),
        [input, flag, model] if flag == "--model" => (input, Some(model)),
        _ => {
            eprintln!("usage: eval-pos CONLL_FILE [--model MODEL_FILE]");
            return ExitCode::from(2);
        }
    };
    let loaded;
    let tagger = match model {
        None => Tagger::embedded(),
        Some(path) => {
            let read = std::fs::read(path).map_err(|e| e.to_string());
            match read.and_then(|b| Tagger::from_bytes(&b).map_err(|e| e.to_string())) {
                Ok(t) => {
                    loaded = t;
                    &loaded
                }
                Err(message) => {
                    eprintln!("eval-pos: {path}: {message}");
                    return ExitCode::FAILURE;
                }
            }
        }
    };
    let sentences = match std::fs::read_to_string(input)
        .map_err(|e| e.to_string())
        .and_then(|text| corpus::parse(&text))
    {
        Ok(sentences) => sentences,
        Err(message) => {
            eprintln!("eval-pos: {input}: {message}");
            return ExitCode::FAILURE;
        }
    };
    let (mut right, mut total) = (0usize, 0usize);
    let mut confusions: BTreeMap<(Tag, Tag), usize> = BTreeMap::new();
    let started = Instant::now();
    for sentence in &sentences {
        let tags = tagger.tag(&sentence.words);
        for (&guess, &gold) in tags.iter().zip(&sentence.tags) {
            total += 1;
            if guess == gold {
                right += 1;
            } else {
                *confusions.entry((gold, guess)).or_default() += 1;
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "accuracy: {:.4} ({right}/{total} tokens)",
        right as f64 / total.max(1) as f64
    );
    let mut rows: Vec<_> = confusions.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let line: Vec<String> = rows
        .iter()
        .take(12)
        .map(|((gold, guess), n)| format!("{}->{} {n}", gold.name(), guess.name()))
        .collect();
    println!(
        "most frequent confusions (gold->guess): {}",
        line.join(", ")
    );
    println!("speed: {:.0} tokens/s", total as f64 / seconds.max(1e-9));
    ExitCode::SUCCESS
}
