//! The firehose `#commit` message of a commit (without `seq`, which the event log assigns when it is appended).

use lexgen::model::{Bytes, CidLink, Datetime, Did, Tid, drisl};
use serde::Serialize;

use super::{Committed, RepositoryError};
use crate::repo::car::CarWriter;
use crate::storage::NewEvent;

/// The largest `blocks` CAR a commit may announce (relays drop larger events).
pub const MAX_COMMIT_BLOCKS_BYTES: usize = 2_000_000;

#[derive(Serialize)]
struct CommitMessage<'a> {
    rebase: bool,
    #[serde(rename = "tooBig")]
    too_big: bool,
    repo: &'a Did,
    commit: CidLink,
    rev: Tid,
    since: Option<Tid>,
    blocks: Bytes,
    ops: Vec<OpMessage<'a>>,
    blobs: Vec<CidLink>,
    time: &'a Datetime,
    #[serde(rename = "prevData", skip_serializing_if = "Option::is_none")]
    prev_data: Option<CidLink>,
}

#[derive(Serialize)]
struct OpMessage<'a> {
    action: &'static str,
    path: &'a str,
    cid: Option<CidLink>,
    #[serde(skip_serializing_if = "Option::is_none")]
    prev: Option<CidLink>,
}

/// Encodes the `#commit` message: the diff as a CAR slice (commit first), the ops with their `prev`, and the
/// deprecated fields relays still require (`rebase`, `tooBig`, `blobs`).
pub(super) fn commit_event(
    committed: &Committed,
    time: &Datetime,
) -> Result<NewEvent, RepositoryError> {
    let mut car = CarWriter::new(Vec::new(), committed.commit)?;
    for (cid, bytes) in &committed.blocks {
        car.write_block(cid, bytes)?;
    }
    let blocks = car.finish()?;
    if blocks.len() > MAX_COMMIT_BLOCKS_BYTES {
        return Err(RepositoryError::CommitTooLarge(blocks.len()));
    }
    let message = CommitMessage {
        rebase: false,
        too_big: false,
        repo: &committed.did,
        commit: CidLink(committed.commit),
        rev: committed.rev,
        since: committed.since,
        blocks: Bytes(blocks),
        ops: committed
            .ops
            .iter()
            .map(|op| OpMessage {
                action: op.action.as_str(),
                path: &op.path,
                cid: op.cid.map(CidLink),
                prev: op.prev.map(CidLink),
            })
            .collect(),
        blobs: Vec::new(),
        time,
        prev_data: committed.prev_data.map(CidLink),
    };
    let payload = drisl::to_vec(&message)
        .map_err(|e| RepositoryError::Repo(crate::repo::RepoError::Encode(e.to_string())))?;
    Ok(NewEvent {
        kind: "#commit",
        payload,
    })
}
