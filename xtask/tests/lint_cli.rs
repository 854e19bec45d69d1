//! `cargo xtask lint` as a user runs it: output lines `file: path: code: severity: message` and the exit status.
#![allow(clippy::unwrap_used)]

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

#[test]
fn the_project_lexicons_pass() {
    let (ok, _) = xtask(&["lint"]);
    assert!(ok);
}

#[test]
fn a_broken_lexicon_fails_with_file_path_and_code() {
    let dir = std::env::temp_dir().join(format!("atmos-xtask-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("broken.json");
    std::fs::write(
        &file,
        r#"{"lexicon": 1, "id": "com.example.broken", "defs": {"main": {"type": "record", "key": "tid",
            "record": {"type": "object", "properties": {"n": {"type": "integr"}}}}}}"#,
    )
    .unwrap();
    let (ok, out) = xtask(&["lint", file.to_str().unwrap()]);
    assert!(!ok);
    let expected = format!(
        "{}: $.defs.main.record.properties.n.type: unknown-type: error: `integr` is not a Lexicon type (did you mean `integer`?)",
        file.display()
    );
    assert!(out.lines().any(|l| l == expected), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn codes_are_listed() {
    let (ok, out) = xtask(&["lint", "--codes"]);
    assert!(ok);
    assert!(
        out.lines()
            .any(|l| l.starts_with("required-cycle") && l.contains("error")),
        "{out}"
    );
}
