//! Links a source phrase to an entity: a name in the phrase's head, or,
//! for a pronoun ("he", a relative "who" or "which") or a description ("the
//! agency", "the aide"), the latest earlier entity of the right kind (and,
//! for "he" or "she", of a gender the pronoun fits).
//! Mentions are indexed once, so each lookup is a binary search.

use crate::annotation::{Entity, EntityKind};
use crate::detect::gender::{self, Gender};
use crate::lexicon;
use crate::lexicon::{
    is_organization_description, GENERIC_ORGANIZATION_WORDS, PERSON_DESCRIPTIONS,
};
use crate::span::Span;

/// Every entity mention, sorted, with per-kind lists for "latest before".
#[derive(Clone, Debug, Default)]
pub struct EntityIndex {
    /// (mention, entity) sorted by mention start; people, organizations
    /// and places only.
    mentions: Vec<(Span, usize)>,
    /// Mentions of people: (mention end, entity), sorted by end.
    people: Vec<(usize, usize)>,
    /// Mentions of organizations: (mention end, entity).
    organizations: Vec<(usize, usize)>,
    /// Each entity's kind.
    kinds: Vec<EntityKind>,
    /// Each entity's name in lower case.
    names: Vec<String>,
    /// Each person's roles in lower case: the titles written before their
    /// name and the description after it ("Mayor Ana Ruiz", "Ana Ruiz, the
    /// mayor,").
    roles: Vec<String>,
    /// Each entity's gender, where its mentions show one.
    genders: Vec<Option<Gender>>,
}

/// How many people mentioned before a pronoun are tried, latest first, for
/// one of the pronoun's gender.
const PRONOUN_REACH: usize = 30;

/// How many organizations mentioned before a description are tried,
/// latest first, for one whose name holds its head noun.
const DESCRIPTION_REACH: usize = 30;

impl EntityIndex {
    /// Indexes the mentions of `entities` in `text`.
    pub fn new(text: &str, entities: &[Entity]) -> EntityIndex {
        let mut index = EntityIndex {
            kinds: entities.iter().map(|e| e.kind).collect(),
            names: entities.iter().map(|e| e.name.to_lowercase()).collect(),
            roles: entities.iter().map(|e| roles_of(text, e)).collect(),
            genders: entities
                .iter()
                .map(|e| match e.kind {
                    EntityKind::Person => gender::of_person(text, e),
                    _ => None,
                })
                .collect(),
            ..EntityIndex::default()
        };
        // An untyped name (a nationality, an event) is no one's name: in
        // "European governments" the source is the governments.
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind == EntityKind::Other {
                continue;
            }
            for mention in &entity.mentions {
                index.mentions.push((mention.span, e));
                match entity.kind {
                    EntityKind::Person => index.people.push((mention.span.end, e)),
                    EntityKind::Organization => index.organizations.push((mention.span.end, e)),
                    EntityKind::Place | EntityKind::Other => {}
                }
            }
        }
        index.mentions.sort();
        index.people.sort();
        index.organizations.sort();
        index
    }

    /// The entity of the longest mention inside `span`, or else of a
    /// mention that holds all of `span`.
    pub fn within(&self, span: Span) -> Option<usize> {
        let first = self.mentions.partition_point(|(m, _)| m.start < span.start);
        let inside = self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| span.contains(*m))
            .max_by_key(|(m, _)| (m.len(), std::cmp::Reverse(m.start)))
            .map(|&(_, e)| e);
        inside.or_else(|| {
            let upto = self
                .mentions
                .partition_point(|(m, _)| m.start <= span.start);
            self.mentions[..upto]
                .iter()
                .rev()
                .take(4)
                .find(|(m, _)| m.contains(span))
                .map(|&(_, e)| e)
        })
    }

    /// The last mention inside `span`, with its entity.
    fn last_mention_within(&self, span: Span) -> Option<(Span, usize)> {
        let first = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[first..]
            .iter()
            .take_while(|(m, _)| m.start < span.end)
            .filter(|(m, _)| span.contains(*m))
            .last()
            .copied()
    }

    /// Whether the mention `mention` of entity `e` is a place or body that
    /// only describes the person noun at `person_noun` after it: "a New
    /// York judge" is a judge, not New York; "a Pentagon spokesman" is not
    /// the Pentagon itself.
    fn describes_person(&self, person_noun: Option<usize>, (mention, e): (Span, usize)) -> bool {
        person_noun.is_some_and(|noun| mention.end <= noun) && self.kinds[e] != EntityKind::Person
    }

    /// Where the head of the source phrase `phrase` at `span` ends: at
    /// its first comma, relative pronoun or preposition that no mention
    /// holds ("of" in "Port of Brill" stays).
    fn head_end(&self, phrase: &str, span: Span) -> usize {
        let mut offset = 0;
        for word in phrase.split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | '(')) {
            let bare = word.trim_end_matches(char::is_whitespace);
            let (text, punct) = match bare.strip_suffix([',', '(']) {
                Some(text) => (text, Some(text.len())),
                None => (bare, None),
            };
            let lower = text.to_lowercase();
            let at = if lexicon::HEAD_ENDERS.contains(&lower.as_str()) && offset > 0 {
                Some(offset)
            } else {
                punct.map(|p| offset + p)
            };
            if let Some(at) = at {
                let byte = span.start + at;
                if !self.covers(byte) {
                    return byte;
                }
            }
            offset += word.len();
        }
        span.end
    }

    /// Whether a mention holds byte `at`.
    fn covers(&self, at: usize) -> bool {
        let upto = self.mentions.partition_point(|(m, _)| m.start <= at);
        self.mentions[..upto]
            .iter()
            .rev()
            .take(4)
            .any(|(m, _)| m.start <= at && at < m.end)
    }

    /// The entity of `kind` mentioned last before byte `offset`.
    pub fn latest_before(&self, kind: EntityKind, offset: usize) -> Option<usize> {
        let list = match kind {
            EntityKind::Person => &self.people,
            _ => &self.organizations,
        };
        let end = list.partition_point(|&(e, _)| e <= offset);
        end.checked_sub(1).map(|i| list[i].1)
    }

    /// The organization whose mention ends right before byte `offset`, a
    /// comma and a space apart at most ("the Harbor Gazette, which").
    fn organization_right_before(&self, offset: usize) -> Option<usize> {
        let end = self.organizations.partition_point(|&(e, _)| e <= offset);
        let &(mention_end, e) = self.organizations[..end].last()?;
        (offset - mention_end <= ", ".len()).then_some(e)
    }

    /// The organization a description with head noun `head` ("the
    /// ministry", "the agency") refers to before byte `offset`: the latest
    /// whose name holds the word ("Transport Ministry"), or, for a word
    /// any kind of body goes by ("the agency", "the company"), the latest.
    fn organization_before(&self, head: &str, offset: usize) -> Option<usize> {
        let end = self.organizations.partition_point(|&(e, _)| e <= offset);
        let earlier = || self.organizations[..end].iter().rev().map(|&(_, e)| e);
        let named = earlier().take(DESCRIPTION_REACH).find(|&e| {
            self.names[e]
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == head)
        });
        named.or_else(|| {
            GENERIC_ORGANIZATION_WORDS
                .contains(&head)
                .then(|| earlier().next())
                .flatten()
        })
    }

    /// The person a description with head noun `role` ("the mayor")
    /// refers to before byte `offset`: the latest the text gave that role
    /// ("Mayor Ana Ruiz", "Ana Ruiz, the mayor,"); none when no one was
    /// given it (a reader cannot tell, so neither do we).
    fn person_with_role(&self, role: &str, offset: usize) -> Option<usize> {
        let end = self.people.partition_point(|&(e, _)| e <= offset);
        self.people[..end]
            .iter()
            .rev()
            .map(|&(_, person)| person)
            .take(PRONOUN_REACH)
            .find(|&person| {
                self.roles[person]
                    .split(|c: char| !c.is_alphanumeric() && c != '.')
                    .any(|word| word == role || expand_title(word) == Some(role))
            })
    }

    /// Whether the mention `mention` of entity `e`, in `text` (a source
    /// phrase or its head, starting at byte `start`), is a place
    /// that only says where the source is: "Calden officials", "a poll of
    /// Brill voters", "the Calden senator". A place speaks only when it is
    /// the head itself ("Calden said", "the United States argued").
    fn only_locates(&self, text: &str, start: usize, mention: Span, e: usize) -> bool {
        if self.kinds[e] != EntityKind::Place {
            return false;
        }
        let (from, to) = (mention.start - start, mention.end - start);
        let before = text.get(..from).unwrap_or("");
        let after = text.get(to..).unwrap_or("");
        let after = after_possessive(after).unwrap_or(after);
        // A capitalized word before it opens the sentence ("Perhaps
        // Calden will object"); "the town of Calden" is Calden.
        let words: Vec<&str> = before
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_lowercase) && !lexicon::ARTICLES.contains(w))
            .collect();
        let describes = match words.as_slice() {
            [noun, "of"] => !lexicon::PLACE_NOUNS_AFTER.contains(noun),
            words => !words.is_empty(),
        };
        describes || after.chars().any(char::is_alphanumeric)
    }

    /// Whether entity `e` is a person.
    fn is_person(&self, e: usize) -> bool {
        self.kinds[e] == EntityKind::Person
    }

    /// The person mentioned last before byte `offset` whose gender fits
    /// `pronoun` ("she" skips a man named since); any person for a
    /// pronoun that marks no gender.
    fn person_before(&self, pronoun: &str, offset: usize) -> Option<usize> {
        let Some(wanted) = gender::of_pronoun(pronoun) else {
            return self.latest_before(EntityKind::Person, offset);
        };
        let end = self.people.partition_point(|&(e, _)| e <= offset);
        self.people[..end]
            .iter()
            .rev()
            .take(PRONOUN_REACH)
            .map(|&(_, person)| person)
            .find(|&person| self.genders[person].is_none_or(|g| g == wanted))
    }
}

/// Whether the mention `mention` in `head` (a source phrase's head,
/// starting at byte `start`) is a possessor whose noun goes on after it:
/// "Ruiz's running mate", not "Ruiz's" alone before a cue ("Ruiz's
/// decision").
fn owns_the_head(head: &str, start: usize, mention: Span) -> bool {
    let after = head.get(mention.end - start..).unwrap_or("");
    after_possessive(after).is_some_and(|rest| rest.chars().any(char::is_alphanumeric))
}

/// What follows a possessive "'s" (straight or curly) that opens `text`.
fn after_possessive(text: &str) -> Option<&str> {
    text.strip_prefix("'s")
        .or_else(|| text.strip_prefix("\u{2019}s"))
}

/// A person's roles in `text`, lower case: every title written before a
/// mention, and the description after a mention up to the next comma
/// ("Ana Ruiz, the mayor of Brill, said").
fn roles_of(text: &str, entity: &Entity) -> String {
    if entity.kind != EntityKind::Person {
        return String::new();
    }
    let mut roles = String::new();
    for mention in &entity.mentions {
        if let Some(role) = mention.role {
            roles.push_str(role.slice(text));
            roles.push(' ');
        }
        let after = &text[mention.span.end..];
        if let Some(rest) = after.strip_prefix(", ") {
            let description = rest.split([',', '.', ';', '\n']).next().unwrap_or("");
            // "Ana Ruiz, who defeated the mayor," is not the mayor.
            let relative = description
                .split_whitespace()
                .next()
                .is_some_and(|w| lexicon::RELATIVE_PRONOUNS.contains(w));
            if !relative && description.len() <= DESCRIPTION_LENGTH {
                roles.push_str(description);
                roles.push(' ');
            }
        }
    }
    roles.to_lowercase()
}

/// The longest description after a name read as its role, in bytes.
const DESCRIPTION_LENGTH: usize = 60;

/// The role an abbreviated title stands for ("sen." for "senator").
fn expand_title(word: &str) -> Option<&'static str> {
    match word {
        "sen." => Some("senator"),
        "gov." => Some("governor"),
        "rep." => Some("congressman"),
        "gen." => Some("general"),
        "pres." => Some("president"),
        "amb." => Some("ambassador"),
        _ => None,
    }
}

/// The entity the source phrase `phrase` at `span` refers to: the last
/// name in its head ("Port of Brill chairwoman Ana Ruiz, who …" is Ana
/// Ruiz), or else a name anywhere in it ("a spokesman for the agency",
/// "her deputy, Tomas Greve") but a person the source is close to or
/// works for ("an aide to Ana Ruiz") or a place that only says where the
/// source is ("Calden officials").
pub fn entity_of(index: &EntityIndex, phrase: &str, span: Span) -> Option<usize> {
    let head = Span::new(span.start, index.head_end(phrase, span));
    // A person the source is close to or works for is someone else ("an
    // aide to Ana Ruiz", "a lawyer close to Ana Ruiz", "officials who
    // advise her"); a title's "of" or an appositive names the source itself
    // ("Secretary of State Ana Ruiz", "her deputy, Tomas Greve").
    let rest = phrase[head.end - span.start..].trim_start();
    let someone_else = rest.starts_with("to ") || rest.starts_with("who ");
    // "a Greve aide", "an Obama adviser": a name before the head noun of
    // an indefinite description of a person is whom that person serves.
    let head_text = phrase[..head.end - span.start].trim_end();
    // Where the head's last word starts, when it is a person noun.
    let noun_at = head_text
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let person_noun = PERSON_DESCRIPTIONS
        .contains_lower_case_of(&head_text[noun_at..])
        .then_some(span.start + noun_at);
    let serves_the_name = person_noun.is_some()
        && head_text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    let named = index
        .last_mention_within(head)
        .filter(|&(mention, e)| !index.only_locates(head_text, span.start, mention, e));
    // "Ana Ruiz's running mate, Tomas Greve", "Ruiz's chief of staff":
    // someone the person has, not the person.
    let possessor = named
        .filter(|&(mention, e)| index.is_person(e) && owns_the_head(head_text, span.start, mention))
        .map(|(_, e)| e);
    let named = named.filter(|&(_, e)| Some(e) != possessor);
    // The one served is named in the head; an appositive after it names
    // the source ("a lawyer for the port, Tomas Greve").
    let served = named.map(|(_, e)| e).filter(|_| serves_the_name);
    let in_description = || {
        index
            .within(span)
            .filter(|&e| {
                let someone_elses = someone_else || served == Some(e) || possessor == Some(e);
                !(someone_elses && index.is_person(e)) && index.kinds[e] != EntityKind::Place
            })
            .or_else(|| {
                // "The town of Calden" is Calden; "a fisherman from Calden" is not.
                index
                    .last_mention_within(span)
                    .filter(|&(mention, e)| {
                        index.kinds[e] == EntityKind::Place
                            && !index.only_locates(phrase, span.start, mention, e)
                    })
                    .map(|(_, e)| e)
            })
    };
    match named {
        // "Another Brill Radio host, Ana Ruiz": the person the appositive names.
        Some(named) if index.describes_person(person_noun, named) => {
            let appositive = Span::new(head.end, span.end);
            if let Some((_, e)) = index
                .last_mention_within(appositive)
                .filter(|&(_, e)| index.is_person(e))
            {
                return Some(e);
            }
        }
        Some((_, e)) if !(serves_the_name && index.is_person(e)) => return Some(e),
        _ => {
            if let Some(e) = in_description() {
                return Some(e);
            }
        }
    }
    // A description is read by its head: "the anchor, a Brill native" is
    // the anchor.
    let lower = head_text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        // "Ana Ruiz, who …": a relative "who" refers to the person just named.
        [pronoun @ ("he" | "she" | "him" | "her" | "who")] => {
            index.person_before(pronoun, span.start)
        }
        ["it"] => index.latest_before(EntityKind::Organization, span.start),
        // "the Harbor Gazette, which reported …": the body just named.
        ["which"] => index.organization_right_before(span.start),
        // "the mayor's office" is the mayor's, not the last body named.
        _ if lower.contains("'s ") || lower.contains("\u{2019}s ") => None,
        [determiner, .., head] if matches!(*determiner, "the" | "this" | "that") => {
            if PERSON_DESCRIPTIONS.contains(head) {
                index.person_with_role(head, span.start)
            } else if is_organization_description(head) && !rest.starts_with("of ") {
                // "the group of contests" is no body.
                index.organization_before(head, span.start)
            } else {
                None
            }
        }
        _ => None,
    }
}
