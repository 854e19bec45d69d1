//! The directory's storage: one SQLite table of operations (WAL, fsync on commit), in a file or
//! in memory. This is the PLC directory's own database (`plc.sqlite`, also used by `pds plc serve` running
//! alone), apart from the PDS database that `crate::storage` owns: no table or transaction is shared.

use std::path::Path;

use lexgen::model::{Cid, Datetime, Did};
use rusqlite::{Connection, OptionalExtension, params};

use super::LogEntry;
use super::operation::SignedOperation;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored row no longer parses (the file was edited or corrupted).
    #[error("stored operation {seq} is unreadable: {reason}")]
    Corrupt { seq: i64, reason: String },
}

/// A position in the export stream: after a sequence number or after a time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ExportAfter {
    /// From the beginning.
    Start,
    /// Operations with a sequence number greater than this.
    Seq(i64),
    /// Operations accepted strictly after this time.
    Time(Datetime),
}

/// The operations table.
pub struct Store {
    conn: Connection,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS plc_operations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    did TEXT NOT NULL,
    cid TEXT NOT NULL,
    operation TEXT NOT NULL,
    nullified INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_at_us INTEGER NOT NULL,
    UNIQUE (did, cid)
);
CREATE INDEX IF NOT EXISTS plc_operations_did ON plc_operations (did, seq);
CREATE INDEX IF NOT EXISTS plc_operations_time ON plc_operations (created_at_us);
";

const COLUMNS: &str = "seq, did, cid, operation, nullified, created_at";

impl Store {
    /// Opens (creating if needed) the database at `path`; `:memory:` gives a private in-memory one.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = if path.as_os_str() == ":memory:" {
            Connection::open_in_memory()?
        } else {
            Connection::open(path)?
        };
        // WAL for concurrent readers; FULL sync so an accepted operation survives power loss.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn })
    }

    /// An in-memory store (tests, throwaway dev directories).
    pub fn in_memory() -> Result<Store, StoreError> {
        Store::open(Path::new(":memory:"))
    }

    /// Checks that the database answers.
    pub(crate) fn health(&self) -> Result<(), StoreError> {
        self.conn.query_row("SELECT 1", [], |_| Ok(()))?;
        Ok(())
    }

    /// A DID's operations in acceptance order, with or without the nullified ones.
    pub(crate) fn entries(
        &self,
        did: &Did,
        include_nullified: bool,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let sql = if include_nullified {
            format!("SELECT {COLUMNS} FROM plc_operations WHERE did = ?1 ORDER BY seq")
        } else {
            format!(
                "SELECT {COLUMNS} FROM plc_operations WHERE did = ?1 AND nullified = 0 ORDER BY seq"
            )
        };
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params![did.as_str()], raw_row)?;
        rows.map(|row| row.map_err(StoreError::from).and_then(RawRow::parse))
            .collect()
    }

    /// A DID's last valid (non-nullified) operation.
    pub(crate) fn last(&self, did: &Did) -> Result<Option<LogEntry>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM plc_operations WHERE did = ?1 AND nullified = 0 \
             ORDER BY seq DESC LIMIT 1"
        );
        let mut statement = self.conn.prepare_cached(&sql)?;
        statement
            .query_row(params![did.as_str()], raw_row)
            .optional()?
            .map(RawRow::parse)
            .transpose()
    }

    /// Appends an accepted operation and flags the operations it nullifies, atomically.
    pub(crate) fn append(&mut self, entry: &LogEntry, nullify: &[Cid]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for cid in nullify {
            tx.execute(
                "UPDATE plc_operations SET nullified = 1 WHERE did = ?1 AND cid = ?2",
                params![entry.did.as_str(), cid.to_string()],
            )?;
        }
        tx.execute(
            "INSERT INTO plc_operations (did, cid, operation, nullified, created_at, created_at_us) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                entry.did.as_str(),
                entry.cid.to_string(),
                entry.operation.to_json().to_string(),
                entry.nullified,
                entry.created_at.as_str(),
                entry.created_at.timestamp_micros(),
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Up to `count` operations of every DID after a position, in acceptance order, with their
    /// sequence numbers.
    pub(crate) fn export(
        &self,
        after: &ExportAfter,
        count: usize,
    ) -> Result<Vec<(i64, LogEntry)>, StoreError> {
        let count = i64::try_from(count).unwrap_or(i64::MAX);
        let (condition, bound) = match after {
            ExportAfter::Start => ("seq > ?1", 0),
            ExportAfter::Seq(seq) => ("seq > ?1", *seq),
            ExportAfter::Time(time) => ("created_at_us > ?1", time.timestamp_micros()),
        };
        let sql =
            format!("SELECT {COLUMNS} FROM plc_operations WHERE {condition} ORDER BY seq LIMIT ?2");
        let mut statement = self.conn.prepare_cached(&sql)?;
        let rows = statement.query_map(params![bound, count], raw_row)?;
        rows.map(|row| {
            let row = row?;
            let seq = row.seq;
            Ok((seq, row.parse()?))
        })
        .collect()
    }
}

struct RawRow {
    seq: i64,
    did: String,
    cid: String,
    operation: String,
    nullified: bool,
    created_at: String,
}

fn raw_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<RawRow> {
    Ok(RawRow {
        seq: row.get(0)?,
        did: row.get(1)?,
        cid: row.get(2)?,
        operation: row.get(3)?,
        nullified: row.get(4)?,
        created_at: row.get(5)?,
    })
}

impl RawRow {
    fn parse(self) -> Result<LogEntry, StoreError> {
        let seq = self.seq;
        let corrupt = |reason: String| StoreError::Corrupt { seq, reason };
        let json: serde_json::Value =
            serde_json::from_str(&self.operation).map_err(|e| corrupt(e.to_string()))?;
        Ok(LogEntry {
            did: Did::new(&self.did).map_err(|e| corrupt(e.to_string()))?,
            operation: SignedOperation::from_json(&json).map_err(|e| corrupt(e.to_string()))?,
            cid: self
                .cid
                .parse()
                .map_err(|e: lexgen::model::CidError| corrupt(e.to_string()))?,
            nullified: self.nullified,
            created_at: self
                .created_at
                .parse()
                .map_err(|e: lexgen::model::SyntaxError| corrupt(e.to_string()))?,
        })
    }
}
