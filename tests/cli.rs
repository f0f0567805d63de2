//! The command line, as outside tools use it (see docs/SCHEMA.md).

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn sourcelight(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sourcelight"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    input
        .write_all(stdin.unwrap_or_default())
        .expect("stdin is written");
    drop(input);
    child.wait_with_output().expect("the CLI finishes")
}

/// A file under the test's own temporary folder.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sourcelight-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON document")
}

const ARTICLE: &str = "Mara Lind, the harbour master, said the port would reopen. \u{201C}We are ready,\u{201D} Lind said.\n";

#[test]
fn one_file_prints_one_contract_document() {
    let path = temp_file("one.txt", ARTICLE.as_bytes());
    let output = sourcelight(&["annotate", path.to_str().unwrap()], None);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc = json(&output);
    assert_eq!(doc["schema"], "sourcelight/1");
    assert_eq!(doc["offsets"], "utf16");
    assert!(
        doc.get("file").is_none(),
        "a single document carries no file field"
    );
    for field in ["entities", "quotes", "attributions", "hedges"] {
        assert!(doc[field].is_array(), "{field} is an array");
    }
    let quote = &doc["quotes"][0];
    let utf16: Vec<u16> = ARTICLE.encode_utf16().collect();
    let start = quote["start"].as_u64().unwrap() as usize;
    let end = quote["end"].as_u64().unwrap() as usize;
    assert_eq!(
        String::from_utf16(&utf16[start..end]).unwrap(),
        "\u{201C}We are ready,\u{201D}"
    );
}

#[test]
fn several_files_print_json_lines_with_their_paths() {
    let first = temp_file("first.txt", ARTICLE.as_bytes());
    let second = temp_file(
        "second.md",
        b"# Port news\n\nThe port **reopened**, officials said.\n",
    );
    let output = sourcelight(
        &[
            "annotate",
            first.to_str().unwrap(),
            second.to_str().unwrap(),
        ],
        None,
    );
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["file"], first.to_str().unwrap());
    assert_eq!(lines[1]["file"], second.to_str().unwrap());
    assert_eq!(lines[1]["format"], "markdown");
}

#[test]
fn dash_reads_standard_input() {
    let output = sourcelight(
        &["annotate", "--format", "text", "-"],
        Some(ARTICLE.as_bytes()),
    );
    assert!(output.status.success());
    assert_eq!(json(&output)["format"], "text");
}

#[test]
fn html_output_is_a_self_contained_page() {
    let output = sourcelight(
        &["annotate", "--html", "-"],
        Some(b"<script>alert(1)</script> Ana Ruiz said it works.\n"),
    );
    assert!(output.status.success());
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("Content-Security-Policy"));
    assert!(
        !page.contains("<script>alert"),
        "pasted markup is shown as text"
    );
    assert!(!page.contains("src=\"http"), "no external resources");
}

#[test]
fn missing_file_fails_clearly_and_others_are_still_annotated() {
    let good = temp_file("good.txt", ARTICLE.as_bytes());
    let output = sourcelight(
        &["annotate", "/no/such/file.txt", good.to_str().unwrap()],
        None,
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("/no/such/file.txt") && stderr.contains("cannot read"),
        "{stderr}"
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        stdout.lines().count(),
        1,
        "the good file is still annotated"
    );
}

#[test]
fn invalid_utf8_fails_clearly() {
    let bad = temp_file("bad.txt", b"caf\xe9 au lait");
    let output = sourcelight(&["annotate", bad.to_str().unwrap()], None);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("not UTF-8") && stderr.contains("offset 3"),
        "{stderr}"
    );
}

#[test]
fn empty_file_fails_clearly() {
    let empty = temp_file("empty.txt", b"\n\n");
    let output = sourcelight(&["annotate", empty.to_str().unwrap()], None);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty"));
}

#[test]
fn bad_arguments_print_usage() {
    for args in [
        &["annotate"][..],
        &["annotate", "--format", "pdf", "x"],
        &["frobnicate"],
        &["annotate", "--fast", "x"],
    ] {
        let output = sourcelight(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"));
    }
}

#[test]
fn the_input_size_limit_is_in_the_help_and_a_larger_text_is_refused_with_it() {
    let limit = format!("{} MB", sourcelight::MAX_INPUT_BYTES / 1_000_000);
    let help = sourcelight(&["--help"], None);
    assert!(String::from_utf8_lossy(&help.stderr).contains(&format!("up to {limit}")));
    let big = "a ".repeat(sourcelight::MAX_INPUT_BYTES / 2 + 1);
    let output = sourcelight(&["annotate", "-"], Some(big.as_bytes()));
    assert!(!output.status.success());
    assert!(output.stdout.is_empty());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(&format!("annotates up to {limit} at once")),
        "{message}"
    );
}

#[test]
fn the_page_refuses_texts_over_the_same_limit_as_the_core() {
    let guard = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/guard.js"))
        .expect("www/guard.js is there");
    let declared = guard
        .lines()
        .find_map(|line| line.strip_prefix("export const MAX_INPUT_BYTES = "))
        .and_then(|rest| rest.split(';').next())
        .map(|number| number.replace('_', ""))
        .expect("www/guard.js declares MAX_INPUT_BYTES");
    assert_eq!(declared, sourcelight::MAX_INPUT_BYTES.to_string());
}
