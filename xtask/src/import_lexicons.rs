//! `cargo xtask import-lexicons [DIR]`: copies the official `com.atproto.*` / `app.bsky.*` lexicons
//! into `lexicons/` in canonical form, without description prose.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use lexgen::catalog::collect_json_files;
use lexgen::lexicon::canonical::{strip_descriptions, to_canonical_string};

/// The NSID prefixes imported, as directory paths.
const NAMESPACES: &[&str] = &["com/atproto", "app/bsky"];

/// `cargo xtask import-lexicons [DIR]`.
#[derive(clap::Args)]
pub struct Args {
    /// The official lexicons directory (default: ../shared/reference/lexicons beside the workspace).
    dir: Option<PathBuf>,
}

/// Imports every document under the reference directory into `root/lexicons`.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let reference = match &args.dir {
        Some(dir) => dir.clone(),
        None => root.join("../shared/reference/lexicons"),
    };
    if !reference.is_dir() {
        bail!("reference lexicons not found at {}", reference.display());
    }
    let target = root.join("lexicons");
    let mut count = 0;
    for namespace in NAMESPACES {
        let dir = reference.join(namespace);
        let files =
            collect_json_files(&dir).with_context(|| format!("listing {}", dir.display()))?;
        for file in files {
            let relative = file
                .strip_prefix(&reference)
                .with_context(|| format!("{} is outside the reference dir", file.display()))?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("reading {}", file.display()))?;
            let value: serde_json::Value = serde_json::from_str(&text)
                .with_context(|| format!("parsing {}", file.display()))?;
            let out = target.join(relative);
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            std::fs::write(&out, to_canonical_string(&strip_descriptions(&value)))
                .with_context(|| format!("writing {}", out.display()))?;
            count += 1;
        }
    }
    eprintln!("imported {count} lexicons into {}", target.display());
    Ok(())
}
