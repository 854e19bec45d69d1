//! The account code's side of the non-commit firehose events (`#identity`, `#account`, `#sync`): adapters over
//! [`crate::firehose::lifecycle`] that run inside the writer job making the change, so an event commits with
//! the change it announces, and report failures as storage errors (rolling the job back).

use lexgen::model::{Did, Handle};

use crate::firehose::lifecycle;
use crate::hosting::{AccountStatus, InactiveStatus};
use crate::storage::{Connection, StorageError};

fn storage(error: crate::firehose::FirehoseError) -> StorageError {
    StorageError::Worker(format!("appending an event: {error}"))
}

/// Appends `#identity` for `did` with its current handle.
pub(crate) fn identity(
    conn: &Connection,
    did: &Did,
    handle: Option<&str>,
) -> Result<i64, StorageError> {
    let handle = handle.and_then(|h| h.parse::<Handle>().ok());
    lifecycle::append_identity(conn, did, handle.as_ref()).map_err(storage)
}

/// Appends `#account`: active (`None`) or inactive with a status.
pub(crate) fn account(
    conn: &Connection,
    did: &Did,
    inactive: Option<InactiveStatus>,
) -> Result<i64, StorageError> {
    let status = inactive.map_or(AccountStatus::Active, AccountStatus::Inactive);
    lifecycle::append_account(conn, did, status).map_err(storage)
}

/// Appends `#sync` with the repository's current head.
pub(crate) fn sync_head(conn: &Connection, did: &Did) -> Result<i64, StorageError> {
    lifecycle::append_sync(conn, did).map_err(storage)
}
