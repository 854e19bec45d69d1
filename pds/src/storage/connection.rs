//! Opening connections with the settings every connection needs (WAL, foreign keys, busy timeout).

use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::StorageError;

/// The writer's connection: WAL so readers never block it, `synchronous=FULL` so a commit that was
/// acknowledged (and announced on the firehose) survives a power cut; group commit pays for the fsyncs.
pub(super) fn open(path: &Path) -> Result<Connection, StorageError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    settle(&conn)?;
    Ok(conn)
}

/// A reader: read-only, so nothing on the read path can write by mistake.
pub(super) fn open_reader(path: &Path) -> Result<Connection, StorageError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "mmap_size", std::env::var("MMAP").ok().and_then(|v| v.parse::<i64>().ok()).unwrap_or(0))?;
    conn.pragma_update(None, "cache_size", std::env::var("CACHE").ok().and_then(|v| v.parse::<i64>().ok()).unwrap_or(-2000))?;
    settle(&conn)?;
    Ok(conn)
}

/// Settings every connection shares. The query planner stability guarantee keeps a cached statement's plan:
/// without it, the bundled SQLite (built with STAT4) re-prepares a statement whenever a bound value changes,
/// which made every point lookup pay for a full parse and plan.
fn settle(conn: &Connection) -> Result<(), StorageError> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}
