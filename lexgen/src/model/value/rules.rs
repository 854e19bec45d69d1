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
    #[error("`{0}` is reserved for the JSON form of links and bytes and cannot be a map key")]
    ReservedKey(&'static str),
    #[error("invalid blob: {0}")]
    Blob(#[from] BlobError),
}

/// Checks `$type` (a non-empty string when present) and, for `$type: "blob"`, the blob shape.
///
/// Maps may not have `$link` or `$bytes` keys: in JSON such a map would read back as a link or
/// bytes, so JSON ⇄ DRISL would not round-trip with the same CID.
pub(crate) fn check_map(map: &Map) -> Result<(), NodeError> {
    for key in ["$link", "$bytes"] {
        if map.contains_key(key) {
            return Err(NodeError::ReservedKey(key));
        }
    }
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
