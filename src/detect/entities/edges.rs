//! What the tagger takes in at a name's edges that is no part of it:
//! punctuation ("Election Law."), small lower-case words ("Mountaineers of
//! the"), a role after the name ("Wells Fargo CEO"), a title and what
//! comes before it inside a person's name ("Manhattan Supreme Court
//! Justice Frank Nervo"), a place after "in" ("Calden University in
//! Halden"); and lone words that name no one ("Us", "TV", "U-S-A").

use super::surnames::{self, words_before_person_name};
use crate::annotation::EntityKind;
use crate::document::Document;
use crate::lexicon::{
    is_demonym, is_person_title, COMMON_ACRONYMS, NAME_FORMING_TITLES, NAME_PARTICLES,
    NAME_SEPARATORS, ORGANIZATION_HEADS, ROLE_NOUNS, SHOWN_PRONOUNS, TITLE_MINOR_WORDS,
};
use crate::ner::lists::PLACE;
use crate::ner::{TaggedSpan, Tagger};
use std::ops::Range;

/// `tokens` without punctuation and small lower-case words at either edge,
/// and without titles or roles after the name.
pub(super) fn trimmed(doc: &Document, tokens: Range<usize>) -> Range<usize> {
    let (mut start, mut end) = (tokens.start, tokens.end);
    // A bracket closing one the name opens is part of it ("Rad (B)").
    let opened = tokens.clone().any(|t| doc.word(t) == "(");
    let loose = |t: usize| {
        let word = doc.word(t);
        let kept = word.chars().any(char::is_alphanumeric)
            || opened && word == ")"
            || word == "." && abbreviates(doc, t);
        let punctuation = !kept;
        punctuation || word.starts_with(char::is_lowercase) && TITLE_MINOR_WORDS.contains(word)
    };
    while start < end && loose(start) {
        start += 1;
    }
    // A role after a name is no part of it ("Holt and Mr."); a title that
    // opens names ("Dollar General") is.
    while end > start && (loose(end - 1) || end > start + 1 && is_role_after(doc.word(end - 1))) {
        end -= 1;
    }
    start..end
}

/// The pieces of a tagged run between separators.
pub(super) fn split_at_separators(doc: &Document, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = tokens.start;
    for t in tokens.clone() {
        if NAME_SEPARATORS.contains(doc.word(t)) {
            if start < t {
                pieces.push(start..t);
            }
            start = t + 1;
        }
    }
    if start < tokens.end {
        pieces.push(start..tokens.end);
    }
    pieces
}

/// Nationalities the tagger read as one name split apart ("Iraqi and
/// Afghan", "Saudi, Omani or Qatari"); any other name whole.
pub(super) fn nationalities_apart(doc: &Document, tokens: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = tokens.start;
    for t in tokens.clone() {
        if matches!(doc.word(t), "and" | "or" | ",") {
            pieces.push(start..t);
            start = t + 1;
        }
    }
    pieces.push(start..tokens.end);
    let words = |r: &Range<usize>| r.clone().map(|t| doc.word(t)).collect::<Vec<_>>();
    let all_nationalities = pieces
        .iter()
        .all(|p| !p.is_empty() && is_demonym(&words(p)));
    if pieces.len() > 1 && all_nationalities {
        pieces
    } else {
        vec![tokens]
    }
}

/// A tagged name of kind `kind` at `tokens`, cut where it runs on over a
/// person's or a place's name ([`surnames::person_before`],
/// [`place_after`]): each name with its kind.
pub(super) fn names_apart(
    doc: &Document,
    kind: EntityKind,
    tokens: Range<usize>,
) -> Vec<(EntityKind, Range<usize>)> {
    let (name, place) = place_after(doc, tokens);
    let person = surnames::person_before(doc, name.clone()).filter(|_| kind != EntityKind::Person);
    let mut names = match person {
        Some((person, rest)) => {
            let rest_kind = if is_known_place(doc, rest.clone()) {
                EntityKind::Place
            } else {
                kind
            };
            vec![(EntityKind::Person, person), (rest_kind, rest)]
        }
        None => vec![(kind, name)],
    };
    names.extend(place.map(|tokens| (EntityKind::Place, tokens)));
    names
}

/// A name the tagger ran on over "in" and a place (`tokens`), cut before
/// "in": the name, and the place if there is one ("Calden University in
/// Halden", "Ana Ruiz in Ohio"). The place is a known one (see
/// [`is_known_place`]), and the name before it has no small words.
pub(super) fn place_after(
    doc: &Document,
    tokens: Range<usize>,
) -> (Range<usize>, Option<Range<usize>>) {
    let cut = tokens.clone().skip(1).find(|&t| doc.word(t) == "in");
    let Some(cut) = cut.filter(|&t| t + 1 < tokens.end) else {
        return (tokens, None);
    };
    // A formal name may end in its own place ("Council for Peace and
    // Cooperation in Halden"): a name with small words runs on.
    let formal = (tokens.start..cut).any(|t| doc.word(t).starts_with(char::is_lowercase));
    if !formal && is_known_place(doc, cut + 1..tokens.end) {
        (tokens.start..cut, Some(cut + 1..tokens.end))
    } else {
        (tokens, None)
    }
}

/// Whether `tokens` are a place the name lists or the training data know,
/// all its words capitalized.
pub(super) fn is_known_place(doc: &Document, tokens: Range<usize>) -> bool {
    let words: Vec<&str> = tokens.map(|t| doc.word(t)).collect();
    let tagger = Tagger::embedded();
    words.iter().all(|w| w.starts_with(char::is_uppercase))
        && (tagger.list_flags(&words) & PLACE != 0
            || tagger.listed_kinds(&words).contains(&EntityKind::Place))
}

/// Where the state starts in a label of a lawmaker's party and state
/// ("R-Ohio", "D-N.Y."): the label names no person, and its state is a
/// place.
pub(super) fn state_of_party_label(word: &str) -> Option<usize> {
    let state = word.strip_prefix(['R', 'D', 'I'])?.strip_prefix('-')?;
    state.starts_with(char::is_uppercase).then_some(2)
}

/// Where an organization's name starts when the tagger left out its head
/// and the small words after it ("Committee for a" of "the Committee for a
/// Fair Budget", "Council on" of "Council on Harbor Safety"): the name
/// starting at `start` grows back over them.
pub(super) fn organization_head_before(
    doc: &Document,
    start: usize,
    sentence_start: usize,
) -> usize {
    let mut t = start;
    if t > sentence_start && matches!(doc.word(t - 1), "a" | "the") {
        t -= 1;
    }
    // The head opens the name: nothing capitalized runs into it, so the
    // name never grows into another ("Harbor Committee for a Fair Budget").
    let head_opens = |h: usize| {
        h == sentence_start || {
            let before = doc.word(h - 1);
            matches!(before, "The" | "the" | "a" | "A") || !before.starts_with(char::is_uppercase)
        }
    };
    let joined = t > sentence_start + 1
        && matches!(doc.word(t - 1), "for" | "of" | "on")
        && ORGANIZATION_HEADS.contains(doc.word(t - 2))
        && head_opens(t - 2);
    if joined {
        t - 2
    } else {
        start
    }
}

/// Whether the full stop at `t` ends an abbreviation rather than a
/// sentence: it follows a word with no space and a comma or a lower-case
/// word follows it ("Ashton, Md., said").
fn abbreviates(doc: &Document, t: usize) -> bool {
    let joined = t > 0 && doc.tokens[t - 1].span.end == doc.tokens[t].span.start;
    let next = doc
        .tokens
        .get(t + 1)
        .map(|token| token.span.slice(doc.text));
    joined && next.is_some_and(|w| w == "," || w.starts_with(char::is_lowercase))
}

/// Whether `word` is a role or title that never ends a name.
fn is_role_after(word: &str) -> bool {
    !NAME_FORMING_TITLES.contains(word)
        && (is_person_title(word) || ROLE_NOUNS.contains_lower_case_of(word))
}

/// Where a person's name begins when the tagger took in the title before
/// it and what the title names ("Harbor County Judge Ana Ruiz" is Ana
/// Ruiz): see [`words_before_person_name`].
pub(super) fn person_start(doc: &Document, tokens: Range<usize>) -> usize {
    let words: Vec<&str> = tokens.clone().map(|t| doc.word(t)).collect();
    tokens.start + words_before_person_name(&words)
}

/// The tagger's names of a sentence (its first token at `first`), with a
/// person's name read in two pieces around a lower-case particle made
/// whole again ("Omar" and "Said" of "Omar bin Said").
pub(super) fn joined_at_particles(
    doc: &Document,
    first: usize,
    spans: &[TaggedSpan],
) -> Vec<TaggedSpan> {
    let mut joined: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for span in spans {
        if let Some(last) = joined.last_mut() {
            let person = last.kind == EntityKind::Person && span.kind == EntityKind::Person;
            let particle = span.tokens.start == last.tokens.end + 1
                && NAME_PARTICLES.contains(doc.word(first + last.tokens.end));
            if person && particle {
                last.tokens.end = span.tokens.end;
                continue;
            }
        }
        joined.push(span.clone());
    }
    joined
}

/// Whether a name of one word names no one, whatever the tagger read: a
/// pronoun outside capitals ("Us", "He"), an abbreviation of a common
/// noun ("TV", "PACs"), or letters spelled out with hyphens ("U-S-A").
pub(super) fn is_no_name(word: &str) -> bool {
    let in_capitals = !word.chars().any(char::is_lowercase);
    let spelled = word.contains('-')
        && word
            .split('-')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    (!in_capitals && SHOWN_PRONOUNS.contains_lower_case_of(word))
        || COMMON_ACRONYMS.contains_lower_case_of(word)
        || spelled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::format::Format;

    /// The words of `tokens` in `text` (one sentence).
    fn words<'t>(doc: &Document<'t>, tokens: Range<usize>) -> Vec<&'t str> {
        tokens.map(|t| doc.word(t)).collect()
    }

    #[test]
    fn a_persons_name_run_on_over_of_is_cut_there() {
        use EntityKind::*;
        let cases = [
            (
                "Ana Ruiz of Harbor Gazette",
                Organization,
                vec![(Person, "Ana Ruiz"), (Organization, "Harbor Gazette")],
            ),
            (
                "Ana B. Ruiz for Ohio",
                Other,
                vec![(Person, "Ana B. Ruiz"), (Place, "Ohio")],
            ),
            (
                "Young Americans for Harbor",
                Organization,
                vec![(Organization, "Young Americans for Harbor")],
            ),
            (
                "Ana Ruiz of Harbor Gazette",
                Person,
                vec![(Person, "Ana Ruiz of Harbor Gazette")],
            ),
        ];
        for (text, kind, names) in cases {
            let doc = Document::parse(text, Format::Text);
            let found: Vec<(EntityKind, String)> = names_apart(&doc, kind, 0..doc.tokens.len())
                .into_iter()
                .map(|(kind, tokens)| (kind, words(&doc, tokens).join(" ")))
                .collect();
            let names: Vec<(EntityKind, String)> =
                names.into_iter().map(|(k, n)| (k, n.to_string())).collect();
            assert_eq!(found, names, "{text}");
        }
    }

    #[test]
    fn a_place_after_in_is_no_part_of_the_name() {
        let cases = [
            ("Drexford University in Ohio", "Drexford University", "Ohio"),
            ("Ana Ruiz in Ohio", "Ana Ruiz", "Ohio"),
            ("Council for Peace in Ohio", "Council for Peace in Ohio", ""),
            (
                "Drexford University in Exile",
                "Drexford University in Exile",
                "",
            ),
        ];
        for (text, name, place) in cases {
            let doc = Document::parse(text, Format::Text);
            let (kept, after) = place_after(&doc, 0..doc.tokens.len());
            assert_eq!(words(&doc, kept).join(" "), name);
            assert_eq!(
                after.map_or(String::new(), |p| words(&doc, p).join(" ")),
                place
            );
        }
    }

    #[test]
    fn a_person_named_after_a_title_starts_after_it() {
        let doc = Document::parse("Harbor County Circuit Judge Ana Ruiz", Format::Text);
        assert_eq!(person_start(&doc, 0..6), 4);
        let doc = Document::parse("Martin Luther King Jr.", Format::Text);
        assert_eq!(person_start(&doc, 0..4), 0);
    }

    #[test]
    fn punctuation_small_words_and_roles_at_a_names_edge_are_no_part_of_it() {
        let doc = Document::parse("the Harbor Tax Law . Lakeside Bank CEO", Format::Text);
        assert_eq!(words(&doc, trimmed(&doc, 0..5)), ["Harbor", "Tax", "Law"]);
        assert_eq!(words(&doc, trimmed(&doc, 5..8)), ["Lakeside", "Bank"]);
        let doc = Document::parse("Ashton, Md., said", Format::Text);
        assert_eq!(words(&doc, trimmed(&doc, 2..4)), ["Md", "."]);
    }

    #[test]
    fn a_name_read_in_two_pieces_around_a_particle_is_one() {
        let doc = Document::parse("Forces found Omar bin Said in the hills.", Format::Text);
        let person = |tokens| TaggedSpan {
            tokens,
            kind: EntityKind::Person,
        };
        let joined = joined_at_particles(&doc, 0, &[person(2..3), person(4..5)]);
        assert_eq!(joined, [person(2..5)]);
    }

    #[test]
    fn pronouns_common_abbreviations_and_spelled_letters_are_no_names() {
        for word in ["Us", "He", "TV", "PACs", "U-S-A"] {
            assert!(is_no_name(word), "{word}");
        }
        for word in ["US", "Halden", "UN", "T-Mobile"] {
            assert!(!is_no_name(word), "{word}");
        }
    }
}
