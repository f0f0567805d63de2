//! The grammatical gender a person's mentions show, so that "she" is
//! never linked to a man named just before her. Evidence, by vote over
//! every mention: a title or gendered role word just before it ("Ms.",
//! "spokeswoman Ana Ruiz", "Sir") and a given name common enough to be
//! unambiguous ("Anna", "Yuri"). With no evidence, or evidence both ways,
//! the gender is unknown and any pronoun may refer to the person.

use crate::annotation::Entity;

/// A person's grammatical gender, as English pronouns mark it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "she", "her".
    Female,
    /// "he", "him".
    Male,
}

/// The gender a personal pronoun marks, if any ("they" and "who" mark
/// none).
pub fn of_pronoun(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "she" | "her" => Some(Gender::Female),
        "he" | "him" => Some(Gender::Male),
        _ => None,
    }
}

/// The gender the mentions of `person` in `text` show, if they agree.
pub fn of_person(text: &str, person: &Entity) -> Option<Gender> {
    let mut votes = [0_usize; 2];
    let mut vote = |gender: Option<Gender>| match gender {
        Some(Gender::Female) => votes[0] += 1,
        Some(Gender::Male) => votes[1] += 1,
        None => {}
    };
    vote(of_given_name(&person.name));
    for mention in &person.mentions {
        vote(of_words_before(&text[..mention.span.start]));
        vote(of_given_name(mention.span.slice(text)));
    }
    match votes {
        [f, 0] if f > 0 => Some(Gender::Female),
        [0, m] if m > 0 => Some(Gender::Male),
        _ => None,
    }
}

/// The gender of the first of a full name's words ("Anna Berg"), if that
/// is a given name of one gender; a single word is taken for a surname.
fn of_given_name(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?;
    if FEMALE_NAMES.binary_search(&first).is_ok() {
        Some(Gender::Female)
    } else if MALE_NAMES.binary_search(&first).is_ok() {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender of a title or role word among the last two words of
/// `before` (the text up to a mention), on the mention's line.
fn of_words_before(before: &str) -> Option<Gender> {
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.split_whitespace().rev().take(2).find_map(|word| {
        let word = word.trim_matches(|c: char| matches!(c, ',' | '(' | '"' | '“'));
        let lower = word.to_lowercase();
        if FEMALE_WORDS.contains(&lower.as_str()) {
            Some(Gender::Female)
        } else if MALE_WORDS.contains(&lower.as_str()) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

/// Titles and role words that mark a woman, lower case.
const FEMALE_WORDS: &[&str] = &[
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "miss",
    "madam",
    "madame",
    "dame",
    "lady",
    "queen",
    "princess",
    "duchess",
    "countess",
    "baroness",
    "empress",
    "sister",
    "mother",
    "wife",
    "daughter",
    "grandmother",
    "aunt",
    "niece",
    "widow",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "businesswoman",
    "stateswoman",
    "policewoman",
    "actress",
];

/// Titles and role words that mark a man, lower case.
const MALE_WORDS: &[&str] = &[
    "mr.",
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "count",
    "baron",
    "emperor",
    "pope",
    "brother",
    "father",
    "husband",
    "son",
    "grandfather",
    "uncle",
    "nephew",
    "widower",
    "spokesman",
    "chairman",
    "congressman",
    "councilman",
    "businessman",
    "statesman",
    "policeman",
];

/// Given names used almost only for women, sorted (for binary search).
const FEMALE_NAMES: &[&str] = &[
    "Agnes",
    "Aisha",
    "Alexandra",
    "Alice",
    "Alicia",
    "Amanda",
    "Amy",
    "Ana",
    "Anastasia",
    "Angela",
    "Anita",
    "Ann",
    "Anna",
    "Annalena",
    "Anne",
    "Barbara",
    "Beatriz",
    "Betty",
    "Brenda",
    "Camila",
    "Carla",
    "Carmen",
    "Carol",
    "Caroline",
    "Catherine",
    "Cecilia",
    "Christina",
    "Christine",
    "Claire",
    "Claudia",
    "Cynthia",
    "Dana",
    "Deborah",
    "Diana",
    "Diane",
    "Donna",
    "Dorothy",
    "Elena",
    "Elisabeth",
    "Elizabeth",
    "Ellen",
    "Elsa",
    "Emily",
    "Emma",
    "Esther",
    "Eva",
    "Fatima",
    "Fiona",
    "Francesca",
    "Giorgia",
    "Grace",
    "Hannah",
    "Heather",
    "Helen",
    "Helena",
    "Hillary",
    "Ilse",
    "Ingrid",
    "Irina",
    "Isabel",
    "Isabella",
    "Jacinda",
    "Jane",
    "Janet",
    "Jennifer",
    "Jessica",
    "Jill",
    "Joan",
    "Joanna",
    "Julia",
    "Julie",
    "Kaja",
    "Kamala",
    "Karen",
    "Karin",
    "Katarina",
    "Katherine",
    "Kathleen",
    "Kathryn",
    "Kelly",
    "Kimberly",
    "Kristina",
    "Laura",
    "Lauren",
    "Leila",
    "Linda",
    "Lisa",
    "Liz",
    "Lucia",
    "Lucy",
    "Lydia",
    "Magdalena",
    "Mara",
    "Margaret",
    "Margrethe",
    "Maria",
    "Marie",
    "Marina",
    "Marine",
    "Marta",
    "Martha",
    "Mary",
    "Megan",
    "Melania",
    "Melissa",
    "Michelle",
    "Monica",
    "Nadia",
    "Nancy",
    "Natalia",
    "Natalie",
    "Nicole",
    "Nina",
    "Olena",
    "Olga",
    "Olivia",
    "Pamela",
    "Patricia",
    "Paula",
    "Rachel",
    "Rebecca",
    "Rosa",
    "Ruth",
    "Samantha",
    "Sandra",
    "Sanna",
    "Sarah",
    "Sharon",
    "Sofia",
    "Sonia",
    "Sophie",
    "Stephanie",
    "Susan",
    "Svetlana",
    "Tatiana",
    "Teresa",
    "Theresa",
    "Ursula",
    "Valentina",
    "Valerie",
    "Vera",
    "Victoria",
    "Virginia",
    "Yulia",
    "Zoe",
];

/// Given names used almost only for men, sorted (for binary search).
const MALE_NAMES: &[&str] = &[
    "Abdul",
    "Adam",
    "Ahmed",
    "Alan",
    "Albert",
    "Aleksandr",
    "Alexander",
    "Alexei",
    "Ali",
    "Andrew",
    "Andrzej",
    "Angus",
    "Anthony",
    "Antonio",
    "Arthur",
    "Barack",
    "Benjamin",
    "Bernard",
    "Bill",
    "Bob",
    "Boris",
    "Brian",
    "Bruce",
    "Carl",
    "Carlos",
    "Charles",
    "Christopher",
    "Daniel",
    "David",
    "Dmitry",
    "Donald",
    "Douglas",
    "Edward",
    "Emmanuel",
    "Eric",
    "Frank",
    "Franz",
    "Friedrich",
    "Gary",
    "George",
    "Gerald",
    "Gregory",
    "Hans",
    "Harold",
    "Henry",
    "Hugo",
    "Ivan",
    "Jack",
    "Jacob",
    "James",
    "Jared",
    "Jason",
    "Jeffrey",
    "Jens",
    "Jerome",
    "Joe",
    "John",
    "Jonas",
    "Jonathan",
    "Jorge",
    "Jose",
    "Joseph",
    "Juan",
    "Justin",
    "Karl",
    "Keir",
    "Kenneth",
    "Kevin",
    "Klaus",
    "Larry",
    "Lars",
    "Lee",
    "Luis",
    "Marco",
    "Mark",
    "Martin",
    "Matthew",
    "Michael",
    "Mike",
    "Mikhail",
    "Mohammed",
    "Muhammad",
    "Narendra",
    "Nicholas",
    "Nikolai",
    "Olaf",
    "Oleg",
    "Patrick",
    "Paul",
    "Pedro",
    "Peter",
    "Philip",
    "Pierre",
    "Rafael",
    "Ralph",
    "Raymond",
    "Richard",
    "Rishi",
    "Robert",
    "Roger",
    "Ron",
    "Ronald",
    "Roy",
    "Russell",
    "Scott",
    "Sergei",
    "Sergey",
    "Stephen",
    "Steve",
    "Steven",
    "Thomas",
    "Timothy",
    "Tom",
    "Tomas",
    "Viktor",
    "Vladimir",
    "Volodymyr",
    "Walter",
    "William",
    "Xavier",
    "Yuri",
    "Yury",
    "Zbigniew",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::{EntityKind, Mention};
    use crate::span::Span;

    /// A person named `name`, mentioned wherever `mention` stands in `text`.
    fn person(text: &str, name: &str, mention: &str) -> Entity {
        Entity {
            kind: EntityKind::Person,
            name: name.to_string(),
            mentions: text
                .match_indices(mention)
                .map(|(start, m)| Mention {
                    span: Span::new(start, start + m.len()),
                    role: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_name_lists_are_sorted_and_disjoint() {
        for list in [FEMALE_NAMES, MALE_NAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(FEMALE_NAMES
            .iter()
            .all(|n| MALE_NAMES.binary_search(n).is_err()));
    }

    #[test]
    fn a_given_name_or_a_title_shows_the_gender() {
        let cases = [
            ("Anna Berg spoke first.", "Anna Berg", Some(Gender::Female)),
            ("Yuri Tal spoke first.", "Yuri Tal", Some(Gender::Male)),
            ("Ms. Okafor spoke first.", "Okafor", Some(Gender::Female)),
            ("Sir Okafor spoke first.", "Okafor", Some(Gender::Male)),
            (
                "The spokeswoman, Okafor, spoke.",
                "Okafor",
                Some(Gender::Female),
            ),
            ("Okafor spoke first.", "Okafor", None),
            ("Robin Okafor spoke first.", "Robin Okafor", None),
            // A title on the line before says nothing of this mention.
            ("Ask Mr.\nOkafor spoke first.", "Okafor", None),
        ];
        for (text, name, want) in cases {
            assert_eq!(of_person(text, &person(text, name, name)), want, "{text}");
        }
    }

    #[test]
    fn evidence_both_ways_leaves_the_gender_unknown() {
        let text = "Mr. Okafor arrived. Ms. Okafor left.";
        assert_eq!(of_person(text, &person(text, "Okafor", "Okafor")), None);
    }

    #[test]
    fn pronouns_mark_gender_and_others_do_not() {
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("him"), Some(Gender::Male));
        assert_eq!(of_pronoun("they"), None);
        assert_eq!(of_pronoun("who"), None);
    }
}
