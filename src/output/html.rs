//! A self-contained annotated HTML page (no scripts, no external requests),
//! the CLI's `--html`. It is dressed in the browser page's own stylesheets
//! (`www/style.css`, `www/panel.css`, embedded at build time) and uses the
//! page's markup for highlights (`<span class="hl" data-kind=…>`), legend
//! and summary, so its colours are the page's and cannot drift. The page's
//! "Download HTML page" freezes the page itself (www/exports.js), with the
//! reader's corrections; this one is for annotating files without a browser.

use crate::annotation::{Attribution, EntityKind, SourceKind, Speaker};
use crate::document::blocks::BlockKind;
use crate::span::Span;
use crate::summary::profile;
use crate::summary::words::{
    source_kind, source_nature, speaker_label, HighlightKind, HIGHLIGHT_KINDS,
};
use crate::Analysis;
use std::fmt::Write;

/// The browser page's stylesheets.
const PAGE_CSS: [&str; 2] = [
    include_str!("../../www/style.css"),
    include_str!("../../www/panel.css"),
];

/// Rules for what only this page has: the sources table.
const OWN_CSS: &str = "body{margin:0}.sources-table{border-collapse:collapse;font:.9rem system-ui,sans-serif;background:var(--surface)}\
    .sources-table td,.sources-table th{border:1px solid var(--line);padding:.2em .5em;text-align:left;vertical-align:top}";

/// One highlight: its span, its kind (index into [`HIGHLIGHT_KINDS`]) and its extra
/// `data-*` attributes.
struct Mark {
    span: Span,
    kind: usize,
    data: String,
}

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
    page.push_str("<meta name=\"color-scheme\" content=\"light dark\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    let _ = write!(page, "<title>{}</title><style>", escape(title));
    for css in PAGE_CSS.iter().chain([&OWN_CSS]) {
        page.push_str(&css.replace("</", "<\\/"));
    }
    page.push_str("</style></head><body><main class=\"frozen\"><header class=\"export-head\">");
    let _ = write!(page, "<h1>{}</h1>", escape(title));
    page.push_str("<p class=\"export-made\">Annotated by the sourcelight command line. The marks are pointers, not verdicts.</p></header>");
    let summary = profile(&analysis.document, &analysis.annotations);
    let _ = write!(page, "<p class=\"profile\">{}</p>", escape(&summary.text));
    page.push_str("<div class=\"legend\">");
    for (i, HighlightKind { kind, label, .. }) in HIGHLIGHT_KINDS.iter().enumerate() {
        let count = marks.iter().filter(|m| m.kind == i).count();
        let _ = write!(
            page,
            "<span class=\"legend-item\"><span class=\"swatch\" data-swatch=\"{kind}\">Ab</span> \
             <span class=\"legend-label\">{label}</span> <span class=\"legend-count\">{count}</span></span>"
        );
    }
    page.push_str("</div><article class=\"reading\">");
    // Only the marks that may reach a block go to it, taken in text order
    // (handing every mark to every block was quadratic).
    let mut by_start: Vec<usize> = (0..marks.len()).collect();
    by_start.sort_by_key(|&i| marks[i].span.start);
    let (mut next, mut live) = (0, Vec::new());
    for block in &analysis.document.blocks {
        while next < by_start.len() && marks[by_start[next]].span.start < block.span.end {
            live.push(by_start[next]);
            next += 1;
        }
        live.retain(|&i| marks[i].span.end > block.span.start);
        let (tag, class) = block_tag(block.kind);
        let _ = write!(page, "<{tag} class=\"block-{class}\">");
        let shown = Shown {
            text,
            markup: &analysis.document.markup,
        };
        render_block(&shown, block.span, &marks, &live, &refs, &mut page);
        let _ = write!(page, "</{tag}>");
    }
    page.push_str("</article>");
    render_sources(analysis, &mut page);
    page.push_str("</main></body></html>\n");
    page
}

/// The element and class (as the page names them) of a block.
fn block_tag(kind: BlockKind) -> (&'static str, &'static str) {
    match kind {
        BlockKind::Heading => ("h2", "heading"),
        BlockKind::Paragraph => ("p", "paragraph"),
        BlockKind::ListItem => ("p", "list_item"),
        BlockKind::BlockQuote => ("blockquote", "block_quote"),
        BlockKind::Caption => ("p", "caption"),
        BlockKind::Credit => ("p", "credit"),
        BlockKind::Byline => ("p", "byline"),
        BlockKind::Navigation => ("p", "navigation"),
        BlockKind::Code => ("pre", "code"),
    }
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

/// Who an attribution credits, as the page says it: the core's speaker
/// label ("unresolved: he" when it names no one).
/// Also how its source reads: "named person", "named people" for names
/// joined in one source, or "person, name not found" when the speaker is
/// unresolved.
fn speaker(attribution: &Attribution, shown: Option<Speaker>) -> (String, &'static str) {
    let nature = source_nature(
        attribution.source_kind,
        shown.as_ref().is_none_or(|s| s.resolved),
    );
    match shown {
        None => (source_kind(SourceKind::Unknown).one.to_string(), nature.one),
        Some(s) if !s.joined.is_empty() => (s.name, nature.many),
        Some(s) => (speaker_label(&s), nature.one),
    }
}

/// Every highlight, as the page marks it.
fn highlight_marks(analysis: &Analysis) -> Vec<Mark> {
    let found = &analysis.annotations;
    let kind = |name: &str| {
        HIGHLIGHT_KINDS
            .iter()
            .position(|k| k.kind == name)
            .unwrap_or(0)
    };
    let mut marks = Vec::new();
    for entity in &found.entities {
        let name = match entity.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        };
        marks.extend(entity.mentions.iter().map(|m| Mark {
            span: m.span,
            kind: kind(name),
            data: String::new(),
        }));
    }
    marks.extend(found.quotes.iter().map(|q| Mark {
        span: q.span,
        kind: kind("quote"),
        data: String::new(),
    }));
    for a in &found.attributions {
        let source_kind = serde_name(a.source_kind);
        marks.push(Mark {
            span: a.cue,
            kind: kind("cue"),
            data: String::new(),
        });
        if let Some(source) = &a.source {
            marks.push(Mark {
                span: source.span,
                kind: kind("source"),
                data: format!(" data-source-kind=\"{source_kind}\""),
            });
        }
        if let Some(via) = &a.via {
            marks.push(Mark {
                span: via.span,
                kind: kind("source"),
                data: " data-via=\"true\"".to_string(),
            });
        }
        if let Some(content) = a.content {
            marks.push(Mark {
                span: content,
                kind: kind("content"),
                data: String::new(),
            });
        }
    }
    marks.extend(found.hedges.iter().map(|h| Mark {
        span: h.span,
        kind: kind("hedge"),
        data: String::new(),
    }));
    marks
}

/// A source kind as the JSON names it.
fn serde_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Person => "person",
        SourceKind::Organization => "organization",
        SourceKind::Anonymous => "anonymous",
        SourceKind::UnnamedGroup => "unnamed_group",
        SourceKind::Document => "document",
        SourceKind::Unknown => "unknown",
    }
}

/// The text as a reader sees it: without the Markdown syntax characters.
struct Shown<'a> {
    text: &'a str,
    /// Sorted, disjoint spans of Markdown syntax.
    markup: &'a [Span],
}

impl Shown<'_> {
    /// The text of `[start, end)` without the markup inside it.
    fn between(&self, start: usize, end: usize) -> String {
        let first = self.markup.partition_point(|m| m.end <= start);
        let mut out = String::new();
        let mut at = start;
        for m in self.markup[first..].iter().take_while(|m| m.start < end) {
            if m.start > at {
                out.push_str(&self.text[at..m.start]);
            }
            at = at.max(m.end);
        }
        if at < end {
            out.push_str(&self.text[at..end]);
        }
        out
    }
}

/// Writes a block's text cut at every mark boundary; each piece is wrapped
/// in one `<span class="hl">` per mark covering it, outermost by rank, so
/// overlapping marks nest as in the page. One sweep over the sorted
/// boundaries keeps this linear in the `live` marks (indices into `marks`)
/// that may reach the block.
fn render_block(
    shown: &Shown,
    block: Span,
    marks: &[Mark],
    live: &[usize],
    refs: &[(usize, usize)],
    page: &mut String,
) {
    // (offset, closes before opens, mark index)
    let mut events: Vec<(usize, bool, usize)> = Vec::new();
    for &i in live {
        let mark = &marks[i];
        if !mark.span.is_empty() && mark.span.overlaps(block) {
            events.push((mark.span.start.max(block.start), true, i));
            events.push((mark.span.end.min(block.end), false, i));
        }
    }
    events.sort_unstable_by_key(|&(at, opens, _)| (at, opens));
    let first_ref = refs.partition_point(|&(at, _)| at <= block.start);
    let refs = &refs[first_ref..refs.partition_point(|&(at, _)| at <= block.end)];
    let mut active: Vec<usize> = Vec::new();
    let (mut at, mut next, mut next_ref) = (block.start, 0, 0);
    while at < block.end {
        while next < events.len() && events[next].0 <= at {
            let (_, opens, i) = events[next];
            if opens {
                active.push(i);
            } else {
                active.retain(|&a| a != i);
            }
            next += 1;
        }
        let until = events.get(next).map_or(block.end, |e| e.0.min(block.end));
        let until = refs.get(next_ref).map_or(until, |r| r.0.min(until));
        active.sort_by_key(|&i| {
            (
                HIGHLIGHT_KINDS[marks[i].kind].rank,
                std::cmp::Reverse(marks[i].span.len()),
            )
        });
        for &i in &active {
            let _ = write!(
                page,
                "<span class=\"hl\" data-kind=\"{}\"{}>",
                HIGHLIGHT_KINDS[marks[i].kind].kind, marks[i].data
            );
        }
        page.push_str(&escape(&shown.between(at, until)));
        page.push_str(&"</span>".repeat(active.len()));
        while refs.get(next_ref).is_some_and(|r| r.0 == until) {
            let n = refs[next_ref].1 + 1;
            let _ = write!(
                page,
                "<sup class=\"fn-ref\"><a href=\"#a{n}\">{n}</a></sup>"
            );
            next_ref += 1;
        }
        at = until;
    }
}

/// A table of who is cited for what, one numbered row per attribution.
fn render_sources(analysis: &Analysis, page: &mut String) {
    let text = analysis.document.text;
    let found = &analysis.annotations;
    page.push_str("<h2>Who is credited</h2><table class=\"sources-table\"><tr><th>#</th><th>Speaker</th><th>Source as written</th><th>Kind</th><th>Via</th><th>Cue</th><th>Direct</th><th>Hedged</th></tr>");
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let speakers = crate::detect::speaker::all(text, &found.entities, &found.attributions);
    for (i, (a, shown)) in found.attributions.iter().zip(speakers).enumerate() {
        let (speaker, nature) = speaker(a, shown);
        let written = a.source.as_ref().map_or("—", |s| s.span.slice(text));
        let via = a.via.as_ref().map_or("—", |s| s.span.slice(text));
        let _ = write!(
            page,
            "<tr id=\"a{n}\"><td>{n}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&speaker),
            escape(written),
            nature,
            escape(via),
            escape(a.cue.slice(text)),
            yes_no(a.direct),
            yes_no(a.hedged),
            n = i + 1,
        );
    }
    page.push_str("</table>");
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
        assert!(page.contains("<sup class=\"fn-ref\"><a href=\"#a1\">1</a></sup>"));
        assert!(
            page.contains("<span class=\"hl\" data-kind=\"source\" data-source-kind=\"person\"><span class=\"hl\" data-kind=\"person\">Ines Moreau</span></span>"),
            "marks nest as in the page: {page}"
        );
        assert!(
            page.contains(".hl[data-kind=\"quote\"]"),
            "the page's own stylesheet"
        );
        assert!(
            page.contains("The article has 3 attributions"),
            "the core's summary"
        );
        assert!(
            page.contains("<td>2</td><td>Ines Moreau</td><td>She</td>"),
            "a pronoun is shown as written, never as the speaker: {page}"
        );
    }

    #[test]
    fn a_joined_source_reads_in_the_plural() {
        let text = "Mara Lind and Tomas Greve said the berth was unsafe.";
        let page = render(&annotate(text, &Options::default()).unwrap(), "berth.txt");
        let row = "<td>Mara Lind and Tomas Greve</td><td>Mara Lind and Tomas Greve</td><td>named people</td>";
        assert!(page.contains(row), "{page}");
    }

    #[test]
    fn markdown_syntax_is_hidden_as_in_the_page() {
        let text =
            "# Ferry Notes\n\nThe *council* met, [the minutes](https://example.org/m) say.\n";
        let analysis = annotate(text, &Options::default()).unwrap();
        let page = render(&analysis, "notes.md");
        assert!(page.contains("the minutes"), "{page}");
        assert!(
            !page.contains("](") && !page.contains("*council*"),
            "{page}"
        );
    }
}
