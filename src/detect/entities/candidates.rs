//! Name mentions from capitalized word sequences, typed by simple cues.

use super::linking::RawMention;
use crate::annotation::EntityKind;
use crate::detect::lexicon::{is_person_title, ROLE_NOUNS};
use crate::document::blocks::BlockKind;
use crate::document::tokens::TokenKind;
use crate::document::Document;
use crate::span::Span;
use std::collections::HashSet;

/// Lower-case words that may sit inside a name ("Bank of England").
const NAME_CONNECTORS: &[&str] = &[
    "of", "de", "del", "da", "van", "von", "al", "bin", "la", "le", "du", "&", "and",
];

/// Capitalized words that are not names on their own.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "But",
    "And",
    "Or",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "During",
    "Following",
    "According",
    "However",
    "Meanwhile",
    "As",
    "At",
    "In",
    "On",
    "For",
    "From",
    "With",
    "By",
    "To",
    "Of",
    "Some",
    "Many",
    "Most",
    "Several",
    "Sources",
    "Supporters",
    "Critics",
    "Officials",
    "Previous",
    "Despite",
    "Although",
    "Yet",
    "Still",
    "Also",
    "Such",
    "Other",
    "Others",
    "Both",
    "Each",
    "Every",
    "No",
    "Not",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Photo",
    "Image",
    "Editor",
    "Author",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Now",
    "Then",
    "So",
    "Once",
    "Since",
    "Until",
];

/// Final words that make a name an organization.
const ORGANIZATION_HEADS: &[&str] = &[
    "Commission",
    "Union",
    "Ministry",
    "Bank",
    "Party",
    "Council",
    "Agency",
    "Company",
    "Corp.",
    "Inc.",
    "Ltd.",
    "News",
    "Times",
    "Post",
    "Journal",
    "Group",
    "University",
    "Committee",
    "Department",
    "Court",
    "Congress",
    "Parliament",
    "Senate",
    "Army",
    "Police",
    "Institute",
    "Association",
    "Organization",
    "Organisation",
    "Foundation",
    "Service",
    "Office",
    "Kremlin",
    "Pentagon",
    "Reuters",
    "Press",
    "Assembly",
    "Board",
    "Authority",
    "Federation",
    "League",
    "Tribune",
    "Herald",
    "Gazette",
    "Network",
    "Airlines",
    "Motors",
    "Industries",
    "Fund",
    "Forces",
    "Navy",
    "Command",
    "Cabinet",
    "Government",
    "Administration",
    "Club",
    "Society",
];

/// Words before a single name that suggest a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "to", "from", "near", "across", "toward", "towards", "into",
];

/// Finds candidate mentions in every block that holds article text.
pub fn find(doc: &Document) -> Vec<RawMention> {
    let prose_words = capitalized_words_in_prose(doc);
    let mut mentions = Vec::new();
    for sentence in &doc.sentences {
        let block = doc.blocks[sentence.block].kind;
        if matches!(
            block,
            BlockKind::Navigation | BlockKind::Credit | BlockKind::Code
        ) {
            continue;
        }
        // In headings and captions every word is capitalized: keep only
        // names the article's prose confirms.
        let confirm = matches!(block, BlockKind::Heading | BlockKind::Caption);
        let mut i = sentence.tokens.start;
        while i < sentence.tokens.end {
            let Some(end) = name_run_end(doc, i, sentence.tokens.end, i == sentence.tokens.start)
            else {
                i += 1;
                continue;
            };
            let span = doc.tokens[i].span.cover(doc.tokens[end - 1].span);
            let confirmed = !confirm
                || (i..end)
                    .all(|t| prose_words.contains(doc.word(t)) || !is_capitalized(doc.word(t)));
            if confirmed {
                let role = role_before(doc, i, sentence.tokens.start);
                let kind = kind_of(doc, i, end, sentence.tokens.start, role.is_some());
                mentions.push(RawMention { span, kind, role });
            }
            i = end;
        }
    }
    mentions
}

fn is_capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

fn is_name_word(word: &str) -> bool {
    is_capitalized(word)
        && !NOT_NAMES.contains(&word)
        && !is_person_title(word)
        && word.chars().any(char::is_alphabetic)
}

/// Capitalized words seen in running text away from a sentence start.
fn capitalized_words_in_prose<'t>(doc: &Document<'t>) -> HashSet<&'t str> {
    let mut words = HashSet::new();
    for sentence in &doc.sentences {
        if !doc.blocks[sentence.block].kind.is_prose() {
            continue;
        }
        for t in sentence.tokens.start + 1..sentence.tokens.end {
            let word = doc.word(t);
            if is_name_word(word) {
                words.insert(word);
            }
        }
    }
    words
}

/// The end of the name that starts at token `start`, if one does.
fn name_run_end(doc: &Document, start: usize, limit: usize, sentence_start: bool) -> Option<usize> {
    let first = doc.word(start);
    if doc.tokens[start].kind != TokenKind::Word || !is_name_word(first) {
        return None;
    }
    let mut end = start + 1;
    while end < limit {
        let word = doc.word(end);
        if doc.tokens[end].kind == TokenKind::Word && is_name_word(word) {
            end += 1;
        } else if NAME_CONNECTORS.contains(&word)
            && end + 1 < limit
            && is_name_word(doc.word(end + 1))
            && word != "and"
        {
            end += 2;
        } else {
            break;
        }
    }
    // A lone sentence-initial word is usually not a name.
    if sentence_start && end == start + 1 && !first.chars().skip(1).any(char::is_uppercase) {
        let next_is_verb = end < limit && doc.word(end).chars().all(char::is_lowercase);
        if !next_is_verb {
            return None;
        }
    }
    Some(end)
}

/// A title or role right before the name ("President", "aide to President").
fn role_before(doc: &Document, start: usize, sentence_start: usize) -> Option<Span> {
    let mut first = start;
    while first > sentence_start {
        let word = doc.word(first - 1);
        if is_person_title(word) || ROLE_NOUNS.contains(&word.to_lowercase().as_str()) {
            first -= 1;
        } else {
            break;
        }
    }
    (first < start).then(|| doc.tokens[first].span.cover(doc.tokens[start - 1].span))
}

fn kind_of(
    doc: &Document,
    start: usize,
    end: usize,
    sentence_start: usize,
    has_role: bool,
) -> EntityKind {
    let last = doc.word(end - 1);
    let words = end - start;
    if ORGANIZATION_HEADS.contains(&last) {
        return EntityKind::Organization;
    }
    if words == 1
        && last.len() >= 2
        && last.len() <= 5
        && last.chars().all(|c| c.is_uppercase() || c == '.')
    {
        // Acronyms: NATO, EU, U.S. — places when they are countries.
        return if matches!(last, "US" | "U.S." | "UK" | "U.K." | "UAE") {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
    }
    if has_role {
        return EntityKind::Person;
    }
    let before = (start > sentence_start).then(|| doc.word(start - 1).to_lowercase());
    if words == 1
        && before
            .as_deref()
            .is_some_and(|b| PLACE_PREPOSITIONS.contains(&b))
    {
        return EntityKind::Place;
    }
    if (2..=3).contains(&words) && (start..end).all(|t| is_name_word(doc.word(t))) {
        return EntityKind::Person;
    }
    EntityKind::Other
}
