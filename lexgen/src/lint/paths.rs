//! Linting files and directories against a context catalog, each finding located in its file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::style::style;
use crate::catalog::{Catalog, Loaded, Located};
use crate::lexicon::Severity;

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Number of documents linted.
    pub documents: usize,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
}

impl Summary {
    /// Counts the findings of a lint run over `documents` documents.
    pub fn of(documents: usize, findings: &[Located]) -> Summary {
        let errors = findings
            .iter()
            .filter(|f| f.diagnostic.severity() == Severity::Error)
            .count();
        Summary {
            documents,
            errors,
            warnings: findings.len() - errors,
        }
    }
}

/// Lints `paths` (files or directories; a directory's files must sit at paths mirroring their ids).
///
/// References are resolved against the documents of `context` (typically `lexicons/`), overlaid
/// by the linted documents themselves; only findings about the linted files are returned, sorted
/// by file and path. Also returns the number of documents linted.
pub fn lint_paths<P: AsRef<Path>>(paths: &[P], context: Option<&Path>) -> (Vec<Located>, usize) {
    let mut target = Loaded::default();
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let context_abs = context.map(absolute);
    for path in paths {
        let path = path.as_ref();
        // Inside the context directory, paths must mirror ids relative to the context itself.
        let inside_context = context_abs
            .as_deref()
            .filter(|root| absolute(path).starts_with(root));
        if path.is_dir() {
            match inside_context {
                Some(root) => {
                    let files = crate::catalog::collect_json_files(&absolute(path));
                    match files {
                        Ok(files) => files.iter().for_each(|f| target.add_file(f, Some(root))),
                        Err(_) => target.add_dir(path),
                    }
                }
                None => target.add_dir(path),
            }
        } else {
            match inside_context {
                Some(root) => target.add_file(&absolute(path), Some(root)),
                None => target.add_file(path, None),
            }
        }
    }
    let linted: BTreeSet<String> = target.catalog.documents().map(|d| d.id.clone()).collect();
    let mut merged = match context {
        Some(dir) if dir.is_dir() => Catalog::load_dir(dir).catalog,
        _ => Catalog::new(),
    };
    for document in target.catalog.documents() {
        let source = target.catalog.source(&document.id).map(Path::to_path_buf);
        merged.insert(document.clone(), source);
    }
    let mut findings = target.diagnostics;
    let file_of = |nsid: Option<&str>| -> Option<PathBuf> {
        nsid.and_then(|n| target.catalog.source(n))
            .map(Path::to_path_buf)
    };
    for diagnostic in merged.check() {
        if diagnostic.nsid.as_ref().is_some_and(|n| linted.contains(n)) {
            findings.push(Located {
                file: file_of(diagnostic.nsid.as_deref()),
                diagnostic,
            });
        }
    }
    for document in target.catalog.documents() {
        for diagnostic in style(document, Some(&merged)) {
            findings.push(Located {
                file: file_of(Some(&document.id)),
                diagnostic,
            });
        }
    }
    findings.sort_by(|a, b| {
        (&a.file, &a.diagnostic.path, a.diagnostic.code).cmp(&(
            &b.file,
            &b.diagnostic.path,
            b.diagnostic.code,
        ))
    });
    findings.dedup();
    (findings, linted.len())
}
