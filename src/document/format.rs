//! Input formats and the choice between them.

use serde::Serialize;

/// How the pasted text is to be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FormatChoice {
    /// Decide from the text ([`detect`]).
    #[default]
    Auto,
    /// Plain text: blocks are separated by blank lines.
    Text,
    /// CommonMark Markdown.
    Markdown,
}

impl std::str::FromStr for FormatChoice {
    type Err = String;

    fn from_str(name: &str) -> Result<FormatChoice, String> {
        match name {
            "auto" | "" => Ok(FormatChoice::Auto),
            "text" => Ok(FormatChoice::Text),
            "markdown" | "md" => Ok(FormatChoice::Markdown),
            other => Err(format!(
                "unknown format '{other}': use auto, text or markdown"
            )),
        }
    }
}

/// The format a text was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
}

impl FormatChoice {
    /// The format to read `text` as.
    pub fn resolve(self, text: &str) -> Format {
        match self {
            FormatChoice::Auto => detect(text),
            FormatChoice::Text => Format::Text,
            FormatChoice::Markdown => Format::Markdown,
        }
    }
}

/// Guesses whether `text` is Markdown from the syntax it uses.
///
/// One unmistakable sign (an ATX heading, a link, a fenced code block) or two
/// weaker ones (list items, block quotes, emphasis, setext underlines) make
/// it Markdown; news pasted from a web page has none of them.
pub fn detect(text: &str) -> Format {
    let mut score = 0;
    let mut previous_line = "";
    for line in text.lines().take(2_000) {
        let trimmed = line.trim_start();
        if is_atx_heading(trimmed) || trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            score += 2;
        } else if is_list_marker(trimmed)
            || trimmed.starts_with("> ")
            || (is_setext_underline(trimmed) && !previous_line.trim().is_empty())
        {
            score += 1;
        }
        if has_inline_link(line) {
            score += 2;
        }
        if has_emphasis(line) {
            score += 1;
        }
        if score >= 2 {
            return Format::Markdown;
        }
        previous_line = line;
    }
    Format::Text
}

fn is_atx_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
}

fn is_list_marker(line: &str) -> bool {
    if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits < 4
        && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

fn is_setext_underline(line: &str) -> bool {
    let line = line.trim_end();
    line.len() >= 3 && (line.bytes().all(|b| b == b'=') || line.bytes().all(|b| b == b'-'))
}

fn has_inline_link(line: &str) -> bool {
    line.match_indices("](")
        .any(|(i, _)| line[..i].contains('['))
}

fn has_emphasis(line: &str) -> bool {
    ["**", "__"].iter().any(|mark| {
        let mut parts = line.split(mark);
        parts.next();
        parts.next().is_some_and(|inner| {
            !inner.is_empty() && !inner.starts_with(' ') && line.matches(mark).count() >= 2
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_news_is_text() {
        let text =
            "Harbour Reopens\n\nThe port reopened on Monday, officials said.\n\nPhoto: J. Doe\n";
        assert_eq!(detect(text), Format::Text);
    }

    #[test]
    fn headings_links_and_fences_are_markdown() {
        assert_eq!(detect("# Harbour Reopens\n\nText."), Format::Markdown);
        assert_eq!(detect("See [the report](report.html)."), Format::Markdown);
        assert_eq!(detect("```\ncode\n```"), Format::Markdown);
    }

    #[test]
    fn two_weak_signs_make_markdown() {
        assert_eq!(detect("- one\n- two\n"), Format::Markdown);
        assert_eq!(detect("A **bold** claim.\n> quoted\n"), Format::Markdown);
        assert_eq!(detect("- a lone dash line\nand prose"), Format::Text);
    }

    #[test]
    fn parses_format_names() {
        assert_eq!("markdown".parse(), Ok(FormatChoice::Markdown));
        assert!("html".parse::<FormatChoice>().is_err());
    }
}
