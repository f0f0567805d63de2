//! Where a cue's content must stop: before a later cue of the same
//! sentence that goes on with the same speaker ("Ana agreed, but added
//! that …", "… told the board that X, saying Y") rather than one nested
//! inside the content ("said that the board argued …"). A later cue is
//! nested when its source lies between the two cues.

use crate::detect::attributions::cues::Cue;
use crate::detect::attributions::source::SourceTokens;
use crate::document::Document;
use crate::lexicon;

/// For each cue, the token its content must end before (the sentence's
/// end when nothing continues). `sources` are the cues' sources, in the
/// same order as `cues` (text order).
pub fn limits(doc: &Document, cues: &[Cue], sources: &[Option<SourceTokens>]) -> Vec<usize> {
    cues.iter()
        .enumerate()
        .map(|(i, cue)| {
            let sentence_end = doc.sentences[cue.sentence].tokens.end;
            cues[i + 1..]
                .iter()
                .zip(&sources[i + 1..])
                .take_while(|(next, _)| next.sentence == cue.sentence)
                .find(|(next, source)| {
                    continues(doc, cue, next, sources[i].as_ref(), source.as_ref())
                })
                .map_or(sentence_end, |(next, source)| {
                    let edge = source
                        .as_ref()
                        .map(|s| s.tokens.start)
                        .filter(|&s| s >= cue.tokens.end)
                        .map_or(next.tokens.start, |s| s.min(next.tokens.start));
                    stop_before(doc, cue.tokens.end, edge)
                })
        })
        .collect()
}

/// Whether `next` goes on from `cue` instead of nesting in its content:
/// it has the same source ("Noting …, Ana said"), or a source that is not
/// between the two cues or opens a new clause (", and Tomas said"), or,
/// having no source, it follows a joining word (", adding", "and warned";
/// but not "said that she had not been told").
fn continues(
    doc: &Document,
    cue: &Cue,
    next: &Cue,
    own: Option<&SourceTokens>,
    source: Option<&SourceTokens>,
) -> bool {
    if next.tokens.start < cue.tokens.end {
        return false;
    }
    let Some(source) = source else {
        return is_joiner(doc.word(next.tokens.start - 1));
    };
    let same = own.is_some_and(|o| source.tokens == o.tokens);
    let between = source.tokens.start >= cue.tokens.end && source.tokens.start < next.tokens.start;
    // "Ana said X, and Tomas said Y": a new clause, joined, not nested.
    let joined = between && is_clause_joiner(doc, source.tokens.start);
    same || !between || joined
}

/// Whether a new clause starts at token `t`: it follows ", and", ", but"
/// (the comma perhaps inside a closing quotation mark: "“frank,” and") or
/// a semicolon.
fn is_clause_joiner(doc: &Document, t: usize) -> bool {
    let word = |k: usize| doc.word(k).to_lowercase();
    if t >= 1 && word(t - 1) == ";" {
        return true;
    }
    if t < 2 || !matches!(word(t - 1).as_str(), "and" | "but") {
        return false;
    }
    let mut k = t - 2;
    while k > 0 && matches!(word(k).as_str(), "\"" | "\u{201D}" | "'" | "\u{2019}") {
        k -= 1;
    }
    word(k) == ","
}

/// The token before which content running right from `from` stops for
/// a continuing cue whose words (source included) start at `edge`:
/// before the words joining the two.
fn stop_before(doc: &Document, from: usize, edge: usize) -> usize {
    let mut end = edge;
    while end > from && is_joiner(doc.word(end - 1)) {
        end -= 1;
    }
    end
}

/// Whether `word` joins a continuing cue to the clause before it: a
/// clause joiner ("and") or a mark (",", "—").
fn is_joiner(word: &str) -> bool {
    let lower = word.to_lowercase();
    lexicon::CLAUSE_JOINERS.contains(&lower) || lexicon::CONTENT_JOINERS.contains(&lower)
}
