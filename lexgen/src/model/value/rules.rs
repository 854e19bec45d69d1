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
    // The reserved keys are 5 or 6 bytes long: in canonical order they are among the first
    // entries, so one pass over the short keys finds them all.
    let (mut link, mut bytes, mut ty) = (false, false, None);
    for (key, value) in map.iter() {
        match key {
            "$link" => link = true,
            "$type" => ty = Some(value),
            "$bytes" => bytes = true,
            _ if key.len() > 6 => break,
            _ => {}
        }
    }
    if link {
        return Err(NodeError::ReservedKey("$link"));
    }
    if bytes {
        return Err(NodeError::ReservedKey("$bytes"));
    }
    let Some(ty) = ty else {
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
