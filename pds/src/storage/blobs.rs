//! Blob rows: which account holds which blob (per-account: another account's CID is never found), its
//! MIME type and size, whether it is still temporary, and which records reference it.
//!
//! The lifecycle lives here: a blob is temporary while no record references it — since its upload, or
//! since the write that removed its last reference (`created_at` is then when it became temporary again) —
//! and permanent while one does. Only temporary rows with no reference are ever taken for deletion
//! ([`take_stale_temporary_blobs`]), so a referenced blob is never deleted.

use rusqlite::{Connection, OptionalExtension, params};

use lexgen::model::Cid;

use super::StorageError;
use super::typed_column::parsed;

/// One stored blob of one account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlobRow {
    pub cid: Cid,
    pub mime_type: String,
    pub size: i64,
    pub permanent: bool,
    pub created_at: i64,
    pub takedown_ref: Option<String>,
}

/// Records an upload (temporary until a record references it). Re-uploading a known blob keeps its row.
pub(crate) fn insert_blob(
    conn: &Connection,
    did: &str,
    blob: &BlobRow,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO blob (did, cid, mime_type, size, permanent, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (did, cid) DO UPDATE SET created_at = excluded.created_at",
    )?
    .execute(params![
        did,
        blob.cid.to_string(),
        blob.mime_type,
        blob.size,
        blob.permanent,
        blob.created_at
    ])?;
    Ok(())
}

pub fn blob(conn: &Connection, did: &str, cid: &Cid) -> Result<Option<BlobRow>, StorageError> {
    Ok(conn
        .prepare_cached(
            "SELECT cid, mime_type, size, permanent, created_at, takedown_ref FROM blob WHERE did = ?1 AND cid = ?2",
        )?
        .query_row(params![did, cid.to_string()], |row| {
            Ok(BlobRow {
                cid: parsed(row, 0)?,
                mime_type: row.get(1)?,
                size: row.get(2)?,
                permanent: row.get(3)?,
                created_at: row.get(4)?,
                takedown_ref: row.get(5)?,
            })
        })
        .optional()?)
}

/// Replaces the blob references of one record (a create, update or delete): newly referenced blobs become
/// permanent, blobs no record references any more become temporary again as of `now` (deleted after the
/// grace period unless referenced again). Returns the CIDs that became permanent, whose objects the caller
/// promotes once the transaction commits.
pub(crate) fn set_record_blobs(
    conn: &Connection,
    did: &str,
    record_uri: &str,
    blobs: &[String],
    now: i64,
) -> Result<Vec<String>, StorageError> {
    let previous: Vec<String> = conn
        .prepare_cached("SELECT blob_cid FROM record_blob WHERE did = ?1 AND record_uri = ?2")?
        .query_map(params![did, record_uri], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    conn.prepare_cached("DELETE FROM record_blob WHERE did = ?1 AND record_uri = ?2")?
        .execute(params![did, record_uri])?;
    let mut promoted = Vec::new();
    for cid in blobs {
        conn.prepare_cached(
            "INSERT OR IGNORE INTO record_blob (did, blob_cid, record_uri) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![did, cid, record_uri])?;
        if conn
            .prepare_cached(
                "UPDATE blob SET permanent = 1 WHERE did = ?1 AND cid = ?2 AND permanent = 0",
            )?
            .execute(params![did, cid])?
            > 0
        {
            promoted.push(cid.clone());
        }
    }
    for cid in previous {
        if !blobs.contains(&cid) {
            conn.prepare_cached(
                "UPDATE blob SET permanent = 0, created_at = ?3 WHERE did = ?1 AND cid = ?2
                 AND permanent = 1
                 AND NOT EXISTS (SELECT 1 FROM record_blob r WHERE r.did = ?1 AND r.blob_cid = ?2)",
            )?
            .execute(params![did, cid, now])?;
        }
    }
    Ok(promoted)
}

/// After an account's record references were rebuilt (an import): blobs referenced again become
/// permanent, blobs no longer referenced temporary as of `now`. Returns the CIDs that became permanent.
pub(crate) fn settle_account_blobs(
    conn: &Connection,
    did: &str,
    now: i64,
) -> Result<Vec<String>, StorageError> {
    conn.prepare_cached(
        "UPDATE blob SET permanent = 0, created_at = ?2 WHERE did = ?1 AND permanent = 1
         AND NOT EXISTS (SELECT 1 FROM record_blob r WHERE r.did = ?1 AND r.blob_cid = blob.cid)",
    )?
    .execute(params![did, now])?;
    Ok(conn
        .prepare_cached(
            "UPDATE blob SET permanent = 1 WHERE did = ?1 AND permanent = 0
             AND EXISTS (SELECT 1 FROM record_blob r WHERE r.did = ?1 AND r.blob_cid = blob.cid)
             RETURNING cid",
        )?
        .query_map([did], |row| row.get(0))?
        .collect::<Result<_, _>>()?)
}

/// An upload's row: inserted temporary, or (content already held) its temporary clock restarted. Made
/// permanent at once when a record already references it (an imported repository's missing blob). Returns
/// whether the blob is permanent.
pub(crate) fn record_upload(
    conn: &Connection,
    did: &str,
    blob: &BlobRow,
) -> Result<bool, StorageError> {
    insert_blob(conn, did, blob)?;
    Ok(conn
        .prepare_cached(
            "UPDATE blob SET permanent = 1 WHERE did = ?1 AND cid = ?2
             AND EXISTS (SELECT 1 FROM record_blob r WHERE r.did = ?1 AND r.blob_cid = ?2)",
        )?
        .execute(params![did, blob.cid.to_string()])?
        > 0)
}

/// Temporary blobs (uploaded, or left without a reference) since before `before` (unix seconds) that no
/// record references: `(did, cid)`; their rows are deleted (the caller deletes the objects).
pub(crate) fn take_stale_temporary_blobs(
    conn: &Connection,
    before: i64,
) -> Result<Vec<(String, String)>, StorageError> {
    let stale: Vec<(String, String)> = conn
        .prepare_cached(
            "SELECT did, cid FROM blob WHERE permanent = 0 AND created_at < ?1
             AND NOT EXISTS (SELECT 1 FROM record_blob r WHERE r.did = blob.did AND r.blob_cid = blob.cid)",
        )?
        .query_map([before], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (did, cid) in &stale {
        conn.prepare_cached("DELETE FROM blob WHERE did = ?1 AND cid = ?2")?
            .execute(params![did, cid])?;
    }
    Ok(stale)
}

/// Referenced blobs the account does not hold (after an import): `(cid, record_uri)` after `cursor`.
pub(crate) fn missing_blobs(
    conn: &Connection,
    did: &str,
    cursor: Option<&str>,
    limit: u32,
) -> Result<Vec<(String, String)>, StorageError> {
    Ok(conn
        .prepare_cached(
            "SELECT r.blob_cid, min(r.record_uri) FROM record_blob r
             WHERE r.did = ?1 AND r.blob_cid > ?2
             AND NOT EXISTS (SELECT 1 FROM blob b WHERE b.did = r.did AND b.cid = r.blob_cid)
             GROUP BY r.blob_cid ORDER BY r.blob_cid LIMIT ?3",
        )?
        .query_map(params![did, cursor.unwrap_or(""), limit], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<Result<_, _>>()?)
}

/// `(expected, imported)` blob counts of an account: distinct referenced blobs, and stored blobs.
pub(crate) fn blob_counts(conn: &Connection, did: &str) -> Result<(i64, i64), StorageError> {
    let expected = conn
        .prepare_cached("SELECT count(DISTINCT blob_cid) FROM record_blob WHERE did = ?1")?
        .query_row([did], |row| row.get(0))?;
    let imported = conn
        .prepare_cached("SELECT count(*) FROM blob WHERE did = ?1")?
        .query_row([did], |row| row.get(0))?;
    Ok((expected, imported))
}

/// The account's referenced blobs (what `com.atproto.sync.listBlobs` serves), in CID order after `cursor`;
/// with `since`, only those referenced by records written after that revision.
pub fn list_blobs(
    conn: &Connection,
    did: &str,
    since: Option<&str>,
    cursor: Option<&str>,
    limit: u32,
) -> Result<Vec<String>, StorageError> {
    let cursor = cursor.unwrap_or("");
    let rows = match since {
        None => conn
            .prepare_cached(
                "SELECT cid FROM blob WHERE did = ?1 AND permanent = 1 AND cid > ?2 ORDER BY cid LIMIT ?3",
            )?
            .query_map(params![did, cursor, limit], |row| row.get(0))?
            .collect::<Result<_, _>>()?,
        Some(since) => conn
            .prepare_cached(
                "SELECT DISTINCT rb.blob_cid FROM record_blob rb
                 JOIN repo ON repo.did = rb.did
                 JOIN record r ON r.repo = repo.id
                  AND rb.record_uri = 'at://' || rb.did || '/' || r.collection || '/' || r.rkey
                 WHERE rb.did = ?1 AND r.rev > ?2 AND rb.blob_cid > ?3
                 ORDER BY rb.blob_cid LIMIT ?4",
            )?
            .query_map(params![did, since, cursor, limit], |row| row.get(0))?
            .collect::<Result<_, _>>()?,
    };
    Ok(rows)
}

/// Forgets every record reference of an account (before re-indexing an imported repository).
pub(crate) fn clear_record_blobs(conn: &Connection, did: &str) -> Result<(), StorageError> {
    conn.execute("DELETE FROM record_blob WHERE did = ?1", [did])?;
    Ok(())
}
