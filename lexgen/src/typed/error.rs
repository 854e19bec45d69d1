//! The two ways a typed value can be wrong: it does not decode (`TypedError`) or it breaks a
//! constraint (`Violation`). Both carry the JSON path.

use std::fmt;

use super::Path;

/// A value that does not have the shape of its type: wrong kind, missing required property,
/// malformed known union member, string outside a closed set, bad format.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct TypedError {
    /// Where, as `$.embed.images[0]`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl TypedError {
    /// An error at `path`.
    pub fn new(path: Path<'_>, message: impl fmt::Display) -> TypedError {
        TypedError {
            path: path.render(),
            message: message.to_string(),
        }
    }
}

/// A broken lexicon constraint (length, graphemes, range, const, enum, array size, blob limits).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct Violation {
    /// Where, as `$.text`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl Violation {
    /// A violation at `path`.
    pub fn new(path: Path<'_>, message: impl fmt::Display) -> Violation {
        Violation {
            path: path.render(),
            message: message.to_string(),
        }
    }
}
