//! Appending `#identity`, `#account` and `#sync` events (built in [`super::messages`]): helpers that the
//! account code calls inside its writer job (so the event commits with the change it announces).
//!
//! Order per the reference: new account `#identity`, `#account(active)`, the genesis `#commit`, `#sync`;
//! activation `#account`, `#identity`, `#sync`; deactivation/takedown/deletion `#account{active: false}`
//! (and no `#commit` while inactive); handle or DID document change `#identity`; after a CAR import `#sync`.

use lexgen::model::{Datetime, Did, Handle};

use super::FirehoseError;
use super::messages::{account_event, identity_event, sync_event};
use crate::hosting::AccountStatus;
use crate::storage::{Connection, RepoReader, append_event};

/// Appends `#identity` for `did` (inside a writer job); returns its sequence number.
pub fn append_identity(
    conn: &Connection,
    did: &Did,
    handle: Option<&Handle>,
) -> Result<i64, FirehoseError> {
    let time = Datetime::now();
    Ok(append_event(
        conn,
        did,
        &identity_event(did, handle, &time)?,
        &time,
    )?)
}

/// Appends `#account` for `did` (inside a writer job); returns its sequence number.
pub fn append_account(
    conn: &Connection,
    did: &Did,
    status: AccountStatus,
) -> Result<i64, FirehoseError> {
    let time = Datetime::now();
    Ok(append_event(
        conn,
        did,
        &account_event(did, status, &time)?,
        &time,
    )?)
}

/// Appends `#sync` with the repository's current head (inside a writer job); returns its sequence number.
pub fn append_sync(conn: &Connection, did: &Did) -> Result<i64, FirehoseError> {
    let head =
        RepoReader::head(conn, did)?.ok_or_else(|| FirehoseError::RepoNotFound(did.to_string()))?;
    let block = RepoReader::block(conn, head.id, &head.head)?
        .ok_or_else(|| FirehoseError::Corrupt(format!("the head commit of {did} is missing")))?;
    let time = Datetime::now();
    let event = sync_event(did, head.head, &block, head.rev, &time)?;
    Ok(append_event(conn, did, &event, &time)?)
}
