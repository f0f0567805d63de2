//! Words the article itself writes in lower case ("power plants", "black
//! voters"). Where a capital tells nothing, in a headline or at the start
//! of a sentence, such a word alone is no name ("Power" of "Senator's Power
//! Plant Rules Face Test" or "Power plants emit …"), unless the running
//! text also writes it alone with a capital where case counts, or it is
//! the surname or first word of a name the article gives in full.

use super::headlines::{Candidate, Reading};
use crate::annotation::EntityKind;
use crate::document::Document;
use crate::ner::lists::{GIVEN_NAME, SURNAME};
use crate::ner::Tagger;
use std::collections::HashSet;

/// `candidates` without the lone words whose capital only their place
/// gives and which the article writes in lower case elsewhere. A person
/// the tagger found opening a sentence of prose stays when the word may be
/// a given name or surname ("Rose said …"): there the words after it bear
/// the reading out ("Steadiness" of "\"Steadiness, above all\"" is no one).
pub(super) fn without_common_words(doc: &Document, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let key = |c: &Candidate| c.mention.span.slice(doc.text).to_lowercase();
    let lone = |c: &Candidate| !c.mention.span.slice(doc.text).contains(char::is_whitespace);
    let case_tells = |c: &Candidate| !c.doubtful && !c.opens_sentence;
    let doubtful_words: HashSet<String> = candidates
        .iter()
        .filter(|c| lone(c) && !case_tells(c))
        .map(key)
        .collect();
    if doubtful_words.is_empty() {
        return candidates;
    }
    let written_lower: HashSet<String> = doc
        .tokens
        .iter()
        .map(|t| t.span.slice(doc.text))
        .filter(|w| w.chars().all(char::is_lowercase) && doubtful_words.contains(*w))
        .map(str::to_string)
        .collect();
    let mut named: HashSet<String> = HashSet::new();
    for c in &candidates {
        let name = key(c);
        let words: Vec<&str> = name.split_whitespace().collect();
        match (words.as_slice(), c.mention.kind) {
            ([word], _) if case_tells(c) => named.insert(word.to_string()),
            ([_, .., last], EntityKind::Person) => named.insert(last.to_string()),
            ([first, ..], EntityKind::Organization) if words.len() > 1 => {
                named.insert(first.to_string())
            }
            _ => false,
        };
    }
    candidates
        .into_iter()
        .filter(|c| {
            let prose_person = c.reading == Reading::Prose
                && c.mention.kind == EntityKind::Person
                && may_be_a_name_of_people(c.mention.span.slice(doc.text));
            let common = lone(c) && !case_tells(c) && !prose_person && {
                let word = key(c);
                written_lower.contains(&word) && !named.contains(&word)
            };
            !common
        })
        .collect()
}

/// Whether the name lists give `word` as a given name or surname.
fn may_be_a_name_of_people(word: &str) -> bool {
    Tagger::embedded().list_flags(&[word]) & (GIVEN_NAME | SURNAME) != 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use crate::annotation::EntityKind::*;

    #[test]
    fn a_word_the_article_writes_in_lower_case_is_no_name_where_case_tells_nothing() {
        let text = "Mayor Holt Power Plant Rules Face Key Test In Court\n\n\
                    Power plants are the largest source of soot in Halden. The mayor \
                    said the new power rules would close two plants.\n";
        let names: Vec<Vec<&str>> = found(text).into_iter().map(|(_, m)| m).collect();
        assert!(!names.iter().flatten().any(|m| *m == "Power"), "{names:?}");
        assert!(names.contains(&vec!["Halden"]), "{names:?}");
    }

    #[test]
    fn a_common_word_opening_a_quotation_is_no_one() {
        let text = "The mayor named one quality above all: \"Steadiness -- a rock \
                    steadiness,\" she said. Rose said so twice, and prices rose.\n";
        let names: Vec<Vec<&str>> = found(text).into_iter().map(|(_, m)| m).collect();
        assert_eq!(names, [vec!["Rose"]]);
    }

    #[test]
    fn a_name_written_alone_where_case_counts_stands_at_a_sentence_start_too() {
        let text = "Shares in Harbour rose on Monday. Harbour said its profits doubled, \
                    and the harbour itself was busier than ever.\n";
        assert_eq!(
            found(text),
            vec![(Organization, vec!["Harbour", "Harbour"])]
        );
    }
}
