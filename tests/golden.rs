//! Golden cases as data (`tests/cases/golden.json`): our own sentences in,
//! expected spans out, checked through the contract JSON (UTF-16 offsets),
//! exactly as outside tools and the page read it.

use serde_json::Value;
use sourcelight::output::to_contract;
use sourcelight::{annotate, Options};

/// The text of a UTF-16 span of `text`.
fn slice16(text: &str, start: &Value, end: &Value) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let (start, end) = (
        start.as_u64().unwrap() as usize,
        end.as_u64().unwrap() as usize,
    );
    String::from_utf16(&units[start..end]).expect("span on UTF-16 boundaries")
}

fn span_text(text: &str, span: &Value) -> Option<String> {
    (!span.is_null()).then(|| slice16(text, &span["start"], &span["end"]))
}

/// Each span of `items` as its text and its `kind`.
fn texts_and_kinds(text: &str, items: &Value) -> Vec<(String, String)> {
    items
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                slice16(text, &item["start"], &item["end"]),
                item["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// Asserts that every `[text, kind]` pair of the case's `expected` list
/// is among `found`.
fn assert_all_found(why: &str, what: &str, expected: &Value, found: &[(String, String)]) {
    for pair in expected.as_array().into_iter().flatten() {
        let pair = (
            pair[0].as_str().unwrap().to_string(),
            pair[1].as_str().unwrap().to_string(),
        );
        assert!(
            found.contains(&pair),
            "{why}: expected {what} {pair:?}, got {found:?}"
        );
    }
}

fn check_case(case: &Value) {
    let why = case["why"].as_str().unwrap();
    let text = case["text"].as_str().unwrap();
    let analysis = annotate(text, &Options::default()).unwrap();
    let doc = serde_json::to_value(to_contract(&analysis)).unwrap();

    let mentions: Vec<(String, String)> = doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| {
            e["mentions"].as_array().unwrap().iter().map(move |m| {
                (
                    slice16(text, &m["start"], &m["end"]),
                    e["kind"].as_str().unwrap().to_string(),
                )
            })
        })
        .collect();
    assert_all_found(why, "mention", &case["entities"], &mentions);

    let quotes = texts_and_kinds(text, &doc["quotes"]);
    assert_all_found(why, "quote", &case["quotes"], &quotes);

    let attributions = doc["attributions"].as_array().unwrap();
    for expected in case["attributions"].as_array().into_iter().flatten() {
        let cue = expected["cue"].as_str().unwrap();
        let found = attributions
            .iter()
            .find(|a| span_text(text, &a["cue"]).as_deref() == Some(cue));
        let Some(found) = found else {
            panic!("{why}: no attribution with cue {cue:?} in {attributions:?}");
        };
        for field in ["source", "via", "content"] {
            if let Some(want) = expected.get(field) {
                assert_eq!(
                    span_text(text, &found[field]).as_deref(),
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
        check_speaker(why, cue, expected, found);
    }

    let hedges = texts_and_kinds(text, &doc["hedges"]);
    assert_all_found(why, "hedge", &case["hedges"], &hedges);
    for word in case["not_hedges"].as_array().into_iter().flatten() {
        let word = word.as_str().unwrap();
        assert!(
            hedges.iter().all(|(h, _)| h != word),
            "{why}: {word:?} is not a hedge, got {hedges:?}"
        );
    }
}

/// The speaker shown: `null`, or the name and whether it is resolved
/// (`"speaker": {"name": "Mara Lind", "resolved": true}`).
fn check_speaker(why: &str, cue: &str, expected: &Value, found: &Value) {
    let Some(want) = expected.get("speaker") else {
        return;
    };
    let have = &found["speaker"];
    if want.is_null() {
        assert!(
            have.is_null(),
            "{why}: speaker of {cue:?} is {have}, expected none"
        );
        return;
    }
    for field in ["name", "resolved"] {
        assert_eq!(
            have[field], want[field],
            "{why}: speaker {field} of {cue:?}"
        );
    }
    let entity = &have["entity"];
    assert_eq!(
        entity.is_null(),
        found["source"]["entity"].is_null(),
        "{why}: the speaker's entity of {cue:?} is the source's"
    );
}

#[test]
fn golden_cases() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("cases/golden.json")).expect("golden.json parses");
    assert!(!cases.is_empty());
    for case in &cases {
        check_case(case);
    }
}
