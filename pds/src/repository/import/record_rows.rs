//! The record index rows an import's tree walk finds, kept for a few chunks and written together
//! ([`Chunked`]): the walk lends each path only for the moment it visits it.

use lexgen::model::Cid;
use rusqlite::Connection;

use super::chunked::{CHUNK, Chunked};

/// How many rows wait before they are written.
const PENDING: usize = 8 * CHUNK;

/// One waiting row: where its path is in [`RecordRows::paths`], where the collection ends, and its record.
struct Row {
    start: usize,
    slash: usize,
    end: usize,
    cid: Cid,
}

pub(super) struct RecordRows<'c> {
    insert: Chunked<'c>,
    repo: i64,
    rev: String,
    /// The waiting rows' paths, one after the other.
    paths: String,
    rows: Vec<Row>,
}

impl<'c> RecordRows<'c> {
    /// Rows of repository `repo` at revision `rev`.
    pub(super) fn new(conn: &'c Connection, repo: i64, rev: &str) -> rusqlite::Result<Self> {
        Ok(Self {
            insert: Chunked::new(
                conn,
                "INSERT INTO record (repo, collection, rkey, cid, rev)",
                "(?, ?, ?, ?, ?)",
            )?,
            repo,
            rev: rev.to_owned(),
            paths: String::new(),
            rows: Vec::with_capacity(PENDING),
        })
    }

    /// Adds the record at `collection/rkey`.
    pub(super) fn push(&mut self, collection: &str, rkey: &str, cid: Cid) -> rusqlite::Result<()> {
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
        if self.rows.len() >= PENDING {
            self.write()?;
        }
        Ok(())
    }

    /// Writes the rows still waiting.
    pub(super) fn finish(mut self) -> rusqlite::Result<()> {
        self.write()
    }

    fn write(&mut self) -> rusqlite::Result<()> {
        let Self {
            insert,
            repo,
            rev,
            paths,
            rows,
        } = self;
        insert.insert(rows, |row, waiting| {
            row.bind(*repo)?;
            row.bind(&paths[waiting.start..waiting.slash])?;
            row.bind(&paths[waiting.slash + 1..waiting.end])?;
            row.bind(waiting.cid.to_bytes())?;
            row.bind(&rev[..])
        })?;
        paths.clear();
        rows.clear();
        Ok(())
    }
}
