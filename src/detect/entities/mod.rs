//! Named entities: mentions found in the text, linked into entities.

mod candidates;
mod linking;

use crate::annotation::Entity;
use crate::document::Document;

/// Finds the people, organizations, places and other names of `doc`, each
/// with every mention of it.
pub fn detect(doc: &Document) -> Vec<Entity> {
    let mentions = candidates::find(doc);
    linking::link(doc, mentions)
}
