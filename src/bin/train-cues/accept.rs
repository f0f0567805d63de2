//! The accept model's training. Its examples are the candidate
//! attributions the detector assembles before the accept step, each
//! labelled by whether its cue matches a gold cue (leniently, one to one,
//! as `eval-attributions` scores). So that they are found as on unseen
//! text, the candidates of each fifth of the articles come from a cue
//! model trained on the other four fifths. The model is trained on the
//! candidates of four fifths and scored on the fifth `eval-attributions
//! --held-out` scores (a table of cue precision and recall by threshold,
//! to choose `accept::THRESHOLD`), then trained on all of them.

use crate::brat;
use crate::cue_training;
use crate::scoring::{match_role, Matching, Predicted};
use sourcelight::detect::attributions::candidates;
use sourcelight::detect::attributions::cues::accept::{cue_of, features, is_weighed, model};
use sourcelight::detect::{entities, quotes};
use sourcelight::learned::trainer::{train_binary, Example, Plan, Tie};
use sourcelight::learned::weights::{self, ModelKind};
use sourcelight::{Document, Format};

/// How many parts the articles are cut into: each part's candidates come
/// from a cue model trained on the others.
const FOLDS: usize = 5;

const PLAN: Plan = Plan {
    epochs: 3,
    runs: 3,
    seed: |run| 0xACCE_0017 + run as u64 * 7919,
    tie: Tie::Mistake,
};

/// One article's candidates: the examples of those the accept step
/// weighs, whether each of the others (kept whatever it says) is right,
/// and the article's gold cue count.
#[derive(Clone, Default)]
struct Candidates {
    examples: Vec<Example>,
    unweighed: Vec<bool>,
    gold: usize,
}

/// The accept model file, trained on the candidates of `articles`.
pub fn train(articles: &[brat::Article]) -> Vec<u8> {
    let tokens: Vec<Vec<Example>> = articles
        .iter()
        .map(|a| cue_training::examples(&[a]))
        .collect();
    let mut found = vec![Candidates::default(); articles.len()];
    for fold in 0..FOLDS {
        let examples: Vec<Example> = tokens
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .flat_map(|(_, e)| e.iter().cloned())
            .collect();
        let table = cue_training::as_table(&cue_training::train(&examples, |_, _, _| {}));
        for i in (fold..articles.len()).step_by(FOLDS) {
            found[i] = candidates_of(&articles[i], &table);
        }
        eprintln!("train-cues: candidates of fold {} found", fold + 1);
    }
    let pick = |held: bool| -> Vec<Example> {
        found
            .iter()
            .enumerate()
            .filter(|(i, _)| (i % FOLDS == 0) == held)
            .flat_map(|(_, c)| c.examples.iter().cloned())
            .collect()
    };
    let weights = train_binary(&pick(false), PLAN, |_, _, _| {});
    let held = found.iter().step_by(FOLDS);
    let gold: usize = held.clone().map(|c| c.gold).sum();
    let unweighed: Vec<bool> = held.flat_map(|c| c.unweighed.iter().copied()).collect();
    report(&as_table(&weights), &pick(true), &unweighed, gold);
    let all = pick(false)
        .into_iter()
        .chain(pick(true))
        .collect::<Vec<_>>();
    let positives = all.iter().filter(|(_, y)| *y).count();
    eprintln!(
        "train-cues: {} candidates, {positives} of them attributions",
        all.len()
    );
    model::encode(&train_binary(&all, PLAN, |_, _, _| {}))
}

/// The candidates of one article, found with the cue model `table`, as
/// examples.
fn candidates_of(article: &brat::Article, table: &[i16]) -> Candidates {
    let doc = Document::parse(&article.text, Format::Text);
    let quotes = quotes::detect(&doc);
    let entities = entities::detect(&doc);
    let score = |f: &[u32]| f.iter().map(|&b| i32::from(table[b as usize])).sum();
    let found = candidates(&doc, &entities, &quotes, score);
    let predicted: Vec<Predicted> = found
        .claims
        .iter()
        .map(|c| Predicted {
            cue: c.attribution.cue,
            source: None,
            content: None,
            more_content: Vec::new(),
        })
        .collect();
    let gold = &article.attributions;
    let pairs = match_role(
        &article.text,
        gold,
        &predicted,
        Matching::Lenient,
        |g| &g.cue,
        |p| Some(p.cue),
    );
    let (mut examples, mut unweighed) = (Vec::new(), Vec::new());
    let attributions: Vec<_> = found.claims.iter().map(|c| &c.attribution).collect();
    for (p, claim) in found.claims.iter().enumerate() {
        let Some(cue) = cue_of(&doc, &found.cues, claim) else {
            continue;
        };
        let right = pairs.iter().any(|pair| pair.1 == p);
        if !is_weighed(cue) {
            unweighed.push(right);
            continue;
        }
        let mut f = Vec::new();
        features::features(&doc, &found.context, cue, &attributions, p, &mut f);
        examples.push((f, right));
    }
    Candidates {
        examples,
        unweighed,
        gold: gold.iter().filter(|g| !g.cue.is_empty()).count(),
    }
}

/// The table the library would read from a model file of `weights`.
fn as_table(weights: &[(u32, f64)]) -> Vec<i16> {
    let file = weights::decode(
        &model::encode(weights),
        ModelKind::Accept,
        model::fingerprint(),
    )
    .expect("a model just encoded reads back");
    model::table(&file).expect("trained buckets fit the table")
}

/// Prints cue precision and recall on the held-out candidates at each
/// threshold: `held` those weighed, `unweighed` whether each of the
/// others is right, `gold` the held-out articles' gold cues.
fn report(table: &[i16], held: &[Example], unweighed: &[bool], gold: usize) {
    let scored: Vec<(i32, bool)> = held
        .iter()
        .map(|(f, y)| (model::score_with(table, f), *y))
        .chain(unweighed.iter().map(|&y| (i32::MAX, y)))
        .collect();
    let line = |what: &str, kept: usize, right: usize| {
        let p = right as f64 / kept.max(1) as f64;
        let r = right as f64 / gold.max(1) as f64;
        let f1 = 2.0 * p * r / (p + r).max(1e-9);
        eprintln!("  {what:>9}  kept {kept:5}  P {p:.3}  R {r:.3}  F1 {f1:.3}");
    };
    eprintln!("train-cues: held-out fifth, cues by accept threshold ({gold} gold cues):");
    let right = scored.iter().filter(|s| s.1).count();
    line("all", scored.len(), right);
    for threshold in (-60..=20).step_by(4) {
        let kept: Vec<_> = scored.iter().filter(|s| s.0 >= threshold).collect();
        let right = kept.iter().filter(|s| s.1).count();
        line(&format!(">= {threshold}"), kept.len(), right);
    }
}
