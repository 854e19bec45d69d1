//! `cargo xtask codegen [--check]`: regenerate `lexicons/src/` from `lexicons/**/*.json`, or fail
//! when the committed code is stale.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use lexgen::catalog::Catalog;
use lexgen::codegen::{self, GeneratedFile, Options};
use lexgen::lexicon::Severity;

/// What `--check` found out of date.
#[derive(Debug, Default)]
pub struct Staleness {
    /// Files to write (missing or different).
    pub changed: Vec<PathBuf>,
    /// Generated files with no lexicon any more.
    pub removed: Vec<PathBuf>,
    /// Top-level modules `lib.rs` must declare but does not.
    pub undeclared: Vec<String>,
}

impl Staleness {
    fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.removed.is_empty() && self.undeclared.is_empty()
    }
}

/// `cargo xtask codegen [--check]`.
#[derive(clap::Args)]
pub struct Args {
    /// Write nothing; fail, listing the files, when the committed code differs from what would be generated.
    #[arg(long)]
    pub check: bool,
}

/// Runs the command.
pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let generated = generate(root)?;
    let lines: usize = generated
        .files
        .iter()
        .map(|f| f.contents.lines().count())
        .sum();
    let files = &generated.files;
    eprintln!(
        "codegen: {} documents, {} files, {lines} lines generated in {:.1} s",
        generated.documents,
        files.len(),
        started.elapsed().as_secs_f64()
    );
    let src = root.join("lexicons/src");
    let stale = compare(&src, files, &generated.modules)?;
    if args.check {
        if stale.is_empty() {
            eprintln!("codegen --check: lexicons/src is up to date");
            return Ok(());
        }
        anyhow::bail!("{}\nrun `cargo xtask codegen`", describe(&stale));
    }
    for file in files {
        let path = src.join(&file.path);
        if stale.changed.contains(&file.path) {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, &file.contents)?;
        }
    }
    for removed in &stale.removed {
        std::fs::remove_file(src.join(removed))?;
    }
    if !stale.undeclared.is_empty() {
        anyhow::bail!(
            "lexicons/src/lib.rs must declare: {}",
            stale
                .undeclared
                .iter()
                .map(|m| format!("`pub mod {m};`"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    eprintln!(
        "codegen: {} written, {} removed in lexicons/src",
        crate::count(stale.changed.len(), "file"),
        crate::count(stale.removed.len(), "file"),
    );
    Ok(())
}

/// What [`generate`] produces.
pub struct Generated {
    /// How many lexicon documents were read.
    pub documents: usize,
    /// Every generated file.
    pub files: Vec<GeneratedFile>,
    /// The top-level modules `lib.rs` must declare.
    pub modules: Vec<String>,
}

/// Loads `lexicons/` and generates every file; fails on lexicon errors.
pub fn generate(root: &Path) -> anyhow::Result<Generated> {
    let loaded = Catalog::load_dir(&root.join("lexicons"));
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.severity() == Severity::Error)
        .map(|d| {
            format!(
                "{}: {}",
                d.file
                    .as_deref()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default(),
                d.diagnostic
            )
        })
        .collect();
    if !errors.is_empty() {
        anyhow::bail!(
            "lexicons have errors (see `cargo xtask lint`):\n{}",
            errors.join("\n")
        );
    }
    Ok(Generated {
        documents: loaded.catalog.len(),
        files: codegen::generate(&loaded.catalog, &Options::default())?,
        modules: codegen::top_level_modules(&loaded.catalog),
    })
}

/// Compares generated files with what is on disk under `src`.
pub fn compare(
    src: &Path,
    files: &[GeneratedFile],
    modules: &[String],
) -> anyhow::Result<Staleness> {
    let mut stale = Staleness::default();
    for file in files {
        let current = std::fs::read_to_string(src.join(&file.path)).unwrap_or_default();
        if current != file.contents {
            stale.changed.push(file.path.clone());
        }
    }
    let wanted: BTreeSet<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    let mut on_disk = Vec::new();
    collect_generated(src, src, &mut on_disk)?;
    stale.removed = on_disk
        .into_iter()
        .filter(|p| !wanted.contains(p.as_path()))
        .collect();
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap_or_default();
    stale.undeclared = modules
        .iter()
        .filter(|m| {
            !lib.lines()
                .any(|l| l.trim().ends_with(&format!("pub mod {m};")))
        })
        .cloned()
        .collect();
    Ok(stale)
}

fn describe(stale: &Staleness) -> String {
    let mut lines = vec!["generated code in lexicons/src is stale:".to_owned()];
    lines.extend(
        stale
            .changed
            .iter()
            .map(|p| format!("  changed: {}", p.display())),
    );
    lines.extend(
        stale
            .removed
            .iter()
            .map(|p| format!("  no longer generated: {}", p.display())),
    );
    lines.extend(
        stale
            .undeclared
            .iter()
            .map(|m| format!("  lib.rs lacks `pub mod {m};`")),
    );
    lines.join("\n")
}

/// Files under `dir` whose first line is a `// @generated` header, relative to `src`.
fn collect_generated(src: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_generated(src, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path)?;
            if text.starts_with("// @generated") {
                out.push(path.strip_prefix(src)?.to_path_buf());
            }
        }
    }
    out.sort();
    Ok(())
}

#[cfg(test)]
mod tests {
    /// The committed generated code matches the lexicons (what `cargo xtask codegen --check` checks).
    #[test]
    fn generated_code_is_fresh() {
        let root = crate::workspace_root();
        let generated = super::generate(&root).unwrap();
        let stale = super::compare(
            &root.join("lexicons/src"),
            &generated.files,
            &generated.modules,
        )
        .unwrap();
        assert!(
            stale.is_empty(),
            "{}\nrun `cargo xtask codegen`",
            super::describe(&stale)
        );
    }
}
