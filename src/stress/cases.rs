//! Reads `tests/hostile/cases.txt`: inputs that once crashed, hung or
//! bloated the annotator, each built from a short recipe.
//!
//! A case is a line `name [max=SECONDS]: RECIPE` after a comment line
//! saying why it is there. A recipe joins terms with ` + `; a term is a
//! JSON string or `COUNT * "string"`.

/// One hostile input.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    /// A short name.
    pub name: String,
    /// Why the case is there (the comment above it).
    pub why: String,
    /// Seconds a release build must stay under at full size.
    pub max_seconds: Option<f64>,
    /// The recipe: each piece with how often it repeats.
    pub terms: Vec<(usize, String)>,
}

impl Case {
    /// The input at full size.
    pub fn text(&self) -> String {
        self.terms.iter().map(|(n, s)| s.repeat(*n)).collect()
    }

    /// The input with every repeated piece cut down in the same proportion
    /// so that it takes at most about `max_bytes` (at least one repetition
    /// of each piece is kept).
    pub fn scaled(&self, max_bytes: usize) -> String {
        let full: usize = self.terms.iter().map(|(n, s)| n * s.len()).sum();
        if full <= max_bytes {
            return self.text();
        }
        self.terms
            .iter()
            .map(|(n, s)| {
                let kept = if *n > 1 {
                    (n * max_bytes / full).max(1)
                } else {
                    *n
                };
                s.repeat(kept)
            })
            .collect()
    }
}

/// Parses the cases of `source`; the error names the line.
pub fn parse(source: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut why = String::new();
    for (number, line) in source.lines().enumerate() {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix('#') {
            why = comment.trim().to_string();
        } else if !line.is_empty() {
            let case = parse_case(line, &why).map_err(|e| format!("line {}: {e}", number + 1))?;
            cases.push(case);
            why.clear();
        }
    }
    Ok(cases)
}

fn parse_case(line: &str, why: &str) -> Result<Case, String> {
    if why.is_empty() {
        return Err("a case needs a comment line saying why it is there".into());
    }
    let (head, recipe) = line.split_once(": ").ok_or("expected 'name: recipe'")?;
    let mut words = head.split_whitespace();
    let name = words.next().ok_or("no name")?.to_string();
    let max_seconds = match words.next() {
        Some(max) => Some(
            max.strip_prefix("max=")
                .and_then(|s| s.parse::<f64>().ok())
                .ok_or(format!("expected max=SECONDS, found '{max}'"))?,
        ),
        None => None,
    };
    let terms = parse_recipe(recipe)?;
    Ok(Case {
        name,
        why: why.to_string(),
        max_seconds,
        terms,
    })
}

/// Parses `term + term + …`, reading each string to its closing quote so
/// that a `+` inside a string is not taken for a separator.
fn parse_recipe(recipe: &str) -> Result<Vec<(usize, String)>, String> {
    let mut terms = Vec::new();
    let mut rest = recipe.trim();
    loop {
        let (count, after) = match rest.split_once(" * ") {
            Some((count, after)) if !count.contains('"') => (
                count
                    .trim()
                    .parse::<usize>()
                    .map_err(|_| format!("bad count '{count}'"))?,
                after,
            ),
            _ => (1, rest),
        };
        let (piece, after) = json_string(after)?;
        terms.push((count, piece));
        rest = after.trim_start();
        if rest.is_empty() {
            return Ok(terms);
        }
        rest = rest
            .strip_prefix('+')
            .ok_or(format!("expected '+' before '{rest}'"))?
            .trim_start();
    }
}

/// Reads the JSON string that opens `source`; returns it and the rest.
fn json_string(source: &str) -> Result<(String, &str), String> {
    let body = source
        .strip_prefix('"')
        .ok_or(format!("expected a string at '{source}'"))?;
    let mut out = String::new();
    let mut chars = body.char_indices();
    let mut pending_high: Option<u32> = None;
    while let Some((i, c)) = chars.next() {
        let unit = match c {
            '"' => return Ok((out, &body[i + 1..])),
            '\\' => match chars.next().map(|(_, e)| e) {
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).map(|(_, h)| h).collect();
                    u32::from_str_radix(&hex, 16).map_err(|_| format!("bad escape \\u{hex}"))?
                }
                Some(e) => u32::from(match e {
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    '"' | '\\' | '/' => e,
                    _ => return Err(format!("bad escape \\{e}")),
                }),
                None => break,
            },
            c => u32::from(c),
        };
        match (pending_high.take(), unit) {
            (Some(high), 0xDC00..=0xDFFF) => {
                let code = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00);
                out.extend(char::from_u32(code));
            }
            (None, 0xD800..=0xDBFF) => pending_high = Some(unit),
            (None, _) => out.push(char::from_u32(unit).ok_or("a lone surrogate")?),
            (Some(_), _) => return Err("a lone surrogate".into()),
        }
    }
    Err("a string without its closing quote".into())
}

/// The cases shipped in `tests/hostile/cases.txt`.
pub fn shipped() -> Vec<Case> {
    parse(include_str!("../../tests/hostile/cases.txt")).expect("tests/hostile/cases.txt parses")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recipe_repeats_and_joins_its_terms() {
        let cases = parse("# why\nt max=2: \"a + b\" + 3 * \"x\\n\" + \"!\"").unwrap();
        assert_eq!(cases[0].name, "t");
        assert_eq!(cases[0].why, "why");
        assert_eq!(cases[0].max_seconds, Some(2.0));
        assert_eq!(cases[0].text(), "a + bx\nx\nx\n!");
        let escaped = &parse("# why\nt: \"\\\"\\u00e9\\ud83c\\udf89\\u0000\"").unwrap()[0];
        assert_eq!(escaped.text(), "\"é🎉\0");
    }

    #[test]
    fn scaling_cuts_repeated_pieces_in_proportion() {
        let case = &parse("# why\nt: \"<\" + 1000 * \"ab\" + 10 * \"c\"").unwrap()[0];
        let small = case.scaled(201);
        assert_eq!(small, format!("<{}{}", "ab".repeat(99), "c"));
    }

    #[test]
    fn a_case_without_a_reason_or_with_a_bad_term_is_an_error() {
        assert!(parse("t: \"a\"").unwrap_err().contains("line 1"));
        assert!(parse("# why\nt: x * \"a\"").is_err());
        assert!(parse("# why\nt: \"a\" \"b\"").is_err());
    }

    #[test]
    fn every_shipped_case_parses_with_a_reason() {
        let cases = shipped();
        assert!(cases.len() >= 9);
        assert!(cases
            .iter()
            .all(|c| !c.why.is_empty() && !c.text().is_empty()));
    }
}
