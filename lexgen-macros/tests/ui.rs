//! Compile-fail tests of `include_lexicons!` (bad input is a spanned compile error, never a panic)
//! and of `lexgen::object!` (a struct whose fields are not all listed does not compile: its
//! layout would be unsound, and neither does a packed one). Kept to five cases: each one compiles a crate. (Lexicon errors are a unit test in `lib.rs`:
//! the directory must be found from the crate, which trybuild moves.)
//!
//! trybuild writes its report straight to stderr, past the test harness's capture, in colour whenever
//! `TERM` is set. So the test runs the cases in a child process of itself with `NO_COLOR` set and
//! shows the child's report only when a case fails: `cargo test` output and CI logs stay plain.

#![allow(clippy::unwrap_used)]

use std::process::Command;

/// Set in the child process, which runs the cases.
const CHILD: &str = "LEXGEN_MACROS_UI_CHILD";

#[test]
fn compile_errors() {
    if std::env::var_os(CHILD).is_some() {
        let cases = trybuild::TestCases::new();
        cases.compile_fail("tests/ui/unknown_argument.rs");
        cases.compile_fail("tests/ui/missing_directory.rs");
        cases.compile_fail("tests/ui/bad_root.rs");
        cases.compile_fail("tests/ui/object_missing_field.rs");
        cases.compile_fail("tests/ui/object_packed.rs");
        return;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "compile_errors",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "trybuild failed ({}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
