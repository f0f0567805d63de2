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
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for file in &command.files {
        match annotate_file(&command, file, several) {
            Ok(printed) => {
                if out.write_all(printed.as_bytes()).is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(message) => {
                eprintln!("sourcelight: {file}: {message}");
                failed = true;
            }
        }
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
fn annotate_file(command: &Command, file: &str, several: bool) -> Result<String, String> {
    let bytes = read_input(file).map_err(|e| format!("cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let analysis = annotate(&text, &command.options).map_err(|e| e.to_string())?;
    match command.output {
        Output::Html => Ok(html::render(&analysis, file)),
        Output::Json => {
            let mut document = to_contract(&analysis);
            if several {
                document.file = Some(file.to_string());
            }
            let json = if several {
                serde_json::to_string(&document)
            } else {
                serde_json::to_string_pretty(&document)
            };
            json.map(|j| j + "\n")
                .map_err(|e| format!("cannot write JSON: {e}"))
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
