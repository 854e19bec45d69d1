//! The schema and its migrations, applied in order and recorded in `PRAGMA user_version`.

use rusqlite::Connection;

use super::StorageError;

/// Each entry migrates from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: repositories, their blocks and the record index.
    "CREATE TABLE repo (
        id INTEGER PRIMARY KEY,
        did TEXT NOT NULL UNIQUE,
        head BLOB NOT NULL,     -- CID of the current commit
        data BLOB NOT NULL,     -- CID of its MST root
        rev TEXT NOT NULL       -- its revision (TID)
    ) STRICT;
    CREATE TABLE block (
        repo INTEGER NOT NULL REFERENCES repo(id) ON DELETE CASCADE,
        cid BLOB NOT NULL,
        rev TEXT NOT NULL,      -- the revision that first stored the block (for getRepo?since=)
        bytes BLOB NOT NULL,
        PRIMARY KEY (repo, cid)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX block_by_rev ON block (repo, rev);
    CREATE TABLE record (
        repo INTEGER NOT NULL REFERENCES repo(id) ON DELETE CASCADE,
        collection TEXT NOT NULL,
        rkey TEXT NOT NULL,
        cid BLOB NOT NULL,
        rev TEXT NOT NULL,
        PRIMARY KEY (repo, collection, rkey)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX record_by_cid ON record (repo, cid);",
    // 2: the firehose event log. AUTOINCREMENT: a sequence number is never reused, even after deletions.
    "CREATE TABLE event (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        did TEXT NOT NULL,
        kind TEXT NOT NULL,     -- the message type: `#commit`, `#sync`, `#identity`, `#account`
        time TEXT NOT NULL,     -- when it was sequenced (datetime)
        payload BLOB NOT NULL   -- the DAG-CBOR message body, without `seq`
    ) STRICT;
    CREATE INDEX event_by_did ON event (did);
    CREATE INDEX event_by_time ON event (time);",
];

/// Brings the database to the latest version, each step in its own transaction.
pub(super) fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let current = usize::try_from(current)
        .map_err(|_| StorageError::Corrupt("negative schema version".into()))?;
    if current > MIGRATIONS.len() {
        return Err(StorageError::Corrupt(format!(
            "the database has schema version {current}, newer than this build knows ({})",
            MIGRATIONS.len()
        )));
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}
