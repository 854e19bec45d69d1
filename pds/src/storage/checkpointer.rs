//! WAL checkpoints on their own thread and connection, so the writer never copies the log into the database
//! file inside a commit (SQLite's automatic checkpoint runs in the committing call). Durability does not
//! change: a commit is durable once its WAL frames are synced; the checkpoint only moves them.

use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};

use rusqlite::Connection;

use super::StorageError;

/// How many pages commits add to the WAL between two checkpoint requests (SQLite's automatic default size).
/// A longer interval copies hot pages less often (at 1,000 the checkpoint thread takes about 9% of the
/// server's CPU under load) but leaves more of the log for the writer's own restart at [`RESTART_PAGES`],
/// which copies what the passive checkpoints have not yet while every write waits (at 4,000 the p99 of
/// the later rounds of a write benchmark grew several-fold).
pub(super) const CHECKPOINT_PAGES: i32 = 1000;

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
