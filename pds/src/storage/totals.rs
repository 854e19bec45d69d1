//! Whole-server totals for `/metrics`: accounts, blobs and their bytes, and the events appended per type.

use rusqlite::{Connection, params};

use super::StorageError;

/// What the server holds now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Totals {
    /// Accounts hosted here, whatever their status.
    pub accounts: i64,
    /// Stored blobs, temporary uploads included.
    pub blobs: i64,
    /// Their bytes.
    pub blob_bytes: i64,
}

/// The counts of [`Totals`].
pub(crate) fn totals(conn: &Connection) -> Result<Totals, StorageError> {
    let accounts = conn
        .prepare_cached("SELECT count(*) FROM account")?
        .query_row([], |row| row.get(0))?;
    let (blobs, blob_bytes) = conn
        .prepare_cached("SELECT count(*), coalesce(sum(size), 0) FROM blob")?
        .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(Totals {
        accounts,
        blobs,
        blob_bytes,
    })
}

/// How many events of each type (`#commit`, ...) have `after < seq <= upto`.
pub(crate) fn events_by_kind(
    conn: &Connection,
    after: i64,
    upto: i64,
) -> Result<Vec<(String, u64)>, StorageError> {
    let mut statement = conn.prepare_cached(
        "SELECT kind, count(*) FROM event WHERE seq > ?1 AND seq <= ?2 GROUP BY kind ORDER BY kind",
    )?;
    let rows = statement.query_map(params![after, upto], |row| {
        Ok((row.get(0)?, row.get::<_, i64>(1)?.unsigned_abs()))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
