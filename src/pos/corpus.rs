//! Reads the part-of-speech column of a CoNLL-2003 file: one token a
//! line (word, tag, chunk, entity), blank lines between sentences,
//! `-DOCSTART-` lines between documents.

use super::tags::Tag;

/// A sentence with the gold tag of every token.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TaggedSentence {
    /// The words.
    pub words: Vec<String>,
    /// The tag of each word.
    pub tags: Vec<Tag>,
}

/// Reads every sentence of a file. A line without a known tag in its
/// second column is an error naming its line number.
pub fn parse(text: &str) -> Result<Vec<TaggedSentence>, String> {
    let mut sentences = Vec::new();
    let mut sentence = TaggedSentence::default();
    for (number, line) in text.lines().enumerate() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        if columns.is_empty() || columns[0] == "-DOCSTART-" {
            if !sentence.words.is_empty() {
                sentences.push(std::mem::take(&mut sentence));
            }
            continue;
        }
        let (word, tag) = match columns.as_slice() {
            [word, tag, ..] => (*word, *tag),
            _ => return Err(format!("line {}: expected a word and a tag", number + 1)),
        };
        let tag = Tag::from_name(tag)
            .ok_or_else(|| format!("line {}: unknown tag {tag:?}", number + 1))?;
        sentence.words.push(word.to_string());
        sentence.tags.push(tag);
    }
    if !sentence.words.is_empty() {
        sentences.push(sentence);
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sentences_and_skips_document_markers() {
        let text = "-DOCSTART- -X- -X- O\n\nBirds NNS I-NP O\nsing VBP I-VP O\n\n\
                    Quietly RB I-ADVP O\n. . O O\n";
        let sentences = parse(text).expect("valid");
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].words, ["Birds", "sing"]);
        assert_eq!(sentences[1].tags[0].name(), "RB");
    }

    #[test]
    fn a_bad_line_names_its_number() {
        let err = parse("Birds NNS I-NP O\nsing\n").expect_err("rejected");
        assert!(err.starts_with("line 2"), "{err}");
        let err = parse("Birds XYZ I-NP O\n").expect_err("rejected");
        assert!(err.contains("unknown tag"), "{err}");
    }
}
