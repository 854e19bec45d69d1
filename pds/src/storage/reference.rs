//! Read-only access to a reference PDS's (`@atproto/pds`) databases, for `pds adopt`: the service database
//! `account.sqlite` (accounts, handles, credentials, invite codes) and each account's actor store
//! `store.sqlite` (repository blocks and root, blobs, preferences), and how far its event log
//! (`sequencer.sqlite`) got. Nothing here ever writes to them.

mod actor_store;
pub(crate) mod sequencer;
mod service;

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

pub(crate) use actor_store::ActorStore;
pub(crate) use service::{ReferenceAccount, ServiceDb};

use super::StorageError;

/// Opens a reference database read-only (it may be in WAL mode; a stopped reference leaves it consistent).
fn open(path: &Path) -> Result<Connection, StorageError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(super::connection::BUSY_TIMEOUT)?;
    Ok(conn)
}
