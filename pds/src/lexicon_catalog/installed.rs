//! The installed-lexicons directory (`<data dir>/lexicons/**.json`, at the paths their NSIDs give, as in
//! the repository's `lexicons/`): what it looks like (cheap to compare) and loading it over the built-in
//! catalog. A bad document is logged and left out; a built-in NSID cannot be replaced.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use lexgen::catalog::{Catalog, collect_json_files, expected_relative_path};
use lexgen::lexicon::parse_str;

/// Every `.json` file under the directory with its size and modification time: when this changes, the
/// directory is loaded again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fingerprint(Vec<(PathBuf, u64, Option<SystemTime>)>);

impl Fingerprint {
    /// The directory as it is now (empty when it does not exist or cannot be read).
    pub(crate) fn of(dir: &Path) -> Fingerprint {
        let files = match collect_json_files(dir) {
            Ok(files) => files,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                tracing::warn!(dir = %dir.display(), error = %e, "cannot list installed lexicons");
                Vec::new()
            }
        };
        Fingerprint(
            files
                .into_iter()
                .map(|file| {
                    let meta = std::fs::metadata(&file).ok();
                    let len = meta.as_ref().map_or(0, std::fs::Metadata::len);
                    let modified = meta.and_then(|m| m.modified().ok());
                    (file, len, modified)
                })
                .collect(),
        )
    }

    fn files(&self) -> impl Iterator<Item = &Path> {
        self.0.iter().map(|(file, _, _)| file.as_path())
    }
}

/// The built-in catalog plus every usable document of `dir` (the files `fingerprint` lists), and how
/// many were added.
pub(super) fn load(builtin: &Catalog, dir: &Path, fingerprint: &Fingerprint) -> (Catalog, usize) {
    let mut catalog = builtin.clone();
    let mut added = Vec::new();
    for file in fingerprint.files() {
        if let Some(nsid) = add_file(&mut catalog, builtin, dir, file) {
            added.push(nsid);
        }
    }
    // Drop installed documents whose references do not resolve (or form unsatisfiable cycles) until none
    // is left: dropping one may break another that refers to it.
    loop {
        let broken: Vec<(String, String)> = catalog
            .check()
            .into_iter()
            .filter(|d| d.is_error())
            .filter_map(|d| {
                let nsid = d.nsid.clone()?;
                added.contains(&nsid).then(|| (nsid, d.to_string()))
            })
            .collect();
        if broken.is_empty() {
            break;
        }
        for (nsid, problem) in broken {
            if catalog.remove(&nsid).is_some() {
                tracing::warn!(%nsid, %problem, "installed lexicon skipped");
                added.retain(|n| *n != nsid);
            }
        }
    }
    (catalog, added.len())
}

/// Adds the document in `file` if it is usable; its NSID if added.
fn add_file(catalog: &mut Catalog, builtin: &Catalog, dir: &Path, file: &Path) -> Option<String> {
    let skip = |problem: &str| {
        tracing::warn!(file = %file.display(), %problem, "installed lexicon skipped");
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) => {
            skip(&format!("cannot read it: {e}"));
            return None;
        }
    };
    let parsed = parse_str(&text);
    let errors: Vec<String> = parsed
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    let document = match parsed.document {
        Some(document) if errors.is_empty() => document,
        _ => {
            skip(&errors.join("; "));
            return None;
        }
    };
    let nsid = document.id.clone();
    let expected = dir.join(expected_relative_path(&nsid));
    if file != expected {
        skip(&format!("its id {nsid} belongs at {}", expected.display()));
        return None;
    }
    if builtin.document(&nsid).is_some() {
        skip(&format!(
            "{nsid} is built in; a built-in lexicon cannot be replaced by the directory"
        ));
        return None;
    }
    catalog.insert(document, Some(file.to_owned()));
    Some(nsid)
}
