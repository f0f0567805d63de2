//! Table-driven cases for the speaker a reader is shown
//! (`tests/cases/speakers.json`, our own sentences, read into the shared
//! [`common::Case`]): each resolution rule (pronoun chains, "who",
//! descriptions, spokespeople, partial names) and each construction that
//! is no attribution ("were abruptly", "has been embedded with", "the
//! past" as a source).

mod common;

#[test]
fn speaker_cases() {
    let cases = common::cases(include_str!("cases/speakers.json"));
    assert!(cases.len() >= 15);
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| common::annotate_and_check(case).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} failing cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
