//! How a line is read before tagging, and which of its names stand.
//!
//! Pasted page furniture is handled before tagging: navigation lines, photo
//! credits and code are not read at all, and a heading or caption in Title
//! Case is read in capitals, so that the tagger judges its words by what
//! they are (as it does for all-caps headlines) rather than by their case.
//! A doubtful name in a heading or caption stands only where the running
//! text or the training data confirm it.

use super::linking::RawMention;
use crate::annotation::EntityKind;
use crate::detect::gender;
use crate::document::blocks::BlockKind;
use crate::document::sentences::Sentence;
use crate::document::Document;
use crate::lexicon::TITLE_MINOR_WORDS;
use crate::ner::Tagger;
use crate::span::Span;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Whether the tagger reads the sentences of a block of this kind.
pub(super) fn is_read(kind: BlockKind) -> bool {
    !matches!(
        kind,
        BlockKind::Navigation | BlockKind::Credit | BlockKind::Code
    )
}

/// Whether a block is a heading or caption, where every word may be
/// capitalized.
pub(super) fn is_display(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Heading | BlockKind::Caption)
}

/// Whether a line is written in Title Case, so that case tells nothing
/// about which words are names ("Harbour Talks Stall Over Fees"): at least
/// three words, every one capitalized but the small ones, and no numbers
/// or commas (a line of names and figures, such as a results table, or a
/// list of names, is not a title). A line already in capitals is not Title
/// Case.
pub(super) fn is_title_case(words: &[&str]) -> bool {
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

/// The article's first line, when it stands apart like a headline: the
/// first block read, a paragraph of one line of at most
/// [`HEADLINE_WORDS`] words, not in capitals, with more text after it.
pub(super) fn first_line(doc: &Document) -> Option<usize> {
    let block = doc.blocks.iter().position(|b| is_read(b.kind))?;
    let text = doc.blocks[block].span.slice(doc.text).trim();
    let more_follows = block + 1 < doc.blocks.len();
    let short = text.split_whitespace().count() <= HEADLINE_WORDS;
    // A line in capitals is read as written: the tagger learned such
    // headlines from its training news.
    let in_capitals = !text.chars().any(char::is_lowercase);
    let alone = doc.blocks[block].kind == BlockKind::Paragraph && !text.contains('\n');
    (alone && more_follows && short && !in_capitals).then_some(block)
}

/// The most words a headline has.
const HEADLINE_WORDS: usize = 20;

/// Whether the article's first line (see [`first_line`]) is a headline in
/// Title Case, pasted with closing punctuation ("Poll: Voters Abandon
/// Party for Rival."): of four words or more, nine in ten of them
/// capitalized (small words and numbers aside), and not in capitals.
pub(super) fn is_title_case_headline(doc: &Document, block: usize) -> bool {
    let text = doc.blocks[block].span.slice(doc.text).trim();
    // A number ("‘13th’") is neither capitalized nor not.
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(char::is_alphabetic)
        })
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
    words.len() >= 3 && capitalized * 10 >= words.len() * 9 && !in_capitals
}

/// How the tagger was given a sentence.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// As written, in running text.
    Prose,
    /// As written, in a heading or caption.
    Display,
    /// In capitals, being a heading or caption in Title Case.
    TitleCase,
    /// As written, being the article's first line, a headline in sentence
    /// case ("Phone video is first look at Halden flood.").
    Headline,
}

/// The sentence's words as the tagger reads them. "US" and "UK" outside
/// capitals lines are written as the training text writes them.
pub(super) fn words_for_tagger<'t>(words: &[&'t str], reading: Reading) -> Vec<Cow<'t, str>> {
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

/// A mention with how its line was read.
pub(super) struct Candidate {
    /// The mention.
    pub mention: RawMention,
    /// The kind the tagger gave it, before its words were weighed.
    pub tagged: EntityKind,
    /// How its line was read.
    pub reading: Reading,
    /// Whether case gave the tagger no help: a word in a Title Case line,
    /// or a lone word opening a heading or caption ("Cranes at the quay").
    pub doubtful: bool,
    /// Whether it opens its sentence, where any word is capitalized.
    pub opens_sentence: bool,
}

/// Keeps the mentions that headings and captions may trust: a doubtful
/// mention stands only if each of its words is part of a name in the
/// running text or the training data listed it with the kind the tagger
/// gave it, and a name of the "other" kind in any heading or caption only
/// if the running text names it too.
pub(super) fn confirmed_by_prose(doc: &Document, candidates: Vec<Candidate>) -> Vec<RawMention> {
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
    let mut grown: Vec<Span> = Vec::new();
    let kept: Vec<RawMention> = candidates
        .into_iter()
        .map(|mut c| {
            if matches!(c.reading, Reading::Headline | Reading::TitleCase) {
                c.mention.span = without_line_opener(doc, c.mention.span, &names, &name_words);
            }
            c
        })
        .filter(|c| {
            let m = &c.mention;
            if c.reading == Reading::Prose {
                return true;
            }
            // (A sentence-case headline is read as written: its nationalities
            // and named works are judged like its other names.)
            if m.kind == EntityKind::Other && c.reading != Reading::Headline {
                return names.contains(&key(m));
            }
            if !c.doubtful {
                return true;
            }
            let name = m.span.slice(doc.text);
            let words: Vec<&str> = name.split_whitespace().collect();
            // A name never opens or ends with a small word ("Evolution Of
            // The"): that is a fragment of a Title Case line.
            let minor =
                |w: Option<&&str>| w.is_some_and(|w| TITLE_MINOR_WORDS.contains(&w.to_lowercase()));
            if minor(words.first()) || minor(words.last()) {
                return false;
            }
            // A lone common word ("Latest", "Again", "Power") is no name,
            // even if the prose has it inside one.
            if let [word] = words.as_slice() {
                if Tagger::embedded().is_common_word(word) {
                    return false;
                }
            }
            // A given name before the prose's surname ("Maren" of "Maren
            // Holt" where the prose says "Holt") is part of the name.
            let given = usize::from(gender::of_given_name(name).is_some());
            let key = key(m);
            key.split_whitespace()
                .skip(given)
                .all(|w| name_words.contains(w))
                || Tagger::embedded().listed_kinds(&words).contains(&c.tagged)
        })
        .map(|mut c| {
            if c.doubtful {
                let whole = whole_prose_name(doc, c.mention.span, &names);
                if whole != c.mention.span {
                    grown.push(whole);
                    c.mention.span = whole;
                }
            }
            c.mention
        })
        .collect();
    // A grown name takes in the words the tagger found apart ("HOLT").
    // (Grown names are few, and only they are looked at, so that a long
    // text with many names stays linear.)
    let inside_grown = |m: &RawMention| {
        grown
            .iter()
            .any(|g| *g != m.span && g.start <= m.span.start && m.span.end <= g.end)
    };
    kept.into_iter().filter(|m| !inside_grown(m)).collect()
}

/// A headline's name without the word that opens its line when that word
/// is in no name of the running text (`name_words`) and the rest is one of
/// its `names` ("Derelict Obama" of "Derelict Obama and his rival" is Obama
/// when the prose names Obama): the first word of a line is capitalized
/// whatever it is.
fn without_line_opener(
    doc: &Document,
    span: Span,
    names: &HashSet<String>,
    name_words: &HashSet<String>,
) -> Span {
    let before = doc.text[..span.start].trim_end_matches([' ', '\t']);
    let opens_line = before.is_empty() || before.ends_with('\n');
    let name = span.slice(doc.text);
    let Some((first, rest)) = name.split_once(' ') else {
        return span;
    };
    // An abbreviation is part of the name ("N. Korea"), and so is a given
    // name ("Maren Holt Quits"); what is left must be a name the prose
    // gives whole ("Post" of "Wash Post Says" is not "Washington Post").
    let given = gender::of_given_name(name).is_some();
    if opens_line
        && !first.contains('.')
        && !given
        && !name_words.contains(&first.to_lowercase())
        && names.contains(&rest.trim_start().to_lowercase())
    {
        Span::new(span.end - rest.trim_start().len(), span.end)
    } else {
        span
    }
}

/// The kind of each name the running text gives, by its lower-case words
/// (the first kind a mention gave it).
pub(super) fn prose_kinds(doc: &Document, candidates: &[Candidate]) -> HashMap<String, EntityKind> {
    let mut kinds = HashMap::new();
    for c in candidates.iter().filter(|c| c.reading == Reading::Prose) {
        kinds
            .entry(name_key(c.mention.span.slice(doc.text)))
            .or_insert(c.mention.kind);
    }
    kinds
}

/// A name's words in lower case, one space apart.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The names the running text gives (`prose`, from [`prose_kinds`]) found
/// again word for word in a headline, heading or caption where no mention
/// of `found` stands ("Halden" of "Ferry Strike Ends In Halden" when the
/// article names Halden): each is a mention of the kind the running text
/// gave it, however the tagger read the line. Only a person, organization
/// or place counts ("The Latest" of an agency's running headlines is no
/// name), only where the line's edges, punctuation, small or lower-case
/// words set it apart, and a lone common word ("Power") is left out, as in
/// [`confirmed_by_prose`].
pub(super) fn prose_names_in_headings(
    doc: &Document,
    lines: &[(&Sentence, Reading)],
    prose: &HashMap<String, EntityKind>,
    found: &[RawMention],
) -> Vec<RawMention> {
    let free = |span: Span| {
        !found
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end)
    };
    let mut added: Vec<RawMention> = Vec::new();
    for (sentence, _) in lines.iter().filter(|(_, r)| *r != Reading::Prose) {
        // A name stands apart where no capitalized word runs on from it
        // ("Lakeside" of "At Lakeside Rally" may be part of a longer name).
        let apart = |k: Option<usize>| {
            k.filter(|k| sentence.tokens.contains(k)).is_none_or(|k| {
                let word = doc.word(k);
                !word.starts_with(char::is_uppercase)
                    || TITLE_MINOR_WORDS.contains(&word.to_lowercase())
            })
        };
        let mut t = sentence.tokens.start;
        while t < sentence.tokens.end {
            let longest = (1..=MAX_GROWN_WORDS.min(sentence.tokens.end - t))
                .rev()
                .find_map(|len| {
                    let words: Vec<&str> = (t..t + len).map(|k| doc.word(k)).collect();
                    let kind = *prose.get(&name_key(&words.join(" ")))?;
                    if kind == EntityKind::Other {
                        return None;
                    }
                    let common = len == 1 && Tagger::embedded().is_common_word(words[0]);
                    let capitalized = words[0].starts_with(char::is_uppercase);
                    let set_apart = apart(t.checked_sub(1)) && apart(Some(t + len));
                    let span = doc.tokens[t].span.cover(doc.tokens[t + len - 1].span);
                    (capitalized && set_apart && !common && free(span)).then_some((len, span, kind))
                });
            match longest {
                Some((len, span, kind)) => {
                    added.push(RawMention {
                        span,
                        kind,
                        role: None,
                        surely_place: false,
                        borrowed_surname: false,
                    });
                    t += len;
                }
                None => t += 1,
            }
        }
    }
    added
}

/// A heading's name grown to the whole name the running text gives when
/// the line goes on with that name's other words ("MAREN" of "… FOR MAREN
/// HOLT" is "MAREN HOLT" when the article names Maren Holt): a heading
/// never keeps a fragment of a name.
fn whole_prose_name(doc: &Document, span: Span, names: &HashSet<String>) -> Span {
    let mut name = span.slice(doc.text).to_lowercase();
    let rest_of_line = &doc.text[span.end..];
    let line = &rest_of_line[..rest_of_line.find('\n').unwrap_or(rest_of_line.len())];
    let mut whole = span;
    let mut at = 0;
    // The next few words of the line, each without the punctuation after it.
    for _ in 0..MAX_GROWN_WORDS {
        let Some(gap) = line[at..].find(|c: char| !c.is_whitespace()) else {
            break;
        };
        if gap == 0 {
            break;
        }
        let word_start = at + gap;
        let word_end = line[word_start..]
            .find(char::is_whitespace)
            .map_or(line.len(), |i| word_start + i);
        let word = line[word_start..word_end].trim_end_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            break;
        }
        name.push(' ');
        name.push_str(&word.to_lowercase());
        at = word_start + word.len();
        if names.contains(&name) {
            whole.end = span.end + at;
        }
        if at < word_end {
            break;
        }
    }
    whole
}

/// The most words a heading's name grows by.
const MAX_GROWN_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::super::tests::{entities, found};
    use crate::annotation::EntityKind::*;

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
    fn a_seat_of_government_is_an_organization_even_in_a_caption() {
        let text = "Envoys arrive at the Kremlin\n\nThe envoys met at the Kremlin on Friday. The Kremlin said the talks were useful.";
        let e = entities(text);
        let seat = e.iter().find(|e| e.name == "Kremlin").expect("the Kremlin");
        assert_eq!(seat.kind, Organization);
        assert_eq!(seat.mentions.len(), 3);
    }
}
