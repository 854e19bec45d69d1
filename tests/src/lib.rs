//! Shared helpers for conformance tests: locating the official interop vectors and turning their cases into trials.
//!
//! The vectors live in `../shared/reference/interop-tests` beside the workspace (override with
//! `ATPROTO_INTEROP_TESTS`). They are never copied into this repository. When `CI` is set and the
//! directory is missing, the run fails; elsewhere the affected trials are reported as ignored.

pub mod dns;
pub mod node;
pub mod python;
mod readme;
pub mod s3;

use std::path::{Path, PathBuf};

pub use libtest_mimic::{Arguments, Failed, Trial};

/// The environment variable that overrides where the interop vectors are read from.
pub const INTEROP_ENV: &str = "ATPROTO_INTEROP_TESTS";

/// Where the interop vectors should be, whether or not they are there.
pub fn interop_dir() -> PathBuf {
    match std::env::var_os(INTEROP_ENV) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/interop-tests"),
    }
}

/// The environment variable that overrides where the official lexicons are read from.
pub const REFERENCE_LEXICONS_ENV: &str = "ATPROTO_REFERENCE_LEXICONS";

/// Where the official lexicons should be (`../shared/reference/lexicons` beside the workspace, or
/// `ATPROTO_REFERENCE_LEXICONS`), whether or not they are there.
pub fn reference_lexicons_dir() -> PathBuf {
    match std::env::var_os(REFERENCE_LEXICONS_ENV) {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference/lexicons"),
    }
}

/// The project's lexicon directory (`lexicons/` at the workspace root).
pub fn project_lexicons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../lexicons")
}

/// The record fixtures: `tests/fixtures/records/{valid,invalid,legacy}/<nsid>/<name>.json`.
pub fn record_fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/records")
}

/// One record fixture: its kind (`valid`, `invalid` or `legacy`), collection NSID, name and file.
#[derive(Debug, Clone)]
pub struct RecordFixture {
    /// `valid` (valid in both modes), `invalid` (invalid in both) or `legacy` (valid only in lenient mode).
    pub kind: String,
    /// The collection (the directory name).
    pub nsid: String,
    /// The file stem.
    pub name: String,
    /// The JSON file.
    pub file: PathBuf,
}

/// Every record fixture, sorted by kind, NSID and name.
pub fn record_fixtures() -> anyhow::Result<Vec<RecordFixture>> {
    let mut out = Vec::new();
    for kind in ["invalid", "legacy", "valid"] {
        let dir = record_fixtures_dir().join(kind);
        for file in json_files_below(&dir)? {
            let name = file.file_stem().map(|s| s.to_string_lossy().into_owned());
            let nsid = file
                .parent()
                .and_then(|p| p.file_name())
                .map(|s| s.to_string_lossy().into_owned());
            if let (Some(name), Some(nsid)) = (name, nsid) {
                out.push(RecordFixture {
                    kind: kind.to_owned(),
                    nsid,
                    name,
                    file,
                });
            }
        }
    }
    Ok(out)
}

/// `.json` files in the subdirectories of `dir`, sorted.
fn json_files_below(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let read = |d: &Path| {
        std::fs::read_dir(d).map_err(|e| anyhow::anyhow!("reading {}: {e}", d.display()))
    };
    for entry in read(dir)? {
        let sub = entry?.path();
        if sub.is_dir() {
            for entry in read(&sub)? {
                let file = entry?.path();
                if file.extension().is_some_and(|e| e == "json") {
                    out.push(file);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Builds the trials of one group of interop cases, or explains why there are none.
///
/// `build` receives the interop directory. If the directory is missing, a single trial stands for
/// the group: failing under `CI`, ignored elsewhere, so a missing checkout never passes silently in CI.
pub fn interop_trials(
    group: &str,
    build: impl FnOnce(&Path) -> anyhow::Result<Vec<Trial>>,
) -> Vec<Trial> {
    trials_from(&interop_dir(), INTEROP_ENV, "interop vectors", group, build)
}

/// Like [`interop_trials`], for trials that read the official lexicons ([`reference_lexicons_dir`]).
pub fn reference_lexicon_trials(
    group: &str,
    build: impl FnOnce(&Path) -> anyhow::Result<Vec<Trial>>,
) -> Vec<Trial> {
    trials_from(
        &reference_lexicons_dir(),
        REFERENCE_LEXICONS_ENV,
        "reference lexicons",
        group,
        build,
    )
}

fn trials_from(
    dir: &Path,
    env: &str,
    what: &str,
    group: &str,
    build: impl FnOnce(&Path) -> anyhow::Result<Vec<Trial>>,
) -> Vec<Trial> {
    if !dir.is_dir() {
        let name = format!("{group}::{what} present");
        let message = format!(
            "{what} not found at {} (set {env} or place shared/ beside the workspace)",
            dir.display()
        );
        return if std::env::var_os("CI").is_some() {
            vec![Trial::test(name, move || Err(message.into()))]
        } else {
            eprintln!("warning: {message}; {group} cases skipped");
            vec![Trial::test(name, || Ok(())).with_ignored_flag(true)]
        };
    }
    match build(dir) {
        Ok(trials) => trials,
        Err(error) => {
            let message = format!("{error:#}");
            vec![Trial::test(format!("{group}::load vectors"), move || {
                Err(message.into())
            })]
        }
    }
}

/// The cases of a line-per-case text vector file: every line except blank ones and `#` comments,
/// kept exactly as written (trailing spaces are part of some cases), with 1-based line numbers.
pub fn text_cases(path: &Path) -> anyhow::Result<Vec<(usize, String)>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'))
        .map(|(index, line)| (index + 1, line.to_owned()))
        .collect())
}

/// Reads and parses a JSON vector file.
pub fn json_file(path: &Path) -> anyhow::Result<serde_json::Value> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("parsing {}: {e}", path.display()))
}

/// Runs the trials with the arguments given on the command line and exits with their verdict.
pub fn run(trials: Vec<Trial>) -> ! {
    let args = Arguments::from_args();
    libtest_mimic::run(&args, trials).exit()
}

/// Runs a script-running `command` and parses the last line of its output as JSON (the convention of the
/// real-client scripts in `tests/js` and `tests/py`).
pub(crate) fn last_json_line(
    mut command: std::process::Command,
    script: &str,
) -> anyhow::Result<serde_json::Value> {
    let output = command.output()?;
    if !output.status.success() {
        anyhow::bail!(
            "{script} failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let stdout = String::from_utf8(output.stdout)?;
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last)
        .map_err(|e| anyhow::anyhow!("{script}: output is not JSON ({e}): {last}"))
}
