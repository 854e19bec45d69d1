//! `StorageError`: failures of the database or of the data found in it.

/// A storage operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the writer thread has stopped")]
    WriterGone,
    #[error("a storage worker failed: {0}")]
    Worker(String),
    #[error("corrupt data in the database: {0}")]
    Corrupt(String),
    #[error("repository {0} not found")]
    RepoNotFound(String),
    #[error("repository {0} already exists")]
    RepoExists(String),
    #[error("the repository head moved: expected {expected}, found {found}")]
    HeadMoved { expected: String, found: String },
    #[error("{0}")]
    Repo(#[from] crate::repo::RepoError),
}
