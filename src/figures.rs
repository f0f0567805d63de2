//! The evaluation figures, checked in (`figures.txt` at the root of the
//! repository): `eval-attributions`, `eval-hedges` and `eval-ner` with
//! `--check` compare what they measure against it, so that a change that
//! moves accuracy says so. A figure that moves by more than the file's
//! tolerance fails the check; an improvement is updated in the file by
//! hand, in the commit that makes it.

use std::process::ExitCode;

/// The checked-in figures.
const FIGURES: &str = include_str!("../figures.txt");

/// One recorded figure: the tool, the figure's name, its value.
type Figure<'t> = (&'t str, &'t str, f64);

/// The figures file read: its tolerance and its figures.
fn read(text: &str) -> Result<(f64, Vec<Figure<'_>>), String> {
    let mut tolerance = None;
    let mut figures = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || format!("figures.txt line {}: expected 'tool: name = value'", n + 1);
        let (left, value) = line.rsplit_once('=').ok_or_else(bad)?;
        let value: f64 = value.trim().parse().map_err(|_| bad())?;
        match left.split_once(':') {
            Some((tool, name)) => figures.push((tool.trim(), name.trim(), value)),
            None if left.trim() == "tolerance" => tolerance = Some(value),
            None => return Err(bad()),
        }
    }
    Ok((
        tolerance.ok_or("figures.txt has no tolerance line")?,
        figures,
    ))
}

/// Compares `measured` (name, value) with the figures recorded for
/// `tool`; returns the report, and whether every figure held.
pub fn check(tool: &str, measured: &[(String, f64)]) -> Result<(String, bool), String> {
    check_against(FIGURES, tool, measured)
}

fn check_against(
    text: &str,
    tool: &str,
    measured: &[(String, f64)],
) -> Result<(String, bool), String> {
    let (tolerance, figures) = read(text)?;
    let recorded: Vec<(&str, f64)> = figures
        .iter()
        .filter(|(t, _, _)| *t == tool)
        .map(|&(_, name, value)| (name, value))
        .collect();
    if recorded.is_empty() {
        return Err(format!("figures.txt has no figures of {tool}"));
    }
    let mut report = String::new();
    let mut held = true;
    for (name, value) in measured {
        let line = match recorded.iter().find(|(n, _)| n == name) {
            Some(&(_, was)) if (value - was).abs() <= tolerance + 1e-9 => {
                format!("  ok     {name}: {value:.3} (recorded {was:.3})")
            }
            Some(&(_, was)) => {
                held = false;
                format!("  MOVED  {name}: {value:.3} (recorded {was:.3}, tolerance {tolerance})")
            }
            None => {
                held = false;
                format!("  NEW    {name}: {value:.3} (not in figures.txt)")
            }
        };
        report.push_str(&line);
        report.push('\n');
    }
    for (name, _) in &recorded {
        if !measured.iter().any(|(n, _)| n == name) {
            held = false;
            report.push_str(&format!("  GONE   {name}: recorded, no longer measured\n"));
        }
    }
    Ok((report, held))
}

/// Prints the check of `figures` for `tool` against `figures.txt`:
/// success when every figure held, failure (with a message) otherwise.
pub fn verdict(tool: &str, figures: &[(String, f64)]) -> ExitCode {
    match check(tool, figures) {
        Ok((report, held)) => {
            println!("check against figures.txt:\n{report}");
            if held {
                ExitCode::SUCCESS
            } else {
                eprintln!("{tool}: figures moved (update figures.txt if that is meant)");
                ExitCode::FAILURE
            }
        }
        Err(message) => {
            eprintln!("{tool}: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_has_a_tolerance_and_every_tool() {
        let (tolerance, figures) = read(FIGURES).expect("figures.txt reads");
        assert!(tolerance > 0.0);
        for tool in ["eval-attributions", "eval-hedges", "eval-ner"] {
            assert!(figures.iter().any(|(t, _, _)| *t == tool), "{tool}");
        }
    }

    #[test]
    fn a_moved_missing_or_new_figure_fails_the_check() {
        let file = "tolerance = 0.002\ntool: a F1 = 0.500\ntool: b F1 = 0.700\n";
        let both = |a: f64| vec![("a F1".to_string(), a), ("b F1".to_string(), 0.7)];
        assert!(check_against(file, "tool", &both(0.5015)).unwrap().1);
        let (report, held) = check_against(file, "tool", &both(0.51)).unwrap();
        assert!(!held && report.contains("MOVED  a F1"));
        assert!(!check_against(file, "tool", &both(0.5)[..1]).unwrap().1);
        let mut new = both(0.5);
        new.push(("c F1".into(), 0.1));
        assert!(!check_against(file, "tool", &new).unwrap().1);
        assert!(check_against(file, "other", &new).is_err());
        assert!(read("tool: a F1 = x").is_err());
        assert!(read("tool: a F1 = 0.5").is_err(), "no tolerance");
    }
}
