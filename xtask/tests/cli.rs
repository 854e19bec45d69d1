//! `cargo xtask` as a newcomer meets it: `--help` on every command, usage errors with exit status 2
//! and no backtrace (even with `RUST_BACKTRACE=1`), no arguments → the usage and exit status 2.
#![allow(clippy::unwrap_used)]

use std::process::{Command, Output};

const COMMANDS: &[&str] = &[
    "codegen",
    "new-lexicon",
    "lint",
    "fmt-lexicons",
    "validate",
    "tidy",
    "bench-records",
    "import-lexicons",
];

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn no_arguments_print_the_usage_and_fail() {
    let output = xtask(&[]);
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert!(err.contains("Usage: cargo xtask <COMMAND>"), "{err}");
    for command in COMMANDS {
        assert!(err.contains(command), "{command} missing from:\n{err}");
    }
}

#[test]
fn every_command_answers_help() {
    for command in COMMANDS {
        let output = xtask(&[command, "--help"]);
        assert_eq!(output.status.code(), Some(0), "{command}");
        let out = text(&output.stdout);
        assert!(
            out.contains(&format!("Usage: cargo xtask {command}")),
            "{command}:\n{out}"
        );
    }
}

#[test]
fn validate_help_explains_lenient() {
    let out = text(&xtask(&["validate", "--help"]).stdout);
    assert!(out.contains("--lenient"), "{out}");
    assert!(out.contains("datetime strings may also be"), "{out}");
    assert!(out.contains("is taken to be of this type"), "{out}");
}

#[test]
fn usage_errors_exit_2_without_a_backtrace() {
    for args in [
        &["validate", "--bogus", "x.json"][..],
        &["validate"],
        &["new-lexicon", "cv.atmos.example.thing"],
        &[
            "new-lexicon",
            "cv.atmos.example.thing",
            "--record",
            "--query",
        ],
        &["bench-records", "poem", "3", "out.jsonl"],
        &["frobnicate"],
    ] {
        let output = xtask(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let err = text(&output.stderr);
        assert!(err.starts_with("error: "), "{args:?}:\n{err}");
        assert!(err.contains("try '--help'"), "{args:?}:\n{err}");
        assert!(!err.contains("backtrace"), "{args:?}:\n{err}");
    }
}

#[test]
fn failures_exit_1_with_one_error_line() {
    let output = xtask(&["validate", "/nonexistent/record.json"]);
    assert_eq!(output.status.code(), Some(1));
    let err = text(&output.stderr);
    assert!(
        err.starts_with("error: reading /nonexistent/record.json: "),
        "{err}"
    );
    assert!(!err.contains("backtrace"), "{err}");
    assert!(text(&output.stdout).is_empty());
}

#[test]
fn codegen_check_reports_success() {
    let output = xtask(&["codegen", "--check"]);
    assert!(output.status.success());
    let err = text(&output.stderr);
    assert!(
        err.lines()
            .any(|l| l.starts_with("codegen: ") && l.contains(" documents, ")),
        "{err}"
    );
    assert!(err.contains("lexicons/src is up to date"), "{err}");
}

#[test]
fn fmt_lexicons_check_reports_success() {
    let output = xtask(&["fmt-lexicons", "--check"]);
    assert!(output.status.success());
    let err = text(&output.stderr);
    assert!(err.contains("all in canonical form"), "{err}");
}
