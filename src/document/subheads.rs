//! Subheads written in capitals inside an article: a paragraph that opens
//! with a run of words in capitals ("SHE WAS WARNED BY HER STAFF. The
//! aides …", "PIER CLOSES FOR GOOD — The board …") is a heading run into
//! the text, not a sentence that says something. Its words are no cue and
//! no source; the paragraph's running text starts after it.

use super::tokens::TokenKind;
use super::Document;
use crate::lexicon::DATELINE_DASHES;

/// The fewest words of two letters or more a run in capitals holds to be
/// a subhead ("WASHINGTON —" and "NATO said" are not).
const MIN_SUBHEAD_WORDS: usize = 3;

/// For each sentence of `doc`, the first token of its running text: the
/// token after a subhead in capitals that opens its paragraph, the
/// sentence's end when the whole sentence is one, its start otherwise. In
/// an article written all in capitals nothing is a subhead.
pub fn body_starts(doc: &Document) -> Vec<usize> {
    let words = doc
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| token.kind == TokenKind::Word)
        .map(|(t, _)| t);
    let (mut all, mut lower) = (0usize, 0usize);
    for t in words {
        all += 1;
        lower += usize::from(doc.word(t).chars().any(char::is_lowercase));
    }
    let in_capitals = lower * 2 < all;
    doc.sentences
        .iter()
        .enumerate()
        .map(|(s, sentence)| {
            let range = sentence.tokens.clone();
            let opens_block = s == 0 || doc.sentences[s - 1].block != sentence.block;
            if in_capitals || !opens_block {
                return range.start;
            }
            subhead_end(doc, range.start, range.end).unwrap_or(range.start)
        })
        .collect()
}

/// Where a subhead opening the tokens `start..end` ends: after the dash
/// that closes it, at `end` when it fills them, or, when a capitalized
/// word in lower case follows the run in capitals, after the last mark in
/// the run ("FERRY LINE WAITS: Harbour Pilots …" keeps "Harbour Pilots";
/// "… TAX “New York …" starts at the quotation).
fn subhead_end(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let mut words = 0;
    // The words in capitals before the last mark, and where that mark is.
    let mut before_mark: Option<(usize, usize)> = None;
    for t in start..end {
        let word = doc.word(t);
        if DATELINE_DASHES.contains(word) {
            return (words >= MIN_SUBHEAD_WORDS).then_some(t + 1);
        }
        let has_lower = word.chars().any(char::is_lowercase);
        if doc.tokens[t].kind != TokenKind::Word {
            if has_lower {
                return None;
            }
            before_mark = Some((words, t));
            continue;
        }
        if has_lower {
            let capitalized = word.starts_with(char::is_uppercase);
            let (counted, mark) = before_mark?;
            let opens_quote = mark + 1 == t && matches!(doc.word(mark), "\u{201C}" | "\"");
            let body = if opens_quote { mark } else { mark + 1 };
            return (capitalized && counted >= MIN_SUBHEAD_WORDS).then_some(body);
        }
        if word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            words += 1;
        }
    }
    (words >= MIN_SUBHEAD_WORDS).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::format::Format;

    /// The running text of each sentence of `text`.
    fn bodies(text: &str) -> Vec<String> {
        let doc = Document::parse(text, Format::Text);
        let starts = body_starts(&doc);
        doc.sentences
            .iter()
            .zip(starts)
            .map(|(s, body)| {
                (body..s.tokens.end)
                    .map(|t| doc.word(t))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn a_subhead_in_capitals_is_not_running_text() {
        let text = "The board met on Monday.\n\nPILOTS WERE WARNED BY THE BOARD — The pilots said the berth was unsafe.\n\nTHE FERRY LINE WAITS.\n\nThe ferry left.\n\nTHE FERRY WAITS: Harbour Pilots Balk.\n\nPIER TOLLS END \u{201C}Harbour Pilots Win,\u{201D} the board said.\n";
        assert_eq!(
            bodies(text),
            [
                "The board met on Monday .",
                "The pilots said the berth was unsafe .",
                "",
                "The ferry left .",
                "Harbour Pilots Balk .",
                "\u{201C} Harbour Pilots Win , \u{201D} the board said ."
            ]
        );
    }

    #[test]
    fn datelines_acronyms_and_articles_in_capitals_are_running_text() {
        let text = "CALDEN (AP) — The board met.\n\nNATO and the EU said the talks failed.\n";
        assert_eq!(
            bodies(text),
            [
                "CALDEN ( AP ) — The board met .",
                "NATO and the EU said the talks failed ."
            ]
        );
        let shouted = "THE BOARD SAID THE PIER WOULD CLOSE.\n\nTHE PILOTS AGREED.\n";
        assert_eq!(
            bodies(shouted),
            [
                "THE BOARD SAID THE PIER WOULD CLOSE .",
                "THE PILOTS AGREED ."
            ]
        );
    }
}
