//! A set of lexicon documents with every reference resolved: load a directory or documents, look defs
//! up, and check references (missing or wrong targets) and required-reference cycles.

mod cycles;
mod load;
mod refs;
mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::lexicon::{Code, Def, Diagnostic, Document, Reference, child_path};

pub use load::{Loaded, Located, collect_json_files, expected_relative_path};
pub use refs::referenced_nsids;
pub use walk::{FieldVisit, walk_fields};

/// Lexicon documents by NSID, each with the file it came from (if any).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    documents: BTreeMap<String, (Document, Option<PathBuf>)>,
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Self {
        Catalog::default()
    }

    /// Adds a document; a document with the same id is replaced and reported as `duplicate-id`.
    pub fn insert(&mut self, document: Document, source: Option<PathBuf>) -> Option<Diagnostic> {
        let id = document.id.clone();
        let previous = self.documents.insert(id.clone(), (document, source));
        previous.map(|(_, previous_source)| {
            let other = previous_source.map_or_else(
                || "another document".to_owned(),
                |p| p.display().to_string(),
            );
            Diagnostic::new(
                Code::DuplicateId,
                Some(&id),
                child_path(crate::lexicon::ROOT_PATH, "id"),
                format!("`{id}` is also the id of {other}"),
            )
        })
    }

    /// Removes the document `nsid`.
    pub fn remove(&mut self, nsid: &str) -> Option<Document> {
        self.documents.remove(nsid).map(|(document, _)| document)
    }

    /// The number of documents.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether there are no documents.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The document `nsid`.
    pub fn document(&self, nsid: &str) -> Option<&Document> {
        self.documents.get(nsid).map(|(document, _)| document)
    }

    /// The file the document `nsid` was loaded from.
    pub fn source(&self, nsid: &str) -> Option<&Path> {
        self.documents
            .get(nsid)
            .and_then(|(_, source)| source.as_deref())
    }

    /// Every document, by NSID.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.documents.values().map(|(document, _)| document)
    }

    /// The def `name` of document `nsid`.
    pub fn def(&self, nsid: &str, name: &str) -> Option<&Def> {
        self.document(nsid)?.def(name)
    }

    /// The def named by a fully qualified string: `nsid` (its `main`) or `nsid#name`, as in `$type`.
    pub fn lookup(&self, qualified: &str) -> Option<&Def> {
        match qualified.split_once('#') {
            Some((nsid, name)) => self.def(nsid, name),
            None => self.def(qualified, "main"),
        }
    }

    /// The def a reference written in document `base` points at.
    pub fn resolve(&self, reference: &Reference, base: &str) -> Option<&Def> {
        let (nsid, name) = reference.resolve(base);
        self.def(nsid, name)
    }

    /// Checks every reference of every document (targets exist and have a kind the reference may
    /// point at) and looks for cycles of required references that no finite value satisfies.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut out = refs::check(self);
        out.extend(cycles::check(self));
        out
    }
}
