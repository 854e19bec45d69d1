//! The data-model rules for map nodes that both decoders (DRISL and JSON) enforce: `$type` and blobs.

use super::Map;
use crate::model::blob::{BlobError, BlobRef};

/// A map that breaks the data-model rules for reserved keys.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NodeError {
    #[error("`$type` must be a string")]
    TypeNotString,
    #[error("`$type` must not be empty")]
    TypeEmpty,
    #[error("invalid blob: {0}")]
    Blob(#[from] BlobError),
}

/// Checks `$type` (a non-empty string when present) and, for `$type: "blob"`, the blob shape.
pub(crate) fn check_map(map: &Map) -> Result<(), NodeError> {
    let Some(ty) = map.get("$type") else {
        return Ok(());
    };
    match ty.as_str() {
        None => Err(NodeError::TypeNotString),
        Some("") => Err(NodeError::TypeEmpty),
        Some(_) => match BlobRef::from_map(map) {
            Some(Err(e)) => Err(e.into()),
            _ => Ok(()),
        },
    }
}
