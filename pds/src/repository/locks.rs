//! One lock per repository, created on demand: commits take it shared (the writer thread orders them), an
//! import takes it exclusively so no commit lands while a repository is being replaced.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use lexgen::model::Did;

/// The per-repository write locks.
#[derive(Clone, Default)]
pub(crate) struct RepoLocks {
    locks: Arc<Mutex<HashMap<Did, Arc<tokio::sync::RwLock<()>>>>>,
}

impl RepoLocks {
    /// The lock of `did`'s repository. Locks nobody holds are dropped now and then to bound the map.
    pub(crate) fn get(&self, did: &Did) -> Arc<tokio::sync::RwLock<()>> {
        let mut locks = self
            .locks
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if locks.len() > 10_000 {
            locks.retain(|_, lock| Arc::strong_count(lock) > 1);
        }
        locks.entry(did.clone()).or_default().clone()
    }
}
