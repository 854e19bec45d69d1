//! `FirehoseError`: why an event could not be read, encoded or appended.

use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum FirehoseError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("encoding a firehose message failed: {0}")]
    Encode(String),
    #[error("a stored event is unreadable: {0}")]
    Corrupt(String),
    #[error("the commit's blocks are {0} bytes, over the firehose limit")]
    CommitTooLarge(usize),
    #[error("no repository for {0}")]
    RepoNotFound(String),
}
