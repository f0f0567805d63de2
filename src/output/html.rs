//! A self-contained annotated HTML page (no scripts, no external requests).

use crate::annotation::{Attribution, EntityKind, SourceKind};
use crate::span::Span;
use crate::summary::profile;
use crate::summary::words::source_kind;
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

/// Renders the analysis as a standalone HTML page. Its title is the
/// article's own first heading, else `fallback_title` (the file name).
/// Each source and each credited quotation carries a footnote number that
/// links to its row in the sources table, so the speaker and the source's
/// kind read without script and in print.
pub fn render(analysis: &Analysis, fallback_title: &str) -> String {
    let text = analysis.document.text;
    let title = headline(analysis).unwrap_or(fallback_title);
    let marks = highlight_marks(analysis);
    let refs = footnote_refs(analysis);
    let mut page = String::new();
    page.push_str("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    page.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
    let _ = write!(
        page,
        "<title>{}</title><style>{}</style></head><body>",
        escape(title),
        css()
    );
    let _ = write!(page, "<h1>{}</h1>", escape(title));
    let summary = profile(&analysis.document, &analysis.annotations);
    let _ = write!(page, "<p class=\"summary\">{}</p>", escape(&summary.text));
    page.push_str("<p class=\"legend\">");
    for (class, label, _) in KINDS {
        let count = marks.iter().filter(|(_, c)| c == class).count();
        let _ = write!(page, "<span class=\"{class}\">{label} ({count})</span> ");
    }
    page.push_str("</p><article>");
    for block in &analysis.document.blocks {
        let tag = match block.kind {
            crate::document::blocks::BlockKind::Heading => "h2",
            crate::document::blocks::BlockKind::BlockQuote => "blockquote",
            crate::document::blocks::BlockKind::Code => "pre",
            _ => "p",
        };
        let _ = write!(page, "<{tag} class=\"block-{:?}\">", block.kind);
        render_block(text, block.span, &marks, &refs, &mut page);
        let _ = write!(page, "</{tag}>");
    }
    page.push_str("</article>");
    render_sources(analysis, &mut page);
    page.push_str("</body></html>\n");
    page
}

/// The article's first heading, if it has one.
fn headline<'a>(analysis: &'a Analysis) -> Option<&'a str> {
    analysis
        .document
        .blocks
        .iter()
        .find(|b| b.kind == crate::document::blocks::BlockKind::Heading)
        .map(|b| b.span.slice(analysis.document.text).trim())
        .filter(|words| !words.is_empty())
}

/// Where a footnote number follows the text: after each source and each
/// credited quotation, the index of its attribution; sorted by offset.
fn footnote_refs(analysis: &Analysis) -> Vec<(usize, usize)> {
    let found = &analysis.annotations;
    let mut refs: Vec<(usize, usize)> = found
        .quotes
        .iter()
        .filter_map(|q| q.attribution.map(|a| (q.span.end, a)))
        .collect();
    for (i, a) in found.attributions.iter().enumerate() {
        refs.push((a.source.map_or(a.cue.end, |s| s.span.end), i));
    }
    refs.sort_unstable();
    refs.dedup();
    refs
}

/// Who an attribution credits, as the page says it (www/sources.js): the
/// core's speaker, "unresolved: he" when it names no one.
fn speaker(analysis: &Analysis, attribution: &Attribution) -> String {
    let found = &analysis.annotations;
    match crate::detect::speaker::of(analysis.document.text, &found.entities, attribution) {
        None => source_kind(SourceKind::Unknown).one.to_string(),
        Some(s) if s.resolved => s.name,
        Some(s) => format!("unresolved: {}", s.name),
    }
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
fn render_block(
    text: &str,
    block: Span,
    marks: &[(Span, &str)],
    refs: &[(usize, usize)],
    page: &mut String,
) {
    // (offset, class index, +1 opens / -1 closes)
    let mut events: Vec<(usize, usize, i32)> = Vec::new();
    for (span, class) in marks.iter().filter(|(s, _)| s.overlaps(block)) {
        let index = KINDS.iter().position(|(c, _, _)| c == class).unwrap_or(0);
        events.push((span.start.max(block.start), index, 1));
        events.push((span.end.min(block.end), index, -1));
    }
    let first_ref = refs.partition_point(|&(at, _)| at <= block.start);
    let refs = &refs[first_ref..refs.partition_point(|&(at, _)| at <= block.end)];
    events.sort_unstable();
    let mut next_ref = 0;
    let mut active = [0i32; KINDS.len()];
    let mut at = block.start;
    let mut next = 0;
    while at < block.end {
        while next < events.len() && events[next].0 <= at {
            active[events[next].1] += events[next].2;
            next += 1;
        }
        let until = events.get(next).map_or(block.end, |e| e.0.min(block.end));
        let until = refs.get(next_ref).map_or(until, |r| r.0.min(until));
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
        while refs.get(next_ref).is_some_and(|r| r.0 == until) {
            let n = refs[next_ref].1 + 1;
            let _ = write!(page, "<sup class=\"ref\"><a href=\"#a{n}\">{n}</a></sup>");
            next_ref += 1;
        }
        at = until;
    }
}

/// A table of who is cited for what, one numbered row per attribution.
fn render_sources(analysis: &Analysis, page: &mut String) {
    let text = analysis.document.text;
    let found = &analysis.annotations;
    page.push_str("<h2>Sources</h2><table><tr><th>#</th><th>Speaker</th><th>Source as written</th><th>Kind</th><th>Via</th><th>Cue</th><th>Direct</th><th>Hedged</th></tr>");
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    for (i, a) in found.attributions.iter().enumerate() {
        let written = a.source.as_ref().map_or("—", |s| s.span.slice(text));
        let via = a.via.as_ref().map_or("—", |s| s.span.slice(text));
        let _ = write!(
            page,
            "<tr id=\"a{n}\"><td>{n}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&speaker(analysis, a)),
            escape(written),
            source_kind(a.source_kind).one,
            escape(via),
            escape(a.cue.slice(text)),
            yes_no(a.direct),
            yes_no(a.hedged),
            n = i + 1,
        );
    }
    page.push_str("</table>");
}

fn css() -> String {
    let mut css = String::from(
        "body{font:17px/1.6 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2937}\
         h1{font:600 1.2rem system-ui,sans-serif}.legend span{padding:0 .3em;margin-right:.3em;border-radius:3px;font:.85rem system-ui,sans-serif}\
         table{border-collapse:collapse;font:.9rem system-ui,sans-serif}td,th{border:1px solid #d1d5db;padding:.2em .5em;text-align:left}\
         .block-Navigation,.block-Credit,.block-Caption,.block-Byline{color:#6b7280;font-size:.85rem}\
         .summary{font:.95rem/1.5 system-ui,sans-serif}.ref{font:.7rem system-ui,sans-serif}\
         @media print{.legend span,td,th{print-color-adjust:exact;-webkit-print-color-adjust:exact}}\
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

    #[test]
    fn the_page_is_titled_by_the_headline_and_names_each_speaker() {
        let text = "# Ferry Vote Delayed\n\n\u{201C}We need more time,\u{201D} Ines Moreau said. \
            She said the vote would wait. Critics said the delay was costly.";
        let analysis = annotate(text, &Options::default()).unwrap();
        let page = render(&analysis, "ferry.md");
        assert!(page.contains("<title>Ferry Vote Delayed</title>"), "{page}");
        assert!(page.contains("<td>Ines Moreau</td>"), "{page}");
        assert!(page.contains("<td>unnamed group</td>"), "{page}");
        assert!(
            page.contains("<td>no</td>"),
            "a plain no, never an empty cell"
        );
        assert!(page.contains("<sup class=\"ref\"><a href=\"#a1\">1</a></sup>"));
        assert!(
            page.contains("The article has 3 attributions"),
            "the core's summary"
        );
        assert!(
            page.contains("<td>2</td><td>Ines Moreau</td><td>She</td>"),
            "a pronoun is shown as written, never as the speaker: {page}"
        );
    }
}
