//! Adding a speech verb is one line in one file: each verb of this table
//! is known only from `src/lexicon/words/speech_verbs.txt` (no Rust
//! source names it), and each is found as the cue of its sentence, with
//! its source and its "that"-clause. The cue model reads the same class,
//! so its fingerprint test asks for retraining after such a line.

use sourcelight::lexicon::SPEECH_VERBS;
use sourcelight::output::to_contract;
use sourcelight::{annotate, Options};
use std::path::Path;

/// (verb, sentence, source).
const TABLE: &[(&str, &str, &str)] = &[
    (
        "cautioned",
        "The harbour master cautioned that the pier would stay shut.",
        "The harbour master",
    ),
    (
        "contended",
        "Ana Ruiz contended that the ferry fares were too high.",
        "Ana Ruiz",
    ),
    (
        "remarked",
        "Tomas Greve remarked that the tide came in early.",
        "Tomas Greve",
    ),
    (
        "testified",
        "The inspector testified that the crane had failed twice.",
        "The inspector",
    ),
    (
        "stressed",
        "Mara Lind stressed that the school would open on time.",
        "Mara Lind",
    ),
];

/// Every Rust source file under `dir`.
fn rust_sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).expect("src/ reads") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).expect("a source file reads");
            out.push((path.display().to_string(), text));
        }
    }
}

#[test]
fn each_verb_lives_in_one_line_of_the_lexicon_only() {
    let mut sources = Vec::new();
    rust_sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut sources,
    );
    for (verb, _, _) in TABLE {
        assert!(
            SPEECH_VERBS.contains(*verb),
            "{verb} is in speech_verbs.txt"
        );
        let quoted = format!("\"{verb}\"");
        for (path, text) in &sources {
            assert!(!text.contains(&quoted), "{verb} is also named in {path}");
        }
    }
}

#[test]
fn each_verb_is_found_as_a_cue_with_its_source_and_content() {
    for (verb, sentence, source) in TABLE {
        let analysis = annotate(sentence, &Options::default()).expect("annotates");
        let doc = serde_json::to_value(to_contract(&analysis)).expect("serializes");
        let units: Vec<u16> = sentence.encode_utf16().collect();
        let slice = |span: &serde_json::Value| {
            let start = span["start"].as_u64().expect("start") as usize;
            let end = span["end"].as_u64().expect("end") as usize;
            String::from_utf16(&units[start..end]).expect("UTF-16 boundaries")
        };
        let attributions = doc["attributions"].as_array().expect("attributions");
        let found = attributions
            .iter()
            .find(|a| slice(&a["cue"]) == *verb)
            .unwrap_or_else(|| panic!("{verb}: no cue in {sentence:?}"));
        assert_eq!(slice(&found["source"]), *source, "{verb}: source");
        let content = slice(&found["content"]);
        assert!(
            content.starts_with("that "),
            "{verb}: content {content:?} is the that-clause"
        );
    }
}
