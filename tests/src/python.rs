//! Running Python client scenarios in `tests/py` with the pinned Python SDK (`atproto` on PyPI).
//!
//! They need the virtual environment `tests/py/.venv` (`.ci/run` makes it: `python3 -m venv tests/py/.venv`
//! and `pip install -r tests/py/requirements.txt`). Under `CI` a missing environment fails the test;
//! elsewhere the test is skipped with a message, so a plain `cargo test` works without Python.

use std::path::PathBuf;
use std::process::Command;

/// The directory of the scenarios and their pinned requirements.
pub fn py_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("py")
}

pub(crate) fn interpreter() -> PathBuf {
    py_dir().join(".venv").join("bin").join("python")
}

/// Whether the Python SDK can run here. Under `CI` its absence is an error.
pub fn available(test: &str) -> anyhow::Result<bool> {
    let ready = Command::new(interpreter())
        .args(["-c", "import atproto"])
        .output()
        .is_ok_and(|out| out.status.success());
    if ready {
        return Ok(true);
    }
    let missing = "tests/py/.venv with the pinned requirements (see tests/src/python.rs)";
    if std::env::var_os("CI").is_some() {
        anyhow::bail!("{test}: {missing} is missing, and CI requires the Python SDK checks");
    }
    eprintln!("warning: {test} skipped: {missing} is missing");
    Ok(false)
}

/// Runs `python <script> <args...>` in `tests/py` and parses the last line of its output as JSON.
pub fn run_script(script: &str, args: &[&str]) -> anyhow::Result<serde_json::Value> {
    let mut command = Command::new(interpreter());
    command.arg(script).args(args).current_dir(py_dir());
    crate::last_json_line(command, script)
}
