//! Why a blob store operation failed.

/// A blob store failure.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    /// The upload is larger than the limit (counted as it streamed).
    #[error("blob is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// The upload's source failed (the client's body was refused, cut off or too slow).
    #[error("reading the upload: {0}")]
    Source(Box<dyn std::error::Error + Send + Sync>),
    #[error("blob file: {0}")]
    Io(#[from] std::io::Error),
    #[error("object storage: {0}")]
    ObjectStore(#[from] object_store::Error),
    #[error("object storage settings: {0}")]
    Settings(String),
}
