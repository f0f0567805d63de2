//! Table-driven cases for each stage (`tests/cases/{quotes,cues,content,
//! credit,resolve}.json`, read into the shared [`common::Case`]): our own
//! sentences in, the contract JSON checked for quotes, their kinds and
//! credits, and each attribution's cue, source, entity, kind, via and
//! content. Plus a property test that every quote and attribution span
//! stays in bounds and in order on text full of tricky marks.

mod common;

use sourcelight::output::to_contract;
use sourcelight::{annotate, Options};

/// The case files of the stages, by name.
const STAGES: &[(&str, &str)] = &[
    ("quotes", include_str!("cases/quotes.json")),
    ("cues", include_str!("cases/cues.json")),
    ("content", include_str!("cases/content.json")),
    ("credit", include_str!("cases/credit.json")),
    ("resolve", include_str!("cases/resolve.json")),
];

#[test]
fn stage_cases() {
    let mut failures = Vec::new();
    let mut names = Vec::new();
    for (stage, json) in STAGES {
        let cases = common::cases(json);
        assert!(!cases.is_empty(), "{stage}.json has cases");
        for case in &cases {
            names.push(case.name.clone());
            if let Err(message) = common::annotate_and_check(case) {
                failures.push(format!("{stage}: {message}"));
            }
        }
    }
    let count = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), count, "case names are unique");
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn an_unknown_key_is_an_error() {
    let typo = r#"[{"name": "n", "why": "w", "text": "t", "attribution": []}]"#;
    assert!(std::panic::catch_unwind(|| common::cases(typo)).is_err());
    let inner = r#"[{"name": "n", "why": "w", "text": "t", "attributions": [{"cue": "said", "sorce": "Ana"}]}]"#;
    assert!(std::panic::catch_unwind(|| common::cases(inner)).is_err());
}

#[test]
fn the_occurrence_tells_two_cues_with_the_same_words_apart() {
    let cases = common::cases(
        r#"[{"name": "two-said", "why": "two said", "text": "Ana Ruiz said the pier would open. Tomas Greve said the ferry would wait.",
            "attributions": [{"cue": "said", "source": "Ana Ruiz"}, {"cue": "said", "occurrence": 1, "source": "Tomas Greve"}]},
           {"name": "wrong", "why": "the second said is not Ana's", "text": "Ana Ruiz said the pier would open. Tomas Greve said the ferry would wait.",
            "attributions": [{"cue": "said", "occurrence": 1, "source": "Ana Ruiz"}]}]"#,
    );
    let doc = |case: &common::Case| {
        serde_json::to_value(to_contract(
            &annotate(&case.text, &Options::default()).unwrap(),
        ))
        .unwrap()
    };
    assert_eq!(common::check(&cases[0], &doc(&cases[0])), Ok(()));
    assert!(common::check(&cases[1], &doc(&cases[1])).is_err());
}

/// Fragments that stress quote pairing and attribution.
const PIECES: &[&str] = &[
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "''",
    "\u{2018}",
    "\u{2019}",
    "\u{00AB}",
    "\u{00BB}",
    "\u{201E}",
    "\u{2033}",
    "\n\n",
    " ",
    ", ",
    ": ",
    ". ",
    "said",
    "according to",
    "Ana Ruiz",
    "told reporters",
    "that",
    "sources cited by",
    "the Gazette",
    "he",
    "reportedly",
    "'90s",
    "rock 'n' roll",
    "don't",
    "\u{1F389}",
    "\u{05E9}",
    "\u{5317}",
    "who asked not to be named",
    " (D-Calden) ",
    " \u{2014} ",
];

#[test]
fn spans_stay_in_bounds_on_tricky_text() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..400 {
        let mut text = String::new();
        state ^= state << 7;
        state ^= state >> 9;
        let pieces = 5 + (state % 60) as usize;
        for _ in 0..pieces {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
        }
        let Ok(analysis) = annotate(&text, &Options::default()) else {
            continue;
        };
        let found = &analysis.annotations;
        let in_bounds = |s: sourcelight::span::Span| {
            s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        };
        for quote in &found.quotes {
            assert!(
                in_bounds(quote.span) && quote.span.contains(quote.inner),
                "{text:?}: quote {quote:?}"
            );
            if let Some(a) = quote.attribution {
                assert!(a < found.attributions.len(), "{text:?}");
            }
        }
        assert!(
            found
                .quotes
                .windows(2)
                .all(|w| w[0].span.start <= w[1].span.start),
            "{text:?}: quotes out of order"
        );
        for a in &found.attributions {
            assert!(in_bounds(a.cue), "{text:?}: cue {a:?}");
            for span in [a.source.map(|s| s.span), a.via.map(|s| s.span), a.content]
                .into_iter()
                .flatten()
            {
                assert!(in_bounds(span), "{text:?}: span in {a:?}");
            }
            for entity in [
                a.source.and_then(|s| s.entity),
                a.via.and_then(|s| s.entity),
            ]
            .into_iter()
            .flatten()
            {
                assert!(entity < found.entities.len(), "{text:?}");
            }
        }
        assert!(
            found
                .attributions
                .windows(2)
                .all(|w| w[0].cue.start <= w[1].cue.start),
            "{text:?}: attributions out of order"
        );
    }
}
