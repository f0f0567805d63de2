//! Two names the tagger read as one across "and" ("Sanders and Trump",
//! "the FBI and Justice Department", "Pagliano and Combetta"), cut apart
//! where the article or the names' own words show that each side names
//! someone by itself: a side the article names alone elsewhere, a full
//! name or a titled person on one side, or an organization's head word
//! ending each side ("Urban Institute and Brookings Institution"). A
//! formal name holding "and" stays whole ("Securities and Exchange
//! Commission", "Center for Media and Public Affairs"), as does a couple
//! ("James and Olive Meehan").

use crate::annotation::EntityKind;
use crate::detect::gender;
use crate::document::Document;
use crate::lexicon::{is_title_word, ORGANIZATION_HEADS};
use crate::ner::Tagger;
use std::collections::HashMap;
use std::ops::Range;

/// The names an article gives alone (no "and" inside), by their words,
/// each with its kind; a person's surname counts as their name alone.
pub(super) struct Standalone<'t> {
    names: HashMap<Vec<&'t str>, EntityKind>,
}

impl<'t> Standalone<'t> {
    /// The names of `pieces` (kind and tokens of each name found in
    /// `doc`) that hold no "and".
    pub(super) fn of<'p>(
        doc: &Document<'t>,
        pieces: impl Iterator<Item = &'p (EntityKind, Range<usize>)>,
    ) -> Self {
        let mut names = HashMap::new();
        for (kind, tokens) in pieces {
            let mut words = side_words(doc, tokens.clone());
            // A person's name as its mention gives it: without titles
            // (the tagger's "Justice Department" person is no one's name).
            if *kind == EntityKind::Person {
                let titles = words.iter().take_while(|w| is_title_word(w)).count();
                words.drain(..titles);
            }
            if words.is_empty() || words.contains(&"and") {
                continue;
            }
            if *kind == EntityKind::Person && words.len() >= 2 {
                names.entry(vec![words[words.len() - 1]]).or_insert(*kind);
            }
            names.entry(words).or_insert(*kind);
        }
        Standalone { names }
    }

    /// `tokens`, a name of kind `kind`, as the names it holds: cut at
    /// "and" where each side names someone by itself (see the module),
    /// each side with the kind the article or its words give it; else
    /// whole.
    pub(super) fn apart(
        &self,
        doc: &Document,
        kind: EntityKind,
        tokens: Range<usize>,
    ) -> Vec<(EntityKind, Range<usize>)> {
        let whole = vec![(kind, tokens.clone())];
        let sides = sides(doc, tokens.clone());
        if sides.len() < 2 || is_listed(doc, tokens) {
            return whole;
        }
        let words: Vec<Vec<&str>> = sides.iter().map(|s| side_words(doc, s.clone())).collect();
        let capitalized = words
            .iter()
            .all(|w| w.first().is_some_and(|w| w.starts_with(char::is_uppercase)));
        // "James and Olive Meehan": a given name alone before a full one
        // is the same family's.
        let couple = words[0].len() == 1 && gender::of_given_name(&words[1].join(" ")).is_some();
        if !capitalized || couple {
            return whole;
        }
        let known: Vec<Option<EntityKind>> = words.iter().map(|w| self.kind_of(w)).collect();
        // "Growth and Opportunity Project", "Securities and Exchange
        // Commission": a word alone that names no one shares the name's
        // last words.
        let unknown_word = words
            .iter()
            .zip(&known)
            .any(|(w, k)| k.is_none() && matches!(w.as_slice(), [word] if !is_listed_word(word)));
        if unknown_word {
            return whole;
        }
        let all_organizations = words.iter().all(|w| ends_in_organization_head(w));
        if !all_organizations && known.iter().all(Option::is_none) {
            return whole;
        }
        sides
            .into_iter()
            .zip(known)
            .map(|(side, known)| (known.unwrap_or(kind), side))
            .collect()
    }

    /// The kind of a side of a joined name, if it names someone by
    /// itself: as the article names it alone, else a person by a full
    /// name or a title before a known surname.
    fn kind_of(&self, words: &[&str]) -> Option<EntityKind> {
        if let Some(&kind) = self.names.get(words) {
            return Some(kind);
        }
        let full_name = words.len() >= 2 && gender::of_given_name(&words.join(" ")).is_some();
        // "Senator Lund" where the article names Lund, not "Justice
        // Department".
        let titles = words.iter().take_while(|w| is_title_word(w)).count();
        let name = &words[titles..];
        let titled = titles > 0
            && (self.names.get(name) == Some(&EntityKind::Person)
                || matches!(name, [surname] if Tagger::embedded().is_read_surname(surname)));
        (full_name || titled).then_some(EntityKind::Person)
    }
}

/// The sides of a name between the "and"s it holds (a leading "the" is
/// left to the mention to take off); fewer than two when it holds none
/// or one is empty.
fn sides(doc: &Document, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut sides = Vec::new();
    let mut start = tokens.start;
    for t in tokens.clone() {
        if doc.word(t) == "and" {
            sides.push(start..t);
            start = t + 1;
        }
    }
    sides.push(start..tokens.end);
    if sides.iter().any(|s| s.is_empty()) {
        return Vec::new();
    }
    sides
}

/// The words of a name as the article's other mentions are compared: no
/// leading "the" nor trailing possessive.
fn side_words<'t>(doc: &Document<'t>, tokens: Range<usize>) -> Vec<&'t str> {
    let mut words: Vec<&str> = tokens.map(|t| doc.word(t)).collect();
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        words.remove(0);
    }
    if words
        .last()
        .is_some_and(|w| matches!(*w, "'s" | "\u{2019}s" | "'" | "\u{2019}"))
    {
        words.pop();
    }
    words
}

/// Whether a side ends as an organization's name does ("Institute").
fn ends_in_organization_head(words: &[&str]) -> bool {
    words.len() >= 2 && words.last().is_some_and(|w| ORGANIZATION_HEADS.contains(w))
}

/// Whether the name lists know a word alone, or news names someone so
/// ("Kasich").
fn is_listed_word(word: &str) -> bool {
    let tagger = Tagger::embedded();
    tagger.list_flags(&[word]) != 0 || tagger.is_read_surname(word)
}

/// Whether the name lists or the training data know the whole name.
fn is_listed(doc: &Document, tokens: Range<usize>) -> bool {
    let words: Vec<&str> = tokens.map(|t| doc.word(t)).collect();
    let tagger = Tagger::embedded();
    tagger.list_flags(&words) != 0 || !tagger.listed_kinds(&words).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityKind::*;
    use crate::detect::entities::tests::found;
    use crate::document::format::Format;

    /// The tokens of the first `phrase` in `doc`.
    fn tokens_of(doc: &Document, phrase: &str) -> Range<usize> {
        let start = doc.text.find(phrase).expect("the phrase is in the text");
        let end = start + phrase.len();
        let first = doc.tokens.partition_point(|t| t.span.start < start);
        let last = doc.tokens.partition_point(|t| t.span.start < end);
        first..last
    }

    /// `joined` of `text`, read as one name of kind `kind`, as the names
    /// it holds, where the article also names `alone` by themselves.
    fn apart(
        text: &str,
        alone: &[(EntityKind, &str)],
        joined: &str,
        kind: EntityKind,
    ) -> Vec<(EntityKind, String)> {
        let doc = Document::parse(text, Format::Text);
        let pieces: Vec<(EntityKind, Range<usize>)> = alone
            .iter()
            .map(|&(kind, name)| (kind, tokens_of(&doc, name)))
            .collect();
        let standalone = Standalone::of(&doc, pieces.iter());
        standalone
            .apart(&doc, kind, tokens_of(&doc, joined))
            .into_iter()
            .map(|(kind, tokens)| {
                let words: Vec<&str> = tokens.map(|t| doc.word(t)).collect();
                (kind, words.join(" "))
            })
            .collect()
    }

    fn names(list: &[(EntityKind, &str)]) -> Vec<(EntityKind, String)> {
        list.iter().map(|&(k, n)| (k, n.to_string())).collect()
    }

    #[test]
    fn two_names_the_article_gives_alone_are_cut_apart() {
        let text = "Tomas Brandvik met Vesna Kolar. Later Brandvik and Kolar toured the quay.";
        let alone = [(Person, "Tomas Brandvik"), (Person, "Vesna Kolar")];
        assert_eq!(
            apart(text, &alone, "Brandvik and Kolar", Organization),
            names(&[(Person, "Brandvik"), (Person, "Kolar")])
        );
        // One side known is enough where the other is no lone word.
        let text = "The Harbor Board spoke. The Harbor Board and Northwind Shipping Lines agreed.";
        assert_eq!(
            apart(
                text,
                &[(Organization, "Harbor Board")],
                "Harbor Board and Northwind Shipping Lines",
                Organization
            ),
            names(&[
                (Organization, "Harbor Board"),
                (Organization, "Northwind Shipping Lines")
            ])
        );
        // A titled surname the article names is a person.
        let text = "Ana Lund spoke. The Port Authority and Senator Lund agreed.";
        assert_eq!(
            apart(
                text,
                &[(Person, "Ana Lund")],
                "Port Authority and Senator Lund",
                Organization
            ),
            names(&[(Organization, "Port Authority"), (Person, "Senator Lund")])
        );
    }

    #[test]
    fn two_organizations_each_ending_in_its_head_are_cut_apart() {
        let text = "The Halden Institute and Brevik Commission wrote the report.";
        assert_eq!(
            apart(
                text,
                &[],
                "Halden Institute and Brevik Commission",
                Organization
            ),
            names(&[
                (Organization, "Halden Institute"),
                (Organization, "Brevik Commission")
            ])
        );
    }

    #[test]
    fn a_formal_name_holding_and_or_a_couple_stays_whole() {
        let whole = |text: &str, alone: &[(EntityKind, &str)], joined: &str| {
            assert_eq!(
                apart(text, alone, joined, Organization),
                names(&[(Organization, joined)]),
                "{joined}"
            );
        };
        // No side named alone, and one is a word no list knows.
        whole(
            "The Council for Trade and Industry met.",
            &[],
            "Council for Trade and Industry",
        );
        whole(
            "The Planning Project spoke. The Growth and Planning Project met.",
            &[(Organization, "Planning Project")],
            "Growth and Planning Project",
        );
        // A given name before a full name is a couple.
        whole(
            "Rolf and Anna Berg spoke. Anna Berg agreed.",
            &[(Person, "Anna Berg")],
            "Rolf and Anna Berg",
        );
        // Nothing on one side of "and".
        whole("The Harbor Board and spoke.", &[], "Harbor Board and");
    }

    #[test]
    fn the_article_links_each_side_of_a_cut_name_to_its_entity() {
        let text = "The Harbor Trust and Port Authority of Halden signed the deal. The Harbor \
            Trust said it was pleased, and the Port Authority of Halden agreed.";
        let entities = found(text);
        assert!(
            entities
                .iter()
                .all(|(_, m)| m.iter().all(|m| !m.contains(" and "))),
            "{entities:?}"
        );
        for name in ["Harbor Trust", "Port Authority of Halden"] {
            let entity = entities.iter().find(|(_, m)| m.contains(&name));
            assert_eq!(entity.map(|(_, m)| m.len()), Some(2), "{entities:?}");
        }
    }
}
