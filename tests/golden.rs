//! Golden cases as data (`tests/cases/golden.json`, read into the shared
//! [`common::Case`]): our own sentences in, expected spans out, checked
//! through the contract JSON (UTF-16 offsets), exactly as outside tools and
//! the page read it.

mod common;

#[test]
fn golden_cases() {
    let cases = common::cases(include_str!("cases/golden.json"));
    assert!(!cases.is_empty());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| common::annotate_and_check(case).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
