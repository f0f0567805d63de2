//! The command line: `sourcelight annotate [--format auto|text|markdown] [--json|--html] FILE...`

use sourcelight::output::{html, to_contract};
use sourcelight::{annotate, FormatChoice, Options};
use std::io::{self, Read, Write};
use std::process::ExitCode;

/// The help text, with the input size limit of the core.
fn usage() -> String {
    format!(
        "usage: sourcelight annotate [--format auto|text|markdown] [--json|--html] FILE...
  FILE may be - for standard input. One file prints one JSON document;
  several print JSON Lines, one document per file with a \"file\" field.
  A file may hold up to {} MB of UTF-8 text; a larger one is refused.",
        sourcelight::MAX_INPUT_BYTES / 1_000_000
    )
}

/// What to write for each file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Json,
    Html,
}

struct Command {
    options: Options,
    output: Output,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse_args(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("sourcelight: {message}\n{}", usage());
            return ExitCode::from(2);
        }
    };
    let several = command.files.len() > 1;
    let mut failed = false;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for file in &command.files {
        match annotate_file(&command, file, several, &mut out) {
            Ok(()) => {}
            Err(Failure::Output) => return ExitCode::FAILURE,
            Err(Failure::Input(message)) => {
                eprintln!("sourcelight: {file}: {message}");
                failed = true;
            }
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("annotate") => {}
        Some("-h" | "--help") | None => return Err("a command is needed".into()),
        Some(other) => return Err(format!("unknown command '{other}'")),
    }
    let mut command = Command {
        options: Options::default(),
        output: Output::Json,
        files: Vec::new(),
    };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--json" => command.output = Output::Json,
            "--html" => command.output = Output::Html,
            "--format" => {
                let value = iter.next().ok_or("--format needs a value")?;
                command.options.format = value.parse::<FormatChoice>()?;
            }
            _ if arg.starts_with("--format=") => {
                command.options.format = arg["--format=".len()..].parse::<FormatChoice>()?;
            }
            "-" => command.files.push(arg.clone()),
            _ if arg.starts_with('-') => return Err(format!("unknown option '{arg}'")),
            _ => command.files.push(arg.clone()),
        }
    }
    if command.files.is_empty() {
        return Err("no input file given (use - for standard input)".into());
    }
    Ok(command)
}

/// Reads, annotates and renders one file.
/// Why a file gave no output: its input (said on standard error), or
/// standard output itself (closed: nothing more can be written).
enum Failure {
    Input(String),
    Output,
}

/// Reads, annotates and renders one file to `out`; JSON is written as it
/// is serialized, never held whole (it may be many times the text's size).
fn annotate_file(
    command: &Command,
    file: &str,
    several: bool,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let bytes = read_input(file).map_err(|e| Failure::Input(format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Failure::Input(format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    let analysis = annotate(&text, &command.options).map_err(|e| Failure::Input(e.to_string()))?;
    match command.output {
        Output::Html => out
            .write_all(html::render(&analysis, file).as_bytes())
            .map_err(|_| Failure::Output),
        Output::Json => {
            let mut document = to_contract(&analysis);
            if several {
                document.file = Some(file.to_string());
            }
            let written = if several {
                serde_json::to_writer(&mut *out, &document)
            } else {
                serde_json::to_writer_pretty(&mut *out, &document)
            };
            written.map_err(|e| match e.is_io() {
                true => Failure::Output,
                false => Failure::Input(format!("cannot write JSON: {e}")),
            })?;
            out.write_all(b"\n").map_err(|_| Failure::Output)
        }
    }
}

fn read_input(file: &str) -> io::Result<Vec<u8>> {
    if file == "-" {
        let mut bytes = Vec::new();
        io::stdin().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(file)
    }
}
