//! Scores predicted attributions against gold ones: cue, source and content
//! spans matched one to one, leniently (any overlap) or strictly (equal after
//! trimming punctuation and spaces; content in several pieces is taken from
//! its first piece to its last, a prediction's further quotations only
//! within its paragraph),
//! whole attributions, and speaker recall on direct quotations.

use crate::brat::GoldAttribution;
use sourcelight::span::Span;
use std::collections::BTreeMap;

/// A predicted attribution, reduced to the spans that are scored.
#[derive(Clone, Debug)]
pub struct Predicted {
    /// The cue.
    pub cue: Span,
    /// The source, when one was found.
    pub source: Option<Span>,
    /// The content, when one was found.
    pub content: Option<Span>,
    /// Further quotations credited to the same attribution (a quote that
    /// runs on after the cue, a bare quote paragraph): more pieces of its
    /// content under lenient matching.
    pub more_content: Vec<Span>,
}

impl Predicted {
    /// The content as one span, as the gold's pieces are taken for strict
    /// matching: from the main content to the last further quotation of
    /// the same paragraph ("“A,” Ana said, “B.”" spans A to B).
    fn content_extent(&self, text: &str) -> Option<Span> {
        let main = self.content?;
        let end = self
            .more_content
            .iter()
            .filter(|c| c.start >= main.end && !text[main.end..c.start].contains('\n'))
            .map(|c| c.end)
            .max()
            .unwrap_or(main.end);
        Some(Span::new(main.start, end))
    }
}

/// The attributions reduced to the spans scored, each with the further
/// quotations credited to it.
pub fn predictions(found: &sourcelight::Annotations) -> Vec<Predicted> {
    let mut predicted: Vec<Predicted> = found
        .attributions
        .iter()
        .map(|a| Predicted {
            cue: a.cue,
            source: a.source.map(|s| s.span),
            content: a.content,
            more_content: Vec::new(),
        })
        .collect();
    for quote in &found.quotes {
        if let Some(p) = quote.attribution.and_then(|a| predicted.get_mut(a)) {
            if p.content != Some(quote.inner) {
                p.more_content.push(quote.inner);
            }
        }
    }
    predicted
}

/// How spans are compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matching {
    /// Any shared byte.
    Lenient,
    /// The same text after trimming punctuation and spaces at both ends.
    Strict,
}

/// True positives against the predicted and gold totals.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    /// Matched pairs.
    pub matched: usize,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }

    /// Matched over predicted.
    pub fn precision(self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    /// Matched over gold.
    pub fn recall(self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Everything measured over a set of articles.
#[derive(Debug, Default)]
pub struct Scores {
    /// Per role ("cue", "source", "content", "full") and matching.
    pub roles: BTreeMap<(&'static str, &'static str), Counts>,
    /// Gold direct-quotation attributions with a source, and how many of
    /// them a prediction credits to an overlapping source.
    pub direct_speakers: (usize, usize),
    /// Error counts by type.
    pub errors: BTreeMap<&'static str, usize>,
    /// Missed gold cues by lower-cased text.
    pub missed_cues: BTreeMap<String, usize>,
    /// Spurious predicted cues by lower-cased text.
    pub spurious_cues: BTreeMap<String, usize>,
}

impl Scores {
    /// Scores one article and adds it to the totals.
    pub fn add_article(&mut self, text: &str, gold: &[GoldAttribution], predicted: &[Predicted]) {
        for matching in [Matching::Lenient, Matching::Strict] {
            let name = match matching {
                Matching::Lenient => "lenient",
                Matching::Strict => "strict",
            };
            let cue_pairs =
                match_role(text, gold, predicted, matching, |g| &g.cue, |p| Some(p.cue));
            self.count("cue", name, cue_pairs.len(), predicted.len(), gold.len());
            let source_pairs =
                match_role(text, gold, predicted, matching, |g| &g.source, |p| p.source);
            self.count(
                "source",
                name,
                source_pairs.len(),
                predicted.iter().filter(|p| p.source.is_some()).count(),
                gold.iter().filter(|g| !g.source.is_empty()).count(),
            );
            let content_pairs = match_content(text, gold, predicted, matching);
            self.count(
                "content",
                name,
                content_pairs.len(),
                predicted.iter().filter(|p| p.content.is_some()).count(),
                gold.iter().filter(|g| !g.content.is_empty()).count(),
            );
            let full = match_full(text, gold, predicted, matching);
            self.count("full", name, full.len(), predicted.len(), gold.len());
            if matching == Matching::Lenient {
                self.count_errors(text, gold, predicted, &cue_pairs);
            }
        }
        for g in gold
            .iter()
            .filter(|g| !g.source.is_empty() && is_direct(text, g))
        {
            self.direct_speakers.0 += 1;
            let credited = predicted.iter().any(|p| {
                content_overlaps(p, &g.content)
                    && p.source
                        .is_some_and(|s| g.source.iter().any(|&k| s.overlaps(k)))
            });
            if credited {
                self.direct_speakers.1 += 1;
            }
        }
    }

    fn count(
        &mut self,
        role: &'static str,
        matching: &'static str,
        matched: usize,
        p: usize,
        g: usize,
    ) {
        self.roles.entry((role, matching)).or_default().add(Counts {
            matched,
            predicted: p,
            gold: g,
        });
    }

    fn count_errors(
        &mut self,
        text: &str,
        gold: &[GoldAttribution],
        predicted: &[Predicted],
        cue_pairs: &[(usize, usize)],
    ) {
        let mut gold_hit = vec![false; gold.len()];
        let mut predicted_hit = vec![false; predicted.len()];
        for &(g, p) in cue_pairs {
            gold_hit[g] = true;
            predicted_hit[p] = true;
            let (gold, predicted) = (&gold[g], &predicted[p]);
            let source = match (gold.source.is_empty(), predicted.source) {
                (true, None) => None,
                (true, Some(_)) => Some("source given where the gold has none"),
                (false, None) => Some("source missing"),
                (false, Some(s)) if !gold.source.iter().any(|&k| s.overlaps(k)) => {
                    Some("source wrong")
                }
                (false, Some(s)) if !same_trimmed(text, s, &gold.source) => Some("source boundary"),
                _ => None,
            };
            let content = match predicted.content {
                None => Some("content missing"),
                Some(_) if !content_overlaps(predicted, &gold.content) => Some("content wrong"),
                Some(_)
                    if !predicted
                        .content_extent(text)
                        .is_some_and(|c| same_trimmed(text, c, &gold.content)) =>
                {
                    Some("content boundary")
                }
                _ => None,
            };
            for error in source.into_iter().chain(content) {
                *self.errors.entry(error).or_default() += 1;
            }
        }
        for (g, _) in gold_hit.iter().enumerate().filter(|(_, hit)| !**hit) {
            *self.errors.entry("cue missed").or_default() += 1;
            let words = pieces_text(text, &gold[g].cue).to_lowercase();
            *self.missed_cues.entry(words).or_default() += 1;
        }
        for (p, _) in predicted_hit.iter().enumerate().filter(|(_, hit)| !**hit) {
            *self.errors.entry("cue spurious").or_default() += 1;
            let words = predicted[p].cue.slice(text).to_lowercase();
            *self.spurious_cues.entry(words).or_default() += 1;
        }
    }
}

/// Whether the gold content is a direct quotation: it opens with a mark.
fn is_direct(text: &str, gold: &GoldAttribution) -> bool {
    gold.content.first().is_some_and(|k| {
        k.slice(text)
            .trim_start()
            .starts_with(['"', '\u{201C}', '\u{2018}', '\'', '\u{00AB}'])
    })
}

fn pieces_text(text: &str, pieces: &[Span]) -> String {
    pieces
        .iter()
        .map(|p| p.slice(text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `span` matches the gold pieces under `matching`.
fn matches(text: &str, span: Span, pieces: &[Span], matching: Matching) -> bool {
    match matching {
        Matching::Lenient => pieces.iter().any(|&k| span.overlaps(k)),
        Matching::Strict => same_trimmed(text, span, pieces),
    }
}

/// Equal after trimming punctuation and spaces, the gold pieces taken from
/// the first's start to the last's end.
fn same_trimmed(text: &str, span: Span, pieces: &[Span]) -> bool {
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    trim(text, span) == trim(text, Span::new(first.start, last.end.max(first.start)))
}

fn trim(text: &str, span: Span) -> Span {
    let inner = span.slice(text);
    let is_junk = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || !c.is_alphanumeric();
    let trimmed_start = inner.trim_start_matches(is_junk);
    let start = span.start + (inner.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(is_junk);
    Span::new(start, start + trimmed.len())
}

/// How many bytes of `a` the pieces share.
pub fn overlap(a: Span, pieces: &[Span]) -> usize {
    pieces
        .iter()
        .map(|k| k.end.min(a.end).saturating_sub(k.start.max(a.start)))
        .sum()
}

/// One-to-one pairs (gold, predicted) whose role spans match, the largest
/// overlaps paired first.
pub fn match_role(
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Predicted],
    matching: Matching,
    gold_role: impl Fn(&GoldAttribution) -> &Vec<Span>,
    predicted_role: impl Fn(&Predicted) -> Option<Span>,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold) in gold.iter().enumerate() {
        let pieces = gold_role(gold);
        if pieces.is_empty() {
            continue;
        }
        for (p, predicted) in predicted.iter().enumerate() {
            if let Some(span) = predicted_role(predicted) {
                if matches(text, span, pieces, matching) {
                    candidates.push((overlap(span, pieces), g, p));
                }
            }
        }
    }
    pair_greedily(candidates, gold.len(), predicted.len())
}

/// Whether any piece of the predicted content shares a byte with the gold
/// pieces.
fn content_overlaps(predicted: &Predicted, pieces: &[Span]) -> bool {
    predicted
        .content
        .iter()
        .chain(&predicted.more_content)
        .any(|c| pieces.iter().any(|&k| c.overlaps(k)))
}

/// Content pairs: leniently any piece overlapping, strictly the main
/// content equal after trimming.
pub fn match_content(
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Predicted],
    matching: Matching,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold) in gold
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.content.is_empty())
    {
        for (p, predicted) in predicted.iter().enumerate() {
            let Some(main) = predicted.content else {
                continue;
            };
            let hit = match matching {
                Matching::Lenient => content_overlaps(predicted, &gold.content),
                Matching::Strict => predicted
                    .content_extent(text)
                    .is_some_and(|c| same_trimmed(text, c, &gold.content)),
            };
            if hit {
                let size = std::iter::once(main)
                    .chain(predicted.more_content.iter().copied())
                    .map(|c| overlap(c, &gold.content))
                    .sum();
                candidates.push((size, g, p));
            }
        }
    }
    pair_greedily(candidates, gold.len(), predicted.len())
}

/// Pairs whole attributions: cue, content and source all match (no source
/// on either side also counts as a match of the source).
fn match_full(
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Predicted],
    matching: Matching,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (g, gold) in gold.iter().enumerate() {
        for (p, predicted) in predicted.iter().enumerate() {
            let cue = matches(text, predicted.cue, &gold.cue, matching);
            let content = match matching {
                Matching::Lenient => content_overlaps(predicted, &gold.content),
                Matching::Strict => predicted
                    .content_extent(text)
                    .is_some_and(|c| same_trimmed(text, c, &gold.content)),
            };
            let source = match predicted.source {
                None => gold.source.is_empty(),
                Some(s) => matches(text, s, &gold.source, matching),
            };
            if cue && content && source {
                candidates.push((overlap(predicted.cue, &gold.cue), g, p));
            }
        }
    }
    pair_greedily(candidates, gold.len(), predicted.len())
}

fn pair_greedily(
    mut candidates: Vec<(usize, usize, usize)>,
    gold: usize,
    predicted: usize,
) -> Vec<(usize, usize)> {
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold];
    let mut predicted_used = vec![false; predicted];
    let mut pairs = Vec::new();
    for (_, g, p) in candidates {
        if !gold_used[g] && !predicted_used[p] {
            gold_used[g] = true;
            predicted_used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(
        cue: (usize, usize),
        source: Option<(usize, usize)>,
        content: (usize, usize),
    ) -> GoldAttribution {
        GoldAttribution {
            id: String::new(),
            cue: vec![Span::new(cue.0, cue.1)],
            source: source.map(|s| Span::new(s.0, s.1)).into_iter().collect(),
            content: vec![Span::new(content.0, content.1)],
        }
    }

    #[test]
    fn strict_matching_ignores_marks_and_spaces_at_the_ends() {
        let text = "\u{201C}We won,\u{201D} Ana said.";
        let g = gold((18, 22), Some((14, 17)), (0, 13));
        let p = Predicted {
            cue: Span::new(18, 22),
            source: Some(Span::new(14, 17)),
            content: Some(Span::new(3, 9)),
            more_content: Vec::new(),
        };
        let mut scores = Scores::default();
        scores.add_article(text, &[g], &[p]);
        assert_eq!(scores.roles[&("full", "strict")].matched, 1);
        assert_eq!(scores.direct_speakers, (1, 1));
    }

    #[test]
    fn a_split_quotation_is_one_content_under_strict_matching() {
        let text = "\u{201C}We won,\u{201D} Ana said, \u{201C}and we stay.\u{201D}";
        let first = text.find("We").unwrap();
        let second = text.find("and").unwrap();
        let (ana, said) = (text.find("Ana").unwrap(), text.find("said").unwrap());
        let g = gold((said, said + 4), Some((ana, ana + 3)), (first, text.len()));
        let p = Predicted {
            cue: Span::new(said, said + 4),
            source: Some(Span::new(ana, ana + 3)),
            content: Some(Span::new(first, first + 7)),
            more_content: vec![Span::new(second, second + 12)],
        };
        let mut scores = Scores::default();
        scores.add_article(text, &[g], &[p]);
        assert_eq!(scores.roles[&("content", "strict")].matched, 1);
    }

    #[test]
    fn one_prediction_matches_one_gold_item() {
        let text = "Ana said this and said that.";
        let g1 = gold((4, 8), Some((0, 3)), (9, 13));
        let g2 = gold((18, 22), Some((0, 3)), (23, 27));
        let p = Predicted {
            cue: Span::new(4, 22),
            source: Some(Span::new(0, 3)),
            content: Some(Span::new(9, 27)),
            more_content: Vec::new(),
        };
        let mut scores = Scores::default();
        scores.add_article(text, &[g1, g2], &[p]);
        let cue = scores.roles[&("cue", "lenient")];
        assert_eq!((cue.matched, cue.predicted, cue.gold), (1, 1, 2));
        assert_eq!(scores.errors.get("cue missed"), Some(&1));
    }
}
