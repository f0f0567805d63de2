//! The unlabeled text the word clusters are learned from, read from the
//! shared data folder: the CoNLL-2003 training tokens, the PolNeAR
//! training articles and the Wikipedia part of the Uncertainty corpus.
//! Articles are read into sentences of tokens the way the annotator reads
//! pasted text.

use super::conll;
use crate::document::format::Format;
use crate::document::Document;
use std::path::Path;

/// The files under the data folder, in the order they are read.
pub const SOURCES: [&str; 3] = [
    "conll2003/eng.train",
    "polnear/train/text/",
    "uncertainty/wiki.xml",
];

/// The sentences of a text, tokenized as the annotator tokenizes.
pub fn sentences_of(text: &str) -> Vec<Vec<String>> {
    let doc = Document::parse(text, Format::Text);
    doc.sentences
        .iter()
        .map(|s| s.tokens.clone().map(|t| doc.word(t).to_string()).collect())
        .collect()
}

/// `xml` with its tags taken out (each replaced by a space) and the five
/// standard entities decoded; elements end paragraphs.
pub fn strip_markup(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        match rest[open..].find('>') {
            Some(close) => {
                let tag = &rest[open..open + close];
                out.push_str(if tag.contains("sentence") || tag.contains("Document") {
                    "\n\n"
                } else {
                    " "
                });
                rest = &rest[open + close + 1..];
            }
            None => rest = "",
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Every sentence of the unlabeled sources under `data` (the shared data
/// folder), in a fixed order.
pub fn read_all(data: &Path) -> Result<Vec<Vec<String>>, String> {
    let mut sentences = Vec::new();
    let conll_text = read(&data.join(SOURCES[0]))?;
    for document in conll::parse(&conll_text)? {
        sentences.extend(document.into_iter().map(|s| s.tokens));
    }
    for file in text_files(&data.join(SOURCES[1]))? {
        sentences.extend(sentences_of(&read(&file)?));
    }
    sentences.extend(sentences_of(&strip_markup(&read(&data.join(SOURCES[2]))?)));
    Ok(sentences)
}

/// The documents of the unlabeled news under `data` that the annotated
/// training text does not hold (PolNeAR's train articles, one a file, and
/// the documents of wiki.xml), each as sentences of tokens, in a fixed
/// order: what [`super::read_names`] reads.
pub fn news_documents(data: &Path) -> Result<Vec<Vec<Vec<String>>>, String> {
    let mut documents = Vec::new();
    for file in text_files(&data.join(SOURCES[1]))? {
        documents.push(sentences_of(&read(&file)?));
    }
    let wiki = read(&data.join(SOURCES[2]))?;
    for document in wiki.split("</Document>") {
        let sentences = sentences_of(&strip_markup(document));
        if !sentences.is_empty() {
            documents.push(sentences);
        }
    }
    Ok(documents)
}

/// The `.txt` files of a folder, sorted.
fn text_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_and_text_is_split_into_tokens() {
        let text = strip_markup(
            "<Document><sentence>Rain &amp; wind hit <ccue>perhaps</ccue> Oslo.</sentence></Document>",
        );
        let sentences = sentences_of(&text);
        assert_eq!(
            sentences,
            vec![vec!["Rain", "&", "wind", "hit", "perhaps", "Oslo", "."]]
        );
    }
}
