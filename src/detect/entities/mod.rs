//! Named entities: mentions found by the learned tagger, linked into
//! entities.

mod context;
mod coordinated;
mod credits;
mod designators;
mod edges;
mod headlines;
mod linking;
mod lower_case;
mod mentions;
mod namesakes;
mod openers;
mod surnames;

use crate::annotation::Entity;
use crate::document::Document;

/// Finds the people, organizations, places and other names of `doc`, each
/// with every mention of it.
pub fn detect(doc: &Document) -> Vec<Entity> {
    let mut mentions = mentions::find(doc);
    surnames::mark_people(doc, &mut mentions);
    namesakes::tell_apart(doc.text, linking::link(doc, mentions))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotation::EntityKind;
    use crate::document::format::Format;

    /// The entities of a plain text.
    pub fn entities(text: &str) -> Vec<Entity> {
        detect(&Document::parse(text, Format::Text))
    }

    /// Each entity of a plain text as its kind and the text of its mentions.
    pub fn found(text: &str) -> Vec<(EntityKind, Vec<&str>)> {
        entities(text)
            .into_iter()
            .map(|e| {
                let mentions = e.mentions.iter().map(|m| m.span.slice(text)).collect();
                (e.kind, mentions)
            })
            .collect()
    }
}
