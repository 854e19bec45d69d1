//! `AdoptError`: why an adoption (or one account of it) failed.

use crate::repository::RepositoryError;
use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum AdoptError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0} is not a reference PDS data directory (no account.sqlite)")]
    NotReference(String),
    #[error("the signing key in {path}: {source}")]
    Key {
        path: String,
        source: lexgen::crypto::CryptoError,
    },
    /// Something stored by the reference is not what it should be (a CID, a DID, a commit).
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Start(#[from] crate::app::StartError),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Repository(#[from] RepositoryError),
    #[error("blob store: {0}")]
    Blobs(#[from] crate::blob::BlobError),
    #[error("an adoption worker failed: {0}")]
    Worker(String),
}

impl AdoptError {
    pub(super) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        AdoptError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
