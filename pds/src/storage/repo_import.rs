//! The repository tables as a verified import writes them (`repository/import` decides what, this module
//! is how): the import's savepoint and page cache, emptying or creating the repository's row, its blocks
//! and record index rows inserted a chunk at a time, the counts of shared records, the blocks nothing
//! reaches, and the new head.

mod chunked;
mod record_rows;

pub(crate) use record_rows::{PendingRows, RecordRows};

use lexgen::model::{Cid, Did, Tid};
use rusqlite::{CachedStatement, Connection, OptionalExtension, params};

use super::repo_rows::cid_from_row;
use super::{RepoHead, StorageError};
use chunked::Chunked;

/// The `rev` of the blocks an import stores: theirs is the repository's `import_rev` (so they need no entry
/// in the revision index, and the commit block need not come first).
const REV_IMPORTED: &str = "";

/// An import's savepoint, with the writer's page cache enlarged while it lasts.
pub(crate) struct ImportScope {
    /// The page cache before the import (SQLite's `cache_size` value).
    cache: i64,
}

impl ImportScope {
    /// Sets the page cache to `cache_kib` KiB and opens the savepoint.
    pub(crate) fn begin(conn: &Connection, cache_kib: i64) -> Result<Self, StorageError> {
        let cache = conn.pragma_query_value(None, "cache_size", |row| row.get(0))?;
        conn.pragma_update(None, "cache_size", -cache_kib)?;
        conn.execute_batch("SAVEPOINT import")?;
        Ok(Self { cache })
    }

    /// Keeps (`keep`) or rolls back everything since [`ImportScope::begin`], and restores the page cache
    /// (the pages beyond it are freed as the cache shrinks).
    pub(crate) fn end(self, conn: &Connection, keep: bool) -> Result<(), StorageError> {
        let end = if keep {
            "RELEASE import"
        } else {
            "ROLLBACK TO import; RELEASE import"
        };
        let ended = conn.execute_batch(end);
        conn.pragma_update(None, "cache_size", self.cache)?;
        Ok(ended?)
    }
}

/// Empties the repository's tables (blocks, record index, shared-record counts), or creates its row with
/// `placeholder` as head until the import sets it; the repository's row id.
pub(crate) fn clear_repo(
    conn: &Connection,
    did: &Did,
    current: Option<&RepoHead>,
    placeholder: &Cid,
) -> Result<i64, StorageError> {
    match current {
        Some(current) => {
            conn.execute("DELETE FROM block WHERE repo = ?1", [current.id])?;
            conn.execute("DELETE FROM record WHERE repo = ?1", [current.id])?;
            conn.execute("DELETE FROM record_ref WHERE repo = ?1", [current.id])?;
            Ok(current.id)
        }
        None => {
            let root = placeholder.to_bytes();
            conn.execute(
                "INSERT INTO repo (did, head, data, rev) VALUES (?1, ?2, ?2, ?3)",
                params![did.as_str(), root, REV_IMPORTED],
            )?;
            Ok(conn.last_insert_rowid())
        }
    }
}

/// Inserts an import's blocks, a chunk at a time.
pub(crate) struct BlockRows<'c> {
    insert: Chunked<'c>,
    repo: i64,
}

impl<'c> BlockRows<'c> {
    pub(crate) fn new(conn: &'c Connection, repo: i64) -> Result<Self, StorageError> {
        Ok(Self {
            insert: Chunked::new(
                conn,
                "INSERT OR IGNORE INTO block (repo, cid, rev, bytes)",
                &format!("(?, ?, '{REV_IMPORTED}', ?)"),
            )?,
            repo,
        })
    }

    /// Stores `blocks`; how many were new (a block already stored is stored once, and counted once).
    pub(crate) fn insert(&mut self, blocks: &[(Cid, Vec<u8>)]) -> Result<u64, StorageError> {
        let repo = self.repo;
        let added = self.insert.insert(blocks, |row, (cid, bytes)| {
            row.bind(repo)?;
            row.bind(cid.to_bytes())?;
            row.bind(bytes)
        })?;
        Ok(added as u64)
    }
}

/// Stores how many records point at each shared record block (`counts`, in CID order: appended to the
/// table rather than inserted here and there).
pub(crate) fn insert_record_refs(
    conn: &Connection,
    repo: i64,
    counts: &[(Cid, u32)],
) -> Result<(), StorageError> {
    let mut insert = Chunked::new(
        conn,
        "INSERT INTO record_ref (repo, cid, refs)",
        "(?, ?, ?)",
    )?;
    insert.insert(counts, |row, (cid, refs)| {
        row.bind(repo)?;
        row.bind(cid.to_bytes())?;
        row.bind(refs)
    })?;
    Ok(())
}

/// Every distinct record CID of the repository's index, in CID order (the order of the block table, so
/// the lookups walk it sequentially), with how many index rows point at it and its block's bytes (`None`
/// when the block is missing); counts of 2 or more are stored as shared-record counts. `each` may stop the
/// scan with its error.
pub(crate) fn scan_indexed_records<E: From<StorageError>>(
    conn: &Connection,
    repo: i64,
    mut each: impl FnMut(Cid, Option<&[u8]>) -> Result<(), E>,
) -> Result<(), E> {
    let mut records = conn
        .prepare_cached(
            "SELECT used.cid, used.refs, block.bytes
             FROM (SELECT cid, count(*) AS refs FROM record WHERE repo = ?1 GROUP BY cid) AS used
             LEFT JOIN block ON block.repo = ?1 AND block.cid = used.cid
             ORDER BY used.cid",
        )
        .map_err(StorageError::from)?;
    let mut share = conn
        .prepare_cached("INSERT INTO record_ref (repo, cid, refs) VALUES (?1, ?2, ?3)")
        .map_err(StorageError::from)?;
    let mut rows = records.query([repo]).map_err(StorageError::from)?;
    while let Some(row) = rows.next().map_err(StorageError::from)? {
        let cid = cid_from_row(row.get(0).map_err(StorageError::from)?)?;
        let refs: i64 = row.get(1).map_err(StorageError::from)?;
        let bytes = match row.get_ref(2).map_err(StorageError::from)? {
            rusqlite::types::ValueRef::Blob(bytes) => Some(bytes),
            _ => None,
        };
        each(cid, bytes)?;
        if refs >= 2 {
            share
                .execute(params![repo, cid.to_bytes(), refs])
                .map_err(StorageError::from)?;
        }
    }
    Ok(())
}

/// The path (`collection/rkey`) of one record of the repository whose CID is `cid`.
pub(crate) fn record_path_of(
    conn: &Connection,
    repo: i64,
    cid: &Cid,
) -> Result<Option<String>, StorageError> {
    let key: Option<(String, String)> = conn
        .query_row(
            "SELECT collection, rkey FROM record WHERE repo = ?1 AND cid = ?2 LIMIT 1",
            params![repo, cid.to_bytes()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    Ok(key.map(|(collection, rkey)| format!("{collection}/{rkey}")))
}

/// The blocks an import reached (in a temporary table), to delete the others.
pub(crate) struct Reached<'c> {
    conn: &'c Connection,
    reach: CachedStatement<'c>,
}

impl<'c> Reached<'c> {
    /// An empty set.
    pub(crate) fn new(conn: &'c Connection) -> Result<Self, StorageError> {
        conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_reached (cid BLOB PRIMARY KEY) WITHOUT ROWID;
             DELETE FROM temp.import_reached;",
        )?;
        let reach =
            conn.prepare_cached("INSERT OR IGNORE INTO temp.import_reached (cid) VALUES (?1)")?;
        Ok(Self { conn, reach })
    }

    /// Adds a reached block.
    pub(crate) fn add(&mut self, cid: &Cid) -> Result<(), StorageError> {
        self.reach.execute([cid.to_bytes()])?;
        Ok(())
    }

    /// Adds every record of the index, deletes the repository's blocks not reached and empties the set;
    /// how many blocks were deleted.
    pub(crate) fn drop_the_rest(self, repo: i64) -> Result<u64, StorageError> {
        let conn = self.conn;
        conn.execute(
            "INSERT OR IGNORE INTO temp.import_reached (cid) SELECT cid FROM record WHERE repo = ?1",
            [repo],
        )?;
        let dropped = conn.execute(
            "DELETE FROM block WHERE repo = ?1 AND cid NOT IN (SELECT cid FROM temp.import_reached)",
            [repo],
        )?;
        conn.execute("DELETE FROM temp.import_reached", [])?;
        Ok(dropped as u64)
    }
}

/// Replaces the imported commit block `imported` (unless `None`: it is also a record) with the re-signed
/// head `(cid, bytes)` at `rev`; the change in the number of stored blocks, as (added, removed).
pub(crate) fn replace_commit_block(
    conn: &Connection,
    repo: i64,
    imported: Option<&Cid>,
    head: (&Cid, &[u8]),
    rev: &Tid,
) -> Result<(u64, u64), StorageError> {
    let removed = match imported {
        Some(cid) => conn.execute(
            "DELETE FROM block WHERE repo = ?1 AND cid = ?2",
            params![repo, cid.to_bytes()],
        )?,
        None => 0,
    };
    let added = conn.execute(
        "INSERT OR IGNORE INTO block (repo, cid, rev, bytes) VALUES (?1, ?2, ?3, ?4)",
        params![repo, head.0.to_bytes(), rev.to_string(), head.1],
    )?;
    Ok((added as u64, removed as u64))
}

/// Sets the imported repository's head: commit `head`, MST root `data`, revision `rev` (also the
/// revision of every imported block).
pub(crate) fn set_imported_head(
    conn: &Connection,
    repo: i64,
    head: &Cid,
    data: &Cid,
    rev: &Tid,
) -> Result<(), StorageError> {
    conn.execute(
        "UPDATE repo SET head = ?2, data = ?3, rev = ?4, import_rev = ?4 WHERE id = ?1",
        params![repo, head.to_bytes(), data.to_bytes(), rev.to_string()],
    )?;
    Ok(())
}

/// How many shared-record counts the repository has, and their sum (tests).
#[cfg(test)]
pub(crate) fn shared_record_counts(
    conn: &Connection,
    repo: i64,
) -> Result<(i64, i64), StorageError> {
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum(refs), 0) FROM record_ref WHERE repo = ?1",
        [repo],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

/// How many blocks the repository has (tests).
#[cfg(test)]
pub(crate) fn block_count(conn: &Connection, repo: i64) -> Result<i64, StorageError> {
    Ok(conn.query_row(
        "SELECT count(*) FROM block WHERE repo = ?1",
        [repo],
        |row| row.get(0),
    )?)
}
