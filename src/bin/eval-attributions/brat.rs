//! Reads PolNeAR articles: brat standoff attributions over a text, with the
//! corpus's code-point offsets turned into byte spans.

use sourcelight::span::Span;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One annotated attribution: cue, source and content, each possibly in
/// several pieces.
#[derive(Clone, Debug, Default)]
pub struct GoldAttribution {
    /// The `E` line's id ("E12").
    pub id: String,
    /// The cue's pieces.
    pub cue: Vec<Span>,
    /// The source's pieces (empty for `Attribution-no-source`).
    pub source: Vec<Span>,
    /// The content's pieces.
    pub content: Vec<Span>,
}

/// An article with its annotations.
pub struct Article {
    /// The file name without `.txt`.
    pub name: String,
    /// The annotation file read, without `.ann` ("name_ab12").
    pub annotation: String,
    /// The article text.
    pub text: String,
    /// Every attribution that has a cue.
    pub attributions: Vec<GoldAttribution>,
}

/// Reads every article of `dir` (which holds `text/` and `attributions/`),
/// each with the first annotation file by name, in name order.
pub fn read_folder(dir: &Path) -> Result<Vec<Article>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut texts = list(&text_dir, ".txt")?;
    texts.sort();
    let mut anns = list(&ann_dir, ".ann")?;
    anns.sort();
    let mut articles = Vec::new();
    for path in texts {
        let name = stem(&path, ".txt");
        let prefix = format!("{name}_");
        let Some(ann) = anns.iter().find(|a| stem(a, ".ann").starts_with(&prefix)) else {
            continue;
        };
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let standoff =
            fs::read_to_string(ann).map_err(|e| format!("cannot read {}: {e}", ann.display()))?;
        let attributions =
            parse(&text, &standoff).map_err(|e| format!("{}: {e}", ann.display()))?;
        articles.push(Article {
            annotation: stem(ann, ".ann"),
            name,
            text,
            attributions,
        });
    }
    if articles.is_empty() {
        return Err(format!(
            "no annotated articles in {} (expected text/*.txt and attributions/*.ann)",
            dir.display()
        ));
    }
    Ok(articles)
}

fn list(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    Ok(entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(extension))
        .collect())
}

fn stem(path: &Path, extension: &str) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.strip_suffix(extension).unwrap_or(&name).to_string()
}

/// Parses brat standoff over `text`. Lines that are neither `T` nor `E`
/// records (continuations of a multi-line surface text) are skipped.
pub fn parse(text: &str, standoff: &str) -> Result<Vec<GoldAttribution>, String> {
    let bytes_at = code_point_offsets(text);
    let to_byte = |offset: usize| {
        bytes_at
            .get(offset)
            .copied()
            .ok_or_else(|| format!("offset {offset} beyond the text"))
    };
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events = Vec::new();
    for line in standoff.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if !is_record(id) {
            continue;
        }
        if id.starts_with('T') {
            let Some((_, ranges)) = body.split_once(' ') else {
                return Err(format!("bad span line {line:?}"));
            };
            let mut pieces = Vec::new();
            for range in ranges.split(';') {
                let mut ends = range.split_whitespace().map(str::parse::<usize>);
                match (ends.next(), ends.next()) {
                    (Some(Ok(start)), Some(Ok(end))) if start <= end => {
                        pieces.push(Span::new(to_byte(start)?, to_byte(end)?));
                    }
                    _ => return Err(format!("bad range {range:?}")),
                }
            }
            spans.insert(id, pieces);
        } else {
            events.push((id, body));
        }
    }
    let mut out = Vec::new();
    for (id, body) in events {
        let mut gold = GoldAttribution {
            id: id.to_string(),
            ..GoldAttribution::default()
        };
        for role in body.split_whitespace() {
            let Some((name, id)) = role.split_once(':') else {
                continue;
            };
            let pieces = spans.get(id).cloned().unwrap_or_default();
            match name {
                "Cue" => gold.cue = pieces,
                "Source" => gold.source = pieces,
                "Content" => gold.content = pieces,
                _ => {}
            }
        }
        if !gold.cue.is_empty() {
            out.push(gold);
        }
    }
    Ok(out)
}

fn is_record(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('T' | 'E'))
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_digit())
}

/// Byte offset of every code point, plus the text's length at the end.
fn code_point_offsets(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_become_bytes() {
        let text = "é “Go,” Ana said.";
        let standoff = "T1\tCue 12 16\tsaid\nT2\tSource 8 11\tAna\nT3\tContent 2 7;8 8\t“Go,”\nE1\tAttribution:T4 Cue:T1 Source:T2 Content:T3\n";
        let gold = parse(text, standoff).unwrap();
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].cue[0].slice(text), "said");
        assert_eq!(gold[0].source[0].slice(text), "Ana");
        assert_eq!(gold[0].content[0].slice(text), "“Go,”");
        assert_eq!(gold[0].content.len(), 2);
    }

    #[test]
    fn continuation_lines_are_skipped_and_bad_offsets_reported() {
        let text = "Ana said so.";
        let standoff = "T1\tCue 4 8\tsaid\nsecond line of a surface text\nE1\tCue:T1\n";
        assert_eq!(parse(text, standoff).unwrap().len(), 1);
        assert!(parse(text, "T1\tCue 4 80\tsaid\n").is_err());
    }
}
