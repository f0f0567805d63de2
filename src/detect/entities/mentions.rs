//! Name mentions from the learned tagger ([`crate::ner`]), cleaned of
//! titles, "the" and possessives, with the role the text gives before them.
//! How each line is read is [`super::headlines`]'s; what a mention's
//! surroundings say of its kind, [`super::context`]'s; credit lines,
//! [`super::credits`]'s.

use super::context::{
    is_byline_role, is_dateline, is_known_surname, is_quoted_title, is_unlisted_source,
    is_where_said, names_a_person_by_the_next_word, names_a_place_by_the_next_word,
    one_word_source,
};
use super::coordinated::Standalone;
use super::credits;
use super::designators;
use super::edges;
use super::headlines::{
    confirmed_by_prose, first_line, is_display, is_read, is_title_case, is_title_case_headline,
    prose_kinds, prose_names_in_headings, words_for_tagger, Candidate, Reading,
};
use super::linking::RawMention;
use super::lower_case;
use super::openers::{self, opens_sentence};
use crate::annotation::EntityKind;
use crate::document::sentences::Sentence;
use crate::document::Document;
use crate::lexicon::{is_title_word, MONTH_ABBREVIATIONS, NAME_FORMING_TITLES, ROLE_NOUNS};
use crate::ner::{TaggedSpan, Tagger};
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;

/// Finds the name mentions of `doc`.
pub fn find(doc: &Document) -> Vec<RawMention> {
    let sentences = readings(doc);
    let words: Vec<Vec<Cow<str>>> = sentences
        .iter()
        .map(|(s, reading)| {
            let words: Vec<&str> = s.tokens.clone().map(|t| doc.word(t)).collect();
            words_for_tagger(&words, *reading)
        })
        .collect();
    let borrowed: Vec<Vec<&str>> = words
        .iter()
        .map(|s| s.iter().map(|w| w.as_ref()).collect())
        .collect();
    let tagger = Tagger::embedded();
    let tagged = tagger.tag_document(&borrowed);
    let pieces: Vec<Vec<Piece>> = sentences
        .iter()
        .zip(tagged)
        .map(|(&(sentence, _), spans)| pieces(doc, sentence, &spans))
        .collect();
    let standalone = Standalone::of(doc, pieces.iter().flatten().map(|p| &p.0));
    let mut mentions = Vec::new();
    for (&(sentence, reading), pieces) in sentences.iter().zip(pieces) {
        let pieces = pieces.into_iter().flat_map(|((kind, tokens), credited)| {
            let apart = match credited {
                true => vec![(kind, tokens)],
                false => standalone.apart(doc, kind, tokens),
            };
            apart
                .into_iter()
                .map(move |(kind, tokens)| (kind, tokens, credited))
        });
        for (kind, tokens, credited) in pieces {
            if is_byline_role(doc, sentence, &tokens) {
                continue;
            }
            let Some(mention) = mention(doc, tokens.clone(), sentence.tokens.start, kind) else {
                continue;
            };
            let mention = with_kind_from_context(doc, tagger, sentence, mention, &tokens);
            let opens_line = doc.tokens[sentence.tokens.start].span.start == mention.span.start;
            let one_word = !mention.span.slice(doc.text).contains(char::is_whitespace);
            // A credit line's layout says what its names are.
            let doubtful = !credited
                && match reading {
                    Reading::TitleCase => true,
                    Reading::Headline => one_word,
                    Reading::Display => opens_line && one_word,
                    Reading::Prose => false,
                };
            let first = doc
                .tokens
                .partition_point(|t| t.span.start < mention.span.start);
            let opens_sentence = opens_sentence(doc, first, sentence.tokens.start);
            mentions.push(Candidate {
                mention,
                tagged: kind,
                reading,
                doubtful,
                opens_sentence,
            });
        }
    }
    let mentions = lower_case::without_common_words(doc, without_nested(mentions));
    let prose = prose_kinds(doc, &mentions);
    let mut kept = confirmed_by_prose(doc, mentions);
    let missed = prose_names_in_headings(doc, &sentences, &prose, &kept);
    if !missed.is_empty() {
        kept.extend(missed);
        kept.sort_by_key(|m| m.span.start);
    }
    kept
}

/// `candidates` (in text order) without those inside a longer one: an
/// organization grown back over its head ("Committee for a Fair Budget",
/// see [`edges::organization_head_before`]) takes in the head the tagger
/// read apart.
fn without_nested(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by_key(|c| (c.mention.span.start, std::cmp::Reverse(c.mention.span.end)));
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if kept
            .last()
            .is_some_and(|k| c.mention.span.end <= k.mention.span.end)
        {
            continue;
        }
        kept.push(c);
    }
    kept
}

/// The sentences whose names are read, each with how its line is read.
fn readings<'d>(doc: &'d Document) -> Vec<(&'d Sentence, Reading)> {
    // Asked once per document, not per sentence: the test reads the whole
    // block, so asking it for every sentence of a long one was quadratic.
    let headline = first_line(doc);
    let title_case = headline.filter(|&b| is_title_case_headline(doc, b));
    doc.sentences
        .iter()
        .filter(|s| is_read(doc.blocks[s.block].kind))
        .map(|s| {
            let words: Vec<&str> = s.tokens.clone().map(|t| doc.word(t)).collect();
            let reading = match is_display(doc.blocks[s.block].kind) {
                false if title_case == Some(s.block) => Reading::TitleCase,
                false if headline == Some(s.block) => Reading::Headline,
                false => Reading::Prose,
                true if is_title_case(&words) => Reading::TitleCase,
                true => Reading::Display,
            };
            (s, reading)
        })
        .collect()
}

/// A name of a sentence: its kind and tokens, and whether a credit line
/// gave it.
type Piece = ((EntityKind, Range<usize>), bool);

/// The names of `sentence`, in order: the tagger's `spans` cut at
/// separators and where they run on over another name (see
/// [`edges::names_apart`]), except where a credit line stands, and the names its credit
/// lines give. Each with its kind, its tokens, and whether a credit line
/// gave it.
fn pieces(doc: &Document, sentence: &Sentence, spans: &[TaggedSpan]) -> Vec<Piece> {
    let first = sentence.tokens.start;
    let credited = credits::read(doc, sentence.tokens.clone());
    let overlaps_credit = |tokens: &Range<usize>| {
        credited.iter().any(|c| {
            let c = c.tokens();
            c.start < tokens.end && tokens.start < c.end
        })
    };
    let spans = edges::joined_at_particles(doc, first, spans);
    let tagged_pieces = spans.into_iter().flat_map(|span| {
        edges::split_at_separators(doc, span.tokens.start + first..span.tokens.end + first)
            .into_iter()
            .flat_map(|tokens| edges::nationalities_apart(doc, tokens))
            .flat_map(move |tokens| edges::names_apart(doc, span.kind, tokens))
            .map(|name| (name, false))
    });
    let credited_names = credited.iter().filter_map(|c| match c {
        credits::Credited::Name(tokens, kind) => Some(((*kind, tokens.clone()), true)),
        credits::Credited::NoName(_) => None,
    });
    let mut pieces: Vec<Piece> = tagged_pieces
        .filter(|((_, tokens), _)| !overlaps_credit(tokens))
        .chain(credited_names)
        .collect();
    pieces.sort_by_key(|((_, tokens), _)| tokens.start);
    pieces
}

/// `mention` (of `tokens` in `sentence`) with the kind its surroundings
/// give it: a source no list knows is an organization; the surname of
/// someone news often names in full, a person; a name before a place noun
/// or in a dateline is a place.
fn with_kind_from_context(
    doc: &Document,
    tagger: &Tagger,
    sentence: &Sentence,
    mut mention: RawMention,
    tokens: &Range<usize>,
) -> RawMention {
    let first = doc
        .tokens
        .partition_point(|t| t.span.start < mention.span.start);
    let source = one_word_source(doc, &mention, sentence);
    let name = mention.span.slice(doc.text);
    if source.is_some_and(|t| is_unlisted_source(doc, tagger, &mention, t))
        || is_where_said(doc, first, sentence.tokens.start)
    {
        mention.kind = EntityKind::Organization;
    } else if source.is_none() && is_known_surname(tagger, &mention, name) {
        mention.kind = EntityKind::Person;
    }
    // A surname is a word in lower case after its capital: "U.S." and "EU"
    // of "the U.S. administration", "the EU presidency" stay what they are.
    let surname_like = !name.contains(|c: char| c.is_whitespace() || c == '.')
        && name.chars().skip(1).any(char::is_lowercase);
    if surname_like && names_a_person_by_the_next_word(doc, tokens.end, sentence.tokens.end) {
        mention.kind = EntityKind::Person;
    }
    if is_quoted_title(doc.text, &mention) {
        mention.kind = EntityKind::Other;
        return mention;
    }
    // Not a nationality: "the Serbian town of …".
    let before_place_noun = mention.kind != EntityKind::Other
        && names_a_place_by_the_next_word(doc, tokens.end, sentence.tokens.end);
    if before_place_noun || is_dateline(doc, sentence, tokens) {
        mention.kind = EntityKind::Place;
        mention.surely_place = true;
    }
    mention
}

/// The mention for tokens the tagger marked as a name: a leading "the" or
/// title and a trailing possessive are taken off, and a title or role
/// before the name becomes its role.
fn mention(
    doc: &Document,
    tokens: Range<usize>,
    sentence_start: usize,
    kind: EntityKind,
) -> Option<RawMention> {
    let tokens = edges::trimmed(doc, tokens);
    let (mut start, mut end) = (tokens.start, tokens.end);
    while end > start && matches!(doc.word(end - 1), "'s" | "\u{2019}s" | "'" | "\u{2019}") {
        end -= 1;
    }
    while start < end && doc.word(start).eq_ignore_ascii_case("the") {
        start += 1;
    }
    // "An official who …", "A Greve aide": an indefinite article opening
    // the sentence is never a name nor part of one.
    if start < end
        && opens_sentence(doc, start, sentence_start)
        && matches!(doc.word(start), "A" | "An")
    {
        start += 1;
    }
    // A title the tagger put inside an organization or place is part of
    // its name when names open with it ("General Motors", "King County");
    // else it is a person's ("Mayor Ana de Vries", "Senator Lund").
    let name_holds_title = start < end
        && matches!(kind, EntityKind::Organization | EntityKind::Place)
        && NAME_FORMING_TITLES.contains(doc.word(start));
    while start < end && !name_holds_title && is_title_word(doc.word(start)) {
        start += 1;
    }
    if kind == EntityKind::Person {
        start = edges::person_start(doc, start..end);
    }
    if start == end {
        return None;
    }
    if let Some(state) = edges::state_of_party_label(doc.word(start)).filter(|_| end - start == 1) {
        let word = doc.tokens[start].span;
        return Some(RawMention {
            span: Span::new(word.start + state, word.end),
            kind: EntityKind::Place,
            role: None,
            surely_place: true,
            borrowed_surname: false,
        });
    }
    start = openers::name_start(doc, start, end, sentence_start)?;
    if end - start == 1 && edges::is_no_name(doc.word(start)) {
        return None;
    }
    let is_month =
        |t: usize| MONTH_ABBREVIATIONS.contains_lower_case_of(doc.word(t).trim_end_matches('.'));
    if end - start == 1 && is_month(start) {
        return None;
    }
    if kind == EntityKind::Organization {
        start = edges::organization_head_before(doc, start, sentence_start);
    }
    let words: Vec<&str> = (start..end).map(|t| doc.word(t)).collect();
    // A date is no person, organization or place; a holiday the tagger
    // reads as a named event ("Labor Day") stays one.
    if kind != EntityKind::Other && Tagger::embedded().is_calendar(&words) {
        return None;
    }
    let has_letters = (start..end).any(|t| doc.word(t).chars().any(char::is_alphabetic));
    if !has_letters {
        return None;
    }
    let role = role_before(doc, start, sentence_start);
    let kind = if role.is_some_and(|role| designators::is_titled(doc.text, role)) {
        EntityKind::Person
    } else {
        designators::kind_of(&words, kind)
    };
    // "the Latvian journalist Dainis Ivans": a full name after a role noun
    // in lower case is a person's, unless its own words say otherwise or
    // it opens with a title of its own ("her husband Prince Tomas").
    let after_role_noun = role.is_some_and(|role| {
        let last = role.slice(doc.text).split_whitespace().last().unwrap_or("");
        last.starts_with(char::is_lowercase) && ROLE_NOUNS.contains(&last)
    });
    let kind = if after_role_noun
        && words.len() >= 2
        && !is_title_word(words[0])
        && designators::kind_of(&words, EntityKind::Person) == EntityKind::Person
    {
        EntityKind::Person
    } else {
        kind
    };
    Some(RawMention {
        span: doc.tokens[start].span.cover(doc.tokens[end - 1].span),
        kind,
        role,
        surely_place: false,
        borrowed_surname: false,
    })
}

/// The titles and roles written right before a name ("Russian President",
/// "aide to President"), as one span.
fn role_before(doc: &Document, start: usize, sentence_start: usize) -> Option<Span> {
    let mut first = start;
    while first > sentence_start && is_title_word(doc.word(first - 1)) {
        first -= 1;
    }
    // A nationality or rank adjective opening the role ("Russian President").
    if first < start && first > sentence_start {
        let before = doc.word(first - 1);
        let adjective = before.starts_with(char::is_uppercase)
            && ["an", "ian", "ese", "ish", "ch", "i"]
                .iter()
                .any(|s| before.ends_with(s));
        if adjective {
            first -= 1;
        }
    }
    (first < start).then(|| doc.tokens[first].span.cover(doc.tokens[start - 1].span))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{entities, found};
    use crate::annotation::EntityKind::*;

    #[test]
    fn a_name_never_runs_across_a_dash() {
        let text =
            "HALDEN BAY \u{2014} The Tidewater county council postponed a vote on Wednesday.";
        let e = entities(text);
        assert!(e.iter().all(|e| !e.name.contains('\u{2014}')), "{e:?}");
        assert!(
            e.iter().any(|e| e.name == "HALDEN BAY" && e.kind == Place),
            "{e:?}"
        );
    }

    #[test]
    fn a_title_before_a_name_makes_it_a_person_whatever_else_is_read() {
        let text = "President Kessler spoke on Monday. The Kessler administration said \
                    the ferries would run. Senator Holloway voted no. General Motors \
                    said sales rose.";
        let f = found(text);
        assert!(f.contains(&(Person, vec!["Kessler", "Kessler"])), "{f:?}");
        assert!(f.contains(&(Person, vec!["Holloway"])), "{f:?}");
        assert!(f.contains(&(Organization, vec!["General Motors"])), "{f:?}");
    }

    #[test]
    fn the_surname_of_someone_news_names_often_is_a_person_alone() {
        // The tagger alone reads "Trump" as an organization and "Obama"
        // as a place.
        let text = "Trump told supporters on Tuesday that the tariffs would work. \
                    Critics of Obama say the plan is weak.";
        let f = found(text);
        assert!(f.contains(&(Person, vec!["Trump"])), "{f:?}");
        assert!(f.contains(&(Person, vec!["Obama"])), "{f:?}");
        // Given as the source of a report, the same word may be an outlet.
        for text in [
            "The figures were first reported by Bloomberg on Monday.",
            "Bloomberg also reported the figures on Monday.",
        ] {
            let f = found(text);
            assert!(f.iter().all(|(kind, _)| *kind != Person), "{f:?}");
        }
    }

    #[test]
    fn a_role_before_a_name_is_kept_apart_from_it() {
        let text = "The Estonian President Kaja Tamm opened the new terminal on Friday.";
        let e = entities(text);
        let kaja = e.iter().find(|e| e.name == "Kaja Tamm").expect("Kaja Tamm");
        assert_eq!(kaja.kind, Person);
        let role = kaja.mentions[0].role.expect("a role").slice(text);
        assert_eq!(role, "Estonian President");
    }

    #[test]
    fn words_inside_a_name_overrule_a_person_guess() {
        let text =
            "Tourists crowded Skerry Island this summer, said Ilse Varga of Northwind Marine.";
        let e = entities(text);
        let kind = |name: &str| e.iter().find(|e| e.name == name).map(|e| e.kind);
        assert_eq!(kind("Skerry Island"), Some(Place));
        assert_eq!(kind("Northwind Marine"), Some(Organization));
    }

    #[test]
    fn a_possessive_is_the_entity_itself() {
        let text = "Norway's fishing fleet stayed in port while Iceland's boats went out.";
        let names: Vec<_> = found(text);
        assert!(names.contains(&(Place, vec!["Norway"])), "{names:?}");
        assert!(names.contains(&(Place, vec!["Iceland"])), "{names:?}");
    }

    #[test]
    fn nationalities_are_other_and_each_stands_alone() {
        // The tagger alone reads one organization, "Lithuanian Americans
        // and Kuwaitis".
        let text = "Lithuanian Americans and Kuwaitis voted in Halden on Saturday, \
                    and a Kuwaiti analyst said turnout was high.";
        let names = found(text);
        assert!(
            names.contains(&(Other, vec!["Lithuanian Americans"])),
            "{names:?}"
        );
        assert!(names.contains(&(Other, vec!["Kuwaitis"])), "{names:?}");
        assert!(names.contains(&(Other, vec!["Kuwaiti"])), "{names:?}");
    }

    #[test]
    fn us_and_uk_are_places_as_the_training_text_writes_them() {
        let text = "Ministers from the US and the UK met their Danish counterparts in Aarhus.";
        let names = found(text);
        assert!(names.contains(&(Place, vec!["US"])), "{names:?}");
        assert!(names.contains(&(Place, vec!["UK"])), "{names:?}");
    }

    #[test]
    fn holidays_and_months_are_dates_not_names() {
        // The tagger alone reads each of these holidays as a name.
        for text in [
            "Shops will stay open later over Christmas and in January.",
            "The market reopens after Easter, and the pier after Thanksgiving.",
            "Families in Halden gathered for Christmas and New Year celebrations.",
        ] {
            let names = found(text);
            let named = |word: &str| {
                names
                    .iter()
                    .any(|(_, mentions)| mentions.iter().any(|m| m.contains(word)))
            };
            for date in ["Christmas", "January", "Easter", "Thanksgiving"] {
                assert!(!named(date), "{date} in {names:?}");
            }
        }
        assert_eq!(
            found("Families in Halden gathered for Christmas and New Year celebrations."),
            vec![(Place, vec!["Halden"])]
        );
    }
}
