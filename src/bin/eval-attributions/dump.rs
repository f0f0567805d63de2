//! Writes the cases the scores count against the detector, each with its
//! paragraph, for error analysis (`--dump FILE`): sources and contents
//! left unmatched under lenient matching, and sources and contents that
//! overlap their gold partner without being equal to it.

use crate::brat::GoldAttribution;
use crate::scoring::{match_content, match_role, Matching, Predicted};
use sourcelight::span::Span;
use std::io::{self, Write};

/// Writes the error cases of one article to `out`.
pub fn write_article(
    out: &mut impl Write,
    name: &str,
    text: &str,
    gold: &[GoldAttribution],
    predicted: &[Predicted],
) -> io::Result<()> {
    let lenient = Matching::Lenient;
    let cues = match_role(text, gold, predicted, lenient, |g| &g.cue, |p| Some(p.cue));
    let partner_of_gold = |g: usize| cues.iter().find(|c| c.0 == g).map(|c| c.1);
    let partner_of_predicted = |p: usize| cues.iter().find(|c| c.1 == p).map(|c| c.0);
    let sources = match_role(text, gold, predicted, lenient, |g| &g.source, |p| p.source);
    let contents = match_content(text, gold, predicted, lenient);
    for which in [Role::Source, Role::Content] {
        let (role, pairs) = match which {
            Role::Source => ("source", &sources),
            Role::Content => ("content", &contents),
        };
        for (g, item) in gold.iter().enumerate() {
            if which.gold(item).is_empty() || pairs.iter().any(|pair| pair.0 == g) {
                continue;
            }
            let partner = partner_of_gold(g);
            let category = pick(partner.is_some(), "cue-matched", "cue-missed");
            writeln!(out, "== {role} gold-unmatched {category} {name}")?;
            case(out, text, Some(item), partner.map(|p| &predicted[p]))?;
        }
        for (p, item) in predicted.iter().enumerate() {
            if which.predicted(item).is_none() || pairs.iter().any(|pair| pair.1 == p) {
                continue;
            }
            let partner = partner_of_predicted(p);
            let category = pick(partner.is_some(), "cue-matched", "cue-spurious");
            let span = which.predicted(item).unwrap_or(Span::new(0, 0));
            let taken = gold
                .iter()
                .any(|g| which.gold(g).iter().any(|&k| span.overlaps(k)));
            let overlap = pick(taken, "overlaps-other", "overlaps-none");
            writeln!(
                out,
                "== {role} predicted-unmatched {category} {overlap} {name}"
            )?;
            case(out, text, partner.map(|g| &gold[g]), Some(item))?;
        }
    }
    let strict_sources = match_role(
        text,
        gold,
        predicted,
        Matching::Strict,
        |g| &g.source,
        |p| p.source,
    );
    let strict = match_content(text, gold, predicted, Matching::Strict);
    for &(g, p) in &cues {
        for (role, lenient, strict) in [
            ("source", &sources, &strict_sources),
            ("content", &contents, &strict),
        ] {
            if lenient.contains(&(g, p)) && !strict.contains(&(g, p)) {
                writeln!(out, "== {role} boundary {name}")?;
                case(out, text, Some(&gold[g]), Some(&predicted[p]))?;
            }
        }
    }
    Ok(())
}

/// `yes` when `hit`, else `no`.
fn pick(hit: bool, yes: &'static str, no: &'static str) -> &'static str {
    if hit {
        yes
    } else {
        no
    }
}

/// Which role of an attribution a section reports.
#[derive(Clone, Copy)]
enum Role {
    Source,
    Content,
}

impl Role {
    fn gold(self, item: &GoldAttribution) -> &[Span] {
        match self {
            Role::Source => &item.source,
            Role::Content => &item.content,
        }
    }

    fn predicted(self, item: &Predicted) -> Option<Span> {
        match self {
            Role::Source => item.source,
            Role::Content => item.content,
        }
    }
}

fn case(
    out: &mut impl Write,
    text: &str,
    gold: Option<&GoldAttribution>,
    predicted: Option<&Predicted>,
) -> io::Result<()> {
    let anchor = gold
        .and_then(|g| g.cue.first().copied())
        .or(predicted.map(|p| p.cue))
        .unwrap_or(Span::new(0, 0));
    writeln!(out, "  text: {}", paragraph(text, anchor))?;
    if let Some(g) = gold {
        writeln!(
            out,
            "  gold: cue «{}» source «{}» content «{}»",
            pieces(text, &g.cue),
            pieces(text, &g.source),
            pieces(text, &g.content)
        )?;
    }
    if let Some(p) = predicted {
        let show = |s: Option<Span>| s.map_or(String::new(), |s| s.slice(text).to_string());
        writeln!(
            out,
            "  pred: cue «{}» source «{}» content «{}»",
            p.cue.slice(text),
            show(p.source),
            show(p.content)
        )?;
    }
    Ok(())
}

fn pieces(text: &str, pieces: &[Span]) -> String {
    let words: Vec<&str> = pieces.iter().map(|p| p.slice(text)).collect();
    words.join(" … ")
}

/// The line holding `at`.
fn paragraph(text: &str, at: Span) -> &str {
    let start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at.start..]
        .find('\n')
        .map_or(text.len(), |i| at.start + i);
    &text[start..end]
}
