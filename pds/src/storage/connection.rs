//! Opening connections with the settings every connection needs (WAL, foreign keys, busy timeout).

use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::StorageError;

/// How long a connection waits for a lock another holds before it reports the database busy.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The writer's connection: WAL so readers never block it, `synchronous=FULL` so a commit that was
/// acknowledged (and announced on the firehose) survives a power cut; group commit pays for the fsyncs.
pub(super) fn open(path: &Path) -> Result<Connection, StorageError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(
        None,
        "journal_size_limit",
        super::checkpointer::LOG_LIMIT_BYTES,
    )?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // A page cache of 8 MiB (SQLite's default is 2 MiB): the MST nodes and index pages commits walk stay in
    // it instead of a `pread` each. Not a mapping, as readers have: every page the writer reads is a recent
    // one, and mapped pages it touched would count as the server's resident memory as the file grows.
    conn.pragma_update(None, "cache_size", -WRITER_CACHE_KIB)?;
    settle(&conn)?;
    Ok(conn)
}

/// The writer's page cache, in KiB.
const WRITER_CACHE_KIB: i64 = 8 * 1024;

/// A reader: read-only, so nothing on the read path can write by mistake.
pub(super) fn open_reader(path: &Path) -> Result<Connection, StorageError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // No memory mapping (`mmap_size` stays 0): in WAL mode a reader whose next transaction sees a newer
    // commit drops its whole mapping (`munmap`, a TLB shootdown on every core), then faults the pages back
    // in; under writes that cost more than the `pread`s it saved (CPU per createRecord −4 to −9%).
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
