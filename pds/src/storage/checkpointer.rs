//! WAL checkpoints on their own thread and connection, so the writer never copies the log into the database
//! file inside a commit (SQLite's automatic checkpoint runs in the committing call). Durability does not
//! change: a commit is durable once its WAL frames are synced; the checkpoint only moves them.

use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};

use rusqlite::Connection;

use super::StorageError;

/// How many pages commits add to the WAL between two checkpoint requests: 16 MiB of log, four times SQLite's
/// automatic default. A checkpoint copies each page in the log once however often commits rewrote it, and
/// under load the same pages (the ends of the event log and record index, interior nodes) are rewritten by
/// almost every group commit: at 1,000 pages the checkpoint thread took 9% of the server's CPU.
pub(super) const CHECKPOINT_PAGES: i32 = 4000;

/// The WAL size, in pages (64 MiB of 4 KiB pages), from which the writer restarts the log itself. Commits
/// that come back to back leave the passive checkpoints here no moment in which all of the log is copied
/// and no transaction is open, the only moment the log can start over: without this, it grows for as long
/// as they come.
pub(super) const RESTART_PAGES: i32 = 16 * 1024;

/// A log that started over is cut back to this size (SQLite otherwise keeps the file at its largest).
pub(super) const LOG_LIMIT_BYTES: i64 = 64 * 1024 * 1024;

/// Asks the checkpoint thread for a checkpoint; requests made while one is pending are merged.
#[derive(Clone)]
pub(super) struct Checkpoints(SyncSender<()>);

impl Checkpoints {
    /// Starts the checkpoint thread with its own connection to `path`. It ends when every handle is gone.
    pub(super) fn start(path: &Path) -> Result<Self, StorageError> {
        let conn = super::connection::open(path)?;
        let (requests, received) = sync_channel(1);
        std::thread::Builder::new()
            .name("sqlite-checkpoint".into())
            .spawn(move || run(&conn, &received))
            .map_err(|e| StorageError::Worker(e.to_string()))?;
        Ok(Self(requests))
    }

    /// Requests a checkpoint without waiting.
    pub(super) fn request(&self) {
        match self.0.try_send(()) {
            Ok(()) | Err(TrySendError::Full(())) | Err(TrySendError::Disconnected(())) => {}
        }
    }
}

fn run(conn: &Connection, requests: &Receiver<()>) {
    while requests.recv().is_ok() {
        // PASSIVE: copies what no reader still needs, never blocks readers or the writer. What it cannot copy
        // now is copied by a later request; the writer restarts the log once all of it has been copied.
        if let Err(error) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
            tracing::warn!(%error, "WAL checkpoint failed");
        }
    }
}
