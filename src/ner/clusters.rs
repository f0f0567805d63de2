//! Word clusters learned from unlabeled text, for [`super::words`].
//!
//! Each frequent word is described by the words seen right before and
//! right after it (positive pointwise mutual information with the most
//! frequent context words), projected to a few dimensions by a fixed
//! random projection and grouped by spherical k-means; the cluster
//! centres are grouped again into coarse clusters. Everything is seeded
//! and ordered, so the same text gives the same clusters.

use super::words::{WordClasses, RARE_LOWER};
use crate::learned::hash::{finish, mix};
use crate::learned::token_info::TokenInfo;
use std::collections::HashMap;

/// How to cluster.
#[derive(Clone, Copy, Debug)]
pub struct ClusterOptions {
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// The most words kept (the most frequent).
    pub max_words: usize,
    /// Context words (the most frequent) on each side.
    pub contexts: usize,
    /// Dimensions after projection.
    pub dimensions: usize,
    /// Fine clusters (at most 255).
    pub clusters: usize,
    /// Coarse clusters.
    pub coarse: usize,
    /// K-means rounds.
    pub rounds: usize,
    /// The most rarer words kept, beyond the clustered ones, that are
    /// seen at least twice inside sentences and always in lower case:
    /// they join the class [`RARE_LOWER`].
    pub rare_lower: usize,
}

impl Default for ClusterOptions {
    fn default() -> ClusterOptions {
        ClusterOptions {
            min_count: 5,
            max_words: 12_000,
            contexts: 1_000,
            dimensions: 48,
            clusters: 255,
            coarse: 24,
            rounds: 12,
            rare_lower: 16_000,
        }
    }
}

/// Counts gathered from the text.
#[derive(Default)]
struct Counts {
    /// Occurrences of each word (by lower-case hash).
    words: HashMap<u64, u32>,
    /// Occurrences inside a sentence (not first), and how many capitalized.
    inside: HashMap<u64, (u32, u32)>,
    /// Word, side (0 before, 1 after), context word: occurrences.
    pairs: HashMap<(u64, u8, u64), u32>,
}

/// Whether a token opens a clause, after which any word may be capitalized.
fn opens_clause(word: &str) -> bool {
    matches!(
        word,
        "\"" | "\u{201C}" | "\u{201D}" | ":" | "(" | "-" | "--" | "\u{2014}" | "\u{2013}" | "."
    )
}

/// Whether most words of a sentence are capitalized, as in a headline
/// in Title Case or capitals, where case tells nothing about a word.
fn is_title_like(words: &[&str]) -> bool {
    let lettered = words.iter().filter(|w| w.chars().any(char::is_alphabetic));
    let (n, caps) = lettered.fold((0, 0), |(n, c), w| {
        (n + 1, c + usize::from(w.starts_with(char::is_uppercase)))
    });
    caps * 2 > n
}

fn count(sentences: &[Vec<&str>]) -> Counts {
    let mut c = Counts::default();
    for words in sentences {
        let lowers: Vec<u64> = words.iter().map(|w| TokenInfo::new(w).lower).collect();
        let case_tells = !is_title_like(words);
        for (i, &w) in lowers.iter().enumerate() {
            *c.words.entry(w).or_default() += 1;
            let inside = i > 0 && !opens_clause(words[i - 1]);
            if case_tells && inside && words[i].chars().any(char::is_alphabetic) {
                let e = c.inside.entry(w).or_default();
                e.0 += 1;
                e.1 += u32::from(words[i].starts_with(char::is_uppercase));
            }
            if i > 0 {
                *c.pairs.entry((w, 0, lowers[i - 1])).or_default() += 1;
            }
            if i + 1 < lowers.len() {
                *c.pairs.entry((w, 1, lowers[i + 1])).or_default() += 1;
            }
        }
    }
    c
}

/// Words by falling count, ties by hash, so the order is fixed.
fn by_frequency(words: &HashMap<u64, u32>) -> Vec<(u64, u32)> {
    let mut v: Vec<(u64, u32)> = words.iter().map(|(&w, &n)| (w, n)).collect();
    v.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// A fixed pseudo-random value in [-1, 1) for a context and a dimension.
fn projection(context: u64, side: u8, dimension: usize) -> f32 {
    let h = finish(mix(mix(context, u64::from(side)), dimension as u64));
    (h >> 40) as f32 / (1u64 << 23) as f32 - 1.0
}

/// Scales `v` to unit length (left as is when zero).
fn normalize(v: &mut [f32]) {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// The index of the centre closest (by cosine) to `v`.
fn nearest(v: &[f32], centres: &[Vec<f32>]) -> usize {
    let mut best = (0, f32::MIN);
    for (k, c) in centres.iter().enumerate() {
        let dot: f32 = v.iter().zip(c).map(|(a, b)| a * b).sum();
        if dot > best.1 {
            best = (k, dot);
        }
    }
    best.0
}

/// Spherical k-means of unit `vectors` into `k` clusters, starting from
/// vectors spread evenly through the list; returns each vector's cluster
/// and the centres.
pub fn kmeans(vectors: &[Vec<f32>], k: usize, rounds: usize) -> (Vec<usize>, Vec<Vec<f32>>) {
    let k = k.min(vectors.len()).max(1);
    let dims = vectors.first().map_or(0, Vec::len);
    let mut centres: Vec<Vec<f32>> = (0..k)
        .map(|i| {
            vectors
                .get(i * vectors.len() / k)
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    let mut assigned = vec![0; vectors.len()];
    for _ in 0..rounds {
        for (a, v) in assigned.iter_mut().zip(vectors) {
            *a = nearest(v, &centres);
        }
        let mut sums = vec![vec![0f32; dims]; k];
        for (&a, v) in assigned.iter().zip(vectors) {
            sums[a].iter_mut().zip(v).for_each(|(s, x)| *s += x);
        }
        for (c, mut s) in centres.iter_mut().zip(sums) {
            if s.iter().any(|&x| x != 0.0) {
                normalize(&mut s);
                *c = s;
            }
        }
    }
    (assigned, centres)
}

/// The capitalization step of a word from how often it was capitalized
/// inside sentences.
fn caps_step(inside: Option<&(u32, u32)>) -> u8 {
    match inside {
        Some(&(n, caps)) if n > 0 => {
            let share = f64::from(caps) / f64::from(n);
            match share {
                s if s < 0.05 => 0,
                s if s < 0.5 => 1,
                s if s < 0.95 => 2,
                _ => 3,
            }
        }
        // Seen only opening sentences: no evidence either way.
        _ => 1,
    }
}

/// Learns word classes from unlabeled sentences (tokens as the tagger
/// reads them).
pub fn learn(sentences: &[Vec<&str>], options: &ClusterOptions) -> WordClasses {
    let c = count(sentences);
    let ranked = by_frequency(&c.words);
    let vocabulary: Vec<(u64, u32)> = ranked
        .iter()
        .copied()
        .filter(|&(_, n)| n >= options.min_count)
        .take(options.max_words)
        .collect();
    let contexts: HashMap<u64, ()> = ranked
        .iter()
        .take(options.contexts)
        .map(|&(w, _)| (w, ()))
        .collect();
    let total: f64 = ranked.iter().map(|&(_, n)| f64::from(n)).sum();
    let index: HashMap<u64, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i))
        .collect();
    let mut vectors = vec![vec![0f32; options.dimensions]; vocabulary.len()];
    let mut pairs: Vec<(&(u64, u8, u64), &u32)> = c.pairs.iter().collect();
    pairs.sort_unstable();
    for (&(word, side, context), &n) in pairs {
        let (Some(&i), true) = (index.get(&word), contexts.contains_key(&context)) else {
            continue;
        };
        let (nw, nc) = (vocabulary[i].1, c.words[&context]);
        let pmi = (f64::from(n) * total / (f64::from(nw) * f64::from(nc))).ln();
        if pmi <= 0.0 {
            continue;
        }
        for (d, x) in vectors[i].iter_mut().enumerate() {
            *x += pmi as f32 * projection(context, side, d);
        }
    }
    vectors.iter_mut().for_each(|v| normalize(v));
    let (fine, centres) = kmeans(&vectors, options.clusters.min(255), options.rounds);
    let (coarse, _) = kmeans(&centres, options.coarse.min(255), options.rounds);
    let clustered = vocabulary
        .iter()
        .zip(&fine)
        .map(|(&(w, _), &k)| (w, k as u8, caps_step(c.inside.get(&w))));
    let rare = ranked
        .iter()
        .filter(|(w, _)| !index.contains_key(w))
        .filter(|(w, _)| {
            c.inside
                .get(w)
                .is_some_and(|&(n, caps)| n >= 2 && caps == 0)
        })
        .take(options.rare_lower)
        .map(|&(w, _)| (w, RARE_LOWER, 0));
    WordClasses::new(
        clustered.chain(rare),
        coarse.into_iter().map(|k| k as u8).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_slots_share_a_cluster() {
        let mut text = Vec::new();
        for city in ["Oslo", "Bergen", "Tromso"] {
            for _ in 0..6 {
                text.push(format!("she flew to {city} on Monday ."));
            }
        }
        for verb in ["said", "added", "noted"] {
            for _ in 0..6 {
                text.push(format!("the minister {verb} that it rained ."));
            }
        }
        let sentences: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        let options = ClusterOptions {
            min_count: 3,
            clusters: 4,
            coarse: 2,
            ..ClusterOptions::default()
        };
        let classes = learn(&sentences, &options);
        let class = |w: &str| classes.get(TokenInfo::new(w).lower).expect("clustered");
        assert_eq!(class("Oslo").cluster, class("Tromso").cluster);
        assert_eq!(class("said").cluster, class("noted").cluster);
        assert_ne!(class("Oslo").cluster, class("said").cluster);
        assert_eq!(class("Bergen").caps, 3);
        assert_eq!(class("minister").caps, 0);
        assert_eq!(learn(&sentences, &options), classes);
    }
}
