//! Table-driven cases for quotations and attributions
//! (`tests/cases/attributions.json`): our own sentences in, the contract
//! JSON checked for quotes, their kinds and credits, and each
//! attribution's cue, source, entity, kind, via and content. Plus a
//! property test that every quote and attribution span stays in bounds
//! and in order on text full of tricky marks.

use serde_json::Value;
use sourcelight::output::to_contract;
use sourcelight::{annotate, Options};

fn slice16(units: &[u16], span: &Value) -> Option<String> {
    if span.is_null() {
        return None;
    }
    let start = span["start"].as_u64()? as usize;
    let end = span["end"].as_u64()? as usize;
    Some(String::from_utf16(&units[start..end]).expect("span on UTF-16 boundaries"))
}

fn check_case(case: &Value) {
    let why = case["why"].as_str().unwrap();
    let text = case["text"].as_str().unwrap();
    let units: Vec<u16> = text.encode_utf16().collect();
    let analysis = annotate(text, &Options::default()).unwrap();
    let doc = serde_json::to_value(to_contract(&analysis)).unwrap();
    let quotes = doc["quotes"].as_array().unwrap();
    let attributions = doc["attributions"].as_array().unwrap();
    let entities = doc["entities"].as_array().unwrap();
    let quote_texts: Vec<(String, String)> = quotes
        .iter()
        .map(|q| {
            (
                slice16(&units, q).unwrap(),
                q["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();

    if case["no_quotes"].as_bool() == Some(true) {
        assert!(
            quotes.is_empty(),
            "{why}: expected no quotes, got {quote_texts:?}"
        );
    }
    for expected in case["quotes"].as_array().into_iter().flatten() {
        let pair = (
            expected[0].as_str().unwrap().to_string(),
            expected[1].as_str().unwrap().to_string(),
        );
        assert!(
            quote_texts.contains(&pair),
            "{why}: expected quote {pair:?}, got {quote_texts:?}"
        );
    }
    for expected in case["credited"].as_array().into_iter().flatten() {
        let quote_text = expected[0].as_str().unwrap();
        let quote = quotes
            .iter()
            .find(|q| slice16(&units, q).as_deref() == Some(quote_text))
            .unwrap_or_else(|| panic!("{why}: no quote {quote_text:?} in {quote_texts:?}"));
        let cue = quote["attribution"]
            .as_u64()
            .map(|a| slice16(&units, &attributions[a as usize]["cue"]).unwrap());
        assert_eq!(
            cue.as_deref(),
            expected[1].as_str(),
            "{why}: cue credited with {quote_text:?}"
        );
    }
    for expected in case["attributions"].as_array().into_iter().flatten() {
        let cue = expected["cue"].as_str().unwrap();
        let found = attributions
            .iter()
            .find(|a| slice16(&units, &a["cue"]).as_deref() == Some(cue))
            .unwrap_or_else(|| {
                let cues: Vec<_> = attributions
                    .iter()
                    .map(|a| slice16(&units, &a["cue"]))
                    .collect();
                panic!("{why}: no attribution with cue {cue:?}; cues {cues:?}")
            });
        for field in ["source", "via", "content"] {
            if let Some(want) = expected.get(field) {
                assert_eq!(
                    slice16(&units, &found[field]).as_deref(),
                    want.as_str(),
                    "{why}: {field} of {cue:?}"
                );
            }
        }
        for field in ["source_kind", "direct", "hedged"] {
            if let Some(want) = expected.get(field) {
                assert_eq!(&found[field], want, "{why}: {field} of {cue:?}");
            }
        }
        if let Some(want) = expected.get("entity") {
            let linked = found["source"]["entity"]
                .as_u64()
                .map(|e| entities[e as usize]["name"].as_str().unwrap().to_string());
            assert_eq!(
                linked.as_deref(),
                want.as_str(),
                "{why}: entity of the source of {cue:?}"
            );
        }
    }
    if case["no_attributions"].as_bool() == Some(true) {
        let cues: Vec<_> = attributions
            .iter()
            .map(|a| slice16(&units, &a["cue"]))
            .collect();
        assert!(
            cues.is_empty(),
            "{why}: expected no attributions, got {cues:?}"
        );
    }
    for cue in case["not_cues"].as_array().into_iter().flatten() {
        let cue = cue.as_str().unwrap();
        assert!(
            attributions
                .iter()
                .all(|a| slice16(&units, &a["cue"]).as_deref() != Some(cue)),
            "{why}: {cue:?} is not a cue"
        );
    }
}

#[test]
fn attribution_cases() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("cases/attributions.json"))
        .expect("attributions.json parses");
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for case in &cases {
        if let Err(panic) = std::panic::catch_unwind(|| check_case(case)) {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "panic".to_string());
            failures.push(message);
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
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
