//! Word lists from outside the annotated data (`data/ner/`, see its
//! README for sources and licences): given names, surnames, places and
//! calendar words (months, holidays, and the lexicon's weekdays), read into
//! one [`Gazetteer`] with a flag per list.

use super::gazetteer::Gazetteer;
use crate::learned::token_info::TokenInfo;
use std::path::Path;

/// The lists, by file name, with the flag each sets.
pub const LISTS: [(&str, u8); 4] = [
    ("given-names.txt", GIVEN_NAME),
    ("surnames.txt", SURNAME),
    ("places.txt", PLACE),
    ("calendar.txt", CALENDAR),
];

/// The flag of a given name ("Amara").
pub const GIVEN_NAME: u8 = 1;
/// The flag of a surname ("Okafor").
pub const SURNAME: u8 = 2;
/// The flag of a country, state, capital or large city.
pub const PLACE: u8 = 4;
/// The flag of a month, weekday or holiday ("Christmas"), which in news is
/// a date, not a name.
pub const CALENDAR: u8 = 8;

/// Adds every entry of a list (one name a line, words split at spaces;
/// blank lines and lines starting with `#` skipped) under `flag`.
pub fn add_list(names: &mut Gazetteer, text: &str, flag: u8) {
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let infos: Vec<TokenInfo> = line.split_whitespace().map(TokenInfo::new).collect();
        names.insert_flags(&infos, flag);
    }
}

/// Reads every list of [`LISTS`] from `dir`.
pub fn read_lists(dir: &Path) -> Result<Gazetteer, String> {
    let mut names = Gazetteer::default();
    for (file, flag) in LISTS {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        add_list(&mut names, &text, flag);
    }
    for day in crate::lexicon::WEEKDAYS.words() {
        add_list(&mut names, &capitalized(day), CALENDAR);
    }
    Ok(names)
}

/// `word` with its first letter in capitals.
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_sets_its_own_flag() {
        let mut names = Gazetteer::default();
        add_list(&mut names, "# given names\nJordan\nAmara\n", GIVEN_NAME);
        add_list(&mut names, "Jordan\n\nSan Jose\n", PLACE);
        let infos = |w: &str| -> Vec<TokenInfo> { w.split(' ').map(TokenInfo::new).collect() };
        assert_eq!(names.flags_of(&infos("JORDAN")), GIVEN_NAME | PLACE);
        assert_eq!(names.flags_of(&infos("san jose")), PLACE);
        assert_eq!(names.flags_of(&infos("Amara")), GIVEN_NAME);
        assert_eq!(names.flags_of(&infos("Okafor")), 0);
    }
}
