//! Listing hosted repositories in DID order (for `listRepos` and `listReposByCollection`).

use rusqlite::{Connection, OptionalExtension, params};

use super::{RepoHead, StorageError};
use lexgen::model::{Cid, Did};

/// Up to `limit` repository heads with a DID after `after`, in DID order.
pub(crate) fn list_repo_heads(
    conn: &Connection,
    after: Option<&str>,
    limit: u32,
) -> Result<Vec<RepoHead>, StorageError> {
    let mut statement = conn.prepare_cached(
        "SELECT id, did, head, data, rev FROM repo WHERE did > ?1 ORDER BY did LIMIT ?2",
    )?;
    let rows = statement.query_map(params![after.unwrap_or_default(), limit], |row| {
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Vec<u8>>(2)?,
            row.get::<_, Vec<u8>>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let corrupt =
        |what: &str, e: &dyn std::fmt::Display| StorageError::Corrupt(format!("bad {what}: {e}"));
    rows.map(|row| {
        let (id, did, head, data, rev) = row?;
        Ok(RepoHead {
            id,
            did: did.parse::<Did>().map_err(|e| corrupt("DID", &e))?,
            head: Cid::from_bytes(&head).map_err(|e| corrupt("CID", &e))?,
            data: Cid::from_bytes(&data).map_err(|e| corrupt("CID", &e))?,
            rev: rev.parse().map_err(|e| corrupt("rev", &e))?,
        })
    })
    .collect()
}

/// Whether repository `repo` holds at least one record of `collection`.
pub(crate) fn repo_has_collection(
    conn: &Connection,
    repo: i64,
    collection: &str,
) -> Result<bool, StorageError> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM record WHERE repo = ?1 AND collection = ?2 LIMIT 1")?
        .query_row(params![repo, collection], |_| Ok(()))
        .optional()?
        .is_some())
}
