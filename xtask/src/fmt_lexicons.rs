//! `cargo xtask fmt-lexicons [--check]`: rewrites every file under `lexicons/` in the canonical form
//! of `lexgen::lexicon::canonical` (or, with `--check`, lists the files that are not).

use std::path::Path;

use anyhow::{Context, bail};
use lexgen::catalog::collect_json_files;
use lexgen::lexicon::canonical::to_canonical_string;

/// `cargo xtask fmt-lexicons [--check]`.
#[derive(clap::Args)]
pub struct Args {
    /// Write nothing; fail, listing the files, when any is not in canonical form (what CI runs).
    #[arg(long)]
    check: bool,
}

/// Formats (or checks) every `.json` file under `root/lexicons`.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let check = args.check;
    let dir = root.join("lexicons");
    let files = collect_json_files(&dir).with_context(|| format!("listing {}", dir.display()))?;
    let mut unformatted = Vec::new();
    for file in &files {
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
        let canonical = to_canonical_string(&value);
        if canonical != text {
            if !check {
                std::fs::write(file, canonical)
                    .with_context(|| format!("writing {}", file.display()))?;
            }
            unformatted.push(file.display().to_string());
        }
    }
    if check && !unformatted.is_empty() {
        bail!(
            "not in canonical form (run `cargo xtask fmt-lexicons`):\n{}",
            unformatted.join("\n")
        );
    }
    let verdict = if check {
        "all in canonical form".to_owned()
    } else {
        format!("{} rewritten", unformatted.len())
    };
    eprintln!(
        "fmt-lexicons: {} under lexicons/, {verdict}",
        crate::count(files.len(), "file")
    );
    Ok(())
}
