//! Repository rows: heads, blocks and the record index — reads, a `BlockStore` over one repository, and
//! applying a commit's changes inside the writer's transaction.

use std::collections::HashSet;

use lexgen::model::{Cid, Did, Tid};
use rusqlite::{Connection, OptionalExtension, params};

use super::StorageError;
use crate::repo::{Block, BlockStore, RepoError};

/// The current head of one repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepoHead {
    /// The row id that scopes every block and record of the repository.
    pub id: i64,
    pub did: Did,
    /// The current commit.
    pub head: Cid,
    /// Its MST root.
    pub data: Cid,
    pub rev: Tid,
}

/// One change to the record index.
#[derive(Clone, Debug)]
pub struct RecordChange {
    pub collection: String,
    pub rkey: String,
    /// The new record, or `None` when it was deleted.
    pub cid: Option<Cid>,
}

/// The head a change was computed from: the repository's row and its commit then.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeBase {
    pub repo: i64,
    pub head: Cid,
}

/// Everything one commit changes, applied atomically by [`apply_repo_change`].
#[derive(Clone, Debug)]
pub struct RepoChange<'a> {
    pub did: Did,
    /// The head this change was computed from (`None` for a new repository): the change applies only while
    /// it is still the head, a safety net against lost updates checked by the update itself.
    pub base: Option<ChangeBase>,
    pub head: Cid,
    pub data: Cid,
    pub rev: Tid,
    /// The blocks the commit made, borrowed from what the caller is told (no copy).
    pub new_blocks: &'a [Block],
    /// MST nodes no longer reachable.
    pub removed_blocks: Vec<Cid>,
    /// Record blocks to drop if no indexed record points at them after this change.
    pub replaced_records: Vec<Cid>,
    pub records: Vec<RecordChange>,
    /// The firehose event announcing this change, appended in the same transaction.
    pub event: Option<super::NewEvent>,
}

pub(super) fn cid_from_row(bytes: Vec<u8>) -> Result<Cid, StorageError> {
    Cid::from_bytes(&bytes).map_err(|e| StorageError::Corrupt(format!("bad CID: {e}")))
}

/// Read queries about repositories, on any connection.
pub struct RepoReader;

impl RepoReader {
    /// The head of `did`'s repository.
    pub fn head(conn: &Connection, did: &Did) -> Result<Option<RepoHead>, StorageError> {
        let row = conn
            .prepare_cached("SELECT id, head, data, rev FROM repo WHERE did = ?1")?
            .query_row([did.as_str()], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, Vec<u8>>(1)?,
                    row.get::<_, Vec<u8>>(2)?,
                    row.get::<_, String>(3)?,
                ))
            })
            .optional()?;
        let Some((id, head, data, rev)) = row else {
            return Ok(None);
        };
        Ok(Some(RepoHead {
            id,
            did: did.clone(),
            head: cid_from_row(head)?,
            data: cid_from_row(data)?,
            rev: rev
                .parse()
                .map_err(|e| StorageError::Corrupt(format!("bad rev: {e}")))?,
        }))
    }

    /// One block of a repository.
    pub fn block(conn: &Connection, repo: i64, cid: &Cid) -> Result<Option<Vec<u8>>, StorageError> {
        Ok(conn
            .prepare_cached("SELECT bytes FROM block WHERE repo = ?1 AND cid = ?2")?
            .query_row(params![repo, cid.to_bytes()], |row| row.get(0))
            .optional()?)
    }

    /// The CID of the record at `collection/rkey`, from the index.
    pub(crate) fn record_cid(
        conn: &Connection,
        repo: i64,
        collection: &str,
        rkey: &str,
    ) -> Result<Option<Cid>, StorageError> {
        let cid: Option<Vec<u8>> = conn
            .prepare_cached(
                "SELECT cid FROM record WHERE repo = ?1 AND collection = ?2 AND rkey = ?3",
            )?
            .query_row(params![repo, collection, rkey], |row| row.get(0))
            .optional()?;
        cid.map(cid_from_row).transpose()
    }

    /// The record at `collection/rkey`: its CID and bytes, in one lookup joining the index to the blocks.
    pub fn record(
        conn: &Connection,
        repo: i64,
        collection: &str,
        rkey: &str,
    ) -> Result<Option<(Cid, Vec<u8>)>, StorageError> {
        let row: Option<(Vec<u8>, Vec<u8>)> = conn
            .prepare_cached(
                "SELECT record.cid, block.bytes FROM record
                 JOIN block ON block.repo = record.repo AND block.cid = record.cid
                 WHERE record.repo = ?1 AND record.collection = ?2 AND record.rkey = ?3",
            )?
            .query_row(params![repo, collection, rkey], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        row.map(|(cid, bytes)| Ok((cid_from_row(cid)?, bytes)))
            .transpose()
    }

    /// A page of a collection's records in rkey order (descending if `reverse`), strictly after `cursor`.
    pub(crate) fn list_records(
        conn: &Connection,
        repo: i64,
        collection: &str,
        cursor: Option<&str>,
        limit: u32,
        reverse: bool,
    ) -> Result<Vec<(String, Cid)>, StorageError> {
        let sql = match (reverse, cursor.is_some()) {
            (false, false) => {
                "SELECT rkey, cid FROM record WHERE repo = ?1 AND collection = ?2 ORDER BY rkey LIMIT ?3"
            }
            (false, true) => {
                "SELECT rkey, cid FROM record WHERE repo = ?1 AND collection = ?2 AND rkey > ?4 ORDER BY rkey LIMIT ?3"
            }
            (true, false) => {
                "SELECT rkey, cid FROM record WHERE repo = ?1 AND collection = ?2 ORDER BY rkey DESC LIMIT ?3"
            }
            (true, true) => {
                "SELECT rkey, cid FROM record WHERE repo = ?1 AND collection = ?2 AND rkey < ?4 ORDER BY rkey DESC LIMIT ?3"
            }
        };
        let mut statement = conn.prepare_cached(sql)?;
        let rows = match cursor {
            Some(cursor) => {
                statement.query_map(params![repo, collection, limit, cursor], read_pair)?
            }
            None => statement.query_map(params![repo, collection, limit], read_pair)?,
        };
        rows.map(|row| {
            let (rkey, cid) = row?;
            Ok((rkey, cid_from_row(cid)?))
        })
        .collect()
    }

    /// The collections that hold at least one record, in order.
    pub(crate) fn collections(conn: &Connection, repo: i64) -> Result<Vec<String>, StorageError> {
        let mut statement = conn.prepare_cached(
            "SELECT DISTINCT collection FROM record WHERE repo = ?1 ORDER BY collection",
        )?;
        let rows = statement.query_map([repo], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many records the index holds for a repository.
    pub fn record_count(conn: &Connection, repo: i64) -> Result<u64, StorageError> {
        let count: i64 = conn
            .prepare_cached("SELECT count(*) FROM record WHERE repo = ?1")?
            .query_row([repo], |row| row.get(0))?;
        Ok(count.max(0) as u64)
    }

    /// Calls `visit` with every block stored after revision `since`, or with every block in CID order.
    pub(crate) fn blocks_since(
        conn: &Connection,
        repo: i64,
        since: Option<&Tid>,
        mut visit: impl FnMut(Cid, Vec<u8>) -> Result<(), StorageError>,
    ) -> Result<(), StorageError> {
        // Everything: one sequential range of the primary key, in CID order. Since a revision: the blocks of
        // later commits by the rev index, then those of the last import (`rev = ''`) if it is later.
        let Some(since) = since else {
            let mut statement =
                conn.prepare_cached("SELECT cid, bytes FROM block WHERE repo = ?1 ORDER BY cid")?;
            return visit_blocks(statement.query(params![repo])?, &mut visit);
        };
        let since = since.to_string();
        let mut statement = conn.prepare_cached(
            "SELECT cid, bytes FROM block WHERE repo = ?1 AND rev <> '' AND rev > ?2",
        )?;
        visit_blocks(statement.query(params![repo, since])?, &mut visit)?;
        let import_rev: Option<String> = conn
            .prepare_cached("SELECT import_rev FROM repo WHERE id = ?1")?
            .query_row([repo], |row| row.get(0))
            .optional()?
            .flatten();
        if import_rev.is_some_and(|imported| imported > since) {
            let mut statement =
                conn.prepare_cached("SELECT cid, bytes FROM block WHERE repo = ?1 AND rev = ''")?;
            visit_blocks(statement.query(params![repo])?, &mut visit)?;
        }
        Ok(())
    }
}

fn visit_blocks(
    mut rows: rusqlite::Rows<'_>,
    visit: &mut impl FnMut(Cid, Vec<u8>) -> Result<(), StorageError>,
) -> Result<(), StorageError> {
    while let Some(row) = rows.next()? {
        visit(cid_from_row(row.get(0)?)?, row.get(1)?)?;
    }
    Ok(())
}

fn read_pair(row: &rusqlite::Row<'_>) -> rusqlite::Result<(String, Vec<u8>)> {
    Ok((row.get(0)?, row.get(1)?))
}

/// The blocks of one repository, as the repository code reads them.
pub struct RepoBlocks<'a> {
    pub conn: &'a Connection,
    pub repo: i64,
}

impl BlockStore for RepoBlocks<'_> {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError> {
        RepoReader::block(self.conn, self.repo, cid).map_err(|e| RepoError::Storage(Box::new(e)))
    }
}

/// What [`apply_repo_change`] stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AppliedChange {
    /// The repository's row id.
    pub repo: i64,
    /// The sequence number of the change's event, if it had one.
    pub seq: Option<i64>,
}

/// Applies a commit's changes: new blocks, the record index, the dropped blocks, the new head and its event.
/// Checks that the head is still the one the change was computed from. Run it inside a writer job.
pub fn apply_repo_change(
    conn: &Connection,
    change: &RepoChange<'_>,
) -> Result<AppliedChange, StorageError> {
    let repo = match change.base {
        None => {
            let inserted = conn
                .prepare_cached("INSERT INTO repo (did, head, data, rev) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![
                    change.did.as_str(),
                    change.head.to_bytes(),
                    change.data.to_bytes(),
                    change.rev.to_string()
                ]);
            match inserted.map_err(StorageError::from) {
                Ok(_) => conn.last_insert_rowid(),
                Err(StorageError::Duplicate(_)) => {
                    return Err(StorageError::RepoExists(change.did.to_string()));
                }
                Err(other) => return Err(other),
            }
        }
        Some(base) => {
            let updated = conn
                .prepare_cached(
                    "UPDATE repo SET head = ?2, data = ?3, rev = ?4 WHERE id = ?1 AND head = ?5",
                )?
                .execute(params![
                    base.repo,
                    change.head.to_bytes(),
                    change.data.to_bytes(),
                    change.rev.to_string(),
                    base.head.to_bytes()
                ])?;
            if updated == 0 {
                return Err(match RepoReader::head(conn, &change.did)? {
                    None => StorageError::RepoNotFound(change.did.to_string()),
                    Some(found) => StorageError::HeadMoved {
                        expected: base.head.to_string(),
                        found: found.head.to_string(),
                    },
                });
            }
            base.repo
        }
    };
    let rev = change.rev.to_string();
    // The blocks this change stores for the first time: a record block among them has no record yet.
    let mut fresh = HashSet::new();
    {
        let mut insert = conn.prepare_cached(
            "INSERT OR IGNORE INTO block (repo, cid, rev, bytes) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (cid, bytes) in change.new_blocks {
            if insert.execute(params![repo, cid.to_bytes(), rev, bytes])? > 0 {
                fresh.insert(*cid);
            }
        }
    }
    {
        let mut upsert = conn.prepare_cached(
            "INSERT INTO record (repo, collection, rkey, cid, rev) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (repo, collection, rkey) DO UPDATE SET cid = excluded.cid, rev = excluded.rev",
        )?;
        let mut delete = conn.prepare_cached(
            "DELETE FROM record WHERE repo = ?1 AND collection = ?2 AND rkey = ?3",
        )?;
        // A record block is counted once a second path holds it (`record_ref`, from 2).
        let mut share = conn.prepare_cached(
            "INSERT INTO record_ref (repo, cid, refs) VALUES (?1, ?2, 2)
             ON CONFLICT (repo, cid) DO UPDATE SET refs = refs + 1",
        )?;
        for record in &change.records {
            match record.cid {
                Some(cid) => {
                    upsert.execute(params![
                        repo,
                        record.collection,
                        record.rkey,
                        cid.to_bytes(),
                        rev
                    ])?;
                    // The first path to a new block holds it alone; any other makes it shared.
                    if !fresh.remove(&cid) {
                        share.execute(params![repo, cid.to_bytes()])?;
                    }
                }
                None => {
                    delete.execute(params![repo, record.collection, record.rkey])?;
                }
            };
        }
    }
    {
        let mut drop_block =
            conn.prepare_cached("DELETE FROM block WHERE repo = ?1 AND cid = ?2")?;
        for cid in &change.removed_blocks {
            drop_block.execute(params![repo, cid.to_bytes()])?;
        }
        // Each replaced record drops one reference (after the new records took theirs, so a block that
        // stays in use keeps its count): a shared block counts down, and is held alone again at one; a
        // block without a count was held by that record alone, and goes.
        let mut unshare = conn.prepare_cached(
            "UPDATE record_ref SET refs = refs - 1 WHERE repo = ?1 AND cid = ?2 RETURNING refs",
        )?;
        let mut held_alone =
            conn.prepare_cached("DELETE FROM record_ref WHERE repo = ?1 AND cid = ?2")?;
        for cid in &change.replaced_records {
            let left: Option<i64> = unshare
                .query_row(params![repo, cid.to_bytes()], |row| row.get(0))
                .optional()?;
            match left {
                Some(left) if left >= 2 => {}
                Some(_) => {
                    held_alone.execute(params![repo, cid.to_bytes()])?;
                }
                None => {
                    drop_block.execute(params![repo, cid.to_bytes()])?;
                }
            }
        }
    }
    let seq = match &change.event {
        Some(event) => Some(super::append_event(
            conn,
            &change.did,
            event,
            &lexgen::model::Datetime::now(),
        )?),
        None => None,
    };
    Ok(AppliedChange { repo, seq })
}
