//! The one test-case type of `tests/cases/*.json`, shared by the four
//! runners (`tests/attributions.rs`, `tests/speakers.rs`, `tests/golden.rs`,
//! `tests/wasm.rs`),
//! and the one check of a case against the contract JSON. An unknown key
//! (a typo) is an error, not a silently ignored expectation.
#![allow(dead_code)] // each runner uses its part

use serde::Deserialize;
use serde_json::Value;

/// One case: our own sentence in, the expected spans out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// A short unique name.
    pub name: String,
    /// What the case shows.
    pub why: String,
    /// The text annotated.
    pub text: String,
    /// `[text, kind]` of entity mentions expected.
    #[serde(default)]
    pub entities: Vec<(String, String)>,
    /// `[text, kind]` of quotations expected.
    #[serde(default)]
    pub quotes: Vec<(String, String)>,
    /// No quotation at all.
    #[serde(default)]
    pub no_quotes: bool,
    /// `[quotation, cue]`: the quotation is credited to the attribution of
    /// that cue (`null`: to none).
    #[serde(default)]
    pub credited: Vec<(String, Option<String>)>,
    /// Attributions expected.
    #[serde(default)]
    pub attributions: Vec<Expected>,
    /// No attribution at all.
    #[serde(default)]
    pub no_attributions: bool,
    /// Words that are no attribution's cue.
    #[serde(default)]
    pub not_cues: Vec<String>,
    /// Words that are no attribution's source.
    #[serde(default)]
    pub not_sources: Vec<String>,
    /// `[text, kind]` of hedges expected.
    #[serde(default)]
    pub hedges: Vec<(String, String)>,
    /// Words that are no hedge.
    #[serde(default)]
    pub not_hedges: Vec<String>,
}

/// One expected attribution; a field left out is not checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The cue's words.
    pub cue: String,
    /// Which occurrence of the cue's words in the text (0: the first), to
    /// tell two "said" apart.
    #[serde(default)]
    pub occurrence: usize,
    /// The source's words (`null`: no source).
    #[serde(default, deserialize_with = "some")]
    pub source: Option<Option<String>>,
    /// The outlet's words (`null`: none).
    #[serde(default, deserialize_with = "some")]
    pub via: Option<Option<String>>,
    /// The content's words (`null`: none).
    #[serde(default, deserialize_with = "some")]
    pub content: Option<Option<String>>,
    /// The source's kind.
    pub source_kind: Option<String>,
    /// Whether the content is a quotation.
    pub direct: Option<bool>,
    /// Whether the attribution is hedged.
    pub hedged: Option<bool>,
    /// The name of the entity the source is linked to (`null`: none).
    #[serde(default, deserialize_with = "some")]
    pub entity: Option<Option<String>>,
    /// The speaker shown (`null`: none).
    #[serde(default, deserialize_with = "some")]
    pub speaker: Option<Option<Speaker>>,
}

/// The speaker a reader is shown.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    /// The name shown.
    pub name: String,
    /// Whether it is resolved to someone named.
    pub resolved: bool,
}

/// A present key, even `null`, is `Some`.
fn some<'de, T: Deserialize<'de>, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// The cases of one file.
pub fn cases(json: &str) -> Vec<Case> {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("a case file does not read: {e}"))
}

/// Annotates the case's text with the native core and checks the
/// contract JSON, as [`check`] does.
pub fn annotate_and_check(case: &Case) -> Result<(), String> {
    let analysis = sourcelight::annotate(&case.text, &sourcelight::Options::default())
        .map_err(|e| format!("{}: {e}", case.name))?;
    let doc = serde_json::to_value(sourcelight::output::to_contract(&analysis))
        .map_err(|e| format!("{}: {e}", case.name))?;
    check(case, &doc)
}

/// The text of a UTF-16 span (`{start, end}`) of `units`; `None` for null.
fn slice(units: &[u16], span: &Value) -> Option<String> {
    let start = span.get("start")?.as_u64()? as usize;
    let end = span.get("end")?.as_u64()? as usize;
    Some(String::from_utf16(&units[start..end]).expect("a span on UTF-16 boundaries"))
}

/// The UTF-16 offset of occurrence `n` of `words` in `text`.
fn occurrence16(text: &str, words: &str, n: usize) -> Option<usize> {
    let at = text.match_indices(words).nth(n)?.0;
    Some(text[..at].encode_utf16().count())
}

/// Checks `case` against the contract JSON `doc` of its text; the error
/// lists every expectation that failed.
pub fn check(case: &Case, doc: &Value) -> Result<(), String> {
    let mut failed = Vec::new();
    let units: Vec<u16> = case.text.encode_utf16().collect();
    let list = |key: &str| doc[key].as_array().cloned().unwrap_or_default();
    let pairs = |items: &[Value]| -> Vec<(String, String)> {
        items
            .iter()
            .filter_map(|i| Some((slice(&units, i)?, i["kind"].as_str()?.to_string())))
            .collect()
    };
    let entities = list("entities");
    let mentions: Vec<(String, String)> = entities
        .iter()
        .flat_map(|e| {
            let kind = e["kind"].as_str().unwrap_or("").to_string();
            let mentions = e["mentions"].as_array().cloned().unwrap_or_default();
            mentions
                .into_iter()
                .filter_map(|m| slice(&units, &m))
                .map(move |m| (m, kind.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let quotes = list("quotes");
    let quote_pairs = pairs(&quotes);
    let attributions = list("attributions");
    let cue_text = |a: &Value| slice(&units, &a["cue"]);
    let cues: Vec<Option<String>> = attributions.iter().map(cue_text).collect();
    let hedges = pairs(&list("hedges"));

    for pair in &case.entities {
        if !mentions.contains(pair) {
            failed.push(format!("expected mention {pair:?}, got {mentions:?}"));
        }
    }
    for pair in &case.quotes {
        if !quote_pairs.contains(pair) {
            failed.push(format!("expected quote {pair:?}, got {quote_pairs:?}"));
        }
    }
    if case.no_quotes && !quotes.is_empty() {
        failed.push(format!("expected no quotes, got {quote_pairs:?}"));
    }
    for (quote, cue) in &case.credited {
        let Some(q) = quotes
            .iter()
            .find(|q| slice(&units, q).as_ref() == Some(quote))
        else {
            failed.push(format!("no quote {quote:?} in {quote_pairs:?}"));
            continue;
        };
        let credited = q["attribution"]
            .as_u64()
            .and_then(|a| cue_text(&attributions[a as usize]));
        if credited != *cue {
            failed.push(format!(
                "{quote:?} credited to {credited:?}, expected {cue:?}"
            ));
        }
    }
    for expected in &case.attributions {
        match find(case, &units, &attributions, expected) {
            Some(found) => check_attribution(&units, &entities, expected, found, &mut failed),
            None => failed.push(format!(
                "no attribution with cue {:?} (occurrence {}); cues {cues:?}",
                expected.cue, expected.occurrence
            )),
        }
    }
    if case.no_attributions && !attributions.is_empty() {
        failed.push(format!("expected no attributions, got {cues:?}"));
    }
    for cue in &case.not_cues {
        if cues.iter().any(|c| c.as_ref() == Some(cue)) {
            failed.push(format!("{cue:?} is not a cue"));
        }
    }
    for source in &case.not_sources {
        let sources = attributions.iter().map(|a| slice(&units, &a["source"]));
        if sources.clone().any(|s| s.as_ref() == Some(source)) {
            failed.push(format!(
                "{source:?} is not a source; sources {:?}",
                sources.collect::<Vec<_>>()
            ));
        }
    }
    for pair in &case.hedges {
        if !hedges.contains(pair) {
            failed.push(format!("expected hedge {pair:?}, got {hedges:?}"));
        }
    }
    for word in &case.not_hedges {
        if hedges.iter().any(|(h, _)| h == word) {
            failed.push(format!("{word:?} is not a hedge, got {hedges:?}"));
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} ({}): {}",
            case.name,
            case.why,
            failed.join("; ")
        ))
    }
}

/// The attribution whose cue is the expected occurrence of its words.
fn find<'a>(
    case: &Case,
    units: &[u16],
    attributions: &'a [Value],
    expected: &Expected,
) -> Option<&'a Value> {
    let at = occurrence16(&case.text, &expected.cue, expected.occurrence)? as u64;
    attributions.iter().find(|a| {
        a["cue"]["start"].as_u64() == Some(at)
            && slice(units, &a["cue"]).as_deref() == Some(expected.cue.as_str())
    })
}

/// Checks the fields of one attribution that the case gives.
fn check_attribution(
    units: &[u16],
    entities: &[Value],
    expected: &Expected,
    found: &Value,
    failed: &mut Vec<String>,
) {
    let cue = &expected.cue;
    for (field, want) in [
        ("source", &expected.source),
        ("via", &expected.via),
        ("content", &expected.content),
    ] {
        if let Some(want) = want {
            let have = slice(units, &found[field]);
            if have != *want {
                failed.push(format!("{field} of {cue:?} is {have:?}, expected {want:?}"));
            }
        }
    }
    let flags = [
        ("source_kind", expected.source_kind.clone().map(Value::from)),
        ("direct", expected.direct.map(Value::from)),
        ("hedged", expected.hedged.map(Value::from)),
    ];
    for (field, want) in flags {
        if let Some(want) = want {
            if found[field] != want {
                failed.push(format!(
                    "{field} of {cue:?} is {}, expected {want}",
                    found[field]
                ));
            }
        }
    }
    if let Some(want) = &expected.entity {
        let linked = found["source"]["entity"]
            .as_u64()
            .and_then(|e| entities[e as usize]["name"].as_str())
            .map(str::to_string);
        if linked != *want {
            failed.push(format!(
                "entity of {cue:?} is {linked:?}, expected {want:?}"
            ));
        }
    }
    if let Some(want) = &expected.speaker {
        let have = &found["speaker"];
        match want {
            None if !have.is_null() => failed.push(format!("speaker of {cue:?} is {have}")),
            None => {}
            Some(want) => {
                if have["name"] != want.name.as_str() || have["resolved"] != want.resolved {
                    failed.push(format!("speaker of {cue:?} is {have}, expected {want:?}"));
                }
                if have["entity"].is_null() != found["source"]["entity"].is_null() {
                    failed.push(format!(
                        "the speaker's entity of {cue:?} is not the source's"
                    ));
                }
            }
        }
    }
}
