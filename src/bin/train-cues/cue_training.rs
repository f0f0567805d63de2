//! The cue model's training: each token of the prose sentences an
//! example, labelled by whether it is the head of a gold cue, and the
//! mean of a few averaged perceptrons over them, with a fixed number of
//! epochs and fixed shuffling seeds, so the same data gives the same
//! weights.

use crate::brat;
use sourcelight::detect::attributions::context::Context;
use sourcelight::detect::attributions::cues::{features as cue_features, model as cue_model};
use sourcelight::detect::quotes;
use sourcelight::learned::perceptron::Perceptron;
use sourcelight::learned::trainer::{train_binary, Example, Plan, Tie};
use sourcelight::learned::weights::{self, ModelKind};
use sourcelight::lexicon::{is_verb_filler, HEADS_KEPT_IN_TRAINING};
use sourcelight::span::Span;
use sourcelight::{Document, Format};

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

/// Trains the cue model on `examples`: its weights (bucket, weight),
/// buckets increasing, bias shifted and small weights pruned.
/// `after_epoch` sees each run's epoch, its mistakes and the perceptron.
pub fn train(
    examples: &[Example],
    after_epoch: impl FnMut(usize, usize, &Perceptron),
) -> Vec<(u32, f64)> {
    let plan = Plan {
        epochs: EPOCHS,
        runs: RUNS,
        seed: |run| SEED + run as u64 * 7919,
        tie: Tie::Mistake,
    };
    let mut weights = train_binary(examples, plan, after_epoch);
    let bias = cue_features::bias_bucket();
    match weights.binary_search_by_key(&bias, |&(b, _)| b) {
        Ok(i) => weights[i].1 += BIAS_SHIFT,
        Err(i) => weights.insert(i, (bias, BIAS_SHIFT)),
    }
    weights.retain(|(_, w)| w.abs() >= PRUNE_BELOW);
    weights
}

/// The table of weights the library would read from a model file of
/// `weights`, quantized as the file stores them.
pub fn as_table(weights: &[(u32, f64)]) -> Vec<i16> {
    let file = weights::decode(
        &cue_model::encode(weights),
        ModelKind::Cues,
        cue_model::fingerprint(),
    )
    .expect("a model just encoded reads back");
    cue_model::table(&file).expect("trained buckets fit the table")
}

/// The features and gold label of every token in the prose sentences.
pub fn examples(articles: &[&brat::Article]) -> Vec<Example> {
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
