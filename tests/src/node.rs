//! Running the reference TypeScript tools in `tests/js` (pinned npm packages) from Rust tests.
//!
//! They need `node` and `tests/js/node_modules` (`npm ci` in `tests/js`). Under `CI` a missing piece fails the
//! test; elsewhere the test is skipped with a message, so a plain `cargo test` works without npm.

use std::path::PathBuf;
use std::process::Command;

/// The directory of the pinned npm packages and the scripts that use them.
pub fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// Whether the reference tools can run here. Under `CI` their absence is an error.
pub fn available(test: &str) -> anyhow::Result<bool> {
    let installed = js_dir().join("node_modules").is_dir();
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    if installed && node {
        return Ok(true);
    }
    let missing = if node {
        "tests/js/node_modules (run `npm ci` in tests/js)"
    } else {
        "node"
    };
    if std::env::var_os("CI").is_some() {
        anyhow::bail!(
            "{test}: {missing} is missing, and CI requires the reference implementation checks"
        );
    }
    eprintln!("warning: {test} skipped: {missing} is missing");
    Ok(false)
}

/// Runs `node <script> <args...>` in `tests/js` and parses the last line of its output as JSON.
pub fn run_script(script: &str, args: &[&str]) -> anyhow::Result<serde_json::Value> {
    let mut command = Command::new("node");
    command.arg(script).args(args).current_dir(js_dir());
    crate::last_json_line(command, script)
}
