//! Scores the speaker a reader is shown, with the data README's
//! definitions (under `polnear/referents-dev.json`), quoted:
//!
//! > Each gold attribution with a source and a known referent is one case
//! > (a named gold source refers to itself; a `null` referent is skipped).
//! > The system attribution for it is the one whose cue overlaps the gold
//! > cue, else the one whose content overlaps the gold content most. The
//! > speaker shown is the linked entity's `name`, else the source's own
//! > text. It is right when a significant word of the referent
//! > (capitalized, not a title such as President, Sen., Mr.) is among the
//! > shown words, or the shown text is the referent's acronym. Report
//! > accuracy over all cases (a missed attribution counts as wrong) and
//! > over the found ones, split into named / pronoun / description cases,
//! > plus the share of system sources whose shown speaker is a bare
//! > pronoun.
//!
//! The speaker shown is the core's own ([`sourcelight::detect::speaker`]),
//! the one every view uses. Without the referents file only named cases
//! are scored; a gold source is a name when the head of its phrase is a
//! capitalized word that is not a title, determiner or pronoun (see
//! [`crate::names::is_name`]).

use crate::brat::GoldAttribution;
use crate::names::{is_name, is_right, words};
use crate::referents::Referents;
use crate::scoring::{overlap, Predicted};
use sourcelight::annotation::{Attribution, Entity, Speaker};
use sourcelight::detect::speaker;
use sourcelight::lexicon::SPEECH_VERBS;
use sourcelight::span::Span;
use sourcelight::summary::words::speaker_label;
use std::collections::BTreeMap;

/// The kind of a case, by its gold source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CaseKind {
    /// The source is itself a name ("Flynn", "The New York Post").
    Named,
    /// A pronoun ("he", "who", "I" in a quotation).
    Pronoun,
    /// Any other phrase ("the senator", "officials").
    Description,
}

impl CaseKind {
    /// The row label.
    pub fn label(self) -> &'static str {
        match self {
            CaseKind::Named => "named",
            CaseKind::Pronoun => "pronoun",
            CaseKind::Description => "description",
        }
    }
}

/// Cases, found and right, for one kind of case.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Cases.
    pub cases: usize,
    /// Cases a system attribution was found for.
    pub found: usize,
    /// Cases whose shown speaker is right.
    pub right: usize,
}

/// Everything the speaker score measures.
#[derive(Debug, Default)]
pub struct SpeakerScores {
    /// By kind of case.
    pub tallies: BTreeMap<CaseKind, Tally>,
    /// System attributions with a source.
    pub system_sources: usize,
    /// Of those, whose speaker is a pronoun linked to no one ("he").
    pub pronouns: usize,
    /// Of those, marked resolved (shown as a name): must be 0.
    pub bare_pronouns_as_names: usize,
    /// System sources shown as a bare pronoun ("he", "who"), read as
    /// every view shows them ([`speaker::label`]: "unresolved: he" is
    /// not bare): must be 0.
    pub bare_pronouns: usize,
    /// Gold sources neither a name nor in the referents file.
    pub unscored: usize,
    /// Gold sources with a `null` referent, skipped.
    pub no_referent: usize,
    /// Referents whose `text` is not the gold source's words.
    pub referent_text_differs: usize,
    /// Wrong cases by kind of case and cause.
    pub causes: BTreeMap<(CaseKind, &'static str), usize>,
    /// Missed cases, and of those the ones whose gold cue holds a verb of
    /// saying ("said", "told"): the rest are PolNeAR's broader cues ("is
    /// bearish on", "backed").
    pub missed: (usize, usize),
}

/// One wrong case, for the error listing.
pub struct WrongCase {
    /// The kind of case.
    pub kind: CaseKind,
    /// Why it is wrong.
    pub cause: &'static str,
    /// The gold cue's words.
    pub gold_cue: String,
    /// The gold source's words.
    pub gold_source: String,
    /// Who it refers to.
    pub referent: String,
    /// The speaker shown, if any.
    pub shown: Option<String>,
    /// The system source's words, if any.
    pub system_source: Option<String>,
    /// The gold source's span, to show its paragraph.
    pub at: Span,
}

/// One article, as the speaker score reads it.
pub struct ArticleView<'a> {
    /// The text file's name without `.txt`.
    pub name: &'a str,
    /// The annotation file's name without `.ann`.
    pub annotation: &'a str,
    /// The text.
    pub text: &'a str,
    /// The gold attributions.
    pub gold: &'a [GoldAttribution],
    /// The system's entities.
    pub entities: &'a [Entity],
    /// The system's attributions.
    pub attributions: &'a [Attribution],
    /// The same, reduced to scored spans (with further quotations).
    pub predicted: &'a [Predicted],
    /// The sentences the annotator read, to say where a missed
    /// attribution's cue was looked for.
    pub sentences: &'a [Span],
}

impl SpeakerScores {
    /// Scores one article, returning its wrong cases.
    pub fn add_article(
        &mut self,
        article: &ArticleView,
        referents: Option<&Referents>,
    ) -> Vec<WrongCase> {
        let text = article.text;
        let shown = speaker::all(text, article.entities, article.attributions);
        for speaker in shown.iter().flatten() {
            self.system_sources += 1;
            if speaker::is_pronoun(&speaker.name) {
                self.pronouns += 1;
                self.bare_pronouns_as_names += usize::from(speaker.resolved);
            }
            self.bare_pronouns += usize::from(speaker::is_pronoun(&speaker_label(speaker)));
        }
        let mut wrong = Vec::new();
        for gold in article.gold.iter().filter(|g| !g.source.is_empty()) {
            let gold_source = pieces_text(text, &gold.source);
            let listed = referents.and_then(|r| r.get(article.name, article.annotation, &gold.id));
            let (kind, referent) = match listed {
                Some(entry) => {
                    if !entry.text.is_empty() && entry.text.trim() != gold_source.trim() {
                        self.referent_text_differs += 1;
                    }
                    let Some(referent) = entry.referent.clone() else {
                        self.no_referent += 1;
                        continue;
                    };
                    let kind = if speaker::is_pronoun(&gold_source) {
                        CaseKind::Pronoun
                    } else {
                        CaseKind::Description
                    };
                    (kind, referent)
                }
                None if is_name(&gold_source) => (CaseKind::Named, gold_source.clone()),
                None => {
                    self.unscored += 1;
                    continue;
                }
            };
            let tally = self.tallies.entry(kind).or_default();
            tally.cases += 1;
            let system = system_for(gold, article.predicted);
            tally.found += usize::from(system.is_some());
            let speaker = system.and_then(|p| shown[p].as_ref());
            if speaker.is_some_and(|s| is_right(&referent, &s.name)) {
                tally.right += 1;
                continue;
            }
            let system_source = system.and_then(|p| article.attributions[p].source);
            let cause = match system {
                Some(_) => cause(text, gold, system_source, speaker),
                None => {
                    self.missed.0 += 1;
                    self.missed.1 += usize::from(has_verb_of_saying(text, gold));
                    missed_cause(gold, article.predicted, article.sentences)
                }
            };
            *self.causes.entry((kind, cause)).or_default() += 1;
            wrong.push(WrongCase {
                kind,
                cause,
                gold_cue: pieces_text(text, &gold.cue),
                gold_source,
                referent,
                shown: speaker.map(|s| s.name.clone()),
                system_source: system_source.map(|s| s.span.slice(text).to_string()),
                at: gold.source[0],
            });
        }
        wrong
    }
}

/// Why a missed case (no system cue or content overlaps it) is missed:
/// its source was credited through another cue, another attribution was
/// found in the sentence of its cue, or nothing was.
fn missed_cause(
    gold: &GoldAttribution,
    predicted: &[Predicted],
    sentences: &[Span],
) -> &'static str {
    if predicted
        .iter()
        .any(|p| p.source.is_some_and(|s| overlap(s, &gold.source) > 0))
    {
        return "attribution missed: its source credited through another cue";
    }
    let sentence = |at: Span| sentences.iter().find(|s| s.overlaps(at)).copied();
    let cue_sentences: Vec<Span> = gold.cue.iter().filter_map(|&c| sentence(c)).collect();
    if predicted
        .iter()
        .any(|p| cue_sentences.iter().any(|s| s.overlaps(p.cue)))
    {
        "attribution missed: another cue found in its sentence"
    } else {
        "attribution missed: no cue found in its sentence"
    }
}

/// Whether a gold cue holds a verb of saying ("said", "told").
fn has_verb_of_saying(text: &str, gold: &GoldAttribution) -> bool {
    gold.cue
        .iter()
        .flat_map(|c| words(c.slice(text)))
        .any(|w| SPEECH_VERBS.contains_any_case(w))
}

/// Why a found case's speaker is wrong.
fn cause(
    text: &str,
    gold: &GoldAttribution,
    source: Option<sourcelight::annotation::SourceMention>,
    speaker: Option<&Speaker>,
) -> &'static str {
    let (Some(source), Some(speaker)) = (source, speaker) else {
        return "attribution found, no source";
    };
    if !gold.source.iter().any(|&g| source.span.overlaps(g)) {
        "another phrase taken as the source"
    } else if !speaker.resolved {
        "left unresolved"
    } else if source.entity.is_some() && !speaker::is_pronoun(source.span.slice(text)) {
        "linked to the wrong entity"
    } else if source.entity.is_some() {
        "pronoun linked to the wrong entity"
    } else {
        "source words miss the name"
    }
}

/// The system attribution for a gold one: the one whose cue overlaps the
/// gold cue most, else the one whose content overlaps the gold content
/// most.
fn system_for(gold: &GoldAttribution, predicted: &[Predicted]) -> Option<usize> {
    let best = |score: &dyn Fn(&Predicted) -> usize| {
        predicted
            .iter()
            .enumerate()
            .map(|(p, item)| (score(item), p))
            .filter(|&(size, _)| size > 0)
            .max_by_key(|&(size, p)| (size, std::cmp::Reverse(p)))
            .map(|(_, p)| p)
    };
    best(&|p| overlap(p.cue, &gold.cue)).or_else(|| {
        best(&|p| {
            p.content
                .iter()
                .chain(&p.more_content)
                .map(|&c| overlap(c, &gold.content))
                .sum()
        })
    })
}

/// The words of a gold span's pieces.
fn pieces_text(text: &str, pieces: &[Span]) -> String {
    let words: Vec<&str> = pieces.iter().map(|p| p.slice(text)).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(cue: (usize, usize), content: (usize, usize)) -> GoldAttribution {
        GoldAttribution {
            id: "E1".to_string(),
            cue: vec![Span::new(cue.0, cue.1)],
            source: vec![Span::new(0, 3)],
            content: vec![Span::new(content.0, content.1)],
        }
    }

    fn predicted(cue: (usize, usize), content: (usize, usize)) -> Predicted {
        Predicted {
            cue: Span::new(cue.0, cue.1),
            source: None,
            content: Some(Span::new(content.0, content.1)),
            more_content: Vec::new(),
        }
    }

    #[test]
    fn the_system_attribution_is_found_by_cue_then_by_content() {
        let system = [predicted((40, 44), (10, 30)), predicted((4, 8), (50, 60))];
        assert_eq!(system_for(&gold((4, 8), (10, 30)), &system), Some(1));
        assert_eq!(system_for(&gold((70, 74), (12, 30)), &system), Some(0));
        assert_eq!(system_for(&gold((70, 74), (80, 90)), &system), None);
    }

    #[test]
    fn pronoun_and_description_cases_are_scored_with_their_referents() {
        let text = "Mara Lind chairs the port board. \u{201c}We will not move the berth,\u{201d} \
                    she said. Tomas Greve said the union agreed. The board said nothing.";
        let at = |words: &str| {
            let start = text.find(words).unwrap();
            vec![Span::new(start, start + words.len())]
        };
        let said = |nth: usize| {
            let start = text.match_indices("said").nth(nth).unwrap().0;
            vec![Span::new(start, start + 4)]
        };
        let gold = vec![
            GoldAttribution {
                id: "E1".to_string(),
                cue: said(0),
                source: at("she"),
                content: at("We will not move the berth,"),
            },
            GoldAttribution {
                id: "E2".to_string(),
                cue: said(1),
                source: at("Tomas Greve"),
                content: at("the union agreed"),
            },
            GoldAttribution {
                id: "E3".to_string(),
                cue: said(2),
                source: at("The board"),
                content: at("nothing"),
            },
        ];
        let referents = Referents::parse(
            r#"[{"file": "board.txt", "id": "E1", "text": "she", "referent": "Mara Lind"},
                {"file": "board.txt", "id": "E3", "text": "The board", "referent": null}]"#,
        )
        .unwrap();
        let analysis = sourcelight::annotate(text, &sourcelight::Options::default()).unwrap();
        let found = &analysis.annotations;
        let predicted = crate::scoring::predictions(found);
        let view = ArticleView {
            name: "board",
            annotation: "board_ab12",
            text,
            gold: &gold,
            entities: &found.entities,
            attributions: &found.attributions,
            predicted: &predicted,
            sentences: &[],
        };
        let mut scores = SpeakerScores::default();
        let wrong = scores.add_article(&view, Some(&referents));
        assert!(wrong.is_empty());
        let pronoun = scores.tallies[&CaseKind::Pronoun];
        assert_eq!((pronoun.cases, pronoun.found, pronoun.right), (1, 1, 1));
        let named = scores.tallies[&CaseKind::Named];
        assert_eq!((named.cases, named.right), (1, 1));
        assert_eq!(scores.no_referent, 1);
        assert_eq!(scores.bare_pronouns, 0);
        // Without the file, the pronoun is not scored.
        let mut named_only = SpeakerScores::default();
        named_only.add_article(&view, None);
        assert!(!named_only.tallies.contains_key(&CaseKind::Pronoun));
        assert_eq!(named_only.unscored, 2);
    }
}
