//! The non-commit firehose events a PDS sequences for account changes: `#identity` (handle or DID document
//! changed), `#account` (hosting status), `#sync` (the repository's current commit, after creation, import
//! or activation). Each is appended to the event log inside the transaction that makes the change.

use lexgen::model::{Bytes, Cid, Datetime, Did, Tid, drisl};
use serde::Serialize;

use crate::repo::car::CarWriter;
use crate::storage::{Connection, NewEvent, StorageError, append_event};

#[derive(Serialize)]
struct Identity<'a> {
    did: &'a Did,
    time: &'a Datetime,
    #[serde(skip_serializing_if = "Option::is_none")]
    handle: Option<&'a str>,
}

#[derive(Serialize)]
struct Account<'a> {
    did: &'a Did,
    time: &'a Datetime,
    active: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'a str>,
}

#[derive(Serialize)]
struct Sync<'a> {
    did: &'a Did,
    blocks: Bytes,
    rev: Tid,
    time: &'a Datetime,
}

fn encode(kind: &'static str, body: &impl Serialize) -> Result<NewEvent, StorageError> {
    let payload =
        drisl::to_vec(body).map_err(|e| StorageError::Worker(format!("encoding {kind}: {e}")))?;
    Ok(NewEvent { kind, payload })
}

/// Appends `#identity` for `did` (with its current handle).
pub fn identity(conn: &Connection, did: &Did, handle: Option<&str>) -> Result<i64, StorageError> {
    let time = Datetime::now();
    let event = encode(
        "#identity",
        &Identity {
            did,
            time: &time,
            handle,
        },
    )?;
    append_event(conn, did, &event, &time)
}

/// Appends `#account` for `did`: active, or inactive with a status (`deactivated`, `takendown`, `deleted`).
pub fn account(conn: &Connection, did: &Did, status: Option<&str>) -> Result<i64, StorageError> {
    let time = Datetime::now();
    let event = encode(
        "#account",
        &Account {
            did,
            time: &time,
            active: status.is_none(),
            status,
        },
    )?;
    append_event(conn, did, &event, &time)
}

/// Appends `#sync` for `did`: a CAR holding only the current commit block.
pub fn sync(
    conn: &Connection,
    did: &Did,
    commit: Cid,
    commit_bytes: &[u8],
    rev: Tid,
) -> Result<i64, StorageError> {
    let time = Datetime::now();
    let mut car =
        CarWriter::new(Vec::new(), commit).map_err(|e| StorageError::Worker(e.to_string()))?;
    car.write_block(&commit, commit_bytes)
        .map_err(|e| StorageError::Worker(e.to_string()))?;
    let blocks = car
        .finish()
        .map_err(|e| StorageError::Worker(e.to_string()))?;
    let event = encode(
        "#sync",
        &Sync {
            did,
            blocks: Bytes(blocks),
            rev,
            time: &time,
        },
    )?;
    append_event(conn, did, &event, &time)
}

/// Appends `#sync` for the repository's stored head.
pub fn sync_head(conn: &Connection, did: &Did) -> Result<Option<i64>, StorageError> {
    let Some(head) = crate::storage::RepoReader::head(conn, did)? else {
        return Ok(None);
    };
    let Some(bytes) = crate::storage::RepoReader::block(conn, head.id, &head.head)? else {
        return Err(StorageError::Corrupt(format!(
            "the head commit of {did} is missing"
        )));
    };
    sync(conn, did, head.head, &bytes, head.rev).map(Some)
}
