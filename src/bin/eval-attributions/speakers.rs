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
//! [`is_name`]).

use crate::brat::GoldAttribution;
use crate::referents::Referents;
use crate::scoring::{overlap, Predicted};
use sourcelight::annotation::{Attribution, Entity, Speaker};
use sourcelight::detect::speaker;
use sourcelight::lexicon::{is_person_title, SPEECH_VERBS};
use sourcelight::span::Span;
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
    /// Of those, shown as a bare pronoun ("he", "who").
    pub bare_pronouns: usize,
    /// Of those, shown as a name (marked resolved): must be 0.
    pub bare_pronouns_as_names: usize,
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
        let shown: Vec<Option<Speaker>> = article
            .attributions
            .iter()
            .map(|a| speaker::of(text, article.entities, a))
            .collect();
        for speaker in shown.iter().flatten() {
            self.system_sources += 1;
            if speaker::is_pronoun(&speaker.name) {
                self.bare_pronouns += 1;
                self.bare_pronouns_as_names += usize::from(speaker.resolved);
            }
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

/// Words of a name, without punctuation or a possessive ("Ruiz's" is
/// "Ruiz", "Mr." is "Mr").
fn words(phrase: &str) -> Vec<&str> {
    phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}' || c == '-'))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .trim_matches(['\'', '\u{2019}', '-'])
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `word` is a title ("President", "Sen", "Mr") or a determiner.
fn is_title_or_determiner(word: &str) -> bool {
    is_person_title(word)
        || is_person_title(&format!("{word}."))
        || matches!(word, "The" | "A" | "An" | "THE")
}

/// The referent's significant words: capitalized, not a title.
fn significant(referent: &str) -> Vec<&str> {
    words(referent)
        .into_iter()
        .filter(|w| w.starts_with(char::is_uppercase) && !is_title_or_determiner(w))
        .collect()
}

/// Whether the shown speaker is right for `referent`: a significant word
/// of the referent is among the shown words (ignoring case, "WALLACE",
/// and the apostrophe's shape, "O’Neill"), or the shown text is the
/// referent's acronym ("RNC" for the Republican National Committee). An
/// acronym is read both ways: a source written "the IMF" is the
/// International Monetary Fund a linked entity's name shows.
pub fn is_right(referent: &str, shown: &str) -> bool {
    let fold = |w: &str| w.replace('\u{2019}', "'").to_lowercase();
    let shown_words: Vec<String> = words(shown).iter().map(|w| fold(w)).collect();
    let key = significant(referent);
    key.iter().any(|w| shown_words.contains(&fold(w)))
        || is_acronym_of(shown, referent)
        || is_acronym_of(referent, shown)
}

/// Whether `short` ("the I.R.S.", "RNC") is the acronym of the capitalized
/// words of `long` ("Internal Revenue Service").
fn is_acronym_of(short: &str, long: &str) -> bool {
    let acronym: String = significant(long)
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    let short = short.trim();
    let short = short
        .strip_prefix("the ")
        .or_else(|| short.strip_prefix("The "))
        .unwrap_or(short);
    let letters: String = short.chars().filter(|c| *c != '.').collect();
    acronym.chars().count() > 1 && letters == acronym
}

/// Whether a gold source is itself a name: the head of the phrase (up to
/// its first comma, parenthesis, dash or relative pronoun, and before a
/// preposition after a lower-case word: "a spokeswoman for Ana Ruiz" is a
/// spokeswoman) is a capitalized word that is not a title, determiner or
/// pronoun ("Flynn", "Secretary of State Ana Ruiz", "The Coastal Ledger";
/// not "the senator", "He", "a Ruiz aide").
pub fn is_name(phrase: &str) -> bool {
    let mut head = None;
    let mut previous_lower = false;
    for raw in phrase.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = word.to_lowercase();
        let ends = matches!(lower.as_str(), "who" | "whom" | "whose" | "which" | "that")
            || previous_lower
                && matches!(
                    lower.as_str(),
                    "of" | "by" | "for" | "at" | "from" | "with" | "in" | "to" | "on"
                );
        if ends || raw.starts_with(['(', '\u{2014}', '\u{2013}']) {
            break;
        }
        if !word.is_empty() {
            head = Some(word);
            previous_lower = word.starts_with(char::is_lowercase);
        }
        if raw.ends_with([',', '(', ';']) {
            break;
        }
    }
    head.is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && !is_title_or_determiner(w)
            && !speaker::is_pronoun(w)
            && !matches!(
                w,
                "This" | "That" | "These" | "Those" | "His" | "Her" | "Their" | "Its"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_told_from_pronouns_and_descriptions() {
        for name in [
            "Flynn",
            "The Coastal Ledger",
            "Secretary of State Ana Ruiz",
            "Sen. Tomas Greve (R-Brill), who chairs the board,",
            "Ana Ruiz, the harbour master,",
            "WALLACE",
        ] {
            assert!(is_name(name), "{name}");
        }
        for other in [
            "he",
            "They",
            "the senator",
            "a Ruiz aide",
            "A spokeswoman for Ana Ruiz",
            "officials",
            "Mr.",
            "His lawyer",
        ] {
            assert!(!is_name(other), "{other}");
        }
    }

    #[test]
    fn a_speaker_is_right_by_a_significant_word_or_the_acronym() {
        assert!(is_right("Ana Ruiz", "Ruiz"));
        assert!(is_right("Mrs. Ruiz", "Ana Ruiz"));
        assert!(is_right("Ruiz's campaign", "Ana Ruiz"));
        assert!(is_right("Greve", "GREVE"));
        assert!(is_right("Regional Arbitration Board", "RAB"));
        assert!(is_right("the R.A.B.", "Regional Arbitration Board"));
        assert!(is_right("O'Neill", "Jo O\u{2019}Neill"));
        assert!(!is_right("the RAB report", "Regional Arbitration Board"));
        assert!(!is_right("Ana Ruiz", "Tomas Greve"));
        assert!(!is_right("President Ruiz", "the President"));
        assert!(!is_right("Ana Ruiz", "she"));
        assert!(!is_right("the board", "the board"));
    }

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
