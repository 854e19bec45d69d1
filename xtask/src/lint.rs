//! `cargo xtask lint [PATHS...]`: lints lexicon files and directories (default `lexicons/`).

use std::path::Path;

/// Placeholder until the linter lands in this branch.
pub fn run(_root: &Path, _paths: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("lint: not wired yet")
}
