//! The wasm boundary, run in headless Chromium (`make wasm-test`): the
//! exported `annotate` returns JSON text, read with `JSON.parse`, whose UTF-16 spans
//! slice the JavaScript string to the expected words, on the same golden
//! cases (`tests/cases/golden.json`) the native tests check.
#![cfg(target_arch = "wasm32")]

mod common;

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

/// `text.slice(span.start, span.end)` as JavaScript computes it, or None for null.
fn slice(text: &JsString, span: &JsValue) -> Option<String> {
    if span.is_null() || span.is_undefined() {
        return None;
    }
    let start = get(span, "start").as_f64().expect("start") as u32;
    let end = get(span, "end").as_f64().expect("end") as u32;
    Some(String::from(text.slice(start, end)))
}

fn annotate_case(text: &str) -> JsValue {
    let json = annotate(text, "auto")
        .map_err(JsValue::from)
        .expect("annotates");
    JSON::parse(&json).expect("the result is JSON")
}

/// Checks a golden case on the object the wasm module returns: its cue
/// spans slice the JavaScript string as they slice the UTF-16 text, and
/// the shared check ([`common::check`]) holds on it read as JSON.
fn check_case(case: &common::Case) {
    let js_text = JsString::from(case.text.as_str());
    let doc = annotate_case(&case.text);
    let units: Vec<u16> = case.text.encode_utf16().collect();
    for attribution in array(&get(&doc, "attributions")) {
        let cue = get(&attribution, "cue");
        let start = get(&cue, "start").as_f64().expect("start") as usize;
        let end = get(&cue, "end").as_f64().expect("end") as usize;
        assert_eq!(
            slice(&js_text, &cue),
            String::from_utf16(&units[start..end]).ok(),
            "{}: a cue slices alike in JavaScript and in UTF-16",
            case.name
        );
    }
    let json = String::from(JSON::stringify(&doc).expect("stringifies"));
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON reads back");
    if let Err(message) = common::check(case, &value) {
        panic!("{message}");
    }
}

#[wasm_bindgen_test]
fn golden_cases_hold_in_the_browser() {
    let cases = common::cases(include_str!("cases/golden.json"));
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
