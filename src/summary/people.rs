//! Who an attribution credits, for the people the profile lists.

use crate::annotation::{Annotations, Attribution, EntityKind, SourceKind, Speaker};

/// The people an attribution credits: each person named in a joined
/// source ("Mara Lind and Tomas Greve said" credits both), else the
/// person a person's source is linked to.
pub fn credited(
    found: &Annotations,
    attribution: &Attribution,
    speaker: Option<&Speaker>,
) -> Vec<usize> {
    let is_person = |&e: &usize| {
        found
            .entities
            .get(e)
            .is_some_and(|entity| entity.kind == EntityKind::Person)
    };
    match speaker {
        Some(speaker) if !speaker.joined.is_empty() => {
            speaker.joined.iter().copied().filter(is_person).collect()
        }
        _ if attribution.source_kind == SourceKind::Person => attribution
            .source
            .and_then(|s| s.entity)
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}
