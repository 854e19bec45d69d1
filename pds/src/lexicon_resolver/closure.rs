//! Resolving lexicons together with everything they reference: each document is resolved and verified,
//! then its `ref`s and union members are followed to the documents the caller does not already have.

use std::collections::{BTreeSet, VecDeque};

use lexgen::catalog::referenced_nsids;
use lexgen::lexicon::parse_document;
use lexgen::model::Nsid;

use super::{ResolveError, Resolved, Resolver};

impl Resolver {
    /// Resolves `roots` and, transitively, every document they reference for which `known` is false, in
    /// breadth-first order. Nothing is returned unless everything resolved: a caller writing the result
    /// never installs half a closure.
    pub async fn resolve_with_references(
        &self,
        roots: &[Nsid],
        known: impl Fn(&str) -> bool,
    ) -> Result<Vec<Resolved>, ResolveError> {
        let mut queue: VecDeque<Nsid> = roots.iter().cloned().collect();
        let mut seen: BTreeSet<String> = roots.iter().map(ToString::to_string).collect();
        let mut out = Vec::new();
        while let Some(nsid) = queue.pop_front() {
            let resolved = self.resolve(&nsid).await?;
            let Some(document) = parse_document(&resolved.document).document else {
                return Err(ResolveError::NotASchema {
                    uri: resolved.uri,
                    reason: "it is not a valid lexicon document".to_owned(),
                });
            };
            for reference in referenced_nsids(&document) {
                if seen.contains(&reference) || known(&reference) {
                    continue;
                }
                // A reference that is not an NSID cannot be fetched; the catalog reports it when loaded.
                if let Ok(next) = reference.parse::<Nsid>() {
                    seen.insert(reference);
                    queue.push_back(next);
                }
            }
            out.push(resolved);
        }
        Ok(out)
    }
}
