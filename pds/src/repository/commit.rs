//! Preparing a commit from the stored head: apply the writes to the MST, sign, and describe the change for
//! the writer and the firehose.

use lexgen::crypto::Keypair;
use lexgen::model::{Cid, Did, Tid};
use rusqlite::Connection;

use super::RepositoryError;
use crate::repo::{Block, BlockStore, Head, Mst, RepoOp, Write, apply_writes};
use crate::storage::{
    RecordChange, RepoBlocks, RepoChange, RepoHead, RepoReader, StorageError, apply_repo_change,
};

/// A commit that was stored: what a client and the firehose are told.
#[derive(Clone, Debug)]
pub struct Committed {
    pub did: Did,
    pub commit: Cid,
    pub rev: Tid,
    /// The new MST root.
    pub data: Cid,
    /// The previous revision and MST root (`None` for the first commit).
    pub since: Option<Tid>,
    pub prev_data: Option<Cid>,
    pub ops: Vec<RepoOp>,
    /// The commit's diff for the firehose: new blocks (the commit block first) plus the existing MST nodes
    /// a consumer needs to invert the ops.
    pub blocks: Vec<Block>,
    /// The sequence number of the commit's `#commit` event, once stored.
    pub seq: Option<i64>,
}

/// Decides a commit's writes from the current head (`None` when the repository does not exist yet).
pub(super) type Build =
    Box<dyn FnOnce(&Connection, Option<&RepoHead>) -> Result<Vec<Write>, RepositoryError> + Send>;

/// Builds, signs and stores one commit on the writer's connection, inside the writer's transaction. The
/// head it builds on includes every commit queued before it, durable or not yet, so consecutive commits to
/// one repository share a group commit instead of waiting for each other's fsync; if an earlier one is
/// rolled back, this one (whose expected head is then missing) fails with it.
///
/// A refusal (the inner `Err`: a lost swap, an invalid write) has written nothing; a storage failure (the
/// outer `Err`, also from `after`) rolls the whole job back.
pub(super) fn commit_in_writer<T>(
    conn: &Connection,
    did: &Did,
    key: &Keypair,
    kind: Kind,
    build: Build,
    after: impl FnOnce(&Connection) -> Result<T, StorageError>,
) -> Result<Result<(Committed, T), RepositoryError>, StorageError> {
    let prepared = RepoReader::head(conn, did)
        .map_err(RepositoryError::from)
        .and_then(|head| build(conn, head.as_ref()))
        .and_then(|writes| prepare(conn, did, key, writes, kind));
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(refused) => return Ok(Err(refused)),
    };
    let applied = apply_repo_change(conn, &prepared.change)?;
    let extra = after(conn)?;
    Ok(Ok((
        Committed {
            seq: applied.seq,
            ..prepared.committed
        },
        extra,
    )))
}

/// Which commit this is: a repository's first (with or without its `#commit` event), or the next one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// The first commit of a new repository, announced on the firehose.
    Genesis,
    /// The first commit of a repository whose account is not active (an account migrating in): no
    /// `#commit` event, as the reference emits nothing until the account is activated.
    QuietGenesis,
    /// A commit on top of the current head.
    Next,
}

pub(super) struct Prepared {
    pub(super) change: RepoChange,
    pub(super) committed: Committed,
}

pub(super) fn prepare(
    conn: &Connection,
    did: &Did,
    key: &Keypair,
    writes: Vec<Write>,
    kind: Kind,
) -> Result<Prepared, RepositoryError> {
    let current = RepoReader::head(conn, did)?;
    let create = kind != Kind::Next;
    let (store, head) = match (&current, create) {
        (Some(_), true) => return Err(RepositoryError::AlreadyExists(did.clone())),
        (None, false) => return Err(RepositoryError::NotFound(did.clone())),
        (Some(current), false) => {
            let store = RepoBlocks {
                conn,
                repo: current.id,
            };
            let tree = Mst::load(&store, current.data)?;
            (
                Some(current.id),
                Some(Head {
                    rev: current.rev,
                    tree,
                }),
            )
        }
        (None, true) => (None, None),
    };
    let empty = crate::repo::MemoryBlockStore::new();
    let repo_blocks = store.map(|repo| RepoBlocks { conn, repo });
    let blocks: &dyn BlockStore = match &repo_blocks {
        Some(blocks) => blocks,
        None => &empty,
    };
    let result = apply_writes(blocks, did, head, writes, key)?;

    let mut diff = Vec::with_capacity(result.new_blocks.len() + result.proof.len());
    // The commit block was pushed last; consumers find it first.
    if let Some(commit) = result.new_blocks.last() {
        diff.push(commit.clone());
    }
    diff.extend(
        result.new_blocks[..result.new_blocks.len().saturating_sub(1)]
            .iter()
            .cloned(),
    );
    for cid in &result.proof {
        let bytes = blocks
            .get_block(cid)?
            .ok_or(crate::repo::RepoError::MissingBlock(*cid))?;
        diff.push((*cid, bytes));
    }
    let records = result
        .ops
        .iter()
        .filter_map(|op| {
            let (collection, rkey) = op.path.split_once('/')?;
            Some(RecordChange {
                collection: collection.to_owned(),
                rkey: rkey.to_owned(),
                cid: op.cid,
            })
        })
        .collect();
    let change = RepoChange {
        did: did.clone(),
        expected_head: current.as_ref().map(|c| c.head),
        head: result.commit_cid,
        data: result.commit.data,
        rev: result.commit.rev,
        new_blocks: result.new_blocks,
        // The previous commit block goes with the nodes it no longer heads.
        removed_blocks: result
            .removed
            .into_iter()
            .chain(current.as_ref().map(|c| c.head))
            .collect(),
        replaced_records: result.replaced_records,
        records,
        event: None,
    };
    let committed = Committed {
        did: did.clone(),
        commit: result.commit_cid,
        rev: result.commit.rev,
        data: result.commit.data,
        since: result.since,
        prev_data: result.prev_data,
        ops: result.ops,
        blocks: diff,
        seq: None,
    };
    let event = match kind {
        Kind::QuietGenesis => None,
        Kind::Genesis | Kind::Next => Some(super::commit_event::commit_event(
            &committed,
            &lexgen::model::Datetime::now(),
        )?),
    };
    let change = RepoChange { event, ..change };
    Ok(Prepared { change, committed })
}
