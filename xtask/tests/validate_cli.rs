//! `cargo xtask validate` as a user runs it: `path: code: message` lines, exit status, `--nsid`, `--lenient`.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::Command;

fn xtask(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

fn write(name: &str, json: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atmos-xtask-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, json).unwrap();
    file
}

#[test]
fn a_valid_post_passes() {
    let file = write(
        "ok.json",
        r#"{"$type": "app.bsky.feed.post", "text": "hello", "createdAt": "2024-05-01T12:00:00.000Z", "langs": ["en"]}"#,
    );
    let (ok, out) = xtask(&[
        "validate",
        file.to_str().unwrap(),
        "--rkey",
        "3kznmn7xqxl22",
    ]);
    assert!(ok, "{out}");
    assert!(out.is_empty(), "{out}");
}

#[test]
fn an_invalid_post_prints_every_error() {
    let long = "x".repeat(301);
    let file = write(
        "bad.json",
        &format!(
            r#"{{"$type": "app.bsky.feed.post", "text": "{long}", "createdAt": "yesterday", "langs": ["en", 3]}}"#
        ),
    );
    let (ok, out) = xtask(&["validate", file.to_str().unwrap()]);
    assert!(!ok);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "$.createdAt: invalid-format: expected format datetime, found \"yesterday\" (year must be four digits)",
            "$.langs[1]: wrong-type: expected a string, found 3",
            "$.text: too-many-graphemes: expected maxGraphemes 300, found 301 graphemes",
        ],
        "{out}"
    );
}

#[test]
fn nsid_option_and_lenient_mode() {
    let file = write(
        "legacy.json",
        r#"{"$type": "cv.atmos.portfolio.entry", "title": "Work", "createdAt": "2024-05-01T12:00:00"}"#,
    );
    let path = file.to_str().unwrap();
    let (ok, out) = xtask(&["validate", path]);
    assert!(!ok);
    assert!(out.starts_with("$.createdAt: invalid-format:"), "{out}");
    let (ok, _) = xtask(&["validate", path, "--lenient"]);
    assert!(ok);
    let (ok, out) = xtask(&[
        "validate",
        path,
        "--nsid",
        "app.bsky.feed.like",
        "--lenient",
    ]);
    assert!(!ok);
    assert!(out.contains("$.$type: type-mismatch:"), "{out}");
    assert!(out.contains("$.subject: missing-required:"), "{out}");
}

#[test]
fn codes_are_listed() {
    let (ok, out) = xtask(&["validate", "--codes"]);
    assert!(ok);
    assert!(out.lines().any(|l| l.starts_with("blob-too-large ")));
}

fn xtask_stderr(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// `--nsid` stands in for a missing `$type`, as createRecord fills it in.
#[test]
fn nsid_option_stands_in_for_a_missing_type() {
    let file = write(
        "untyped.json",
        r#"{"text": "hello", "createdAt": "2024-05-01T12:00:00.000Z"}"#,
    );
    let path = file.to_str().unwrap();
    let (ok, out) = xtask(&["validate", path, "--nsid", "app.bsky.feed.post"]);
    assert!(ok, "{out}");
    let (ok, out) = xtask(&["validate", path]);
    assert!(!ok);
    assert!(out.starts_with("$.$type: missing-type:"), "{out}");
    let (ok, out) = xtask(&["validate", path, "--nsid", "app.bsky.feed.like"]);
    assert!(!ok);
    assert!(out.contains("$.subject: missing-required:"), "{out}");
}

#[test]
fn one_error_is_singular_and_the_summary_names_the_file() {
    let file = write(
        "one.json",
        r#"{"$type": "app.bsky.feed.post", "text": "hello", "createdAt": "yesterday"}"#,
    );
    let path = file.to_str().unwrap();
    let (code, err) = xtask_stderr(&["validate", path]);
    assert_eq!(code, Some(1));
    assert_eq!(err.trim_end(), format!("error: {path}: 1 error"));
}

#[test]
fn unreadable_and_non_json_files_are_errors_not_diagnostics() {
    let missing = std::env::temp_dir().join("atmos-xtask-validate-missing.json");
    let missing = missing.to_str().unwrap();
    let (ok, out) = xtask(&["validate", missing]);
    assert!(!ok);
    assert!(out.is_empty(), "{out}");
    let (code, err) = xtask_stderr(&["validate", missing]);
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with(&format!("error: reading {missing}: ")),
        "{err}"
    );

    let file = write("not-json.json", "{\"text\": ");
    let path = file.to_str().unwrap();
    let (code, err) = xtask_stderr(&["validate", path]);
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with(&format!("error: {path} is not JSON: ")),
        "{err}"
    );
}

#[test]
fn several_files_are_summarised() {
    let good = write(
        "good.json",
        r#"{"$type": "app.bsky.feed.post", "text": "hi", "createdAt": "2024-05-01T12:00:00.000Z"}"#,
    );
    let bad = write(
        "bad-date.json",
        r#"{"$type": "app.bsky.feed.post", "text": "hi", "createdAt": "yesterday"}"#,
    );
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let (code, err) = xtask_stderr(&["validate", good, good]);
    assert_eq!(code, Some(0));
    assert!(err.ends_with("validated 2 records: all valid\n"), "{err}");
    let (code, err) = xtask_stderr(&["validate", good, bad]);
    assert_eq!(code, Some(1));
    assert!(
        err.ends_with(&format!("error: 1 of 2 records invalid: {bad}\n")),
        "{err}"
    );
}
