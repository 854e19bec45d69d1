//! The record index rows an import's tree walk finds: kept together ([`PendingRows`], which the walk can
//! also send from the thread reading the CAR) and written a chunk at a time ([`Chunked`]).

use lexgen::model::{Cid, Tid};
use rusqlite::Connection;

use super::chunked::{CHUNK, Chunked};
use crate::storage::StorageError;

/// How many rows wait before the job writes them.
const PENDING: usize = 8 * CHUNK;

/// One row: where its path is in [`PendingRows::paths`], where the collection ends, and its record.
struct Row {
    start: usize,
    slash: usize,
    end: usize,
    cid: Cid,
}

/// Rows not written yet. The walk lends each path only while it visits it, so the paths are copied, one
/// after the other, into one string.
#[derive(Default)]
pub(crate) struct PendingRows {
    paths: String,
    rows: Vec<Row>,
}

impl PendingRows {
    /// Adds the record at `collection/rkey`.
    pub(crate) fn push(&mut self, collection: &str, rkey: &str, cid: Cid) {
        let start = self.paths.len();
        self.paths.push_str(collection);
        self.paths.push('/');
        self.paths.push_str(rkey);
        self.rows.push(Row {
            start,
            slash: start + collection.len(),
            end: self.paths.len(),
            cid,
        });
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    fn clear(&mut self) {
        self.paths.clear();
        self.rows.clear();
    }
}

/// Writes record index rows of one repository at one revision.
pub(crate) struct RecordRows<'c> {
    insert: Chunked<'c>,
    repo: i64,
    rev: String,
    pending: PendingRows,
}

impl<'c> RecordRows<'c> {
    /// Rows of repository `repo` at revision `rev`.
    pub(crate) fn new(conn: &'c Connection, repo: i64, rev: &Tid) -> Result<Self, StorageError> {
        Ok(Self {
            insert: Chunked::new(
                conn,
                "INSERT INTO record (repo, collection, rkey, cid, rev)",
                "(?, ?, ?, ?, ?)",
            )?,
            repo,
            rev: rev.to_string(),
            pending: PendingRows::default(),
        })
    }

    /// Adds the record at `collection/rkey`, written with the next few.
    pub(crate) fn push(
        &mut self,
        collection: &str,
        rkey: &str,
        cid: Cid,
    ) -> Result<(), StorageError> {
        self.pending.push(collection, rkey, cid);
        if self.pending.len() >= PENDING {
            self.write_pending()?;
        }
        Ok(())
    }

    /// Writes `rows` (found elsewhere) now.
    pub(crate) fn write(&mut self, rows: &PendingRows) -> Result<(), StorageError> {
        Ok(write_rows(&mut self.insert, self.repo, &self.rev, rows)?)
    }

    /// Writes the rows still waiting.
    pub(crate) fn finish(mut self) -> Result<(), StorageError> {
        self.write_pending()
    }

    fn write_pending(&mut self) -> Result<(), StorageError> {
        write_rows(&mut self.insert, self.repo, &self.rev, &self.pending)?;
        self.pending.clear();
        Ok(())
    }
}

fn write_rows(
    insert: &mut Chunked<'_>,
    repo: i64,
    rev: &str,
    rows: &PendingRows,
) -> rusqlite::Result<()> {
    insert.insert(&rows.rows, |row, pending| {
        row.bind(repo)?;
        row.bind(&rows.paths[pending.start..pending.slash])?;
        row.bind(&rows.paths[pending.slash + 1..pending.end])?;
        row.bind(pending.cid.to_bytes())?;
        row.bind(rev)
    })?;
    Ok(())
}
