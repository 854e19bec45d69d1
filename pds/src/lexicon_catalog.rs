//! The lexicons this server validates records against: every document of `lexicons/` built in, plus the
//! documents an operator installs under `<data dir>/lexicons/` (same layout), picked up while the server
//! runs. Record writes read the current [`Snapshot`]; a reload swaps in a new one.

mod builtin;
mod installed;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock, Weak};
use std::time::{Duration, Instant};

use lexgen::catalog::Catalog;
use lexgen::lexicon::Def;
use lexgen::model::Value;
use lexgen::validate::{Diagnostic, Mode, Validator};

pub use builtin::{builtin, parse as parse_builtin};
pub(crate) use installed::Fingerprint;

/// How often the installed-lexicons directory is looked at (file names, sizes and modification times).
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

self_cell::self_cell!(
    /// A catalog and the validator indexing it.
    struct Indexed {
        owner: Catalog,
        #[covariant]
        dependent: Validator,
    }
);

/// One catalog as of one load: what record writes validate against.
pub struct Snapshot {
    indexed: Indexed,
    /// How many installed documents it holds.
    installed: usize,
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot")
            .field("documents", &self.catalog().len())
            .field("installed", &self.installed)
            .finish()
    }
}

impl Snapshot {
    /// Indexes `catalog`, of which `installed` documents came from the installed-lexicons directory.
    pub fn new(catalog: Catalog, installed: usize) -> Snapshot {
        Snapshot {
            indexed: Indexed::new(catalog, |catalog| Validator::new(catalog, Mode::Strict)),
            installed,
        }
    }

    /// The catalog.
    pub fn catalog(&self) -> &Catalog {
        self.indexed.borrow_owner()
    }

    /// The validator over the catalog (strict mode: the specs as written).
    pub(crate) fn validator(&self) -> &Validator<'_> {
        self.indexed.borrow_dependent()
    }

    /// How many documents came from the installed-lexicons directory.
    pub fn installed(&self) -> usize {
        self.installed
    }

    /// Whether `collection` names a record type of the catalog (its `main` def is a record).
    pub fn is_record_type(&self, collection: &str) -> bool {
        matches!(self.catalog().def(collection, "main"), Some(Def::Record(_)))
    }

    /// Problems of `rkey` as a key of a `collection` record (its lexicon's `key` type).
    pub(crate) fn check_record_key(&self, collection: &str, rkey: &str) -> Vec<Diagnostic> {
        self.validator().record_key(collection, rkey)
    }

    /// Problems of a record of `collection` given as JSON text: the fast path of
    /// [`Validator::record_text`], with the engine's diagnostics when it is not sure.
    pub fn check_record_text(
        &self,
        collection: &str,
        text: &str,
    ) -> Result<Vec<Diagnostic>, serde_json::Error> {
        self.validator().record_text(Some(collection), text)
    }

    /// Problems of a decoded record of `collection`.
    pub fn check_record(&self, collection: &str, value: &Value) -> Vec<Diagnostic> {
        self.validator().record(collection, value)
    }
}

/// The server's lexicons: the built-in catalog, the installed-lexicons directory and the current snapshot.
#[derive(Debug)]
pub struct Lexicons {
    builtin: Arc<Catalog>,
    dir: PathBuf,
    current: RwLock<Arc<Snapshot>>,
    /// What the directory looked like when `current` was loaded (the lock also serializes reloads).
    seen: Mutex<Fingerprint>,
}

impl Lexicons {
    /// The built-in lexicons plus what `dir` holds now (`dir` need not exist).
    pub fn open(builtin: Arc<Catalog>, dir: PathBuf) -> Lexicons {
        let started = Instant::now();
        let lexicons = Lexicons {
            current: RwLock::new(Arc::new(Snapshot::new((*builtin).clone(), 0))),
            builtin,
            dir,
            seen: Mutex::new(Fingerprint::default()),
        };
        if !lexicons.refresh() {
            tracing::debug!(
                documents = lexicons.builtin.len(),
                elapsed_us = started.elapsed().as_micros(),
                "built-in lexicons indexed"
            );
        }
        lexicons
    }

    /// The installed-lexicons directory.
    pub fn dir(&self) -> &std::path::Path {
        &self.dir
    }

    /// The current snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.current.read() {
            Ok(current) => current.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Reloads the installed documents if the directory changed since the last load; whether it did.
    pub fn refresh(&self) -> bool {
        let mut seen = match self.seen.lock() {
            Ok(seen) => seen,
            Err(poisoned) => poisoned.into_inner(),
        };
        let now = Fingerprint::of(&self.dir);
        if now == *seen {
            return false;
        }
        let started = Instant::now();
        let (catalog, installed) = installed::load(&self.builtin, &self.dir, &now);
        let snapshot = Arc::new(Snapshot::new(catalog, installed));
        tracing::info!(
            dir = %self.dir.display(),
            installed,
            documents = snapshot.catalog().len(),
            elapsed_us = started.elapsed().as_micros(),
            "lexicons loaded"
        );
        match self.current.write() {
            Ok(mut current) => *current = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
        *seen = now;
        true
    }

    /// Looks at the directory every [`POLL_INTERVAL`] on a thread of its own, until `lexicons` is dropped.
    pub(crate) fn watch(lexicons: &Arc<Lexicons>) {
        let weak: Weak<Lexicons> = Arc::downgrade(lexicons);
        let spawned = std::thread::Builder::new()
            .name("lexicon-watch".to_owned())
            .spawn(move || {
                loop {
                    std::thread::sleep(POLL_INTERVAL);
                    let Some(lexicons) = weak.upgrade() else {
                        return;
                    };
                    lexicons.refresh();
                }
            });
        if let Err(e) = spawned {
            tracing::warn!(error = %e, "could not start the lexicon directory watcher; installed lexicons load at start-up only");
        }
    }
}
