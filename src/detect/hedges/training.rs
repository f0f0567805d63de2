//! Trains the hedge model with the kit's trainer
//! ([`crate::learned::trainer`]): averaged perceptrons over the context
//! features of every learned candidate word in the Szeged Uncertainty
//! Corpus, a candidate being a hedge when it overlaps a counted gold cue.
//! The weights of several runs, each visiting the examples in its own
//! order, are averaged: one run's weights swing with its order. Training
//! is deterministic: same corpus, same model bytes.

use super::corpus::GoldDocument;
use super::features::{self, Domain};
use super::model::encode;
use super::{candidate_at, lexicon::Decision, Candidate};
use crate::document::format::Format;
use crate::document::Document;
use crate::learned::trainer::{self, Plan, Tie};
use crate::span::Span;
use std::collections::HashSet;

/// One candidate word: its features and whether it is a gold hedge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// Hashed context features.
    pub features: Vec<u32>,
    /// Whether the word overlaps a counted gold cue.
    pub hedge: bool,
}

/// The learned candidates of one gold document of `domain`, read by the project's own
/// document pipeline (plain text, so parts are paragraphs).
pub fn examples(document: &GoldDocument, domain: Domain) -> Vec<Example> {
    let joined = document.joined();
    let gold: Vec<Span> = joined
        .sentences
        .iter()
        .flat_map(|(_, cues)| cues.iter().copied())
        .collect();
    let doc = Document::parse(&joined.text, Format::Text);
    let mut out = Vec::new();
    for sentence in &doc.sentences {
        let range = &sentence.tokens;
        let mut t = range.start;
        while t < range.end {
            match candidate_at(&doc, range, t) {
                Some(Candidate::Phrase(len, _)) => {
                    t += len;
                    continue;
                }
                Some(Candidate::Word(entry)) if entry.decision == Decision::Learned => {
                    let mut features = Vec::new();
                    features::extract(&doc, range, t, entry, &mut features);
                    features::add_domain_copies(&mut features, domain);
                    let span = doc.tokens[t].span;
                    out.push(Example {
                        features,
                        hedge: gold.iter().any(|g| g.overlaps(span)),
                    });
                }
                _ => {}
            }
            t += 1;
        }
    }
    out
}

/// Passes over the training examples.
pub const EPOCHS: usize = 10;
/// How many times each news example is shown per pass: the news corpus is
/// small beside the encyclopedia one, and news is what the detector reads.
pub const NEWS_WEIGHT: usize = 3;

/// How many runs, each in its own example order, are averaged. One run's
/// cross-validated F1 moves by a point or two with the order alone; the
/// average of sixteen is steady.
pub const RUNS: usize = 16;

/// Averaged weights smaller than this are left out of the model file: most
/// are features seen once, and dropping them halves the file at almost no
/// cost in cross-validated F1.
pub const PRUNE_BELOW: f32 = 0.95;

/// The shuffle seed of run `run` (never zero, which would stall the
/// xorshift generator).
fn seed(run: usize) -> u64 {
    (0x9E37_79B9_7F4A_7C15u64 ^ (run as u64).wrapping_mul(0xA24B_AED4_963E_E407)).max(1)
}

/// Trains the model file from encyclopedia and news examples.
pub fn train_model(encyclopedia: &[Example], news: &[Example]) -> Vec<u8> {
    let mut all = encyclopedia.to_vec();
    for _ in 0..NEWS_WEIGHT {
        all.extend_from_slice(news);
    }
    let mut kept = train(&all, EPOCHS, RUNS);
    let met = met_in_news(encyclopedia, news);
    kept.retain(|(f, w)| w.abs() >= f64::from(PRUNE_BELOW) && met.contains(f));
    encode(&kept)
}

/// The features the detector can meet in what it reads, news: every
/// feature of the news examples and the shared ones of the encyclopedia
/// examples. An encyclopedia copy ([`features::add_domain_copies`]) shapes
/// the other weights in training but never scores news: the model file
/// leaves it out.
fn met_in_news(encyclopedia: &[Example], news: &[Example]) -> HashSet<u32> {
    let shared = encyclopedia
        .iter()
        .flat_map(|e| features::shared(&e.features));
    (news.iter().flat_map(|e| &e.features).chain(shared))
        .copied()
        .collect()
}

/// The mean weights of `runs` averaged perceptrons, `epochs` passes each.
pub fn train(examples: &[Example], epochs: usize, runs: usize) -> Vec<(u32, f64)> {
    let examples: Vec<trainer::Example> = examples
        .iter()
        .map(|e| (e.features.clone(), e.hedge))
        .collect();
    let plan = Plan {
        epochs,
        runs,
        seed,
        tie: Tie::Negative,
    };
    trainer::train_binary(&examples, plan, |_, _, _| {})
}

/// How many folds the news corpus is split into, by document.
pub const FOLDS: u32 = 5;
/// The fold of the news corpus the shipped model never sees: the
/// evaluation reports the shipped pipeline on it.
pub const HELD_OUT_FOLD: u32 = 0;

/// The fold of a document, from a hash of its identifier (stable across
/// runs and independent of document order). Not a feature: an FNV-1a of
/// its own, kept as it was so that the held-out fold stays the same
/// documents and scores stay comparable.
pub fn fold_of(document: &GoldDocument) -> u32 {
    const PRIME: u32 = 0x0100_0193;
    let mut h: u32 = 0x811C_9DC5;
    for &byte in [b'F', 0x1F].iter().chain(document.id.as_bytes()) {
        h = (h ^ u32::from(byte)).wrapping_mul(PRIME);
    }
    h % FOLDS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::hedges::corpus;
    use crate::detect::hedges::model::Model;

    const SAMPLE: &str = r#"<Document type="x"><DocID>d</DocID><DocumentPart><Sentence id="1">The ferry <ccue type="speculation_modal_probable_">may</ccue> sail at noon.</Sentence><Sentence id="2">Rain <ccue type="speculation_modal_probable_">may</ccue> come later.</Sentence><Sentence id="3">Crews would say so every year.</Sentence></DocumentPart></Document>"#;

    #[test]
    fn examples_label_candidates_by_gold_cues() {
        let docs = corpus::parse(SAMPLE).unwrap();
        let examples = examples(&docs[0], Domain::News);
        let labels: Vec<bool> = examples.iter().map(|e| e.hedge).collect();
        assert_eq!(labels, [true, true, false]);
    }

    #[test]
    fn training_is_deterministic_and_separates_the_sample() {
        let docs = corpus::parse(SAMPLE).unwrap();
        let examples = examples(&docs[0], Domain::News);
        let first = encode(&train(&examples, 5, 1));
        assert_eq!(first, encode(&train(&examples, 5, 1)));
        let model = Model::read(&first).unwrap();
        for example in &examples {
            assert_eq!(model.score(&example.features) > 0.0, example.hedge);
        }
    }

    #[test]
    fn the_model_file_keeps_no_encyclopedia_copy() {
        let docs = corpus::parse(SAMPLE).unwrap();
        // The same words read the other way in the encyclopedia: only the
        // domain copies can tell the two apart, so training weighs them.
        let mut encyclopedia = examples(&docs[0], Domain::Encyclopedia);
        for example in &mut encyclopedia {
            example.hedge = !example.hedge;
        }
        let news = examples(&docs[0], Domain::News);
        let copies: Vec<u32> = (encyclopedia.iter())
            .flat_map(|e| e.features[e.features.len() / 2..].to_vec())
            .collect();
        let shown = std::iter::once(&encyclopedia).chain(std::iter::repeat_n(&news, NEWS_WEIGHT));
        let trained = train(&shown.flatten().cloned().collect::<Vec<_>>(), EPOCHS, RUNS);
        let kept =
            |f: &u32| (trained.iter()).any(|(k, w)| k == f && w.abs() >= f64::from(PRUNE_BELOW));
        assert!(copies.iter().any(kept), "training weighs the copies");
        let model = Model::read(&train_model(&encyclopedia, &news)).unwrap();
        assert!(copies.iter().all(|&f| model.weight(f) == 0.0));
        assert!(news
            .iter()
            .all(|e| (model.score(&e.features) > 0.0) == e.hedge));
    }

    #[test]
    fn the_averaged_model_is_deterministic_and_separates_the_sample() {
        let docs = corpus::parse(SAMPLE).unwrap();
        let examples = examples(&docs[0], Domain::News);
        let first = train_model(&[], &examples);
        assert_eq!(first, train_model(&[], &examples));
        let model = Model::read(&first).unwrap();
        for example in &examples {
            assert_eq!(model.score(&example.features) > 0.0, example.hedge);
        }
    }
}
