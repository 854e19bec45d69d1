//! `RepoError`: everything that can go wrong reading, editing, verifying or serialising a repository.

use lexgen::model::Cid;

/// A repository operation failed. Errors about data name the block they concern.
#[derive(Debug, thiserror::Error)]
pub enum RepoError {
    #[error("block {0} is missing")]
    MissingBlock(Cid),
    #[error("invalid MST node {cid}: {reason}")]
    InvalidTree { cid: Cid, reason: String },
    #[error("invalid repository path {0:?}: expected <collection>/<rkey>")]
    InvalidKey(String),
    #[error("a key sits on a layer that does not match its height")]
    HeightMismatch,
    #[error("the tree has nodes that were never encoded; finalize it first")]
    Unfinalised,
    #[error("invalid commit {cid}: {reason}")]
    InvalidCommit { cid: Cid, reason: String },
    #[error("signature: {0}")]
    Signature(String),
    #[error("cannot encode a block: {0}")]
    Encode(String),
    #[error("block storage failed: {0}")]
    Storage(#[source] Box<dyn std::error::Error + Send + Sync>),
}
