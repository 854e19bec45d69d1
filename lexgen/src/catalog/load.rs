//! Loading documents from files and directories into a catalog, with the file of every diagnostic.

use std::path::{Path, PathBuf};

use super::Catalog;
use crate::lexicon::{Code, Diagnostic, ROOT_PATH, child_path, parse_str};

/// A diagnostic and the file it is about (when it comes from a file).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Located {
    /// The file, if known.
    pub file: Option<PathBuf>,
    /// The diagnostic.
    pub diagnostic: Diagnostic,
}

/// A catalog loaded from files and what was found while loading.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The documents that parsed (also those with errors, minus their broken parts).
    pub catalog: Catalog,
    /// Parse diagnostics, duplicate ids, path mismatches and unreadable files.
    pub diagnostics: Vec<Located>,
}

/// The path a document's file should have under a lexicon directory: `app/bsky/feed/post.json`.
pub fn expected_relative_path(nsid: &str) -> PathBuf {
    let mut path: PathBuf = nsid.split('.').collect();
    path.set_extension("json");
    path
}

/// Every `.json` file under `dir`, recursively, sorted.
pub fn collect_json_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn go(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                go(&path, out)?;
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    go(dir, &mut out)?;
    out.sort();
    Ok(out)
}

impl Loaded {
    fn push(&mut self, file: Option<&Path>, diagnostic: Diagnostic) {
        self.diagnostics.push(Located {
            file: file.map(Path::to_path_buf),
            diagnostic,
        });
    }

    /// Parses and adds one file. With `root`, the file's path below it must mirror the document id.
    pub fn add_file(&mut self, file: &Path, root: Option<&Path>) {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(error) => {
                let diagnostic = Diagnostic::new(
                    Code::UnreadableFile,
                    None,
                    ROOT_PATH,
                    format!("cannot read the file: {error}"),
                );
                return self.push(Some(file), diagnostic);
            }
        };
        let parsed = parse_str(&text);
        for diagnostic in parsed.diagnostics {
            self.push(Some(file), diagnostic);
        }
        let Some(document) = parsed.document else {
            return;
        };
        if let Some(relative) = root.and_then(|root| file.strip_prefix(root).ok()) {
            let expected = expected_relative_path(&document.id);
            if relative != expected {
                let diagnostic = Diagnostic::new(
                    Code::PathMismatch,
                    Some(&document.id),
                    child_path(ROOT_PATH, "id"),
                    format!(
                        "the file is at `{}` but id `{}` belongs at `{}`",
                        relative.display(),
                        document.id,
                        expected.display()
                    ),
                );
                self.push(Some(file), diagnostic);
            }
        }
        if let Some(diagnostic) = self.catalog.insert(document, Some(file.to_path_buf())) {
            self.push(Some(file), diagnostic);
        }
    }

    /// Loads every `.json` file under `dir`; each file's path must mirror its id.
    pub fn add_dir(&mut self, dir: &Path) {
        match collect_json_files(dir) {
            Ok(files) => {
                for file in files {
                    self.add_file(&file, Some(dir));
                }
            }
            Err(error) => {
                let diagnostic = Diagnostic::new(
                    Code::UnreadableFile,
                    None,
                    ROOT_PATH,
                    format!("cannot list the directory: {error}"),
                );
                self.push(Some(dir), diagnostic);
            }
        }
    }
}

impl Catalog {
    /// Loads every `.json` file under `dir` (paths must mirror ids).
    pub fn load_dir(dir: &Path) -> Loaded {
        let mut loaded = Loaded::default();
        loaded.add_dir(dir);
        loaded
    }

    /// Loads the given files (their paths are not checked against ids).
    pub fn load_files<P: AsRef<Path>>(files: &[P]) -> Loaded {
        let mut loaded = Loaded::default();
        for file in files {
            loaded.add_file(file.as_ref(), None);
        }
        loaded
    }
}
