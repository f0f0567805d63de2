//! Prints the speaker score ([`crate::speakers`]): the table by kind of
//! case, the bare pronouns shown, the wrong speakers by cause, and the
//! listing of wrong cases.

use crate::referents::Referents;
use crate::speakers::{SpeakerScores, Tally, WrongCase};
use std::io::{self, Write};

/// A share as "0.904 (964/1066)".
fn share(part: usize, whole: usize) -> String {
    let value = if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    };
    format!("{value:.3} ({part}/{whole})")
}

impl SpeakerScores {
    /// Prints the speaker table: by kind of case and over all, the speaker
    /// right over all cases and over the found ones; the bare pronouns
    /// shown; the wrong cases by cause.
    pub fn report(&self, out: &mut impl Write, referents: Option<&Referents>) -> io::Result<()> {
        match referents {
            Some(r) => writeln!(
                out,
                "speaker shown (cases: named sources, and the pronouns and descriptions of {} referents listed):",
                r.len()
            )?,
            None => writeln!(
                out,
                "speaker shown (cases: named sources only; no referents file):"
            )?,
        }
        writeln!(
            out,
            "  {:<12} {:>6} {:>6} {:>20} {:>20}",
            "case", "cases", "found", "right / all", "right / found"
        )?;
        let mut all = Tally::default();
        for (kind, t) in &self.tallies {
            all.cases += t.cases;
            all.found += t.found;
            all.right += t.right;
            self.row(out, kind.label(), *t)?;
        }
        self.row(out, "all", all)?;
        writeln!(
            out,
            "  system sources shown as a bare pronoun: {}; pronouns linked to no one: {} ({} of them shown as a name, the rest as \"unresolved: he\")",
            share(self.bare_pronouns, self.system_sources),
            share(self.pronouns, self.system_sources),
            self.bare_pronouns_as_names
        )?;
        writeln!(
            out,
            "  gold sources not scored: {} not a name and no referent listed, {} with a null referent",
            self.unscored, self.no_referent
        )?;
        if self.referent_text_differs > 0 {
            writeln!(
                out,
                "  referents whose text is not the gold source's: {}",
                self.referent_text_differs
            )?;
        }
        writeln!(
            out,
            "  missed cases whose gold cue holds a verb of saying: {} of {}",
            self.missed.1, self.missed.0
        )?;
        writeln!(out, "  wrong speakers by cause:")?;
        let mut causes: Vec<_> = self.causes.iter().collect();
        causes.sort_by(|a, b| a.0 .0.cmp(&b.0 .0).then(b.1.cmp(a.1)));
        for ((kind, cause), n) in causes {
            writeln!(out, "    {:<12} {n:>5}  {cause}", kind.label())?;
        }
        Ok(())
    }

    fn row(&self, out: &mut impl Write, label: &str, t: Tally) -> io::Result<()> {
        writeln!(
            out,
            "  {:<12} {:>6} {:>6} {:>20} {:>20}",
            label,
            t.cases,
            t.found,
            share(t.right, t.cases),
            share(t.right, t.found)
        )
    }
}

/// Writes the wrong cases of one article with their paragraphs.
pub fn write_wrong(
    out: &mut impl Write,
    name: &str,
    text: &str,
    wrong: &[WrongCase],
) -> io::Result<()> {
    for case in wrong {
        writeln!(out, "== {} {} {name}", case.kind.label(), case.cause)?;
        writeln!(
            out,
            "gold cue {:?} source {:?} -> {:?}; system source {:?} shown {:?}",
            case.gold_cue, case.gold_source, case.referent, case.system_source, case.shown
        )?;
        let start = text[..case.at.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[case.at.end..]
            .find('\n')
            .map_or(text.len(), |i| case.at.end + i);
        writeln!(out, "{}\n", &text[start..end])?;
    }
    Ok(())
}
