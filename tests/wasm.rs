//! The wasm boundary, run in headless Chromium (`make wasm-test`): the
//! exported `annotate` returns plain JavaScript objects whose UTF-16 spans
//! slice the JavaScript string to the expected words, on the same golden
//! cases (`tests/cases/golden.json`) the native tests check.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Object, Reflect, JSON};
use sourcelight::wasm::{annotate, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Field `key` of a JavaScript object.
fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("readable field")
}

fn string(value: &JsValue) -> String {
    value.as_string().expect("a string")
}

fn array(value: &JsValue) -> Vec<JsValue> {
    value.dyn_ref::<Array>().expect("an array").to_vec()
}

/// The array in an optional field of a golden case (empty when absent).
fn optional_array(case: &JsValue, key: &str) -> Vec<JsValue> {
    let value = get(case, key);
    if value.is_undefined() {
        Vec::new()
    } else {
        array(&value)
    }
}

/// `text.slice(span.start, span.end)` as JavaScript computes it, or None for null.
fn slice(text: &JsString, span: &JsValue) -> Option<String> {
    if span.is_null() || span.is_undefined() {
        return None;
    }
    let start = get(span, "start").as_f64().expect("start") as u32;
    let end = get(span, "end").as_f64().expect("end") as u32;
    Some(String::from(text.slice(start, end)))
}

/// `[["words", "kind"], …]` from the case, as pairs.
fn expected_pairs(case: &JsValue, key: &str) -> Vec<(String, String)> {
    optional_array(case, key)
        .iter()
        .map(|pair| {
            let pair = array(pair);
            (string(&pair[0]), string(&pair[1]))
        })
        .collect()
}

fn annotate_case(text: &str) -> JsValue {
    annotate(text, "auto")
        .map_err(JsValue::from)
        .expect("annotates")
}

fn check_case(case: &JsValue) {
    let why = string(&get(case, "why"));
    let text = string(&get(case, "text"));
    let js_text = JsString::from(text.as_str());
    let doc = annotate_case(&text);

    let mut mentions = Vec::new();
    for entity in array(&get(&doc, "entities")) {
        let kind = string(&get(&entity, "kind"));
        for mention in array(&get(&entity, "mentions")) {
            mentions.push((slice(&js_text, &mention).unwrap(), kind.clone()));
        }
    }
    for pair in expected_pairs(case, "entities") {
        assert!(
            mentions.contains(&pair),
            "{why}: expected mention {pair:?}, got {mentions:?}"
        );
    }

    let quotes: Vec<(String, String)> = array(&get(&doc, "quotes"))
        .iter()
        .map(|q| (slice(&js_text, q).unwrap(), string(&get(q, "kind"))))
        .collect();
    for pair in expected_pairs(case, "quotes") {
        assert!(
            quotes.contains(&pair),
            "{why}: expected quote {pair:?}, got {quotes:?}"
        );
    }

    let attributions = array(&get(&doc, "attributions"));
    for expected in optional_array(case, "attributions") {
        let cue = string(&get(&expected, "cue"));
        let found = attributions
            .iter()
            .find(|a| slice(&js_text, &get(a, "cue")).as_deref() == Some(cue.as_str()))
            .unwrap_or_else(|| panic!("{why}: no attribution with cue {cue:?}"));
        for field in ["source", "via", "content"] {
            let want = get(&expected, field);
            if !want.is_undefined() {
                assert_eq!(
                    slice(&js_text, &get(found, field)),
                    want.as_string(),
                    "{why}: {field} of {cue:?}"
                );
            }
        }
        for field in ["source_kind", "direct", "hedged"] {
            let want = get(&expected, field);
            if !want.is_undefined() {
                let have = get(found, field);
                assert!(
                    have == want,
                    "{why}: {field} of {cue:?} is {have:?}, expected {want:?}"
                );
            }
        }
    }

    let hedges: Vec<(String, String)> = array(&get(&doc, "hedges"))
        .iter()
        .map(|h| (slice(&js_text, h).unwrap(), string(&get(h, "kind"))))
        .collect();
    for pair in expected_pairs(case, "hedges") {
        assert!(
            hedges.contains(&pair),
            "{why}: expected hedge {pair:?}, got {hedges:?}"
        );
    }
    for word in optional_array(case, "not_hedges") {
        let word = string(&word);
        assert!(
            hedges.iter().all(|(h, _)| *h != word),
            "{why}: {word:?} is not a hedge"
        );
    }
}

#[wasm_bindgen_test]
fn golden_cases_hold_in_the_browser() {
    let cases = JSON::parse(include_str!("cases/golden.json")).expect("golden.json parses");
    let cases = array(&cases);
    assert!(!cases.is_empty());
    for case in &cases {
        check_case(case);
    }
}

#[wasm_bindgen_test]
fn the_document_is_plain_json_compatible_objects() {
    let doc = annotate_case("\u{1F30A} Ines Moreau said the port \u{201C}may close\u{201D}, according to the Harbor Gazette.");
    let prototype = Object::get_prototype_of(&doc);
    assert!(
        JsValue::from(prototype) == JsValue::from(Object::get_prototype_of(&Object::new())),
        "a plain object, not a Map"
    );
    assert_eq!(string(&get(&doc, "schema")), "sourcelight/1");
    assert_eq!(string(&get(&doc, "offsets")), "utf16");
    let entity = &array(&get(&doc, "entities"))[0];
    assert!(entity.is_instance_of::<Object>() && !entity.is_instance_of::<js_sys::Map>());
    let round_trip = JSON::parse(&String::from(JSON::stringify(&doc).unwrap())).unwrap();
    assert_eq!(
        String::from(JSON::stringify(&round_trip).unwrap()),
        String::from(JSON::stringify(&doc).unwrap())
    );
}

#[wasm_bindgen_test]
fn bad_input_throws_a_readable_error() {
    let empty = annotate("  \n ", "auto")
        .map_err(JsValue::from)
        .unwrap_err();
    let message = String::from(
        empty
            .dyn_into::<js_sys::Error>()
            .expect("an Error")
            .message(),
    );
    assert!(!message.is_empty(), "the error says what is wrong");
    let format = annotate("Ines Moreau said so.", "html")
        .map_err(JsValue::from)
        .unwrap_err();
    let message = String::from(
        format
            .dyn_into::<js_sys::Error>()
            .expect("an Error")
            .message(),
    );
    assert!(message.contains("html"), "names the bad format: {message}");
}

#[wasm_bindgen_test]
fn version_names_the_schema() {
    assert!(version().ends_with(" sourcelight/1"), "{}", version());
}
