//! Every word-class file: a meaning line, sorted, unique entries, lower
//! case unless case-sensitive, one word an entry unless it holds phrases.

use super::*;

#[test]
fn every_word_class_file_is_well_formed() {
    let mut problems = Vec::new();
    for class in ALL {
        let name = class.name;
        if class.meaning().len() < 10 {
            problems.push(format!("{name}: no first line '# what the class means'"));
        }
        let entries: Vec<&str> = class.entries_as_written().collect();
        if entries.is_empty() {
            problems.push(format!("{name}: no entries"));
        }
        for pair in entries.windows(2) {
            if pair[0] >= pair[1] {
                problems.push(format!(
                    "{name}: {:?} then {:?} (not sorted, or twice)",
                    pair[0], pair[1]
                ));
            }
        }
        for entry in &entries {
            if !class.has_option("case-sensitive") && entry.to_lowercase() != *entry {
                problems.push(format!("{name}: {entry:?} is not lower case"));
            }
            if !class.has_option("phrases") && entry.contains(char::is_whitespace) {
                problems.push(format!("{name}: {entry:?} is several words"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_file_in_words_is_a_declared_class_once() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/words");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("src/lexicon/words exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".txt").map(str::to_string))
        .collect();
    files.sort();
    let mut names: Vec<String> = ALL.iter().map(|c| c.name.to_string()).collect();
    names.sort();
    assert_eq!(files, names);
}

#[test]
fn lookups_follow_the_files() {
    assert!(SPEECH_VERBS.contains("said"));
    assert!(!SPEECH_VERBS.contains("Said"));
    assert!(PERSON_TITLES.contains("Mr."));
    assert!(is_dating_word("tuesday") && is_dating_word("week"));
    assert!(!is_dating_word("harbour"));
}
