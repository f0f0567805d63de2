//! BILOU tags: how a tag sequence encodes entity spans, and which tag may
//! follow which.
//!
//! Each token gets one of 17 tags: `O` (outside any name) or one of
//! `B` (begins), `I` (inside), `L` (last) and `U` (unit, a one-token name)
//! for each of the four kinds.

use crate::annotation::EntityKind;
use std::ops::Range;

/// The number of tags.
pub const TAG_COUNT: usize = 17;

/// The tag for a token outside every name.
pub const OUTSIDE: u8 = 0;

/// The kinds in tag order.
pub const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Organization,
    EntityKind::Place,
    EntityKind::Other,
];

/// Where a token sits in its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// First of several tokens.
    Begin,
    /// Between the first and the last.
    Inside,
    /// Last of several tokens.
    Last,
    /// The only token.
    Unit,
}

const POSITIONS: [Position; 4] = [
    Position::Begin,
    Position::Inside,
    Position::Last,
    Position::Unit,
];

/// The index of `kind` in [`KINDS`].
pub fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Place => 2,
        EntityKind::Other => 3,
    }
}

/// The tag for a token at `position` in a name of `kind`.
pub fn tag(kind: EntityKind, position: Position) -> u8 {
    let p = POSITIONS.iter().position(|&q| q == position).unwrap_or(0);
    (1 + kind_index(kind) * 4 + p) as u8
}

/// The kind and position a tag stands for, or `None` for [`OUTSIDE`].
pub fn parts(tag: u8) -> Option<(EntityKind, Position)> {
    let t = usize::from(tag).checked_sub(1)?;
    Some((*KINDS.get(t / 4)?, POSITIONS[t % 4]))
}

/// Whether a name may start with `tag` (at the start of a sentence or after
/// a tag that closes a name).
pub fn may_start(tag: u8) -> bool {
    matches!(
        parts(tag),
        None | Some((_, Position::Begin | Position::Unit))
    )
}

/// Whether a sentence may end on `tag`.
pub fn may_end(tag: u8) -> bool {
    matches!(
        parts(tag),
        None | Some((_, Position::Last | Position::Unit))
    )
}

/// Whether `next` may follow `prev`.
pub fn may_follow(prev: u8, next: u8) -> bool {
    match parts(prev) {
        Some((kind, Position::Begin | Position::Inside)) => matches!(
            parts(next),
            Some((k, Position::Inside | Position::Last)) if k == kind
        ),
        _ => may_start(next),
    }
}

/// The tags of a sentence of `len` tokens holding the names `spans`
/// (token ranges, not overlapping).
pub fn encode(len: usize, spans: &[(Range<usize>, EntityKind)]) -> Vec<u8> {
    let mut tags = vec![OUTSIDE; len];
    for (range, kind) in spans {
        let (start, end) = (range.start, range.end.min(len));
        if start >= end {
            continue;
        }
        if end - start == 1 {
            tags[start] = tag(*kind, Position::Unit);
            continue;
        }
        tags[start] = tag(*kind, Position::Begin);
        for t in &mut tags[start + 1..end - 1] {
            *t = tag(*kind, Position::Inside);
        }
        tags[end - 1] = tag(*kind, Position::Last);
    }
    tags
}

/// The names a tag sequence encodes, as token ranges with their kinds.
///
/// Ill-formed sequences are read leniently: a name runs while the kind
/// stays the same and no new name begins.
pub fn decode(tags: &[u8]) -> Vec<(Range<usize>, EntityKind)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let part = parts(t);
        if let Some((start, kind)) = open {
            let continues =
                matches!(part, Some((k, Position::Inside | Position::Last)) if k == kind);
            if !continues {
                spans.push((start..i, kind));
                open = None;
            }
        }
        match part {
            None => {}
            Some((kind, position)) => {
                if open.is_none() {
                    open = Some((i, kind));
                }
                if matches!(position, Position::Last | Position::Unit) {
                    if let Some((start, kind)) = open.take() {
                        spans.push((start..i + 1, kind));
                    }
                }
            }
        }
    }
    if let Some((start, kind)) = open {
        spans.push((start..tags.len(), kind));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn encode_and_decode_round_trip() {
        let spans = vec![(0..2, Person), (3..4, Place), (5..8, Organization)];
        let tags = encode(9, &spans);
        assert_eq!(decode(&tags), spans);
    }

    #[test]
    fn every_tag_names_its_parts() {
        for t in 1..TAG_COUNT as u8 {
            let (kind, position) = parts(t).expect("a name tag");
            assert_eq!(tag(kind, position), t);
        }
        assert_eq!(parts(OUTSIDE), None);
        assert_eq!(parts(TAG_COUNT as u8), None);
    }

    #[test]
    fn a_begun_name_must_continue_in_its_kind() {
        let b_per = tag(Person, Position::Begin);
        assert!(may_follow(b_per, tag(Person, Position::Last)));
        assert!(!may_follow(b_per, tag(Place, Position::Last)));
        assert!(!may_follow(b_per, OUTSIDE));
        assert!(may_follow(tag(Person, Position::Last), OUTSIDE));
        assert!(!may_end(b_per));
        assert!(!may_start(tag(Place, Position::Inside)));
    }

    #[test]
    fn ill_formed_tags_decode_leniently() {
        let tags = [
            tag(Person, Position::Begin),
            tag(Person, Position::Inside),
            OUTSIDE,
        ];
        assert_eq!(decode(&tags), vec![(0..2, Person)]);
        let tags = [
            tag(Place, Position::Inside),
            tag(Organization, Position::Last),
        ];
        assert_eq!(decode(&tags), vec![(0..1, Place), (1..2, Organization)]);
    }
}
