//! `cargo xtask fmt-lexicons [--check]`: rewrites every file under `lexicons/` in the canonical form
//! of `lexgen::lexicon::canonical` (or, with `--check`, lists the files that are not).

use std::path::Path;

use anyhow::{Context, bail};
use lexgen::catalog::collect_json_files;
use lexgen::lexicon::canonical::to_canonical_string;

/// Formats (or checks) every `.json` file under `root/lexicons`.
pub fn run(root: &Path, args: &[String]) -> anyhow::Result<()> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => bail!("usage: cargo xtask fmt-lexicons [--check]"),
    };
    let dir = root.join("lexicons");
    let mut unformatted = Vec::new();
    for file in collect_json_files(&dir).with_context(|| format!("listing {}", dir.display()))? {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("reading {}", file.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
        let canonical = to_canonical_string(&value);
        if canonical != text {
            if check {
                unformatted.push(file.display().to_string());
            } else {
                std::fs::write(&file, canonical)
                    .with_context(|| format!("writing {}", file.display()))?;
            }
        }
    }
    if !unformatted.is_empty() {
        bail!(
            "not in canonical form (run `cargo xtask fmt-lexicons`):\n{}",
            unformatted.join("\n")
        );
    }
    Ok(())
}
