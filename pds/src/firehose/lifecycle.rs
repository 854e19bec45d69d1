//! `#identity`, `#account` and `#sync` events: payload builders, and `append_*` helpers that the account code
//! calls inside its writer job (so the event commits with the change it announces).
//!
//! Order per the reference: new account `#identity`, `#account(active)`, the genesis `#commit`, `#sync`;
//! activation `#account`, `#identity`, `#sync`; deactivation/takedown/deletion `#account{active: false}`
//! (and no `#commit` while inactive); handle or DID document change `#identity`; after a CAR import `#sync`.

use lexgen::model::{Bytes, Cid, Datetime, Did, Handle, Tid, drisl};
use serde::Serialize;

use super::FirehoseError;
use crate::hosting::AccountStatus;
use crate::repo::car::CarWriter;
use crate::storage::{Connection, NewEvent, RepoReader, append_event};

#[derive(Serialize)]
struct IdentityMessage<'a> {
    did: &'a Did,
    time: &'a Datetime,
    #[serde(skip_serializing_if = "Option::is_none")]
    handle: Option<&'a Handle>,
}

#[derive(Serialize)]
struct AccountMessage<'a> {
    did: &'a Did,
    time: &'a Datetime,
    active: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
}

#[derive(Serialize)]
struct SyncMessage<'a> {
    did: &'a Did,
    blocks: Bytes,
    rev: Tid,
    time: &'a Datetime,
}

fn encode(kind: &'static str, message: &impl Serialize) -> Result<NewEvent, FirehoseError> {
    Ok(NewEvent {
        kind,
        payload: drisl::to_vec(message).map_err(|e| FirehoseError::Encode(e.to_string()))?,
    })
}

/// `#identity {did, time, handle?}`: the DID document or handle may have changed.
pub fn identity_event(
    did: &Did,
    handle: Option<&Handle>,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    encode("#identity", &IdentityMessage { did, time, handle })
}

/// `#account {did, time, active, status?}`: `{active: true}` or `{active: false, status}`.
pub fn account_event(
    did: &Did,
    status: AccountStatus,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    encode(
        "#account",
        &AccountMessage {
            did,
            time,
            active: status.is_active(),
            status: status.inactive().map(|status| status.as_str()),
        },
    )
}

/// `#sync {did, blocks, rev, time}`: `blocks` is a CAR holding only the commit block, rooted at it.
pub fn sync_event(
    did: &Did,
    commit: Cid,
    commit_block: &[u8],
    rev: Tid,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    let car = (|| {
        let mut car = CarWriter::new(Vec::new(), commit)?;
        car.write_block(&commit, commit_block)?;
        car.finish()
    })()
    .map_err(|e| FirehoseError::Encode(e.to_string()))?;
    encode(
        "#sync",
        &SyncMessage {
            did,
            blocks: Bytes(car),
            rev,
            time,
        },
    )
}

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
