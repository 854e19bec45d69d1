//! Applying a batch of writes to a repository: the new tree and signed commit, the blocks to store, the
//! blocks that became garbage, and the diff a Sync 1.1 consumer needs (ops with `prev`, covering proofs).

use std::collections::{BTreeSet, HashMap};

use lexgen::crypto::Keypair;
use lexgen::model::{Cid, Did, Tid};

use super::mst::Block;
use super::{BlockStore, Commit, Mst, RepoError};

/// One write. `key` is the repository path `<collection>/<rkey>`; records come already encoded.
#[derive(Clone, Debug)]
pub enum Write {
    Create { key: String, record: Block },
    Update { key: String, record: Block },
    Delete { key: String },
}

impl Write {
    pub(crate) fn key(&self) -> &str {
        match self {
            Write::Create { key, .. } | Write::Update { key, .. } | Write::Delete { key } => key,
        }
    }
}

/// What a write did to one path, as the firehose reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepoOp {
    pub action: OpAction,
    pub path: String,
    /// The new record (`None` for a delete).
    pub cid: Option<Cid>,
    /// The record before the write (`None` for a create).
    pub prev: Option<Cid>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpAction {
    Create,
    Update,
    Delete,
}

impl OpAction {}

/// The outcome of a commit, ready to be stored in one transaction and announced.
pub struct CommitResult {
    pub commit: Commit,
    pub commit_cid: Cid,
    /// The previous revision (`None` for the first commit).
    pub since: Option<Tid>,
    /// The previous MST root (`None` for the first commit).
    pub prev_data: Option<Cid>,
    /// Everything new: MST nodes, record blocks and the commit block.
    pub new_blocks: Vec<Block>,
    /// MST nodes no longer reachable from the new head.
    pub removed: BTreeSet<Cid>,
    /// Records that were updated or deleted: their blocks go once no record path points at them any more
    /// (identical records share a block, so the store decides with its record index).
    pub replaced_records: Vec<Cid>,
    pub ops: Vec<RepoOp>,
    /// CIDs of the blocks a consumer needs besides `new_blocks` to invert the ops (existing MST nodes).
    pub proof: BTreeSet<Cid>,
    /// The tree after the commit, finalised (keep it to skip reloading for the next commit).
    pub tree: Mst,
}

/// The most operations one commit may carry: relays reject commits with more.
pub const MAX_WRITES: usize = 200;

/// Errors specific to a write batch.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("record already exists at {0}")]
    AlreadyExists(String),
    #[error("no record at {0}")]
    NotFound(String),
    #[error("more than one write to {0} in one commit")]
    DuplicatePath(String),
    #[error("too many writes: {0} (max {MAX_WRITES} per commit)")]
    TooManyWrites(usize),
    #[error(transparent)]
    Repo(#[from] RepoError),
}

/// The head a batch builds on: the current revision and tree, or nothing for a new repository.
pub struct Head {
    pub rev: Tid,
    pub tree: Mst,
}

/// Applies `writes` on top of `head` and signs the result with `key` at a revision above the head's.
pub fn apply_writes(
    store: &dyn BlockStore,
    did: &Did,
    head: Option<Head>,
    writes: Vec<Write>,
    key: &Keypair,
) -> Result<CommitResult, WriteError> {
    if writes.len() > MAX_WRITES {
        return Err(WriteError::TooManyWrites(writes.len()));
    }
    let mut seen = BTreeSet::new();
    for write in &writes {
        if !seen.insert(write.key()) {
            return Err(WriteError::DuplicatePath(write.key().to_owned()));
        }
    }
    let (mut tree, since, prev_data, rev) = match head {
        Some(head) => {
            let data = head.tree.root_cid()?;
            (
                head.tree,
                Some(head.rev),
                Some(data),
                Tid::next_after(head.rev),
            )
        }
        None => (Mst::new(), None, None, Tid::now()),
    };
    let mut ops = Vec::with_capacity(writes.len());
    let mut new_records: HashMap<Cid, Vec<u8>> = HashMap::new();
    let mut replaced_records = Vec::new();
    for write in writes {
        let path = write.key().to_owned();
        let prev = tree.get(store, &path)?;
        let (action, cid) = match write {
            Write::Create {
                record: (cid, bytes),
                ..
            } => {
                if prev.is_some() {
                    return Err(WriteError::AlreadyExists(path));
                }
                tree.insert(store, &path, cid)?;
                new_records.insert(cid, bytes);
                (OpAction::Create, Some(cid))
            }
            Write::Update {
                record: (cid, bytes),
                ..
            } => {
                if prev.is_none() {
                    return Err(WriteError::NotFound(path));
                }
                tree.insert(store, &path, cid)?;
                new_records.insert(cid, bytes);
                (OpAction::Update, Some(cid))
            }
            Write::Delete { .. } => {
                if !tree.delete(store, &path)? {
                    return Err(WriteError::NotFound(path));
                }
                (OpAction::Delete, None)
            }
        };
        replaced_records.extend(prev);
        ops.push(RepoOp {
            action,
            path,
            cid,
            prev,
        });
    }

    let (data, mut new_blocks, removed) = tree.finalize_with_removed()?;
    let new_nodes: BTreeSet<Cid> = new_blocks.iter().map(|(cid, _)| *cid).collect();
    let mut proof = BTreeSet::new();
    for op in &ops {
        proof.extend(tree.covering_proof(store, &op.path)?);
    }
    proof.retain(|cid| !new_nodes.contains(cid));

    new_blocks.extend(new_records);
    let commit = Commit::sign(did.clone(), data, rev, None, key)?;
    let (commit_cid, commit_bytes) = commit.encode()?;
    new_blocks.push((commit_cid, commit_bytes));
    Ok(CommitResult {
        commit,
        commit_cid,
        since,
        prev_data,
        new_blocks,
        removed,
        replaced_records,
        ops,
        proof,
        tree,
    })
}
