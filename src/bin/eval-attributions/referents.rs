//! Reads `referents-<split>.json` (see the data README): for each gold
//! attribution whose source is not itself a name, who the source refers to.
//! A list of `{"file", "id", "start", "end", "text", "referent", "kind"}`;
//! `file` and `id` name the article and its `E` line in the first `.ann`
//! by name, `referent` is a full name or `null` (no one the article names).

use serde::Deserialize;
use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// One entry of the file.
#[derive(Clone, Debug, Deserialize)]
pub struct Referent {
    /// The article (its text or annotation file name, or a path to either).
    pub file: String,
    /// The `E` line's id.
    pub id: String,
    /// The source's words.
    #[serde(default)]
    pub text: String,
    /// The full name of who the source refers to, or `None`.
    pub referent: Option<String>,
}

/// The entries, by article and `E` id.
#[derive(Debug, Default)]
pub struct Referents {
    by_id: HashMap<(String, String), Referent>,
}

impl Referents {
    /// Parses the JSON list.
    pub fn parse(json: &str) -> Result<Referents, String> {
        let list: Vec<Referent> =
            serde_json::from_str(json).map_err(|e| format!("not a list of referents: {e}"))?;
        let mut by_id = HashMap::new();
        for entry in list {
            let key = (article_key(&entry.file), entry.id.clone());
            if by_id.insert(key, entry.clone()).is_some() {
                return Err(format!("{} {} is listed twice", entry.file, entry.id));
            }
        }
        Ok(Referents { by_id })
    }

    /// Reads the file at `path`.
    pub fn read(path: &Path) -> Result<Referents, String> {
        let json =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Referents::parse(&json).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The entry for attribution `id` of the article whose text file is
    /// `name` and first annotation file `annotation` (both without their
    /// extension).
    pub fn get(&self, name: &str, annotation: &str, id: &str) -> Option<&Referent> {
        [name, annotation]
            .iter()
            .find_map(|file| self.by_id.get(&(file.to_string(), id.to_string())))
    }

    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.by_id.len()
    }
}

/// A `file` field reduced to the name both lookups use: no folders, no
/// `.txt` or `.ann`.
fn article_key(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let name = name
        .strip_suffix(".txt")
        .or_else(|| name.strip_suffix(".ann"))
        .unwrap_or(name);
    name.to_string()
}

/// Where the referents of the split folder `dir` are kept when present:
/// `referents-<split>.json` beside it (`polnear/referents-dev.json` for
/// `polnear/dev`).
pub fn default_path(dir: &Path) -> Option<PathBuf> {
    let split = dir.file_name()?.to_string_lossy().into_owned();
    let parent = dir.parent()?;
    Some(parent.join(format!("referents-{split}.json")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_by_text_or_annotation_name() {
        let json = r#"[
          {"file": "dev/text/harbour.txt", "id": "E3", "start": 5, "end": 7,
           "text": "he", "referent": "Tomas Greve", "kind": "person"},
          {"file": "harbour_ab12.ann", "id": "E4", "start": 9, "end": 20,
           "text": "the sources", "referent": null, "kind": "anonymous"}
        ]"#;
        let referents = Referents::parse(json).unwrap();
        assert_eq!(referents.len(), 2);
        let greve = referents.get("harbour", "harbour_ab12", "E3").unwrap();
        assert_eq!(greve.referent.as_deref(), Some("Tomas Greve"));
        let anonymous = referents.get("harbour", "harbour_ab12", "E4").unwrap();
        assert_eq!(anonymous.referent, None);
        assert!(referents.get("harbour", "harbour_ab12", "E5").is_none());
        assert!(referents.get("ferry", "ferry_ab12", "E3").is_none());
    }

    #[test]
    fn bad_files_are_reported() {
        assert!(Referents::parse("{}").is_err());
        let twice = r#"[{"file": "a.txt", "id": "E1", "referent": null},
                        {"file": "a", "id": "E1", "referent": "Ana Ruiz"}]"#;
        assert!(Referents::parse(twice).unwrap_err().contains("twice"));
    }

    #[test]
    fn the_default_file_sits_beside_the_split() {
        let path = default_path(Path::new("/data/polnear/dev")).unwrap();
        assert_eq!(path, Path::new("/data/polnear/referents-dev.json"));
    }
}
