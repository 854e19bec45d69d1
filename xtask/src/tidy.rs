//! `cargo xtask tidy`: hygiene rules that keep the tree readable (a `//!` line opening every Rust file).

use std::path::{Path, PathBuf};

/// Directories never checked: build output and installed packages.
const SKIPPED_DIRS: &[&str] = &["target", "node_modules", ".git"];

/// Checks every Rust file under `root` and fails with the list of offenders.
pub fn run(root: &Path) -> anyhow::Result<()> {
    let (files, problems) = check(root)?;
    if problems.is_empty() {
        eprintln!(
            "tidy: {}, each opening with a `//!` line",
            crate::count(files, "Rust file")
        );
        return Ok(());
    }
    anyhow::bail!(
        "tidy found {} problem(s):\n{}",
        problems.len(),
        problems.join("\n")
    )
}

/// Returns how many files were checked and one line per problem, `path: message`.
pub fn check(root: &Path) -> anyhow::Result<(usize, Vec<String>)> {
    let mut files = Vec::new();
    collect_rust_files(root, &mut files)?;
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file)?;
        let first = text.lines().next().unwrap_or_default();
        let generated = first.starts_with("// @generated");
        if !first.starts_with("//!") && !generated {
            let shown = file.strip_prefix(root).unwrap_or(file);
            problems.push(format!(
                "{}: first line is not a `//!` doc line",
                shown.display()
            ));
        }
    }
    Ok((files.len(), problems))
}

fn collect_rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        if entry.file_type()?.is_dir() {
            if !SKIPPED_DIRS.iter().any(|s| name == *s) && !name.to_string_lossy().starts_with('.')
            {
                collect_rust_files(&path, out)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn workspace_is_tidy() {
        let (files, problems) = super::check(&crate::workspace_root()).unwrap();
        assert!(files > 100, "{files} Rust files found");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
