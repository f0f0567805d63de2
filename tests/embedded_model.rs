//! The embedded entity model tags the same natively and in the browser.
//!
//! Natively this runs with `cargo test`; in headless Chromium with
//!
//! ```text
//! CHROMEDRIVER=/usr/bin/chromedriver \
//! CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//! cargo test --release --target wasm32-unknown-unknown --test embedded_model -- --nocapture
//! ```
//!
//! where it also prints how many tokens per second `annotate` reads there.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

use sourcelight::annotation::EntityKind::{self, *};
use sourcelight::ner::Tagger;
use sourcelight::{annotate, FormatChoice, Options};

/// Our own sentences, and the names the tagger finds in them.
const SENTENCES: &[&str] = &[
    "Helga Brandvold told the Norwegian Fisheries Council in Bergen on Monday that quotas would fall .",
    "Brandvold said the Council would meet again in Tromso .",
];

fn expected() -> Vec<Vec<(&'static str, EntityKind)>> {
    vec![
        vec![
            ("Helga Brandvold", Person),
            ("Norwegian Fisheries Council", Organization),
            ("Bergen", Place),
        ],
        vec![
            ("Brandvold", Person),
            ("Council", Organization),
            ("Tromso", Place),
        ],
    ]
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_embedded_model_tags_our_sentences_as_expected() {
    let sentences: Vec<Vec<&str>> = SENTENCES.iter().map(|s| s.split(' ').collect()).collect();
    let found: Vec<Vec<(String, EntityKind)>> = Tagger::embedded()
        .tag_document(&sentences)
        .into_iter()
        .zip(&sentences)
        .map(|(spans, words)| {
            spans
                .into_iter()
                .map(|s| (words[s.tokens].join(" "), s.kind))
                .collect()
        })
        .collect();
    let expected: Vec<Vec<(String, EntityKind)>> = expected()
        .into_iter()
        .map(|s| s.into_iter().map(|(n, k)| (n.to_string(), k)).collect())
        .collect();
    assert_eq!(found, expected);
}

/// Prints the tokens per second of the whole `annotate` in the browser
/// (the native figure comes from `cargo bench`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test]
fn annotate_throughput_in_the_browser() {
    let text = include_str!("articles/harbour-dispute.txt").repeat(100);
    let options = Options {
        format: FormatChoice::Text,
    };
    let mut times = Vec::new();
    let mut tokens = 0;
    for _ in 0..7 {
        let started = js_sys::Date::now();
        let analysis = annotate(&text, &options).expect("annotates");
        times.push(js_sys::Date::now() - started);
        tokens = analysis.document.tokens.len();
        assert!(!analysis.annotations.entities.is_empty());
    }
    times.sort_by(f64::total_cmp);
    let median_ms = times[times.len() / 2].max(1.0);
    web_sys::console::log_1(
        &format!(
            "annotate in the browser: {tokens} tokens, median {median_ms} ms, {:.0} tokens/s",
            tokens as f64 / (median_ms / 1000.0)
        )
        .into(),
    );
}

/// Natively, the same text is annotated with entities (keeps `Options`,
/// `FormatChoice` and `annotate` in use on both targets).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_long_benchmark_text_is_annotated() {
    let text = include_str!("articles/harbour-dispute.txt").repeat(3);
    let options = Options {
        format: FormatChoice::Text,
    };
    let analysis = annotate(&text, &options).expect("annotates");
    assert!(analysis.annotations.entities.len() >= 5);
}
