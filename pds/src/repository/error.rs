//! `RepositoryError`: why a commit, export or import failed.

use lexgen::model::Did;

use crate::repo::car::CarError;
use crate::repo::{RepoError, WriteError};
use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum RepositoryError {
    #[error("no repository for {0}")]
    NotFound(Did),
    #[error("a repository for {0} already exists")]
    AlreadyExists(Did),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error(transparent)]
    Repo(#[from] RepoError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Car(#[from] CarError),
    #[error("invalid repository import: {0}")]
    InvalidImport(String),
    #[error("writing the CAR failed: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "the commit's diff is {0} bytes, over the 2,000,000-byte firehose limit; write fewer records at once"
    )]
    CommitTooLarge(usize),
    /// A caller's precondition refused the commit (e.g. a lost swap).
    #[error("{name}: {0}", name = .0.name())]
    Rejected(crate::records::Refusal),
    #[error("a worker failed: {0}")]
    Worker(String),
}
