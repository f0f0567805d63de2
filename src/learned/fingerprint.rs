//! The fingerprint of a model's features: a hash of the code of its
//! feature templates (comments and whitespace left out, tests cut off)
//! and of the word classes they read. A model file records the
//! fingerprint it was trained with; a test fails when the code drifts
//! from the shipped model, which then must be retrained.

use super::hash;
use crate::lexicon::WordClass;

/// The fingerprint of feature code `sources` and word `classes`.
pub fn of(sources: &[&str], classes: &[&WordClass]) -> u64 {
    let mut parts: Vec<String> = sources.iter().map(|s| normalized(s)).collect();
    for class in classes {
        parts.push(format!("{}:{}", class.name, class.words().join(" ")));
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    hash::words(hash::template("fingerprint"), &parts)
}

/// Rust source without what `cargo fmt` may change and what does not
/// change behaviour: its tests, comment lines, `use` lines, whitespace and
/// commas.
fn normalized(source: &str) -> String {
    let code = source.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .map(str::trim_start)
        .filter(|l| !l.starts_with("//") && !l.starts_with("use "))
        .flat_map(|l| l.chars().filter(|c| !c.is_whitespace() && *c != ','))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_layout_do_not_count_but_code_and_words_do() {
        let a = "/// doc\nfn f() { g(1) }\n";
        let b = "use x::y;\nfn f() {\n    g(1,)\n}\n// note\n";
        assert_eq!(of(&[a], &[]), of(&[b], &[]));
        assert_ne!(of(&[a], &[]), of(&["fn f() { g(2) }"], &[]));
        assert_ne!(
            of(&[a], &[]),
            of(&[a], &[&crate::lexicon::SUBJECT_PRONOUNS])
        );
        let tested = "fn f() {}\n#[cfg(test)]\nmod tests { fn t() {} }";
        assert_eq!(of(&[tested], &[]), of(&["fn f() {}"], &[]));
    }
}
