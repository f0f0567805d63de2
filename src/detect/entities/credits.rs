//! The names that news credit lines give, read by their layout rather than
//! by the tagger, which never saw such lines: staff credits ("(Reporting
//! by Ana Ruiz in Lima; Editing by Jo Vance)", "By Ana Ruiz"), photo
//! credits inside a caption ("WIRE/Per Lund/File Photo": the agency and
//! its photographer), photo labels ("FILE PHOTO:") and gallery labels
//! ("Slideshow (5 images)"), which name nothing.

use crate::annotation::EntityKind;
use crate::document::Document;
use crate::lexicon::{CREDIT_ROLES, GALLERY_COUNTS, PHOTO_CREDIT_WORDS};
use std::ops::Range;

/// What a credit line says of some tokens of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credited {
    /// A name of this kind.
    Name(Range<usize>, EntityKind),
    /// Words of the credit itself, never a name ("Editing", "File Photo",
    /// "Slideshow").
    NoName(Range<usize>),
}

impl Credited {
    /// The tokens it covers.
    pub fn tokens(&self) -> &Range<usize> {
        match self {
            Credited::Name(tokens, _) | Credited::NoName(tokens) => tokens,
        }
    }
}

/// What the credit lines of the sentence over `tokens` say, in order.
pub fn read(doc: &Document, tokens: Range<usize>) -> Vec<Credited> {
    let mut out = Vec::new();
    let mut t = tokens.start;
    while t < tokens.end {
        let next = staff_credit(doc, t, tokens.clone(), &mut out)
            .or_else(|| photo_credit(doc, t, tokens.end, &mut out))
            .or_else(|| gallery_label(doc, t, tokens.end, &mut out))
            .or_else(|| photo_label(doc, t, tokens.end, &mut out));
        t = next.unwrap_or(t + 1);
    }
    out
}

/// Whether a token starts with a capital letter.
fn capitalized(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
}

/// The end of the run of capitalized words from `t` (before `end`).
fn name_end(doc: &Document, t: usize, end: usize) -> usize {
    (t..end)
        .find(|&k| !capitalized(doc.word(k)) || doc.word(k) == "By")
        .unwrap_or(end)
}

/// A staff credit at `t`: a credit role and "by" ("Reporting by",
/// "Editing by"), or "By" opening the sentence or a bracket, then names
/// joined by "and" or commas, each maybe followed by "in" and a place. The
/// names are people, the places places; the role is no name. Returns where
/// the credit ends.
fn staff_credit(
    doc: &Document,
    t: usize,
    sentence: Range<usize>,
    out: &mut Vec<Credited>,
) -> Option<usize> {
    let word = doc.word(t);
    // A credit opens the sentence or a bracket, or follows another
    // (";"), maybe after one capitalized word ("Additional reporting by").
    let opens = |k: usize| k == sentence.start || matches!(doc.word(k - 1), "(" | ";");
    let opens_credit =
        opens(t) || (t > sentence.start && opens(t - 1) && capitalized(doc.word(t - 1)));
    let role = CREDIT_ROLES.contains_lower_case_of(word)
        && opens_credit
        && t + 1 < sentence.end
        && doc.word(t + 1).eq_ignore_ascii_case("by");
    let byline = word == "By" && opens(t) && is_byline_name(doc, t + 1, sentence.end);
    if !role && !byline {
        return None;
    }
    let first = if role { t + 2 } else { t + 1 };
    if first >= sentence.end || !capitalized(doc.word(first)) {
        return None;
    }
    if role && capitalized(word) {
        out.push(Credited::NoName(t..t + 1));
    }
    let mut k = first;
    let mut kind = EntityKind::Person;
    while k < sentence.end {
        let end = name_end(doc, k, sentence.end);
        if end == k {
            break;
        }
        // A short month after a byline's name starts its dateline
        // ("By Ana Ruiz Dec 7 (Wire) -").
        let end = (k + 1..end)
            .find(|&m| is_date(doc, m, sentence.end))
            .unwrap_or(end);
        out.push(Credited::Name(k..end, kind));
        match doc.word(end.min(sentence.end - 1)) {
            _ if end >= sentence.end => return Some(end),
            "and" | "," => kind = EntityKind::Person,
            "in" => kind = EntityKind::Place,
            _ => return Some(end),
        }
        k = end + 1;
    }
    Some(k)
}

/// Whether a byline's name starts at `t`: two capitalized words or more,
/// then the sentence's end, a bracket, a comma or a date ("By Ana Ruiz,
/// Staff Writer"), not "By Monday the fares had risen".
fn is_byline_name(doc: &Document, t: usize, end: usize) -> bool {
    let name = name_end(doc, t, end);
    let name = (t + 1..name)
        .find(|&m| is_date(doc, m, end))
        .unwrap_or(name);
    name >= t + 2 && (name == end || matches!(doc.word(name), ")" | ",") || is_date(doc, name, end))
}

/// Whether the token at `t` is a short month followed by a day number.
fn is_date(doc: &Document, t: usize, end: usize) -> bool {
    let month = doc.word(t).trim_end_matches('.');
    t + 1 < end
        && crate::lexicon::MONTH_ABBREVIATIONS.contains_lower_case_of(month)
        && doc.word(t + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// A photo credit at `t`: an agency in capitals, a slash and the
/// photographer's name ("WIRE/Per Lund"), then maybe more slashes with
/// credit words ("/File Photo", "/Pool"). Returns where it ends.
fn photo_credit(doc: &Document, t: usize, end: usize, out: &mut Vec<Credited>) -> Option<usize> {
    let agency = doc.word(t);
    let in_capitals = agency.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && agency
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    if !in_capitals || t + 2 >= end || doc.word(t + 1) != "/" {
        return None;
    }
    let photographer = name_end(doc, t + 2, end);
    let has_credit_word =
        |range: Range<usize>| range.into_iter().any(|k| is_photo_credit_word(doc.word(k)));
    // The photographer's name has two words or more and ends the caption
    // or a slash ("The EU/UK talks" is no credit).
    let ends = photographer == end || doc.word(photographer) == "/";
    if photographer < t + 4 || !ends || has_credit_word(t + 2..photographer) {
        return None;
    }
    out.push(Credited::Name(t..t + 1, EntityKind::Organization));
    out.push(Credited::Name(t + 2..photographer, EntityKind::Person));
    let mut k = photographer;
    while k + 1 < end && doc.word(k) == "/" {
        let words_end = name_end(doc, k + 1, end);
        if words_end == k + 1 || !has_credit_word(k + 1..words_end) {
            break;
        }
        out.push(Credited::NoName(k + 1..words_end));
        k = words_end;
    }
    Some(k)
}

/// Whether a word is a photo credit's ("File", "Photo", "Pool").
fn is_photo_credit_word(word: &str) -> bool {
    PHOTO_CREDIT_WORDS.contains_lower_case_of(word)
}

/// A gallery label at `t`: one capitalized word and a count of pictures in
/// brackets ("Slideshow (5 images)"). Returns where it ends.
fn gallery_label(doc: &Document, t: usize, end: usize, out: &mut Vec<Credited>) -> Option<usize> {
    let is_label = t + 4 <= end
        && capitalized(doc.word(t))
        && doc.word(t + 1) == "("
        && doc.word(t + 2).chars().all(|c| c.is_ascii_digit())
        && GALLERY_COUNTS.contains_lower_case_of(doc.word(t + 3));
    is_label.then(|| {
        out.push(Credited::NoName(t..t + 1));
        t + 4
    })
}

/// A caption's photo label at `t`: photo credit words before a colon
/// ("FILE PHOTO: …"). Returns where it ends.
fn photo_label(doc: &Document, t: usize, end: usize, out: &mut Vec<Credited>) -> Option<usize> {
    let words_end = (t..end)
        .find(|&k| !is_photo_credit_word(doc.word(k)))
        .unwrap_or(end);
    let is_label = words_end > t && words_end < end && doc.word(words_end) == ":";
    is_label.then(|| {
        out.push(Credited::NoName(t..words_end));
        words_end + 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::format::Format;
    use EntityKind::*;

    /// What the credit lines of `text` (one sentence) say, as words.
    fn credited(text: &str) -> Vec<(String, Option<EntityKind>)> {
        let doc = Document::parse(text, Format::Text);
        let all = 0..doc.tokens.len();
        read(&doc, all)
            .into_iter()
            .map(|c| {
                let tokens = c.tokens().clone();
                let words: Vec<&str> = tokens.map(|t| doc.word(t)).collect();
                let kind = match c {
                    Credited::Name(_, kind) => Some(kind),
                    Credited::NoName(_) => None,
                };
                (words.join(" "), kind)
            })
            .collect()
    }

    fn name(words: &str, kind: Option<EntityKind>) -> (String, Option<EntityKind>) {
        (words.to_string(), kind)
    }

    #[test]
    fn a_staff_credit_gives_its_people_and_places() {
        assert_eq!(
            credited(
                "(Reporting by Talia Okonkwo in Halden and Marit Sande; Editing by Gerd Holm)"
            ),
            vec![
                name("Reporting", None),
                name("Talia Okonkwo", Some(Person)),
                name("Halden", Some(Place)),
                name("Marit Sande", Some(Person)),
                name("Editing", None),
                name("Gerd Holm", Some(Person)),
            ]
        );
    }

    #[test]
    fn a_byline_in_running_text_stops_at_its_dateline() {
        assert_eq!(
            credited("By Rune Vestby Dec 7 (Wire) - Ferry fares rose."),
            vec![name("Rune Vestby", Some(Person))]
        );
        assert_eq!(credited("By Monday the fares had risen."), vec![]);
        assert_eq!(credited("The fares rose by Monday."), vec![]);
    }

    #[test]
    fn a_photo_credit_gives_the_agency_and_the_photographer() {
        assert_eq!(
            credited("A ferry leaves the quay. WIRE/Per Arne Lundgren/File Photo"),
            vec![
                name("WIRE", Some(Organization)),
                name("Per Arne Lundgren", Some(Person)),
                name("File Photo", None),
            ]
        );
        assert_eq!(credited("The EU/UK talks went on."), vec![]);
    }

    #[test]
    fn a_photo_label_names_nothing() {
        assert_eq!(
            credited("FILE PHOTO: A ferry leaves the quay."),
            vec![name("FILE PHOTO", None)]
        );
    }

    #[test]
    fn a_gallery_label_names_nothing() {
        assert_eq!(
            credited("Slideshow (4 images)"),
            vec![name("Slideshow", None)]
        );
        assert_eq!(credited("Vestby (42) left."), vec![]);
    }
}
