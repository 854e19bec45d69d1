//! SQLite storage, the only user of rusqlite: one database for every account, pooled readers, and one writer
//! thread that commits queued write jobs together (group commit: one fsync for many writers).
//!
//! Sync inside, async facade: async callers hand closures to [`Storage::read`] / [`Storage::write`], which run
//! on blocking threads and never on the runtime.

pub mod accounts;
mod appended;
pub mod blobs;
mod checkpointer;
mod connection;
mod error;
mod events;
pub(crate) mod oauth;
pub(crate) mod preferences;
pub mod quotas;
mod record_cache;
pub(crate) mod reference;
pub(crate) mod repo_import;
mod repo_list;
mod repo_rows;
pub(crate) mod reserved_keys;
mod schema;
pub mod sessions;
pub(crate) mod totals;
mod typed_column;
mod writer;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

pub use error::StorageError;
pub use events::{
    NewEvent, StoredEvent, append_event, continue_after, delete_events_of, events_after,
    first_seq_since, last_seq, prune_events_before,
};
pub use record_cache::{CachedRecord, DEFAULT_RECORD_CACHE_BYTES, RecordCache};
pub(crate) use repo_list::{list_repo_heads, repo_has_collection};
pub use repo_rows::{
    ChangeBase, RecordChange, RepoBlocks, RepoChange, RepoHead, RepoReader, apply_repo_change,
};
pub(crate) use rusqlite::Connection;
pub(crate) use writer::Committed;

/// The database of a PDS: repositories, records, blocks, the event log, accounts, credentials and blobs.
#[derive(Clone)]
pub struct Storage {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    records: Arc<RecordCache>,
    readers: Mutex<Vec<Connection>>,
    writer: writer::Writer,
}

/// A job queued by [`Storage::write_queued`].
pub(crate) struct PendingWrite<T>(tokio::sync::oneshot::Receiver<Result<T, StorageError>>);

impl<T> PendingWrite<T> {
    /// Waits for the job's group to commit. Blocking: panics inside an async runtime.
    pub(crate) fn wait(self) -> Result<T, StorageError> {
        self.0
            .blocking_recv()
            .map_err(|_| StorageError::WriterGone)?
    }
}

/// How many idle reader connections are kept.
const IDLE_READERS: usize = 8;

impl Storage {
    /// Opens (creating if needed) the database at `path`, migrates it, and starts the writer thread, with a
    /// record cache of [`DEFAULT_RECORD_CACHE_BYTES`].
    pub fn open(path: &Path) -> Result<Self, StorageError> {
        Self::open_with_record_cache(path, DEFAULT_RECORD_CACHE_BYTES)
    }

    /// [`Storage::open`] with a record cache of at most about `bytes` (0: none).
    pub fn open_with_record_cache(path: &Path, bytes: usize) -> Result<Self, StorageError> {
        let mut conn = connection::open(path)?;
        schema::migrate(&mut conn)?;
        let records = Arc::new(RecordCache::new(bytes));
        let checkpoints = checkpointer::Checkpoints::start(path)?;
        let writer = writer::Writer::start(conn, records.clone(), checkpoints)?;
        Ok(Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                records,
                readers: Mutex::new(Vec::new()),
                writer,
            }),
        })
    }

    /// The decoded-record cache, kept current by the writer: use it for record reads
    /// ([`RecordCache::record`] inside a read closure).
    pub fn records(&self) -> &RecordCache {
        &self.inner.records
    }

    /// The record at `collection/rkey` of repository `repo` (a row id from [`RepoReader::head`]), decoded:
    /// from memory when cached, without taking a connection; else through a pooled reader. Blocking.
    pub fn record_blocking(
        &self,
        repo: i64,
        collection: &str,
        rkey: &str,
    ) -> Result<Option<CachedRecord>, StorageError> {
        if let Some(found) = self.inner.records.cached(repo, collection, rkey) {
            return Ok(Some(found));
        }
        self.read_blocking(|conn| self.inner.records.record(conn, repo, collection, rkey))
    }

    /// Runs `f` with a read-only connection, on this thread. Blocking: do not call from async code.
    pub fn read_blocking<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StorageError>,
    ) -> Result<T, StorageError> {
        let conn = match self.lock_readers().pop() {
            Some(conn) => conn,
            None => connection::open_reader(&self.inner.path)?,
        };
        let result = f(&conn);
        self.keep_reader(conn);
        result
    }

    /// Runs `f`, a point read by key (a row or two: microseconds, no scan), with an idle pooled reader on
    /// this thread: a request then makes no round trip through the blocking pool for it. In WAL mode a
    /// reader does not wait for the writer's transactions. With no idle reader (opening one takes longer),
    /// it goes through [`Storage::read`].
    pub(crate) async fn lookup<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        let idle = self.lock_readers().pop();
        let Some(conn) = idle else {
            return self.read(f).await;
        };
        let result = f(&conn);
        self.keep_reader(conn);
        result
    }

    /// Returns a reader to the pool, unless enough are idle already.
    fn keep_reader(&self, conn: Connection) {
        let mut readers = self.lock_readers();
        if readers.len() < IDLE_READERS {
            readers.push(conn);
        }
    }

    /// Runs `f` with a read-only connection on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        let storage = self.clone();
        tokio::task::spawn_blocking(move || storage.read_blocking(f))
            .await
            .map_err(|e| StorageError::Worker(e.to_string()))?
    }

    /// Runs `f` inside the writer's transaction and waits for the commit. `f` runs in its own savepoint: if it
    /// fails, its changes are rolled back and the other jobs of the same group still commit.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        self.inner
            .writer
            .submit(f)?
            .await
            .map_err(|_| StorageError::WriterGone)?
    }

    /// [`Storage::write`] for synchronous callers (tools, benchmarks, tests). Panics inside an async runtime.
    pub fn write_blocking<T, F>(&self, f: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        self.inner
            .writer
            .submit(f)?
            .blocking_recv()
            .map_err(|_| StorageError::WriterGone)?
    }

    /// [`Storage::write_blocking`] in two steps: `f` is queued now and the caller waits for its commit with
    /// [`PendingWrite::wait`], so it can feed the running job meanwhile (an import streams its blocks to
    /// the writer this way). A job that waits on its caller holds up every other write: feed it promptly.
    pub(crate) fn write_queued<T, F>(&self, f: F) -> Result<PendingWrite<T>, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StorageError> + Send + 'static,
    {
        Ok(PendingWrite(self.inner.writer.submit(f)?))
    }

    /// A receiver whose value changes after every committed write group: wait on it to learn, without
    /// polling, that new rows may be visible. The value carries the firehose events the group appended, as
    /// stored; a receiver that missed a group (its count moved by more than one) reads the log instead.
    pub(crate) fn subscribe_commits(&self) -> tokio::sync::watch::Receiver<Committed> {
        self.inner.writer.subscribe_commits()
    }

    /// The writer's group sizes and commit times, for `/metrics`.
    pub(crate) fn writer_metrics(&self) -> &crate::metrics::WriterMetrics {
        self.inner.writer.metrics()
    }

    fn lock_readers(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        // A reader pool poisoned by a panic is still a list of valid connections.
        self.inner
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
