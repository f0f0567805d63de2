//! Table-driven cases for the speaker a reader is shown
//! (`tests/cases/speakers.json`, our own sentences, read into the shared
//! [`common::Case`]): each resolution rule (pronoun chains, "who",
//! descriptions, spokespeople, partial names) and each construction that
//! is no attribution ("were abruptly", "has been embedded with", "the
//! past" as a source).

mod common;

/// Annotates every case of a table and fails with all the failures.
fn check(cases: &[common::Case]) {
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

#[test]
fn speaker_cases() {
    let cases = common::cases(include_str!("cases/speakers.json"));
    assert!(cases.len() >= 15);
    check(&cases);
}

/// `tests/cases/speakers-sources.json`: where the source phrase of a cue
/// sits and ends (adverbs and quantifiers after the subject, appositives
/// of age and place, opening phrases before a participle's subject).
#[test]
fn source_phrase_cases() {
    let cases = common::cases(include_str!("cases/speakers-sources.json"));
    assert!(cases.len() >= 9);
    check(&cases);
}
