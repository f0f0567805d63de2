//! Reads CoNLL-2003 files: one token a line with its tags in columns,
//! blank lines between sentences, `-DOCSTART-` lines between documents
//! (after each document in CoNLL-2003, before each one in CoNLL++, whose
//! middle columns are character offsets).
//! Only the first column (the token) and the last (the IOB1 entity tag)
//! are used.

use crate::annotation::EntityKind;
use std::ops::Range;

/// A sentence with its annotated names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// The names, as token ranges with their kinds.
    pub names: Vec<(Range<usize>, EntityKind)>,
}

/// The kind of a CoNLL type (`PER`, `ORG`, `LOC`, `MISC`).
fn kind_of(label: &str) -> Option<EntityKind> {
    match label {
        "PER" => Some(EntityKind::Person),
        "ORG" => Some(EntityKind::Organization),
        "LOC" => Some(EntityKind::Place),
        "MISC" => Some(EntityKind::Other),
        _ => None,
    }
}

/// Reads a whole file into documents of sentences. A line that is not
/// understood is an error naming its line number.
pub fn parse(text: &str) -> Result<Vec<Vec<Sentence>>, String> {
    let mut documents = Vec::new();
    let mut document: Vec<Sentence> = Vec::new();
    let mut sentence = Sentence::default();
    // The name being read: start token, kind.
    let mut open: Option<(usize, EntityKind)> = None;
    let close = |sentence: &mut Sentence, open: &mut Option<(usize, EntityKind)>| {
        if let Some((start, kind)) = open.take() {
            sentence.names.push((start..sentence.tokens.len(), kind));
        }
    };
    for (number, line) in text.lines().enumerate() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        if columns.is_empty() || columns[0] == "-DOCSTART-" {
            close(&mut sentence, &mut open);
            if !sentence.tokens.is_empty() {
                document.push(std::mem::take(&mut sentence));
            }
            if !columns.is_empty() && !document.is_empty() {
                documents.push(std::mem::take(&mut document));
            }
            continue;
        }
        let (token, tag) = match columns.as_slice() {
            [token, .., tag] => (*token, *tag),
            _ => return Err(format!("line {}: expected a token and a tag", number + 1)),
        };
        let (prefix, label) = tag.split_once('-').unwrap_or((tag, ""));
        let kind = match (prefix, kind_of(label)) {
            ("O", _) => None,
            ("I" | "B", Some(kind)) => Some(kind),
            _ => return Err(format!("line {}: unknown tag {tag:?}", number + 1)),
        };
        let continues = prefix == "I" && open.is_some_and(|(_, k)| Some(k) == kind);
        if !continues {
            close(&mut sentence, &mut open);
            if let Some(kind) = kind {
                open = Some((sentence.tokens.len(), kind));
            }
        }
        sentence.tokens.push(token.to_string());
    }
    close(&mut sentence, &mut open);
    if !sentence.tokens.is_empty() {
        document.push(sentence);
    }
    if !document.is_empty() {
        documents.push(document);
    }
    Ok(documents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_tags_become_names_and_docstart_splits_documents() {
        let text = "Mara NNP I-NP I-PER\nVoss NNP I-NP I-PER\nvisited VBD I-VP O\n\
                    Lake NNP I-NP I-LOC\nOrrin NNP I-NP I-LOC\nUnited NNP I-NP B-LOC\n\n\
                    -DOCSTART- -X- O O\n\nHello UH O O\n";
        let docs = parse(text).expect("parses");
        assert_eq!(docs.len(), 2);
        assert_eq!(
            docs[0][0].names,
            vec![
                (0..2, EntityKind::Person),
                (3..5, EntityKind::Place),
                (5..6, EntityKind::Place)
            ]
        );
        assert_eq!(docs[1][0].tokens, vec!["Hello"]);
    }

    #[test]
    fn conllpp_lines_with_offsets_and_a_leading_docstart_read_the_same() {
        let text = "-DOCSTART- - - O\n\nMara 0 4 I-PER\nVoss 5 9 I-PER\nleft 10 14 O\n\n\
                    -DOCSTART- - - O\n\nOslo 0 4 I-LOC\n";
        let docs = parse(text).expect("parses");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0][0].tokens, vec!["Mara", "Voss", "left"]);
        assert_eq!(docs[0][0].names, vec![(0..2, EntityKind::Person)]);
        assert_eq!(docs[1][0].names, vec![(0..1, EntityKind::Place)]);
    }

    #[test]
    fn an_unknown_tag_names_its_line() {
        let err = parse("word NN I-NP I-XYZ\n").expect_err("fails");
        assert!(err.contains("line 1"), "{err}");
    }
}
