//! Reads the Szeged Uncertainty Corpus (BioScope-style XML) for training and
//! evaluating the hedge detector.
//!
//! Sentences carry inline `<ccue type="…">cue</ccue>` elements. Only the
//! speculation types named in [`COUNTED_TYPES`] are hedges in our sense;
//! conditions ("if") and investigations ("whether") are not.

use crate::span::Span;

/// The cue types that count as hedges.
pub const COUNTED_TYPES: &[&str] = &[
    "speculation_modal_probable_",
    "speculation_modal_possible_",
    "speculation_hypo_doxastic _",
];

/// One gold cue: its byte span in the sentence text and whether its type
/// counts as a hedge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldCue {
    /// Byte span in the sentence's text.
    pub span: Span,
    /// Whether the cue's type is one of [`COUNTED_TYPES`].
    pub counted: bool,
}

/// One annotated sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSentence {
    /// The sentence text, markup removed and entities decoded.
    pub text: String,
    /// Its cues, in order.
    pub cues: Vec<GoldCue>,
}

/// One document: its parts (paragraphs), each a list of sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldDocument {
    /// The document's identifier (`DocID`).
    pub id: String,
    /// Paragraphs in order.
    pub parts: Vec<Vec<GoldSentence>>,
}

/// A document rebuilt as one text: parts joined by blank lines, sentences
/// by spaces, with gold sentences and counted cues as byte spans into it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JoinedDocument {
    /// The rebuilt text.
    pub text: String,
    /// Each gold sentence's span, with the spans of its counted cues.
    pub sentences: Vec<(Span, Vec<Span>)>,
}

impl GoldDocument {
    /// Rebuilds the document as one text the pipeline can read.
    pub fn joined(&self) -> JoinedDocument {
        let mut text = String::new();
        let mut sentences = Vec::new();
        for part in &self.parts {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            for (i, sentence) in part.iter().enumerate() {
                if i > 0 {
                    text.push(' ');
                }
                let start = text.len();
                text.push_str(&sentence.text);
                let cues = sentence
                    .cues
                    .iter()
                    .filter(|c| c.counted)
                    .map(|c| Span::new(start + c.span.start, start + c.span.end))
                    .collect();
                sentences.push((Span::new(start, text.len()), cues));
            }
        }
        JoinedDocument { text, sentences }
    }
}

/// Parses the corpus XML. Fails with a message naming the byte offset of
/// the first malformed element.
pub fn parse(xml: &str) -> Result<Vec<GoldDocument>, String> {
    let mut documents = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<Document ") {
        let body_start = at;
        let end = rest[body_start..]
            .find("</Document>")
            .ok_or_else(|| unclosed("Document", xml, rest, body_start))?;
        let body = &rest[body_start..body_start + end];
        documents.push(parse_document(body).map_err(|e| {
            let offset = xml.len() - rest.len() + body_start;
            format!("at byte {offset}: {e}")
        })?);
        rest = &rest[body_start + end + "</Document>".len()..];
    }
    if documents.is_empty() {
        return Err("no <Document> elements found".into());
    }
    Ok(documents)
}

fn unclosed(element: &str, xml: &str, rest: &str, at: usize) -> String {
    format!(
        "at byte {}: <{element}> is never closed",
        xml.len() - rest.len() + at
    )
}

fn parse_document(body: &str) -> Result<GoldDocument, String> {
    let id = between(body, "<DocID", "</DocID>")
        .and_then(|s| s.split_once('>').map(|(_, v)| decode(v)))
        .unwrap_or_default();
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find("<DocumentPart") {
        let tag_end = rest[at..]
            .find('>')
            .ok_or("a <DocumentPart> tag is never finished")?;
        if rest[at..at + tag_end].ends_with('/') {
            // An empty, self-closing part.
            rest = &rest[at + tag_end..];
            continue;
        }
        let end = rest[at..]
            .find("</DocumentPart>")
            .ok_or("<DocumentPart> is never closed")?;
        let part = &rest[at..at + end];
        let mut sentences = Vec::new();
        let mut inner = part;
        while let Some(open) = inner.find("<Sentence") {
            let content_start = open
                + inner[open..]
                    .find('>')
                    .ok_or("a <Sentence> tag is never finished")?
                + 1;
            let close = inner[content_start..]
                .find("</Sentence>")
                .ok_or("<Sentence> is never closed")?;
            sentences.push(parse_sentence(
                &inner[content_start..content_start + close],
            )?);
            inner = &inner[content_start + close..];
        }
        parts.push(sentences);
        rest = &rest[at + end..];
    }
    Ok(GoldDocument { id, parts })
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = text[start..].find(close)?;
    Some(&text[start..start + end])
}

/// Reads one sentence's content: text with `<ccue>` elements (other tags
/// are dropped, their text kept).
fn parse_sentence(content: &str) -> Result<GoldSentence, String> {
    let mut text = String::new();
    let mut cues = Vec::new();
    let mut open_cue: Option<(usize, bool)> = None;
    let mut rest = content;
    while let Some(lt) = rest.find('<') {
        text.push_str(&decode(&rest[..lt]));
        let gt = rest[lt..].find('>').ok_or("a tag is never finished")? + lt;
        let tag = &rest[lt + 1..gt];
        if let Some(attributes) = tag.strip_prefix("ccue") {
            let kind = between(attributes, "type=\"", "\"").unwrap_or_default();
            open_cue = Some((text.len(), COUNTED_TYPES.contains(&kind)));
        } else if tag == "/ccue" {
            let (start, counted) = open_cue.take().ok_or("</ccue> without <ccue>")?;
            cues.push(trimmed_cue(&text, start, counted));
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(&decode(rest));
    let leading = text.len() - text.trim_start().len();
    let text_trimmed = text.trim().to_string();
    let cues = cues
        .into_iter()
        .filter_map(|c| {
            let start = c.span.start.checked_sub(leading)?;
            let end = c.span.end.checked_sub(leading)?.min(text_trimmed.len());
            (start < end).then(|| GoldCue {
                span: Span::new(start, end),
                counted: c.counted,
            })
        })
        .collect();
    Ok(GoldSentence {
        text: text_trimmed,
        cues,
    })
}

/// A cue span without the spaces the corpus sometimes leaves inside it.
fn trimmed_cue(text: &str, start: usize, counted: bool) -> GoldCue {
    let raw = &text[start..];
    let lead = raw.len() - raw.trim_start().len();
    let inner = raw.trim();
    GoldCue {
        span: Span::new(start + lead, start + lead + inner.len()),
        counted,
    }
}

/// Decodes the XML character entities the corpus uses.
fn decode(raw: &str) -> String {
    if !raw.contains('&') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = &after[1..];
            continue;
        };
        let name = &after[1..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix('#')
                .and_then(|n| n.parse::<u32>().ok())
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) if !c.is_control() => out.push(c),
            Some(_) => out.push(' '),
            None => out.push_str(&after[..=semi]),
        }
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<Annotation><DocumentSet><Document type="unknown"><DocID type="FILENAME">doc-1</DocID><DocumentPart type="unknown"><Sentence id="S1.1">The pier <ccue type="speculation_modal_probable_">may</ccue> reopen.</Sentence><Sentence id="S1.2"><ccue type="speculation_hypo_condition _">If</ccue> it rains, tea &amp; cake.</Sentence></DocumentPart><DocumentPart type="unknown"><Sentence id="S1.3">Clerks <ccue type="speculation_hypo_doxastic _"> think </ccue> so.</Sentence></DocumentPart><DocumentPart type="unknown"/></Document></DocumentSet></Annotation>"#;

    #[test]
    fn reads_sentences_cues_and_which_types_count() {
        let docs = parse(SAMPLE).unwrap();
        assert_eq!(docs.len(), 1);
        let doc = &docs[0];
        assert_eq!(doc.id, "doc-1");
        assert_eq!(doc.parts.len(), 2);
        let first = &doc.parts[0][0];
        assert_eq!(first.text, "The pier may reopen.");
        assert_eq!(first.cues[0].span.slice(&first.text), "may");
        assert!(first.cues[0].counted);
        let second = &doc.parts[0][1];
        assert_eq!(second.text, "If it rains, tea & cake.");
        assert!(!second.cues[0].counted, "conditions are not hedges");
        let third = &doc.parts[1][0];
        assert_eq!(third.cues[0].span.slice(&third.text), "think");
    }

    #[test]
    fn joins_parts_and_keeps_counted_cue_spans() {
        let joined = parse(SAMPLE).unwrap()[0].joined();
        assert_eq!(
            joined.text,
            "The pier may reopen. If it rains, tea & cake.\n\nClerks  think  so."
        );
        let cues: Vec<&str> = joined
            .sentences
            .iter()
            .flat_map(|(_, cues)| cues.iter().map(|c| c.slice(&joined.text)))
            .collect();
        assert_eq!(cues, ["may", "think"]);
    }

    #[test]
    fn malformed_input_gives_a_message() {
        assert!(parse("nothing here").is_err());
        assert!(parse("<Document type=\"x\"><DocumentPart>").is_err());
    }
}
