//! Everything the firehose emits, built from the generated `com.atproto.sync.subscribeRepos` types: the
//! stored events (`#commit`, `#sync`, `#identity`, `#account`, encoded once when appended, without `seq`),
//! and the frames sent (a stored event with its `seq`, `#info`, error frames).

use axum::body::Bytes;
use lexgen::model::{self, Cid, CidLink, Datetime, Did, Handle, Map, Tid, Value};
use lexgen::typed::{Nullable, Path, Typed};
use lexgen::xrpc::{EndpointError, XrpcError};
use lexicons::com::atproto::sync::subscribe_repos::{
    self as wire, Account, AccountStatus as WireStatus, Commit, Identity, Info, InfoName, Message,
    RepoOp as WireOp, RepoOpAction, Sync,
};

use super::FirehoseError;
use crate::hosting::{AccountStatus, InactiveStatus};
use crate::repo::car::CarWriter;
use crate::repo::{Block, OpAction, RepoOp};
use crate::storage::{NewEvent, StoredEvent};

/// The largest `blocks` CAR a commit may announce (relays drop larger events).
pub(crate) const MAX_COMMIT_BLOCKS_BYTES: usize = 2_000_000;

/// Why a subscription ends: one of `subscribeRepos`' named errors, `InvalidRequest` or `InternalServerError`.
pub(crate) type StreamError = XrpcError<wire::Error>;

/// What a `#commit` announces: the new commit and its diff.
pub(crate) struct CommitDiff<'a> {
    pub did: &'a Did,
    pub commit: Cid,
    pub rev: Tid,
    /// The previous revision and MST root (`None` for the first commit).
    pub since: Option<Tid>,
    pub prev_data: Option<Cid>,
    pub ops: &'a [RepoOp],
    /// The commit block first, then the other blocks a consumer needs.
    pub blocks: &'a [Block],
}

/// `#commit`: the diff as a CAR slice (commit first), the ops with their `prev`, and the deprecated fields
/// relays still require (`rebase`, `tooBig`, `blobs`). Larger than [`MAX_COMMIT_BLOCKS_BYTES`] is refused.
pub(crate) fn commit_event(
    diff: &CommitDiff<'_>,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    let blocks = car(diff.commit, diff.blocks)?;
    if blocks.len() > MAX_COMMIT_BLOCKS_BYTES {
        return Err(FirehoseError::CommitTooLarge(blocks.len()));
    }
    stored(Message::Commit(Box::new(Commit {
        blobs: Vec::new(),
        blocks: model::Bytes(blocks),
        commit: CidLink(diff.commit),
        ops: diff.ops.iter().map(op).collect(),
        prev_data: diff.prev_data.map(CidLink),
        rebase: false,
        repo: diff.did.clone(),
        rev: diff.rev,
        seq: 0,
        since: diff.since.map_or(Nullable::Null, Nullable::Value),
        time: time.clone(),
        too_big: false,
        extra: Map::new(),
    })))
}

fn op(op: &RepoOp) -> WireOp {
    WireOp {
        action: match op.action {
            OpAction::Create => RepoOpAction::Create,
            OpAction::Update => RepoOpAction::Update,
            OpAction::Delete => RepoOpAction::Delete,
        },
        cid: op
            .cid
            .map_or(Nullable::Null, |cid| Nullable::Value(CidLink(cid))),
        path: op.path.clone(),
        prev: op.prev.map(CidLink),
        extra: Map::new(),
    }
}

/// `#sync {did, blocks, rev, time}`: `blocks` is a CAR holding only the commit block, rooted at it.
pub fn sync_event(
    did: &Did,
    commit: Cid,
    commit_block: &[u8],
    rev: Tid,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    stored(Message::Sync(Box::new(Sync {
        blocks: model::Bytes(car(commit, &[(commit, commit_block.to_vec())])?),
        did: did.clone(),
        rev: rev.to_string(),
        seq: 0,
        time: time.clone(),
        extra: Map::new(),
    })))
}

/// `#identity {did, time, handle?}`: the DID document or handle may have changed.
pub fn identity_event(
    did: &Did,
    handle: Option<&Handle>,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    stored(Message::Identity(Box::new(Identity {
        did: did.clone(),
        handle: handle.cloned(),
        seq: 0,
        time: time.clone(),
        extra: Map::new(),
    })))
}

/// `#account {did, time, active, status?}`: `{active: true}` or `{active: false, status}`.
pub fn account_event(
    did: &Did,
    status: AccountStatus,
    time: &Datetime,
) -> Result<NewEvent, FirehoseError> {
    stored(Message::Account(Box::new(Account {
        active: status.is_active(),
        did: did.clone(),
        seq: 0,
        status: status.inactive().map(|status| match status {
            InactiveStatus::Takendown => WireStatus::Takendown,
            InactiveStatus::Suspended => WireStatus::Suspended,
            InactiveStatus::Deactivated => WireStatus::Deactivated,
            InactiveStatus::Deleted => WireStatus::Deleted,
        }),
        time: time.clone(),
        extra: Map::new(),
    })))
}

fn car(root: Cid, blocks: &[Block]) -> Result<Vec<u8>, FirehoseError> {
    let encode = |e: std::io::Error| FirehoseError::Encode(e.to_string());
    let mut car = CarWriter::new(Vec::new(), root).map_err(encode)?;
    for (cid, bytes) in blocks {
        car.write_block(cid, bytes).map_err(encode)?;
    }
    car.finish().map_err(encode)
}

/// The event as stored: the frame's `t` and the message's DAG-CBOR without `seq` (the log assigns it).
fn stored(message: Message) -> Result<NewEvent, FirehoseError> {
    let kind = match &message {
        Message::Commit(_) => "#commit",
        Message::Sync(_) => "#sync",
        Message::Identity(_) => "#identity",
        Message::Account(_) => "#account",
        Message::Info(_) | Message::Unknown(_) => {
            return Err(FirehoseError::Encode("not a stored event".to_owned()));
        }
    };
    let mut payload = lexgen::typed::into_map(message.to_value(), Path::ROOT)
        .map_err(|e| FirehoseError::Encode(e.to_string()))?;
    payload.remove("$type");
    payload.remove("seq");
    Ok(NewEvent {
        kind,
        payload: encode(&Value::Map(payload))?,
    })
}

fn encode(value: &Value) -> Result<Vec<u8>, FirehoseError> {
    value
        .to_drisl()
        .map_err(|e| FirehoseError::Encode(e.to_string()))
}

/// The frame of a stored event: a `{op: 1, t}` header, then its payload with `seq` added.
pub(crate) fn event_frame(event: &StoredEvent) -> Result<Bytes, FirehoseError> {
    let mut payload = match model::drisl::decode(&event.payload) {
        Ok(Value::Map(map)) => map,
        Ok(other) => {
            return Err(FirehoseError::Corrupt(format!(
                "event {} is a {}, not a map",
                event.seq,
                other.kind()
            )));
        }
        Err(e) => return Err(FirehoseError::Corrupt(format!("event {}: {e}", event.seq))),
    };
    payload.insert("seq", Value::Integer(event.seq));
    let mut header = Map::new();
    header.insert("op", Value::Integer(1));
    header.insert("t", Value::String(event.kind.clone()));
    let mut out = encode(&Value::Map(header))?;
    out.extend(encode(&Value::Map(payload))?);
    Ok(Bytes::from(out))
}

/// An `#info` frame (not persisted, no `seq`).
pub(crate) fn info_frame(name: InfoName, message: &str) -> Result<Bytes, FirehoseError> {
    let info = Message::Info(Box::new(Info {
        message: Some(message.to_owned()),
        name,
        extra: Map::new(),
    }));
    let frame = info
        .encode_frame()
        .map_err(|e| FirehoseError::Encode(e.to_string()))?;
    Ok(Bytes::from(frame))
}

/// An error frame (`{op: -1}`, then `{error, message}`) and the error's name (the close reason); the stream
/// closes after it.
pub(crate) fn error_frame(error: &StreamError) -> Result<(Bytes, &'static str), FirehoseError> {
    let name = match error {
        XrpcError::Endpoint { error, .. } => error.name(),
        XrpcError::InvalidRequest(_) => "InvalidRequest",
        XrpcError::AuthenticationRequired(_) => "AuthenticationRequired",
        XrpcError::Forbidden(_) => "Forbidden",
        // The firehose never raises `Other`; its name is not `'static`, so it closes as a server error.
        XrpcError::Other { .. } | XrpcError::Internal(_) => "InternalServerError",
    };
    let mut header = Map::new();
    header.insert("op", Value::Integer(-1));
    let mut out = encode(&Value::Map(header))?;
    out.extend(
        model::drisl::to_vec(&error.body()).map_err(|e| FirehoseError::Encode(e.to_string()))?,
    );
    Ok((Bytes::from(out), name))
}

#[cfg(test)]
mod tests;
