//! A self-contained annotated HTML page (no scripts, no external requests).

use crate::annotation::{EntityKind, SourceKind};
use crate::span::Span;
use crate::Analysis;
use std::fmt::Write;

/// Highlight classes, their legend labels and colours.
const KINDS: &[(&str, &str, &str)] = &[
    ("person", "Person", "#fde68a"),
    ("organization", "Organization", "#bfdbfe"),
    ("place", "Place", "#bbf7d0"),
    ("other", "Other name", "#e5e7eb"),
    ("quote", "Quotation", "#f5d0fe"),
    ("cue", "Attribution cue", "#fecaca"),
    ("source", "Source", "#fed7aa"),
    ("hedge", "Hedge", "#ddd6fe"),
];

/// Renders the analysis as a standalone HTML page.
pub fn render(analysis: &Analysis, title: &str) -> String {
    let text = analysis.document.text;
    let marks = highlight_marks(analysis);
    let mut page = String::new();
    page.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    let _ = write!(
        page,
        "<title>{} — sourcelight</title><style>{}</style></head><body>",
        escape(title),
        css()
    );
    let _ = write!(page, "<h1>sourcelight: {}</h1>", escape(title));
    page.push_str("<p class=\"legend\">");
    for (class, label, _) in KINDS {
        let count = marks.iter().filter(|(_, c)| c == class).count();
        let _ = write!(page, "<span class=\"{class}\">{label} ({count})</span> ");
    }
    page.push_str("</p><article>");
    // Only the marks that may reach the block go to it, taken in text
    // order (handing every mark to every block was quadratic).
    let mut by_start = marks.clone();
    by_start.sort_by_key(|(span, _)| span.start);
    let (mut next, mut live) = (0, Vec::new());
    for block in &analysis.document.blocks {
        while next < by_start.len() && by_start[next].0.start < block.span.end {
            live.push(by_start[next]);
            next += 1;
        }
        live.retain(|(span, _): &(Span, &str)| span.end > block.span.start);
        let tag = match block.kind {
            crate::document::blocks::BlockKind::Heading => "h2",
            crate::document::blocks::BlockKind::BlockQuote => "blockquote",
            crate::document::blocks::BlockKind::Code => "pre",
            _ => "p",
        };
        let _ = write!(page, "<{tag} class=\"block-{:?}\">", block.kind);
        render_block(text, block.span, &live, &mut page);
        let _ = write!(page, "</{tag}>");
    }
    page.push_str("</article>");
    render_sources(analysis, &mut page);
    page.push_str("</body></html>\n");
    page
}

/// Every highlighted span with its class.
fn highlight_marks(analysis: &Analysis) -> Vec<(Span, &'static str)> {
    let found = &analysis.annotations;
    let mut marks = Vec::new();
    for entity in &found.entities {
        let class = match entity.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        };
        marks.extend(entity.mentions.iter().map(|m| (m.span, class)));
    }
    marks.extend(found.quotes.iter().map(|q| (q.span, "quote")));
    for attribution in &found.attributions {
        marks.push((attribution.cue, "cue"));
        if let Some(source) = &attribution.source {
            marks.push((source.span, "source"));
        }
    }
    marks.extend(found.hedges.iter().map(|h| (h.span, "hedge")));
    marks
}

/// Writes a block's text cut at every mark boundary; each piece carries the
/// classes of the marks that cover it, so overlapping marks stay readable.
/// One sweep over the sorted boundaries keeps this linear in the marks.
fn render_block(text: &str, block: Span, marks: &[(Span, &str)], page: &mut String) {
    // (offset, class index, +1 opens / -1 closes)
    let mut events: Vec<(usize, usize, i32)> = Vec::new();
    for (span, class) in marks.iter().filter(|(s, _)| s.overlaps(block)) {
        let index = KINDS.iter().position(|(c, _, _)| c == class).unwrap_or(0);
        events.push((span.start.max(block.start), index, 1));
        events.push((span.end.min(block.end), index, -1));
    }
    events.sort_unstable();
    let mut active = [0i32; KINDS.len()];
    let mut at = block.start;
    let mut next = 0;
    while at < block.end {
        while next < events.len() && events[next].0 <= at {
            active[events[next].1] += events[next].2;
            next += 1;
        }
        let until = events.get(next).map_or(block.end, |e| e.0.min(block.end));
        let piece = escape(&text[at..until]);
        let classes: Vec<&str> = KINDS
            .iter()
            .zip(active)
            .filter(|(_, n)| *n > 0)
            .map(|((c, _, _), _)| *c)
            .collect();
        if classes.is_empty() {
            page.push_str(&piece);
        } else {
            let _ = write!(page, "<span class=\"{}\">{piece}</span>", classes.join(" "));
        }
        at = until;
    }
}

/// A table of who is cited for what.
fn render_sources(analysis: &Analysis, page: &mut String) {
    let text = analysis.document.text;
    let found = &analysis.annotations;
    page.push_str("<h2>Sources</h2><table><tr><th>Source</th><th>Kind</th><th>Via</th><th>Cue</th><th>Hedged</th></tr>");
    for a in &found.attributions {
        let source = a.source.as_ref().map_or("—", |s| s.span.slice(text));
        let via = a.via.as_ref().map_or("", |s| s.span.slice(text));
        let _ = write!(
            page,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(source),
            source_kind_label(a.source_kind),
            escape(via),
            escape(a.cue.slice(text)),
            if a.hedged { "yes" } else { "" }
        );
    }
    page.push_str("</table>");
}

/// A reader's words for a source kind.
pub fn source_kind_label(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Person => "named person",
        SourceKind::Organization => "organization",
        SourceKind::Anonymous => "anonymous",
        SourceKind::UnnamedGroup => "unnamed group",
        SourceKind::Document => "document",
        SourceKind::Unknown => "unknown",
    }
}

fn css() -> String {
    let mut css = String::from(
        "body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2937}\
         h1{font:600 1.2rem system-ui,sans-serif}.legend span{padding:0 .3em;margin-right:.3em;border-radius:3px;font:.85rem system-ui,sans-serif}\
         table{border-collapse:collapse;font:.9rem system-ui,sans-serif}td,th{border:1px solid #d1d5db;padding:.2em .5em;text-align:left}\
         .block-Navigation,.block-Credit,.block-Caption,.block-Byline{color:#6b7280;font-size:.85rem}\
         .quote{font-style:italic}.cue{text-decoration:underline double}.hedge{text-decoration:underline wavy #7c3aed}",
    );
    for (class, _, colour) in KINDS {
        let _ = write!(css, ".{class}{{background:{colour}}}");
    }
    css
}

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\0' => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, Options};

    #[test]
    fn hostile_markup_is_escaped() {
        let text = "<script>alert(1)</script> <img src=x onerror=alert(2)> said the note.";
        let analysis = annotate(text, &Options::default()).unwrap();
        let page = render(&analysis, "<b>t</b>");
        assert!(!page.contains("<script>alert"));
        assert!(!page.contains("<img"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(page.contains("&lt;b&gt;t&lt;/b&gt;"));
    }
}
