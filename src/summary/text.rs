//! The sourcing profile in a few plain-English sentences, in the page's
//! words: attributions by source, the share resting on anonymous or
//! unnamed sources, the people and organizations cited, and the hedges by
//! kind with the article's own examples.

use super::words::{hedge_kind, source_kind, unresolved_in_prose};
use super::Summary;
use crate::annotation::{Annotations, HedgeKind, SourceKind};
use crate::document::Document;

/// How many of the article's own words are shown for each hedge kind.
const EXAMPLES_PER_KIND: usize = 2;

/// The hedge kinds in the order the profile lists them.
const HEDGE_ORDER: [HedgeKind; 5] = [
    HedgeKind::Modal,
    HedgeKind::Epistemic,
    HedgeKind::Reporting,
    HedgeKind::Weasel,
    HedgeKind::Other,
];

/// The source kinds in the order the profile lists them.
const SOURCE_ORDER: [SourceKind; 6] = [
    SourceKind::Person,
    SourceKind::Organization,
    SourceKind::Anonymous,
    SourceKind::UnnamedGroup,
    SourceKind::Document,
    SourceKind::Unknown,
];

/// The profile `s` of `doc` (whose annotations are `found`) in plain
/// English.
pub fn describe(s: &Summary, doc: &Document, found: &Annotations) -> String {
    let mut out = vec![sources(s)];
    if s.attributions > 0 {
        out.push(transparency(s));
    }
    if !s.people_quoted.is_empty() {
        let people: Vec<String> = s
            .people_quoted
            .iter()
            .map(|p| format!("{} ({})", p.name, times(p.attributions)))
            .collect();
        out.push(format!("People cited: {}.", list(&people)));
    }
    if !s.outlets.is_empty() {
        let outlets: Vec<String> = s.outlets.iter().map(|o| o.name.clone()).collect();
        out.push(format!(
            "Organizations and outlets cited: {}.",
            list(&outlets)
        ));
    }
    out.push(hedges(s, doc, found));
    out.join(" ")
}

/// "The article has 4 attributions: 2 to named people, 1 to a person
/// whose name was not found and 1 to an anonymous source."
fn sources(s: &Summary) -> String {
    if s.attributions == 0 {
        return "The article credits no sources.".to_string();
    }
    let mut parts = Vec::new();
    for kind in SOURCE_ORDER {
        let unresolved = s.unresolved.get(kind);
        let named = s.by_source_kind.get(kind) - unresolved;
        let words = source_kind(kind);
        match (kind, named) {
            (_, 0) => {}
            (SourceKind::Unknown, n) => parts.push(format!("{n} with {}", words.one)),
            (_, 1) => parts.push(format!("1 to {}", words.with_article())),
            (_, n) => parts.push(format!("{n} to {}", words.many)),
        }
        if let Some(prose) = unresolved_in_prose(kind, unresolved) {
            parts.push(format!("{unresolved} to {prose}"));
        }
    }
    format!(
        "The article has {}: {}.",
        count(s.attributions, "attribution", "attributions"),
        list(&parts)
    )
}

/// "1 of the 4 (25%) rests on an anonymous source or an unnamed group, and
/// 1 comes second-hand, through another outlet."
fn transparency(s: &Summary) -> String {
    let resting = match s.anonymous_or_unnamed {
        0 => "None rests on anonymous sources or unnamed groups".to_string(),
        n => {
            // Whole numbers printed as integers: printing an `f64` would
            // bring the standard library's float formatting into the wasm.
            let percent = (s.anonymous_share * 100.0).round() as u32;
            let verb = if n == 1 { "rests" } else { "rest" };
            format!(
                "{n} of the {} ({percent}%) {verb} on anonymous sources or unnamed groups",
                s.attributions
            )
        }
    };
    let second_hand = match s.second_hand {
        0 => String::new(),
        n => format!(
            ", and {} second-hand, through another outlet",
            count(n, "comes", "come")
        ),
    };
    format!("{resting}{second_hand}.")
}

/// "It hedges 3 times (43 per 100 sentences): 3 modal verbs ("may",
/// "could"); 1 is inside a quotation."
fn hedges(s: &Summary, doc: &Document, found: &Annotations) -> String {
    if s.hedges == 0 {
        return "It uses no hedges.".to_string();
    }
    let kinds: Vec<String> = HEDGE_ORDER
        .iter()
        .filter_map(|&kind| {
            let words = examples(doc, found, kind);
            let n = found.hedges.iter().filter(|h| h.kind == kind).count();
            (n > 0).then(|| format!("{} ({})", hedge_kind(kind).count(n), words.join(", ")))
        })
        .collect();
    let quoted = match s.hedges_in_quotes {
        0 => String::new(),
        1 => "; 1 is inside a quotation, the speaker's rather than the writer's".to_string(),
        n => format!("; {n} are inside quotations, the speakers' rather than the writer's"),
    };
    format!(
        "It hedges {} ({} per 100 sentences): {}{quoted}.",
        times(s.hedges),
        one_decimal(s.hedges_per_100_sentences),
        list(&kinds)
    )
}

/// `value` (a count in tenths, such as 42.9 or 43.0) as "42.9" or "43",
/// from integers (see [`transparency`]).
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round() as u64;
    match tenths % 10 {
        0 => (tenths / 10).to_string(),
        digit => format!("{}.{digit}", tenths / 10),
    }
}

/// The first distinct words (lower case, quoted) of the hedges of `kind`,
/// in text order.
fn examples(doc: &Document, found: &Annotations, kind: HedgeKind) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for hedge in found.hedges.iter().filter(|h| h.kind == kind) {
        let word = format!(
            "\u{201C}{}\u{201D}",
            hedge.span.slice(doc.text).to_lowercase()
        );
        if !words.contains(&word) {
            words.push(word);
        }
        if words.len() == EXAMPLES_PER_KIND {
            break;
        }
    }
    words
}

/// "once", "twice", "3 times".
fn times(n: usize) -> String {
    match n {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    }
}

/// "1 attribution", "3 attributions".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Joins "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_read_as_english() {
        assert_eq!(times(1), "once");
        assert_eq!(times(2), "twice");
        assert_eq!(times(7), "7 times");
        assert_eq!(count(1, "hedge", "hedges"), "1 hedge");
        assert_eq!(count(0, "hedge", "hedges"), "0 hedges");
        let items = ["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(list(&items[..1]), "a");
        assert_eq!(list(&items[..2]), "a and b");
        assert_eq!(list(&items), "a, b and c");
    }

    #[test]
    fn tenths_read_as_the_shortest_number() {
        for (value, said) in [
            (42.9, "42.9"),
            (43.0, "43"),
            (0.0, "0"),
            (100.0, "100"),
            (7.1, "7.1"),
        ] {
            assert_eq!(one_decimal(value), said);
            assert_eq!(one_decimal(value), value.to_string(), "as an f64 prints");
        }
    }
}
