//! Preparing a commit from the stored head: apply the writes to the MST, sign, and describe the change for
//! the writer and the firehose.

use lexgen::crypto::Keypair;
use lexgen::model::{Cid, Did, Tid};

use super::{CommitPlan, RepositoryError};
use crate::firehose::FirehoseError;
use crate::firehose::messages::{self, CommitDiff};
use crate::repo::{Block, BlockStore, Head, Mst, RepoOp, Write, apply_writes};
use crate::storage::{
    ChangeBase, Connection, NewEvent, RecordChange, RepoBlocks, RepoChange, RepoHead, RepoReader,
    StorageError, apply_repo_change,
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

/// What running a plan gives: the commit (`None`: nothing to write) and the plan's output.
pub(super) type Ran<P> = (Option<Committed>, <P as CommitPlan>::Output);

/// Builds, signs and stores one commit on the writer's connection, inside the writer's transaction, from
/// the head read once here. That head includes every commit queued before it, durable or not yet, so
/// consecutive commits to one repository share a group commit instead of waiting for each other's fsync; if
/// an earlier one is rolled back, this one (whose expected head is then missing) fails with it.
///
/// A refusal (the inner `Err`: a lost swap, an invalid write) has written nothing; a storage failure (the
/// outer `Err`, also from the plan's `finish`) rolls the whole job back. `None`: the plan found nothing to
/// write.
pub(super) fn commit_in_writer<P: CommitPlan>(
    conn: &Connection,
    did: &Did,
    key: &Keypair,
    kind: Kind,
    mut plan: P,
) -> Result<Result<Ran<P>, RepositoryError>, StorageError> {
    let head = RepoReader::head(conn, did)?;
    match (&head, kind) {
        (Some(_), Kind::Genesis | Kind::QuietGenesis) => {
            return Ok(Err(RepositoryError::AlreadyExists(did.clone())));
        }
        (None, Kind::Next) => return Ok(Err(RepositoryError::NotFound(did.clone()))),
        _ => {}
    }
    let writes = match plan.writes(conn, head.as_ref()) {
        Ok(Some(writes)) => writes,
        Ok(None) => return Ok(Ok((None, plan.finish(conn, None)?))),
        Err(refused) => return Ok(Err(refused)),
    };
    let prepared = match prepare(conn, did, key, head.as_ref(), writes, kind) {
        Ok(prepared) => prepared,
        Err(refused) => return Ok(Err(refused)),
    };
    let Prepared {
        committed,
        new_blocks,
        base,
        removed_blocks,
        replaced_records,
        records,
        event,
    } = prepared;
    let applied = apply_repo_change(
        conn,
        &RepoChange {
            did: did.clone(),
            base,
            head: committed.commit,
            data: committed.data,
            rev: committed.rev,
            new_blocks: &committed.blocks[..new_blocks],
            removed_blocks,
            replaced_records,
            records,
            event,
        },
    )?;
    let committed = Committed {
        seq: applied.seq,
        ..committed
    };
    let output = plan.finish(conn, Some(&committed))?;
    Ok(Ok((Some(committed), output)))
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

/// A commit ready to store: what the caller is told (its `blocks` start with the commit's new blocks,
/// `new_blocks` of them, stored from there without a copy) and the rest of the storage change.
struct Prepared {
    committed: Committed,
    new_blocks: usize,
    base: Option<ChangeBase>,
    removed_blocks: Vec<Cid>,
    replaced_records: Vec<Cid>,
    records: Vec<RecordChange>,
    event: Option<NewEvent>,
}

/// The commit of `writes` on top of `current` (checked against `kind` by the caller): the change to store
/// and what the caller and the firehose are told.
fn prepare(
    conn: &Connection,
    did: &Did,
    key: &Keypair,
    current: Option<&RepoHead>,
    writes: Vec<Write>,
    kind: Kind,
) -> Result<Prepared, RepositoryError> {
    let (store, head) = match current {
        Some(current) => {
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
        None => (None, None),
    };
    let empty = crate::repo::MemoryBlockStore::new();
    let repo_blocks = store.map(|repo| RepoBlocks { conn, repo });
    let blocks: &dyn BlockStore = match &repo_blocks {
        Some(blocks) => blocks,
        None => &empty,
    };
    let result = apply_writes(blocks, did, head, writes, key)?;

    // The commit's diff: its new blocks, the commit block (made last) first, as consumers expect, then the
    // existing nodes a consumer needs to invert the ops.
    let new_blocks = result.new_blocks.len();
    let mut diff = result.new_blocks;
    diff.rotate_right(1);
    diff.reserve(result.proof.len());
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
        Kind::Genesis | Kind::Next => Some(commit_event(&committed)?),
    };
    Ok(Prepared {
        committed,
        new_blocks,
        base: current.map(|c| ChangeBase {
            repo: c.id,
            head: c.head,
        }),
        // The previous commit block goes with the nodes it no longer heads.
        removed_blocks: result
            .removed
            .into_iter()
            .chain(current.map(|c| c.head))
            .collect(),
        replaced_records: result.replaced_records,
        records,
        event,
    })
}

/// The commit's `#commit` event (built in [`crate::firehose::messages`]).
fn commit_event(committed: &Committed) -> Result<NewEvent, RepositoryError> {
    let diff = CommitDiff {
        did: &committed.did,
        commit: committed.commit,
        rev: committed.rev,
        since: committed.since,
        prev_data: committed.prev_data,
        ops: &committed.ops,
        blocks: &committed.blocks,
    };
    messages::commit_event(&diff, &lexgen::model::Datetime::now()).map_err(|e| match e {
        FirehoseError::CommitTooLarge(bytes) => RepositoryError::CommitTooLarge(bytes),
        other => RepositoryError::Repo(crate::repo::RepoError::Encode(other.to_string())),
    })
}
