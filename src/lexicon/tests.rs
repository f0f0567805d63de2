//! Every word-class file: a meaning line, sorted, unique entries, lower
//! case unless case-sensitive, one word an entry unless it holds phrases.

use super::*;

/// The file of a word class, as written.
fn file_of(class: &WordClass) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/words");
    std::fs::read_to_string(format!("{dir}/{}.txt", class.name)).expect("the class's file")
}

#[test]
fn every_word_class_file_is_well_formed() {
    let mut problems = Vec::new();
    for class in ALL {
        let name = class.name;
        let file = file_of(class);
        let meaning = file.lines().next().and_then(|l| l.strip_prefix("# "));
        if meaning.is_none_or(|m| m.len() < 10) {
            problems.push(format!("{name}: no first line '# what the class means'"));
        }
        let entries: Vec<&str> = class.entries_as_written().collect();
        let in_file = file.lines().map(str::trim);
        if !in_file
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .eq(entries.iter().copied())
        {
            problems.push(format!(
                "{name}: the shipped entries differ from the file's"
            ));
        }
        let options = file.lines().filter_map(|l| l.strip_prefix("#:"));
        if let Some(lost) = options.map(str::trim).find(|o| !class.has_option(o)) {
            problems.push(format!("{name}: option {lost:?} is not shipped"));
        }
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

#[test]
fn no_two_classes_hold_the_same_words() {
    for (i, a) in ALL.iter().enumerate() {
        for b in &ALL[i + 1..] {
            assert_ne!(
                a.words(),
                b.words(),
                "{} and {} are one class",
                a.name,
                b.name
            );
        }
    }
}

/// The classes of auxiliaries: each auxiliary is in exactly one of them.
fn auxiliary_classes() -> [&'static WordClass; 6] {
    [
        &BE_FORMS,
        &HAVE_FORMS,
        &DO_FORMS,
        &MODALS,
        &BE_CLITICS,
        &CONTRACTED_AUXILIARIES,
    ]
}

/// Classes that hold some auxiliaries for a purpose of their own, and why.
fn classes_that_may_hold_auxiliaries() -> [(&'static WordClass, &'static str); 6] {
    [
        (
            &HEADS_KEPT_IN_TRAINING,
            "how the frozen cue model was trained",
        ),
        (&AFTER_MAY, "the words after a name \"May\""),
        (&ARTICLES_AND_POSSESSIVES, "the possessive \"'s\""),
        (&BEFORE_ADJECTIVE, "the possessive \"'s\""),
        (&HEADING_FUNCTION_WORDS, "words of a heading's wording"),
        (&HEDGE_FUNCTION_WORDS, "a frozen feature of the hedge model"),
    ]
}

#[test]
fn auxiliaries_are_defined_once() {
    let auxiliaries = auxiliary_classes();
    let is_one = |class: &WordClass| auxiliaries.iter().any(|a| std::ptr::eq(*a, class));
    let mut problems = Vec::new();
    for (i, a) in auxiliaries.iter().enumerate() {
        for b in &auxiliaries[i + 1..] {
            let both: Vec<_> = a.words().iter().filter(|w| b.contains(*w)).collect();
            if !both.is_empty() {
                problems.push(format!("{} and {} share {both:?}", a.name, b.name));
            }
        }
    }
    let allowed = classes_that_may_hold_auxiliaries();
    for class in ALL {
        if is_one(class) || allowed.iter().any(|(a, _)| std::ptr::eq(*a, *class)) {
            continue;
        }
        let held: Vec<_> = (class.words().iter())
            .filter(|w| auxiliaries.iter().any(|a| a.contains(*w)))
            .collect();
        if !held.is_empty() {
            problems.push(format!(
                "{} holds auxiliaries {held:?}: ask lexicon::is_auxiliary instead",
                class.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_auxiliary_questions_follow_the_classes() {
    for word in ["was", "Has", "did", "would", "being", "must"] {
        assert!(is_auxiliary(word) && is_verb_filler(word), "{word}");
    }
    assert!(is_copula("'s") && !is_auxiliary("'s"));
    assert!(is_verb_filler("also") && is_verb_filler("n't") && is_verb_filler("ca"));
    assert!(!is_auxiliary("said") && !is_verb_filler("said") && !is_copula("has"));
}

#[test]
fn each_class_knows_its_place_in_all() {
    for (i, class) in ALL.iter().enumerate() {
        assert_eq!(class.index as usize, i, "{}", class.name);
    }
}
