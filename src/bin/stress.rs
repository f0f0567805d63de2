//! Robustness checks in a release build.
//!
//! `cargo run --release --bin stress -- complexity [--bytes N] [--runs R]`
//! times (in CPU time where Linux gives it, so that a loaded machine does
//! not skew the ratio) every generator of `sourcelight::stress::generators` at N bytes
//! (default 125,000) and at 8N, as the fastest of R runs each (default 5,
//! the run least disturbed by the rest of the machine), N and 8N in turn so
//! that both see the same machine load; it fails when time(8N)/time(N)
//! exceeds [`MAX_RATIO`] for any generator.
//!
//! `cargo run --release --bin stress -- cases` annotates every hostile
//! input of `tests/hostile/cases.txt` at full size, checks the invariants
//! and fails when one takes longer than the case's `max`.
//!
//! `cargo run --release --bin stress -- seeds DIR BYTES` writes every
//! hostile case, cut to about BYTES, into DIR as a fuzzing seed.

use sourcelight::stress::{cases, generators::GENERATORS, invariants};
use sourcelight::{annotate, FormatChoice, Options};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The largest time(8N)/time(N) accepted. A linear annotator gives 8, and
/// up to 10.5 on a 2-core machine once the 8N text and its spans no longer
/// fit in the cache; growth as N^1.2 gives 12.1, N^1.5 gives 23 and a
/// quadratic step 64, so every super-linear step that matters still fails.
const MAX_RATIO: f64 = 12.0;

const USAGE: &str =
    "usage: stress complexity [--bytes N] [--runs R] | stress cases | stress seeds DIR BYTES";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("complexity") => option(&args, "--bytes", 125_000).and_then(|bytes| {
            option(&args, "--runs", 5).and_then(|runs| complexity(bytes, runs.max(1)))
        }),
        Some("cases") => run_cases(),
        Some("seeds") => match (args.get(1), args.get(2).and_then(|b| b.parse().ok())) {
            (Some(dir), Some(bytes)) => write_seeds(dir, bytes),
            _ => Err(USAGE.to_string()),
        },
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("stress: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The number after `name` in `args`, or `default`.
fn option(args: &[String], name: &str, default: usize) -> Result<usize, String> {
    match args.iter().position(|a| a == name) {
        None => Ok(default),
        Some(i) => args
            .get(i + 1)
            .and_then(|v| v.parse().ok())
            .ok_or(format!("{name} needs a number\n{USAGE}")),
    }
}

/// The CPU time this thread has run, where Linux tells it
/// (`/proc/thread-self/schedstat`, in nanoseconds): unlike wall time, it
/// does not grow when other processes load the machine.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// How long `work` takes: CPU time where known, else wall time.
fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let (cpu, wall) = (cpu_time(), Instant::now());
    let result = work();
    let elapsed = match (cpu, cpu_time()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => wall.elapsed(),
    };
    (result, elapsed)
}

/// How long annotating `text` once takes (Markdown, so that every
/// construction is read as such). The thread's CPU clock moves in
/// scheduler ticks (4 ms at 250 Hz), so a short text is annotated again
/// until at least [`MIN_SPAN`] has passed and the time is the mean.
fn time(text: &str) -> Duration {
    let options = Options {
        format: FormatChoice::Markdown,
    };
    let mut runs = 0;
    let (_, total) = timed(|| {
        let started = Instant::now();
        while runs == 0 || started.elapsed() < MIN_SPAN {
            annotate(text, &options).expect("generated text annotates");
            runs += 1;
        }
    });
    total / runs
}

/// The least time one measurement spans (see [`time`]).
const MIN_SPAN: Duration = Duration::from_millis(200);

fn fastest(times: Vec<Duration>) -> Duration {
    times.into_iter().min().unwrap_or_default()
}

fn complexity(bytes: usize, runs: usize) -> Result<(), String> {
    println!(
        "{:<16} {:>12} {:>12} {:>7}",
        "generator", "N", "8N", "ratio"
    );
    let mut failed = Vec::new();
    for (name, generate) in GENERATORS {
        let (small, large) = (generate(bytes), generate(8 * bytes));
        let (mut at_n, mut at_8n) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            at_n.push(time(&small));
            at_8n.push(time(&large));
        }
        let (n, n8) = (fastest(at_n), fastest(at_8n));
        let ratio = n8.as_secs_f64() / n.as_secs_f64().max(1e-6);
        println!(
            "{name:<16} {:>9.1} ms {:>9.1} ms {ratio:>7.2}",
            n.as_secs_f64() * 1e3,
            n8.as_secs_f64() * 1e3
        );
        if ratio > MAX_RATIO {
            failed.push(*name);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "time(8N)/time(N) above {MAX_RATIO} for {}",
            failed.join(", ")
        ))
    }
}

fn run_cases() -> Result<(), String> {
    let mut failed = Vec::new();
    for case in cases::shipped() {
        let text = case.text();
        let (analysis, elapsed) = timed(|| annotate(&text, &Options::default()));
        let analysis = analysis.map_err(|e| e.to_string())?;
        let seconds = elapsed.as_secs_f64();
        let broken = invariants::check(&text, &analysis).err();
        let slow = case.max_seconds.is_some_and(|max| seconds > max);
        println!(
            "{:<24} {:>10} bytes {seconds:>7.2} s{}{}",
            case.name,
            text.len(),
            if slow { "  TOO SLOW" } else { "" },
            broken
                .as_deref()
                .map_or(String::new(), |b| format!("  {b}"))
        );
        if slow || broken.is_some() {
            failed.push(case.name);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join(", ")))
    }
}

fn write_seeds(dir: &str, bytes: usize) -> Result<(), String> {
    for case in cases::shipped() {
        let path = std::path::Path::new(dir).join(format!("hostile-{}", case.name));
        std::fs::write(&path, case.scaled(bytes))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
