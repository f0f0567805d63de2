//! Whole-article snapshots: our own articles annotated and rendered
//! readably (each annotation's text under its label), compared with
//! `tests/snapshots/*.snap`. Run with `UPDATE_SNAPSHOTS=1` to rewrite them
//! after an intended change, and read the diff.

use sourcelight::annotation::Annotations;
use sourcelight::span::Span;
use sourcelight::{annotate, Options};
use std::fmt::Write;
use std::path::Path;

fn show(text: &str, span: Span) -> String {
    format!("{:?} @{}..{}", span.slice(text), span.start, span.end)
}

fn render(text: &str, found: &Annotations, blocks: &[(String, Span)]) -> String {
    let mut out = String::new();
    out.push_str("## blocks\n");
    for (kind, span) in blocks {
        let _ = writeln!(out, "{kind:<10} {}", show(text, *span));
    }
    out.push_str("## entities\n");
    for entity in &found.entities {
        let mentions: Vec<String> = entity.mentions.iter().map(|m| show(text, m.span)).collect();
        let _ = writeln!(
            out,
            "{:?} {:?}: {}",
            entity.kind,
            entity.name,
            mentions.join(", ")
        );
    }
    out.push_str("## quotes\n");
    for quote in &found.quotes {
        let _ = writeln!(
            out,
            "{:?} {} -> attribution {:?}",
            quote.kind,
            show(text, quote.span),
            quote.attribution
        );
    }
    out.push_str("## attributions\n");
    for (i, a) in found.attributions.iter().enumerate() {
        let _ = writeln!(out, "[{i}] cue {}", show(text, a.cue));
        if let Some(source) = &a.source {
            let _ = writeln!(
                out,
                "    source {} entity {:?} ({:?})",
                show(text, source.span),
                source.entity,
                a.source_kind
            );
        }
        if let Some(via) = &a.via {
            let _ = writeln!(
                out,
                "    via {} entity {:?}",
                show(text, via.span),
                via.entity
            );
        }
        if let Some(content) = a.content {
            let _ = writeln!(out, "    content {}", show(text, content));
        }
        let _ = writeln!(out, "    direct {} hedged {}", a.direct, a.hedged);
    }
    out.push_str("## hedges\n");
    for hedge in &found.hedges {
        let _ = writeln!(
            out,
            "{:?} {} in_quote {}",
            hedge.kind,
            show(text, hedge.span),
            hedge.in_quote
        );
    }
    out
}

fn check_snapshot(article: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let text = std::fs::read_to_string(dir.join("articles").join(article)).unwrap();
    let analysis = annotate(&text, &Options::default()).unwrap();
    let blocks: Vec<(String, Span)> = analysis
        .document
        .blocks
        .iter()
        .map(|b| (format!("{:?}", b.kind), b.span))
        .collect();
    let rendered = render(&text, &analysis.annotations, &blocks);
    let snap = dir.join("snapshots").join(format!("{article}.snap"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&snap, &rendered).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&snap).unwrap_or_default();
    if expected != rendered {
        let first_diff = expected
            .lines()
            .zip(rendered.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "snapshot {} differs from line {}:\n expected: {:?}\n   actual: {:?}\n(rerun with UPDATE_SNAPSHOTS=1 if the change is intended)",
            snap.display(),
            first_diff + 1,
            expected.lines().nth(first_diff),
            rendered.lines().nth(first_diff)
        );
    }
}

#[test]
fn harbour_dispute_article() {
    check_snapshot("harbour-dispute.txt");
}
