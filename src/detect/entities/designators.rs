//! Words inside a name that tell what kind of name it is, whatever the
//! tagger guessed: "Calden Institute" is an organization, "Skerry Island"
//! and "Port Ellin" are places, and a seat of government named for the
//! power that sits there ("the Kremlin", "the White House") is an
//! organization, as news writes of it; a nationality ("Kuwaiti", "South
//! Africans") is of the "other" kind. A person's title right before a
//! name ("Mayor …", "Sen. …") makes it a person's.

use crate::annotation::EntityKind;
use crate::lexicon::{
    is_demonym, is_personal_title, GOVERNMENT_SEATS, ORGANIZATION_HEADS, OTHER_WORDS, PLACE_HEADS,
    PLACE_OPENERS,
};
use crate::span::Span;

/// Whether a role before a name ends with a person's title that only a
/// person's name follows ("President", "Mayor", "Sen."; not "General").
pub fn is_titled(text: &str, role: Span) -> bool {
    role.slice(text)
        .split_whitespace()
        .last()
        .is_some_and(is_personal_title)
}

/// The kind of a name whose words are `words` and which the tagger took
/// for `tagged`. A nationality, an organization's head word or a seat of
/// government settles it; the first word or head of a law, event or
/// undertaking ("Operation …", "… Act", "Treaty of …") overrules all but
/// a person ("Ana Day"); a place's head or opening word only overrules a
/// person or an "other" name, since clubs and firms are often named after
/// places ("Port Vale", "Ross County").
pub fn kind_of(words: &[&str], tagged: EntityKind) -> EntityKind {
    if is_demonym(words) {
        return EntityKind::Other;
    }
    if GOVERNMENT_SEATS.contains(&words.join(" ")) {
        return EntityKind::Organization;
    }
    let [first, .., last] = words else {
        return tagged;
    };
    let place_words = PLACE_HEADS.contains(last) || PLACE_OPENERS.contains(first);
    let last_two = words[words.len() - 2..].join(" ");
    if ORGANIZATION_HEADS.contains(last)
        || ORGANIZATION_HEADS.contains(&last_two)
        || opens_with_a_head(words)
    {
        EntityKind::Organization
    } else if names_other(words) && tagged != EntityKind::Person {
        EntityKind::Other
    } else if place_words && matches!(tagged, EntityKind::Person | EntityKind::Other) {
        EntityKind::Place
    } else {
        tagged
    }
}

/// Whether a word of [`OTHER_WORDS`] opens `words` or is their head: the
/// last word, or one before "of" ("Harbor Act of 2015").
fn names_other(words: &[&str]) -> bool {
    let last = words.len() - 1;
    words.iter().enumerate().any(|(i, w)| {
        OTHER_WORDS.contains(w) && (i == 0 || i == last || words.get(i + 1) == Some(&"of"))
    })
}

/// Whether a name opens with an organization's head and a preposition
/// ("Council on Harbor Safety", "Ministry of Fisheries").
fn opens_with_a_head(words: &[&str]) -> bool {
    matches!(words, [head, "for" | "of" | "on" | "to", ..] if ORGANIZATION_HEADS.contains(head))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn the_last_word_of_a_longer_name_tells_an_organization() {
        assert_eq!(kind_of(&["Calden", "Institute"], Place), Organization);
        assert_eq!(kind_of(&["Northwind", "Marine"], Person), Organization);
        assert_eq!(kind_of(&["Calloway", "Energy"], Person), Organization);
        assert_eq!(
            kind_of(&["Council", "on", "Harbor", "Safety"], Place),
            Organization
        );
        assert_eq!(
            kind_of(&["Port", "Ellin", "Authority"], Place),
            Organization
        );
        assert_eq!(
            kind_of(&["Harbor", "Policy", "Center"], Place),
            Organization
        );
        assert_eq!(kind_of(&["Harbor", "Center"], Place), Place);
    }

    #[test]
    fn place_words_overrule_a_person_but_not_an_organization() {
        assert_eq!(kind_of(&["Skerry", "Island"], Person), Place);
        assert_eq!(kind_of(&["Port", "Ellin"], Other), Place);
        assert_eq!(kind_of(&["Port", "Ellin"], Organization), Organization);
    }

    #[test]
    fn a_single_word_or_an_ordinary_name_keeps_the_taggers_kind() {
        assert_eq!(kind_of(&["Institute"], Person), Person);
        assert_eq!(kind_of(&["Renata", "Kowalczyk"], Person), Person);
    }

    #[test]
    fn a_named_operation_is_other() {
        assert_eq!(
            kind_of(&["Operation", "Northern", "Shield"], Organization),
            Other
        );
        assert_eq!(kind_of(&["Operation"], Organization), Organization);
    }

    #[test]
    fn a_law_a_treaty_or_an_event_is_other_unless_a_person() {
        assert_eq!(kind_of(&["Clean", "Harbor", "Act"], Organization), Other);
        assert_eq!(
            kind_of(&["Harbor", "Act", "of", "2015"], Organization),
            Other
        );
        assert_eq!(kind_of(&["Treaty", "of", "Lund"], Organization), Other);
        assert_eq!(kind_of(&["Tidewater", "Amendment"], Place), Other);
        assert_eq!(kind_of(&["Halden", "Symposium"], Place), Other);
        assert_eq!(kind_of(&["Ballot", "Day"], Organization), Other);
        assert_eq!(kind_of(&["Ana", "Day"], Person), Person);
        assert_eq!(kind_of(&["Act", "Now", "Committee"], Place), Organization);
    }

    #[test]
    fn a_nationality_is_other_whatever_the_tagger_read() {
        assert_eq!(kind_of(&["Kuwaiti"], Person), Other);
        assert_eq!(kind_of(&["Bahrainis"], Organization), Other);
        assert_eq!(kind_of(&["South", "African"], Place), Other);
        assert_eq!(kind_of(&["KURDISH"], Place), Other);
        assert_eq!(kind_of(&["South", "Africa"], Place), Place);
    }

    #[test]
    fn a_seat_of_government_is_the_government() {
        assert_eq!(kind_of(&["Kremlin"], Place), Organization);
        assert_eq!(kind_of(&["White", "House"], Place), Organization);
        assert_eq!(kind_of(&["White", "Sands"], Place), Place);
    }
}
