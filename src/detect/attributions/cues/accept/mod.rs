//! The accept step: once the candidates are assembled (a cue, its source,
//! its content), a learned [`model`] weighs each as a reader would (the
//! cue's words and how it was found, the kind of source and content, the
//! verb's helpers, where it stands) and drops those that are no
//! attribution ("seeking", "was abruptly", a verb with neither a speaker
//! nor a message).

pub mod features;
pub mod model;

use super::{Cue, Origin};
use crate::annotation::Attribution;
use crate::detect::attributions::assemble::Claim;
use crate::detect::attributions::context::Context;
use crate::document::Document;

/// The lowest accept score, in [`model::LEVELS`] units, that keeps a
/// candidate: on the held-out fifth of the training articles (the table
/// `train-cues --accept` prints), the highest that costs cue recall less
/// than a point (0.720 against 0.727 without the step; precision 0.853
/// against 0.838).
pub const THRESHOLD: i32 = -60;

/// The claims the accept model keeps, in their order.
pub fn keep(doc: &Document, context: &Context, cues: &[Cue], claims: Vec<Claim>) -> Vec<Claim> {
    let mut features = Vec::with_capacity(64);
    let attributions: Vec<&Attribution> = claims.iter().map(|c| &c.attribution).collect();
    let keep: Vec<bool> = claims
        .iter()
        .enumerate()
        .map(|(i, claim)| {
            let Some(cue) = cue_of(doc, cues, claim).filter(|c| is_weighed(c)) else {
                return true;
            };
            features.clear();
            features::features(doc, context, cue, &attributions, i, &mut features);
            model::score(&features) >= THRESHOLD
        })
        .collect();
    claims
        .into_iter()
        .zip(keep)
        .filter_map(|(claim, keep)| keep.then_some(claim))
        .collect()
}

/// Whether the accept step weighs a candidate made of `cue`: any but a
/// mark (a speaker's colon, a signing dash), which the layout of a
/// transcript or a signed quotation decides and the training articles
/// hold too few of to weigh.
pub fn is_weighed(cue: &Cue) -> bool {
    cue.origin != Origin::Mark
}

/// The cue a claim was made of, among `cues` in text order.
pub fn cue_of<'c>(doc: &Document, cues: &'c [Cue], claim: &Claim) -> Option<&'c Cue> {
    let span = claim.attribution.cue;
    let start = doc.tokens.partition_point(|t| t.span.start < span.start);
    let first = cues.partition_point(|c| c.tokens.start < start);
    cues[first..]
        .iter()
        .take_while(|c| c.tokens.start == start)
        .find(|c| doc.tokens[c.tokens.end - 1].span.end == span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::attributions::{candidates, cues::model as cue_model};
    use crate::detect::{entities, quotes};
    use crate::document::format::Format;

    #[test]
    fn every_claim_finds_its_cue_and_marks_are_always_kept() {
        let text = "LIND: We are ready to reopen the quay.\n\nGREVE: The union is not ready.\n\n\
            LIND: Then we will wait a week.\n\nGREVE: A week is fine.\n\n\
            Ana Ruiz said the pier would open in May.";
        let doc = Document::parse(text, Format::Text);
        let quotes = quotes::detect(&doc);
        let found = candidates(&doc, &entities::detect(&doc), &quotes, cue_model::score);
        assert!(found.claims.len() >= 5, "{:?}", found.claims);
        let mut marks = 0;
        for claim in &found.claims {
            let cue = cue_of(&doc, &found.cues, claim).expect("each claim's cue is found");
            let span = doc.tokens[cue.tokens.start]
                .span
                .cover(doc.tokens[cue.tokens.end - 1].span);
            assert_eq!(span, claim.attribution.cue);
            marks += usize::from(!is_weighed(cue));
        }
        assert_eq!(marks, 4, "the four speaker labels are marks");
        let kept = keep(&doc, &found.context, &found.cues, found.claims.clone());
        let kept_marks = kept
            .iter()
            .filter_map(|c| cue_of(&doc, &found.cues, c))
            .filter(|cue| !is_weighed(cue))
            .count();
        assert_eq!(kept_marks, 4);
        assert!(kept
            .iter()
            .any(|c| &text[c.attribution.cue.start..c.attribution.cue.end] == "said"));
    }
}
