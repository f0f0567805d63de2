//! What a mention's surroundings say of its kind: a dateline or a place
//! noun after it make it a place, a citing cue an organization, a role
//! noun in a byline no person at all, quotation marks naming a work
//! ("on “Face the Nation”") a name of another kind.

use super::linking::RawMention;
use crate::annotation::{EntityKind, QuoteKind};
use crate::detect::quotes::kind;
use crate::detect::quotes::marks::{self, Role};
use crate::document::blocks::BlockKind;
use crate::document::sentences::Sentence;
use crate::document::Document;
use crate::lexicon::{
    is_demonym, is_verb_filler, DATELINE_DASHES, PLACE_NOUNS_AFTER, ROLE_NOUNS, SAY_FORMS,
    SOURCE_CUES_AFTER, SOURCE_CUES_BEFORE,
};
use crate::ner::lists::PLACE;
use crate::ner::Tagger;
use crate::span::Span;
use std::ops::Range;

/// Whether `mention` is all a quoted title holds ("on CBS's “Face the
/// Nation,”", "a book called “Salt Roads”"): a work, not the body or
/// place its words may name.
pub(super) fn is_quoted_title(text: &str, mention: &RawMention) -> bool {
    let opener = text[..mention.span.start].char_indices().next_back();
    let Some(opener) = opener
        .and_then(|(at, ch)| marks::mark_at(text, at, ch))
        .filter(|m| m.role != Role::Closes)
    else {
        return false;
    };
    // The sentence's comma or full stop may stand inside the marks.
    let stop = text[mention.span.end..].starts_with([',', '.']);
    let inner_end = mention.span.end + usize::from(stop);
    let closer = text[inner_end..].chars().next();
    let Some(closer) = closer
        .and_then(|ch| marks::mark_at(text, inner_end, ch))
        .filter(|m| m.closes(opener))
    else {
        return false;
    };
    let inner = Span::new(mention.span.start, inner_end);
    kind::classify(text, Span::new(opener.at, closer.end()), inner) == QuoteKind::Title
}

/// The token of a one-word `mention` given as the source of reported
/// content ("according to Zentrum", "Zentrum reported", "Zentrum also
/// reported"), if it is one.
pub(super) fn one_word_source(
    doc: &Document,
    mention: &RawMention,
    sentence: &Sentence,
) -> Option<usize> {
    // The sentence's tokens inside the mention, found by binary search
    // (a scan of the sentence for each mention was quadratic).
    let within = &doc.tokens[sentence.tokens.clone()];
    let first =
        sentence.tokens.start + within.partition_point(|t| t.span.start < mention.span.start);
    let end = sentence.tokens.start + within.partition_point(|t| t.span.end <= mention.span.end);
    if first + 1 != end {
        return None;
    }
    let word = |t: usize| doc.word(t).to_lowercase();
    let before = (1..=2).any(|n| {
        first >= sentence.tokens.start + n && {
            let cue: Vec<String> = (first - n..first).map(word).collect();
            SOURCE_CUES_BEFORE.contains(&cue.join(" "))
        }
    });
    // Adverbs may come between ("Zentrum also reported", "… has reported").
    let cue = (end..sentence.tokens.end).find(|&t| !is_verb_filler(doc.word(t)));
    let after = cue.is_some_and(|t| SOURCE_CUES_AFTER.contains(&word(t)));
    (before || after).then_some(first)
}

/// Whether a one-word name the training data never listed, read as a
/// place or other name, is given as the source of reported content (see
/// [`one_word_source`]): such a name is an outlet or body, not a place.
/// A nationality is never the outlet ("according to Kuwaiti …").
pub(super) fn is_unlisted_source(
    doc: &Document,
    tagger: &Tagger,
    mention: &RawMention,
    source: usize,
) -> bool {
    let word = doc.word(source);
    matches!(mention.kind, EntityKind::Place | EntityKind::Other)
        && tagger.listed_kinds(&[word]).is_empty()
        && !is_demonym(&[word])
}

/// Whether `name`, one word read as a body's or a place's, is the surname
/// of someone unlabeled news often names in full ("Trump", "Obama"; see
/// [`Tagger::is_read_surname`]), which no list has as a place and the
/// training data as no other kind than a person's. (An outlet may bear
/// its founder's name: where the name is given as a source of reported
/// content, the caller leaves it as read.)
pub(super) fn is_known_surname(tagger: &Tagger, mention: &RawMention, name: &str) -> bool {
    matches!(mention.kind, EntityKind::Organization | EntityKind::Place)
        && !mention.surely_place
        && tagger.is_read_surname(name)
        && tagger.list_flags(&[name]) & PLACE == 0
        && tagger
            .listed_kinds(&[name])
            .iter()
            .all(|&k| k == EntityKind::Person)
}

/// Whether the word at `next` (before the sentence's `end`) is a place
/// noun that the name before it qualifies.
pub(super) fn names_a_place_by_the_next_word(doc: &Document, next: usize, end: usize) -> bool {
    next < end && PLACE_NOUNS_AFTER.contains(doc.word(next))
}

/// Whether the word at `next` (before the sentence's `end`) is a noun
/// that makes the one-word name before it a person's ("the Kessler
/// administration").
pub(super) fn names_a_person_by_the_next_word(doc: &Document, next: usize, end: usize) -> bool {
    next < end && PERSON_NOUNS_AFTER.contains(&doc.word(next))
}

/// Whether the name starting at token `first` is where something was said
/// or posted ("said on Chirper", "wrote on Facebook"): a medium, not a
/// person.
pub(super) fn is_where_said(doc: &Document, first: usize, sentence_start: usize) -> bool {
    first >= sentence_start + 2
        && doc.word(first - 1) == "on"
        && is_verb_of_posting(&doc.word(first - 2).to_lowercase())
}

/// Verbs after which "on" and a name give where the words appeared.
fn is_verb_of_posting(word: &str) -> bool {
    SAY_FORMS.contains(word)
        || matches!(
            word,
            "wrote" | "writes" | "posted" | "posts" | "added" | "tweeted"
        )
}

/// Lower-case nouns that make the one-word name before them a person's
/// surname (CoNLL-2003 tags "Clinton" of "the Clinton administration" as a
/// person).
const PERSON_NOUNS_AFTER: [&str; 2] = ["administration", "presidency"];

/// Whether the name in `tokens` opens a paragraph's dateline: written in
/// capitals at the start of the paragraph's first sentence and followed,
/// on the same line, by a dash after at most a few more capitalized
/// words, abbreviations, a date or an agency in brackets, and then by
/// prose ("PORT ELLIN — The council…", "HALDEN, Norway, May 4 (Wire) —
/// …").
pub(super) fn is_dateline(doc: &Document, sentence: &Sentence, tokens: &Range<usize>) -> bool {
    let block = &doc.blocks[sentence.block];
    let opens_paragraph = block.kind == BlockKind::Paragraph
        && doc.tokens[tokens.start].span.start == block.span.start;
    let in_capitals = tokens.clone().all(|t| {
        let word = doc.word(t);
        word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
    });
    if !opens_paragraph || !in_capitals {
        return false;
    }
    let line_end = doc.text[doc.tokens[tokens.start].span.start..]
        .find('\n')
        .map_or(doc.text.len(), |i| doc.tokens[tokens.start].span.start + i);
    (tokens.end..sentence.tokens.end.min(tokens.end + 10))
        .take_while(|&t| doc.tokens[t].span.end <= line_end)
        .find(|&t| DATELINE_DASHES.contains(doc.word(t)))
        .is_some_and(|dash| {
            let heading_only = (tokens.end..dash).all(|t| {
                let word = doc.word(t);
                !word.starts_with(char::is_lowercase) || word.ends_with('.')
            });
            // Prose follows a dateline; a line all in capitals is a
            // headline ("HOCKEY - RESULTS").
            let prose_follows = (dash + 1..sentence.tokens.end)
                .any(|t| doc.word(t).chars().any(char::is_lowercase));
            heading_only && prose_follows
        })
}

/// Whether a byline's name read in `tokens` names a role rather than a
/// person ("By Tove Aaberg, Staff Writer"): the name ends in a role noun.
pub(super) fn is_byline_role(doc: &Document, sentence: &Sentence, tokens: &Range<usize>) -> bool {
    let last = tokens
        .clone()
        .rev()
        .map(|t| doc.word(t))
        .find(|w| w.chars().any(char::is_alphanumeric));
    doc.blocks[sentence.block].kind == BlockKind::Byline
        && last.is_some_and(|w| ROLE_NOUNS.contains_lower_case_of(w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entities, found};
    use crate::annotation::EntityKind::*;

    #[test]
    fn a_party_and_state_label_gives_the_state() {
        let text = "Sen. Ana Ruiz (R-Ohio) said the bill would pass. Rep. Tomas Lind, \
                    D-N.Y., disagreed. Ruiz campaigned in Ohio.";
        assert_eq!(
            found(text),
            vec![
                (Person, vec!["Ana Ruiz", "Ruiz"]),
                (Place, vec!["Ohio", "Ohio"]),
                (Person, vec!["Tomas Lind"]),
                (Place, vec!["N.Y."]),
            ]
        );
    }

    #[test]
    fn a_programme_or_work_named_in_quotation_marks_is_other() {
        let text =
            "In an interview on NRK\u{2019}s \u{201C}Harbour Talk,\u{201D} Ana Ruiz said the \
                    pier would open. Tomas Lind said so on \u{201C}Bergen Report.\u{201D} His book \
                    called \u{201C}Oslo Harbour\u{201D} sold well.";
        let kinds: Vec<_> = found(text)
            .into_iter()
            .filter(|(_, m)| {
                m.iter()
                    .any(|m| m.contains("Harbour") || m.contains("Report"))
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                (Other, vec!["Harbour Talk"]),
                (Other, vec!["Bergen Report"]),
                (Other, vec!["Oslo Harbour"]),
            ]
        );
    }

    #[test]
    fn a_name_where_words_were_posted_is_a_medium() {
        let text = "Ana Ruiz said on Chirper that the vote was rigged. Later she wrote \
                    on Facebook that she was joking.";
        assert_eq!(
            found(text),
            vec![
                (Person, vec!["Ana Ruiz"]),
                (Organization, vec!["Chirper"]),
                (Organization, vec!["Facebook"]),
            ]
        );
    }

    #[test]
    fn a_full_name_after_a_role_noun_is_a_person() {
        let text = "All this has led the Estonian journalist Kaja Tammvere to fear the worst.";
        assert_eq!(
            found(text),
            vec![(Other, vec!["Estonian"]), (Person, vec!["Kaja Tammvere"])]
        );
    }

    #[test]
    fn an_organization_keeps_its_head_and_the_words_after_it() {
        let text = "The Committee for a Fair Harbor Budget reported that the plan would \
                    cost more. The Council on Harbor Safety agreed.";
        assert_eq!(
            found(text),
            vec![
                (Organization, vec!["Committee for a Fair Harbor Budget"]),
                (Organization, vec!["Council on Harbor Safety"]),
            ]
        );
        // The tagger read the head apart here: the grown name takes it in,
        // and a name never grows into the one before it.
        let text = "The Harbor Committee for a Fair Budget met. The Committee for a Fair \
                    Harbor Budget reported that the plan would cost more.";
        assert_eq!(
            found(text),
            vec![
                (Organization, vec!["Harbor Committee for a Fair Budget"]),
                (Organization, vec!["Committee for a Fair Harbor Budget"]),
            ]
        );
    }

    #[test]
    fn a_surname_before_administration_is_a_person() {
        let text = "The ferries will run again, the Kessler administration said on \
                    Monday. Officials in the U.S. administration agreed.";
        assert_eq!(
            found(text),
            vec![(Person, vec!["Kessler"]), (Place, vec!["U.S."])]
        );
    }

    #[test]
    fn a_dateline_names_a_place_whatever_the_prose_suggests() {
        let text = "PORT ELLIN \u{2014} The town council of Port Ellin met on Monday.\n\nHALDEN, Norway, May 4 - Officials said the pier would reopen.\n";
        let e = entities(text);
        let kind_of = |name: &str| e.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind_of("Port Ellin"), Some(Place));
        assert_eq!(e[0].mentions.len(), 2, "PORT ELLIN and Port Ellin are one");
        assert_eq!(kind_of("HALDEN"), Some(Place));
    }

    #[test]
    fn a_name_before_a_place_noun_is_a_place() {
        let text = "The Tidewater county council postponed the vote. Tidewater has no ferry.";
        let e = entities(text);
        let tidewater = e.iter().find(|e| e.name == "Tidewater").expect("Tidewater");
        assert_eq!(tidewater.kind, Place, "{e:?}");
    }

    #[test]
    fn a_headline_in_capitals_is_not_a_dateline() {
        let text = "NORTHWIND MARINE - RESULTS FOR THE YEAR. Northwind Marine said profits rose.\n";
        let e = entities(text);
        assert!(e.iter().all(|e| e.kind != Place), "{e:?}");
    }

    #[test]
    fn a_role_in_a_byline_is_not_a_person() {
        let text = "Ferry fares rise again\n\nBy Maren Solberg, Staff Writer\n\nFares rose on Monday, the Ferry Board said.";
        let names: Vec<String> = entities(text).into_iter().map(|e| e.name).collect();
        assert!(names.contains(&"Maren Solberg".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Writer")), "{names:?}");
    }

    #[test]
    fn an_unknown_name_cited_as_a_source_is_an_organization() {
        let text =
            "The port will close for a week, according to Vornbeck, which first reported the plan.";
        assert!(
            found(text).contains(&(Organization, vec!["Vornbeck"])),
            "{:?}",
            found(text)
        );
    }
}
