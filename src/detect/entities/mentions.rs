//! Name mentions from the learned tagger ([`crate::ner`]), cleaned of
//! titles, "the" and possessives, with the role the text gives before them.
//!
//! Pasted page furniture is handled before tagging: navigation lines, photo
//! credits and code are not read at all, and a heading or caption in Title
//! Case is read in capitals, so that the tagger judges its words by what
//! they are (as it does for all-caps headlines) rather than by their case.

use super::credits;
use super::designators;
use super::linking::RawMention;
use crate::annotation::EntityKind;
use crate::document::blocks::BlockKind;
use crate::document::sentences::Sentence;
use crate::document::Document;
use crate::lexicon::{
    is_person_title, DATELINE_DASHES, MONTH_ABBREVIATIONS, NAME_SEPARATORS, PLACE_NOUNS_AFTER,
    ROLE_NOUNS, SOURCE_CUES_AFTER, SOURCE_CUES_BEFORE, TITLE_MINOR_WORDS,
};
use crate::ner::Tagger;
use crate::span::Span;
use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::Range;

/// Whether the tagger reads the sentences of a block of this kind.
fn is_read(kind: BlockKind) -> bool {
    !matches!(
        kind,
        BlockKind::Navigation | BlockKind::Credit | BlockKind::Code
    )
}

/// Whether a line is written in Title Case, so that case tells nothing
/// about which words are names ("Harbour Talks Stall Over Fees"): at least
/// three words, every one capitalized but the small ones, and no numbers
/// or commas (a line of names and figures, such as a results table, or a
/// list of names, is not a title). A line already in capitals is not Title
/// Case.
fn is_title_case(words: &[&str]) -> bool {
    let lettered: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let all_capitalized = lettered.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
            || TITLE_MINOR_WORDS.contains(&w.to_lowercase().as_str())
    });
    let capitalized = lettered
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    let has_number = words
        .iter()
        .any(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let in_capitals = !words.iter().any(|w| w.chars().any(char::is_lowercase));
    let is_list = words.contains(&",");
    all_capitalized && capitalized >= 3 && !has_number && !in_capitals && !is_list
}

/// Whether a paragraph is the article's headline, pasted as a line of its
/// own with closing punctuation ("Poll: Voters Abandon Party for Rival."):
/// the first block read, a paragraph of one line with more text after
/// it, of four words or more, nine in ten of them capitalized (small words
/// aside), and not in capitals.
fn is_headline_paragraph(doc: &Document, block: usize) -> bool {
    let first_read = doc.blocks.iter().position(|b| is_read(b.kind));
    let text = doc.blocks[block].span.slice(doc.text).trim();
    let more_follows = block + 1 < doc.blocks.len();
    if first_read != Some(block)
        || doc.blocks[block].kind != BlockKind::Paragraph
        || text.contains('\n')
        || !more_follows
    {
        return false;
    }
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !TITLE_MINOR_WORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    let capitalized = words
        .iter()
        .filter(|w| {
            w.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase)
        })
        .count();
    let in_capitals = !text.chars().any(char::is_lowercase);
    words.len() >= 4 && capitalized * 10 >= words.len() * 9 && !in_capitals
}

/// How the tagger was given a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// As written, in running text.
    Prose,
    /// As written, in a heading or caption.
    Display,
    /// In capitals, being a heading or caption in Title Case.
    TitleCase,
}

/// The sentence's words as the tagger reads them. "US" and "UK" outside
/// capitals lines are written as the training text writes them.
fn words_for_tagger<'t>(words: &[&'t str], reading: Reading) -> Vec<Cow<'t, str>> {
    if reading == Reading::TitleCase {
        return words.iter().map(|w| Cow::Owned(w.to_uppercase())).collect();
    }
    let in_capitals = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .all(|w| !w.chars().any(char::is_lowercase));
    words
        .iter()
        .map(|&w| match w {
            "US" if !in_capitals => Cow::Borrowed("U.S."),
            "UK" if !in_capitals => Cow::Borrowed("U.K."),
            _ => Cow::Borrowed(w),
        })
        .collect()
}

/// Finds the name mentions of `doc`.
pub fn find(doc: &Document) -> Vec<RawMention> {
    // Asked once per document, not per sentence: the test reads the whole
    // block, so asking it for every sentence of a long one was quadratic.
    let headline = doc
        .blocks
        .iter()
        .position(|b| is_read(b.kind))
        .filter(|&b| is_headline_paragraph(doc, b));
    let sentences: Vec<(&Sentence, Reading)> = doc
        .sentences
        .iter()
        .filter(|s| is_read(doc.blocks[s.block].kind))
        .map(|s| {
            let words: Vec<&str> = s.tokens.clone().map(|t| doc.word(t)).collect();
            let reading = match is_display(doc.blocks[s.block].kind) {
                false if headline == Some(s.block) => Reading::TitleCase,
                false => Reading::Prose,
                true if is_title_case(&words) => Reading::TitleCase,
                true => Reading::Display,
            };
            (s, reading)
        })
        .collect();
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
    let mut mentions = Vec::new();
    for ((sentence, reading), spans) in sentences.iter().zip(tagged) {
        let first = sentence.tokens.start;
        let credited = credits::read(doc, sentence.tokens.clone());
        let overlaps_credit = |tokens: &Range<usize>| {
            credited.iter().any(|c| {
                let c = c.tokens();
                c.start < tokens.end && tokens.start < c.end
            })
        };
        let tagged_pieces = spans.iter().flat_map(|span| {
            split_at_separators(doc, span.tokens.start + first..span.tokens.end + first)
                .into_iter()
                .map(move |tokens| (span.kind, tokens))
        });
        let credited_names = credited.iter().filter_map(|c| match c {
            credits::Credited::Name(tokens, kind) => Some((*kind, tokens.clone())),
            credits::Credited::NoName(_) => None,
        });
        let mut pieces: Vec<(EntityKind, Range<usize>)> = tagged_pieces
            .filter(|(_, tokens)| !overlaps_credit(tokens))
            .chain(credited_names)
            .collect();
        pieces.sort_by_key(|(_, tokens)| tokens.start);
        for (kind, tokens) in pieces {
            if let Some(mut mention) = mention(doc, tokens.clone(), sentence.tokens.start, kind) {
                if is_byline_role(doc, sentence, &mention) {
                    continue;
                }
                if is_unlisted_source(doc, tagger, &mention, sentence) {
                    mention.kind = EntityKind::Organization;
                }
                // Not a nationality: "the Serbian town of …".
                let before_place_noun = mention.kind != EntityKind::Other
                    && names_a_place_by_the_next_word(doc, tokens.end, sentence.tokens.end);
                if before_place_noun || is_dateline(doc, sentence, &tokens) {
                    mention.kind = EntityKind::Place;
                    mention.surely_place = true;
                }
                let opens_line = doc.tokens[sentence.tokens.start].span.start == mention.span.start;
                let one_word = !mention.span.slice(doc.text).contains(char::is_whitespace);
                let doubtful = *reading == Reading::TitleCase
                    || (*reading == Reading::Display && opens_line && one_word);
                mentions.push(Candidate {
                    mention,
                    tagged: kind,
                    reading: *reading,
                    doubtful,
                });
            }
        }
    }
    confirmed_by_prose(doc, mentions)
}

/// A mention with how its line was read.
struct Candidate {
    mention: RawMention,
    /// The kind the tagger gave it, before its words were weighed.
    tagged: EntityKind,
    reading: Reading,
    /// Whether case gave the tagger no help: a word in a Title Case line,
    /// or a lone word opening a heading or caption ("Cranes at the quay").
    doubtful: bool,
}

/// Keeps the mentions that headings and captions may trust: a doubtful
/// mention stands only if each of its words is part of a name in the
/// running text or the training data listed it with the kind the tagger
/// gave it, and a name of the "other" kind in any heading or caption only
/// if the running text names it too.
fn confirmed_by_prose(doc: &Document, candidates: Vec<Candidate>) -> Vec<RawMention> {
    let key = |m: &RawMention| m.span.slice(doc.text).to_lowercase();
    let names: HashSet<String> = candidates
        .iter()
        .filter(|c| c.reading == Reading::Prose)
        .map(|c| key(&c.mention))
        .collect();
    let name_words: HashSet<String> = names
        .iter()
        .flat_map(|n| n.split_whitespace().map(str::to_string))
        .collect();
    candidates
        .into_iter()
        .filter(|c| {
            let m = &c.mention;
            if c.reading == Reading::Prose {
                return true;
            }
            if m.kind == EntityKind::Other {
                return names.contains(&key(m));
            }
            if !c.doubtful {
                return true;
            }
            let name = m.span.slice(doc.text);
            let words: Vec<&str> = name.split_whitespace().collect();
            // A lone common word ("Latest", "Again", "Power") is no name,
            // even if the prose has it inside one.
            if let [word] = words.as_slice() {
                if Tagger::embedded().is_common_word(word) {
                    return false;
                }
            }
            key(m).split_whitespace().all(|w| name_words.contains(w))
                || Tagger::embedded().listed_kinds(&words).contains(&c.tagged)
        })
        .map(|c| c.mention)
        .collect()
}

/// Whether a one-word name the training data never listed is given as the
/// source of reported content ("according to Zentrum", "Zentrum reported"):
/// such a name is an outlet or body, not a place.
fn is_unlisted_source(
    doc: &Document,
    tagger: &Tagger,
    mention: &RawMention,
    sentence: &Sentence,
) -> bool {
    // The sentence's tokens inside the mention, found by binary search
    // (a scan of the sentence for each mention was quadratic).
    let within = &doc.tokens[sentence.tokens.clone()];
    let first =
        sentence.tokens.start + within.partition_point(|t| t.span.start < mention.span.start);
    let end = sentence.tokens.start + within.partition_point(|t| t.span.end <= mention.span.end);
    if first >= end {
        return false;
    }
    let last = end - 1;
    if first != last || !matches!(mention.kind, EntityKind::Place | EntityKind::Other) {
        return false;
    }
    let word = |t: usize| doc.word(t).to_lowercase();
    let before = (1..=2).any(|n| {
        first >= sentence.tokens.start + n && {
            let cue: Vec<String> = (first - n..first).map(word).collect();
            SOURCE_CUES_BEFORE.contains(&cue.join(" "))
        }
    });
    let after = last + 1 < sentence.tokens.end && SOURCE_CUES_AFTER.contains(&word(last + 1));
    (before || after) && tagger.listed_kinds(&[doc.word(first)]).is_empty()
}

/// Whether the word at `next` (before the sentence's `end`) is a place
/// noun that the name before it qualifies.
fn names_a_place_by_the_next_word(doc: &Document, next: usize, end: usize) -> bool {
    next < end && PLACE_NOUNS_AFTER.contains(doc.word(next))
}

/// The pieces of a tagged run between separators.
fn split_at_separators(doc: &Document, tokens: Range<usize>) -> Vec<Range<usize>> {
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

/// Whether the name in `tokens` opens a paragraph's dateline: written in
/// capitals at the start of the paragraph's first sentence and followed,
/// on the same line, by a dash after at most a few more capitalized
/// words, abbreviations, a date or an agency in brackets, and then by
/// prose ("PORT ELLIN — The council…", "HALDEN, Norway, May 4 (Wire) —
/// …").
fn is_dateline(doc: &Document, sentence: &Sentence, tokens: &Range<usize>) -> bool {
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

/// Whether a byline names a role rather than a person ("By Tove Aaberg,
/// Staff Writer"): the name ends in a role noun.
fn is_byline_role(doc: &Document, sentence: &Sentence, mention: &RawMention) -> bool {
    let last = mention.span.slice(doc.text).split_whitespace().last();
    doc.blocks[sentence.block].kind == BlockKind::Byline
        && last.is_some_and(|w| ROLE_NOUNS.contains(&w.to_lowercase().as_str()))
}

/// Whether a block is a heading or caption, where every word may be
/// capitalized.
fn is_display(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Heading | BlockKind::Caption)
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
    let (mut start, mut end) = (tokens.start, tokens.end);
    while end > start && matches!(doc.word(end - 1), "'s" | "\u{2019}s" | "'" | "\u{2019}") {
        end -= 1;
    }
    while start < end
        && (doc.word(start).eq_ignore_ascii_case("the") || is_title_word(doc.word(start)))
    {
        start += 1;
    }
    if opens_sentence(doc, start, sentence_start) && is_common(doc.word(start)) {
        match end - start {
            1 => return None,
            _ if doc.word(start + 1).starts_with(char::is_uppercase) => start += 1,
            _ => {}
        }
    }
    let month = doc.word(start).trim_end_matches('.').to_lowercase();
    if end - start == 1 && MONTH_ABBREVIATIONS.contains(month.as_str()) {
        return None;
    }
    let has_letters = (start..end).any(|t| doc.word(t).chars().any(char::is_alphabetic));
    if !has_letters {
        return None;
    }
    let words: Vec<&str> = (start..end).map(|t| doc.word(t)).collect();
    let kind = designators::kind_of(&words, kind);
    Some(RawMention {
        span: doc.tokens[start].span.cover(doc.tokens[end - 1].span),
        kind,
        role: role_before(doc, start, sentence_start),
        surely_place: false,
    })
}

/// Whether the token at `t` opens its sentence or a quotation in it,
/// where any word is capitalized.
fn opens_sentence(doc: &Document, t: usize, sentence_start: usize) -> bool {
    t == sentence_start || matches!(doc.word(t - 1), "\"" | "\u{201C}" | "(" | ":")
}

/// Whether a capitalized word opening a sentence is a common word, not a
/// name ("Well, …", "When Kessler spoke"): see [`Tagger::is_common_word`].
fn is_common(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && Tagger::embedded().is_common_word(word)
}

/// Whether `word` is a title or role ("President", "minister").
fn is_title_word(word: &str) -> bool {
    is_person_title(word) || ROLE_NOUNS.contains(&word.to_lowercase().as_str())
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
    use crate::annotation::{Entity, EntityKind};
    use crate::document::format::Format;
    use crate::document::Document;
    use EntityKind::*;

    fn entities(text: &str) -> Vec<Entity> {
        crate::detect::entities::detect(&Document::parse(text, Format::Text))
    }

    /// Each entity as its kind and the text of its mentions.
    fn found(text: &str) -> Vec<(EntityKind, Vec<&str>)> {
        entities(text)
            .into_iter()
            .map(|e| {
                let mentions = e.mentions.iter().map(|m| m.span.slice(text)).collect();
                (e.kind, mentions)
            })
            .collect()
    }

    #[test]
    fn navigation_lines_and_photo_credits_give_no_entities() {
        let text = "Home World Business Sport Weather\n\nPhoto: Lena Brandt for Harbour Weekly\n\nThe ferry from Tallinn was late again on Monday.\n";
        assert_eq!(found(text), vec![(Place, vec!["Tallinn"])]);
    }

    #[test]
    fn a_title_case_heading_does_not_turn_its_words_into_names() {
        let text = "Ferry Fares Climb Again As Winter Nears\n\nFares on the route to Tallinn rose by a fifth, the operator said.\n";
        assert_eq!(found(text), vec![(Place, vec!["Tallinn"])]);
    }

    #[test]
    fn a_title_case_heading_keeps_names_the_article_confirms() {
        let text = "Talks With Tallinn Stall Over Fares\n\nOfficials in Tallinn said the talks would resume in May.\n";
        assert_eq!(found(text), vec![(Place, vec!["Tallinn", "Tallinn"])]);
    }

    #[test]
    fn a_capitalized_word_opening_a_caption_is_not_a_name_unless_confirmed() {
        let text =
            "Gulls over the old quay\nPhoto: Jo Vance\n\nThe quay in Aarhus reopened on Monday.\n";
        assert_eq!(found(text), vec![(Place, vec!["Aarhus"])]);
        let text =
            "Aarhus from the water\nPhoto: Jo Vance\n\nThe quay in Aarhus reopened on Monday.\n";
        assert_eq!(found(text), vec![(Place, vec!["Aarhus", "Aarhus"])]);
    }

    #[test]
    fn a_capitals_headline_gives_only_the_names_the_article_bears_out() {
        let text = "HARBOUR CHIEF VANTERPOOL QUITS AFTER TEN YEARS\n\nRhys Vanterpool, who ran the harbour for a decade, resigned on Friday. Vanterpool gave no reason.\n";
        assert_eq!(
            found(text),
            vec![(Person, vec!["VANTERPOOL", "Rhys Vanterpool", "Vanterpool"])]
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
    fn a_role_before_a_name_is_kept_apart_from_it() {
        let text = "The Estonian President Kaja Tamm opened the new terminal on Friday.";
        let e = entities(text);
        let kaja = e.iter().find(|e| e.name == "Kaja Tamm").expect("Kaja Tamm");
        assert_eq!(kaja.kind, Person);
        let role = kaja.mentions[0].role.expect("a role").slice(text);
        assert_eq!(role, "Estonian President");
    }

    #[test]
    fn a_role_in_a_byline_is_not_a_person() {
        let text = "Ferry fares rise again\n\nBy Maren Solberg, Staff Writer\n\nFares rose on Monday, the Ferry Board said.";
        let names: Vec<String> = entities(text).into_iter().map(|e| e.name).collect();
        assert!(names.contains(&"Maren Solberg".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Writer")), "{names:?}");
    }

    #[test]
    fn a_seat_of_government_is_an_organization_even_in_a_caption() {
        let text = "Envoys arrive at the Kremlin\n\nThe envoys met at the Kremlin on Friday. The Kremlin said the talks were useful.";
        let e = entities(text);
        let seat = e.iter().find(|e| e.name == "Kremlin").expect("the Kremlin");
        assert_eq!(seat.kind, Organization);
        assert_eq!(seat.mentions.len(), 3);
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
    fn an_unknown_name_cited_as_a_source_is_an_organization() {
        let text =
            "The port will close for a week, according to Vornbeck, which first reported the plan.";
        assert!(
            found(text).contains(&(Organization, vec!["Vornbeck"])),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn us_and_uk_are_places_as_the_training_text_writes_them() {
        let text = "Ministers from the US and the UK met their Danish counterparts in Aarhus.";
        let names = found(text);
        assert!(names.contains(&(Place, vec!["US"])), "{names:?}");
        assert!(names.contains(&(Place, vec!["UK"])), "{names:?}");
    }
}
