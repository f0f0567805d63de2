//! Named entities: mentions found by the learned tagger, linked into
//! entities.

mod credits;
mod designators;
mod linking;
mod mentions;

use crate::annotation::Entity;
use crate::document::Document;

/// Finds the people, organizations, places and other names of `doc`, each
/// with every mention of it.
pub fn detect(doc: &Document) -> Vec<Entity> {
    let mentions = mentions::find(doc);
    linking::link(doc, mentions)
}
