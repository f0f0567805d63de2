//! Scores the hedge detector against the Szeged Uncertainty Corpus.
//!
//! `cargo run --release --bin eval-hedges -- factbank-dev.xml [--cross-validate wiki.xml] [--errors] [--check]`
//! (`--check` compares the held-out figures with `figures.txt` and stops there;
//! `--model FILE` scores the held-out fold with that model file instead)
//!
//! Each document is rebuilt as plain text (parts as paragraphs, sentences
//! joined by a space) and read by the project's own pipeline. Every hedge
//! reported counts as a prediction, whatever its kind and whether it lies
//! inside a quotation; gold cues are those of the types the corpus README
//! names (probable, possible, doxastic). Reported:
//!
//! - cue precision, recall and F1, strict (same span) and lenient (overlap).
//!   The corpus marks a raising participle alone ("expected") where the
//!   detector marks the phrase ("is expected to"), so strict counts
//!   those as misses; lenient does not;
//! - sentence F1: a gold sentence is uncertain when it holds a counted cue,
//!   predicted uncertain when a reported hedge lies inside it.
//!
//! Two evaluations, both on documents the scoring model never saw:
//!
//! 1. The shipped pipeline (`sourcelight::annotate`, with the embedded
//!    model) on the held-out fold of the file: the shipped model is trained
//!    on the other folds (see `train-hedges`).
//! 2. With `--cross-validate WIKI.xml`: for each of the folds, a model is
//!    trained as the shipped one is (all of WIKI.xml plus the other folds)
//!    and scores that fold through the same document reading and hedge
//!    detector (`detect_with`); the folds' counts are summed, so every
//!    document of the file is scored once.
//!
//! `--errors` also lists the words of missed and spurious cues (for
//! development: it prints corpus words to the terminal, never to a file).

use sourcelight::detect::hedges::corpus::{self, GoldDocument};
use sourcelight::detect::hedges::features::Domain;
use sourcelight::detect::hedges::model::Model;
use sourcelight::detect::hedges::training::{examples, fold_of, train_model, FOLDS, HELD_OUT_FOLD};
use sourcelight::detect::{hedges, quotes};
use sourcelight::document::format::Format;
use sourcelight::span::Span;
use sourcelight::{annotate, Document, FormatChoice, Options};
use std::collections::BTreeMap;
use std::process::ExitCode;

/// Counts for one precision/recall/F1 line.
#[derive(Default)]
struct Tally {
    predicted: usize,
    predicted_right: usize,
    gold: usize,
    gold_found: usize,
}

impl Tally {
    fn f1(&self) -> f64 {
        let p = ratio(self.predicted_right, self.predicted);
        let r = ratio(self.gold_found, self.gold);
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn line(&self, name: &str) -> String {
        let p = ratio(self.predicted_right, self.predicted);
        let r = ratio(self.gold_found, self.gold);
        let f = self.f1();
        format!(
            "  {name:<24} P {p:.3} ({}/{})  R {r:.3} ({}/{})  F1 {f:.3}",
            self.predicted_right, self.predicted, self.gold_found, self.gold
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Everything counted over a set of documents.
#[derive(Default)]
struct Report {
    documents: usize,
    sentences: usize,
    strict: Tally,
    lenient: Tally,
    uncertain: Tally,
    missed: BTreeMap<String, usize>,
    spurious: BTreeMap<String, usize>,
}

impl Report {
    /// Adds one document, given the spans of the hedges predicted in its
    /// rebuilt text.
    fn add(&mut self, document: &GoldDocument, predict: impl FnOnce(&str) -> Vec<Span>) {
        let joined = document.joined();
        let predicted = predict(&joined.text);
        let gold: Vec<Span> = joined
            .sentences
            .iter()
            .flat_map(|(_, cues)| cues.iter().copied())
            .collect();
        self.documents += 1;
        for tally in [&mut self.strict, &mut self.lenient] {
            tally.predicted += predicted.len();
            tally.gold += gold.len();
        }
        self.strict.predicted_right += predicted.iter().filter(|p| gold.contains(p)).count();
        self.strict.gold_found += gold.iter().filter(|g| predicted.contains(g)).count();
        for p in &predicted {
            if gold.iter().any(|g| g.overlaps(*p)) {
                self.lenient.predicted_right += 1;
            } else {
                let word = p.slice(&joined.text).to_lowercase();
                *self.spurious.entry(word).or_default() += 1;
            }
        }
        for g in &gold {
            if predicted.iter().any(|p| p.overlaps(*g)) {
                self.lenient.gold_found += 1;
            } else {
                let word = g.slice(&joined.text).to_lowercase();
                *self.missed.entry(word).or_default() += 1;
            }
        }
        for (span, cues) in &joined.sentences {
            self.sentences += 1;
            let is_gold = !cues.is_empty();
            let is_predicted = predicted.iter().any(|p| span.contains(*p));
            let both = usize::from(is_gold && is_predicted);
            self.uncertain.gold += usize::from(is_gold);
            self.uncertain.predicted += usize::from(is_predicted);
            self.uncertain.gold_found += both;
            self.uncertain.predicted_right += both;
        }
    }

    fn print(&self, title: &str, show_errors: bool) {
        println!(
            "{title}: {} documents, {} sentences, {} counted cues",
            self.documents, self.sentences, self.strict.gold
        );
        println!("{}", self.lenient.line("cues, lenient (overlap)"));
        println!("{}", self.strict.line("cues, strict (exact)"));
        println!("{}", self.uncertain.line("uncertain sentences"));
        if show_errors {
            println!("  missed: {}", top(&self.missed));
            println!("  spurious: {}", top(&self.spurious));
        }
    }
}

fn main() -> ExitCode {
    let mut path = None;
    let mut wiki = None;
    let mut show_errors = false;
    let mut check = false;
    let mut model_path = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--errors" => show_errors = true,
            "--check" => check = true,
            "--model" => match args.next() {
                Some(p) => model_path = Some(p),
                None => return fail("--model needs the path of a model file"),
            },
            "--cross-validate" => match args.next() {
                Some(p) => wiki = Some(p),
                None => return fail("--cross-validate needs the path of wiki.xml"),
            },
            _ if arg.starts_with('-') => return fail(&format!("unknown option '{arg}'")),
            _ => path = Some(arg),
        }
    }
    let Some(path) = path else {
        return fail(
            "usage: eval-hedges NEWS.xml [--cross-validate WIKI.xml] [--errors] [--check] [--model FILE]",
        );
    };
    let documents = match read(&path) {
        Ok(documents) => documents,
        Err(message) => return fail(&message),
    };

    let options = Options {
        format: FormatChoice::Text,
    };
    // `--model FILE`: the held-out fold scored with another model file
    // (to measure, say, a coarser quantization) instead of the shipped one.
    let other = match model_path.as_deref().map(read_model).transpose() {
        Ok(other) => other,
        Err(message) => return fail(&message),
    };
    let mut held_out = Report::default();
    for document in documents.iter().filter(|d| fold_of(d) == HELD_OUT_FOLD) {
        held_out.add(document, |text| match (&other, annotate(text, &options)) {
            (Some(model), Ok(analysis)) => {
                let (doc, quotes) = (&analysis.document, &analysis.annotations.quotes);
                hedges::detect_with(doc, quotes, model)
                    .iter()
                    .map(|h| h.span)
                    .collect()
            }
            (None, Ok(analysis)) => analysis.annotations.hedges.iter().map(|h| h.span).collect(),
            (_, Err(_)) => Vec::new(),
        });
    }
    let pipeline = model_path.as_deref().unwrap_or("shipped pipeline");
    held_out.print(
        &format!("{path}, held-out fold {HELD_OUT_FOLD} of {FOLDS}, {pipeline}"),
        show_errors,
    );
    if check {
        // The shipped pipeline on the held-out fold: what figures.txt records.
        let figures = [
            ("cues lenient F1", &held_out.lenient),
            ("cues strict F1", &held_out.strict),
            ("uncertain sentences F1", &held_out.uncertain),
        ]
        .map(|(name, tally)| (name.to_string(), tally.f1()));
        return sourcelight::figures::verdict("eval-hedges", &figures);
    }

    if let Some(wiki_path) = wiki {
        if let Err(message) = cross_validate(&path, &wiki_path, &documents, show_errors) {
            return fail(&message);
        }
    }
    ExitCode::SUCCESS
}

/// The model in the file at `path`.
fn read_model(path: &str) -> Result<Model, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read the model file: {e}"))?;
    Model::read(&bytes).map_err(|e| e.to_string())
}

/// Prints the scores of a model trained on the other folds of the news
/// documents of `path` (with the encyclopedia documents of `wiki_path`)
/// on each fold in turn.
fn cross_validate(
    path: &str,
    wiki_path: &str,
    documents: &[GoldDocument],
    show_errors: bool,
) -> Result<(), String> {
    let wiki_documents = read(wiki_path)?;
    let wiki_examples: Vec<_> = wiki_documents
        .iter()
        .flat_map(|d| examples(d, Domain::Encyclopedia))
        .collect();
    let mut all = Report::default();
    for fold in 0..FOLDS {
        let news: Vec<_> = documents
            .iter()
            .filter(|d| fold_of(d) != fold)
            .flat_map(|d| examples(d, Domain::News))
            .collect();
        let bytes = train_model(&wiki_examples, &news);
        let model = Model::read(&bytes).map_err(|_| "the trained model does not read back")?;
        for document in documents.iter().filter(|d| fold_of(d) == fold) {
            all.add(document, |text| {
                let doc = Document::parse(text, Format::Text);
                let found = quotes::detect(&doc);
                hedges::detect_with(&doc, &found, &model)
                    .iter()
                    .map(|h| h.span)
                    .collect()
            });
        }
    }
    all.print(
        &format!("{path}, {FOLDS}-fold cross-validation by document"),
        show_errors,
    );
    Ok(())
}

fn read(path: &str) -> Result<Vec<GoldDocument>, String> {
    let xml = std::fs::read_to_string(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
    corpus::parse(&xml).map_err(|e| format!("{path}: {e}"))
}

/// The most frequent words of a tally, most frequent first.
fn top(counts: &BTreeMap<String, usize>) -> String {
    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    pairs
        .iter()
        .take(40)
        .map(|(w, n)| format!("{w}:{n}"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn fail(message: &str) -> ExitCode {
    eprintln!("eval-hedges: {message}");
    ExitCode::FAILURE
}
