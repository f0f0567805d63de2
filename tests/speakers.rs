//! Table-driven cases for the speaker a reader is shown
//! (`tests/cases/speakers.json`, our own sentences): each resolution rule
//! (pronoun chains, "who", descriptions, spokespeople, partial names) and
//! each construction that is no attribution ("were abruptly", "has been
//! embedded with", "the past" as a source).

use serde_json::Value;
use sourcelight::output::to_contract;
use sourcelight::{annotate, Options};

/// The text of a UTF-16 span of the contract.
fn text_of(units: &[u16], span: &Value) -> Option<String> {
    let start = span.get("start")?.as_u64()? as usize;
    let end = span.get("end")?.as_u64()? as usize;
    String::from_utf16(units.get(start..end)?).ok()
}

fn check(case: &Value) -> Result<(), String> {
    let why = case["why"].as_str().unwrap_or_default();
    let text = case["text"].as_str().ok_or("a case needs a text")?;
    let units: Vec<u16> = text.encode_utf16().collect();
    let analysis = annotate(text, &Options::default()).map_err(|e| e.to_string())?;
    let doc = serde_json::to_value(to_contract(&analysis)).map_err(|e| e.to_string())?;
    let found = doc["attributions"].as_array().cloned().unwrap_or_default();
    let shown: Vec<(Option<String>, Option<String>, Option<String>)> = found
        .iter()
        .map(|a| {
            (
                text_of(&units, &a["cue"]),
                text_of(&units, &a["source"]),
                text_of(&units, &a["content"]),
            )
        })
        .collect();
    for want in case["speakers"].as_array().into_iter().flatten() {
        let cue = want["cue"].as_str();
        let source = want["source"].as_str();
        let content = want.get("content").and_then(Value::as_str);
        let at = shown
            .iter()
            .position(|(c, s, k)| {
                c.as_deref() == cue
                    && s.as_deref() == source
                    && content.is_none_or(|w| k.as_deref() == Some(w))
            })
            .ok_or_else(|| format!("{why}: no attribution {cue:?} / {source:?} in {shown:?}"))?;
        let Some(expected) = want.get("speaker") else {
            continue;
        };
        let speaker = &found[at]["speaker"];
        match expected.as_str() {
            Some(name) => {
                if speaker["name"] != name || speaker["resolved"] != true {
                    return Err(format!("{why}: speaker {speaker}, expected {name:?}"));
                }
            }
            None => {
                if speaker["resolved"] != false || !speaker["entity"].is_null() {
                    return Err(format!("{why}: speaker {speaker}, expected unresolved"));
                }
            }
        }
    }
    for (field, position) in [("not_cues", 0), ("not_sources", 1)] {
        for word in case[field].as_array().into_iter().flatten() {
            let word = word.as_str();
            let hit = shown.iter().any(|s| {
                let got = if position == 0 { &s.0 } else { &s.1 };
                got.as_deref() == word
            });
            if hit {
                return Err(format!("{why}: {word:?} is in {field}, got {shown:?}"));
            }
        }
    }
    Ok(())
}

#[test]
fn speaker_cases() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("cases/speakers.json")).expect("speakers.json parses");
    assert!(cases.len() >= 15);
    let failures: Vec<String> = cases.iter().filter_map(|c| check(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
