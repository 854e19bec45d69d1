//! Errors of DRISL encoding and decoding: what went wrong and at which byte offset.

use crate::model::cid::CidError;
use crate::model::value::NodeError;

/// Input that is not strict DRISL.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid DRISL at byte {offset}: {kind}")]
pub struct DecodeError {
    /// Offset of the first byte of the offending item (0 for [`DecodeErrorKind::Serde`]: a typed
    /// value that did not match well-formed input, where serde reports no position).
    pub offset: usize,
    pub kind: DecodeErrorKind,
}

/// The rule that the input broke.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeErrorKind {
    #[error("input ends in the middle of a value")]
    UnexpectedEnd,
    #[error("{0} trailing bytes after the value")]
    TrailingBytes(usize),
    #[error("floats are not allowed")]
    Float,
    #[error("indefinite-length items are not allowed")]
    IndefiniteLength,
    #[error("integer or length not encoded in the fewest bytes")]
    NonMinimal,
    #[error("integer outside ±(2^53−1)")]
    IntegerOutOfRange,
    #[error("CBOR tag {0} is not allowed (only 42, for links)")]
    Tag(u64),
    #[error("invalid link: {0}")]
    Link(LinkProblem),
    #[error("simple value {0} is not allowed (only false, true, null)")]
    Simple(u8),
    #[error("reserved additional information {0}")]
    Reserved(u8),
    #[error("map keys must be text strings")]
    NonStringKey,
    #[error("map keys out of canonical order (length first, then bytewise)")]
    KeyOrder,
    #[error("duplicate map key")]
    DuplicateKey,
    #[error("text is not valid UTF-8")]
    InvalidUtf8,
    #[error("nesting deeper than {max}")]
    TooDeep { max: usize },
    #[error("{0}")]
    Node(#[from] NodeError),
    /// Well-formed DRISL that does not fit the requested Rust type.
    #[error("{0}")]
    Serde(String),
}

/// What is wrong with a tag-42 link.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkProblem {
    #[error("tag 42 must wrap a byte string")]
    NotBytes,
    #[error("link bytes must start with the 0x00 multibase prefix")]
    Prefix,
    #[error("{0}")]
    Cid(#[from] CidError),
}

/// A value that cannot be encoded as DRISL.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EncodeError {
    #[error("nesting deeper than {max}")]
    TooDeep { max: usize },
    #[error("{0}")]
    Node(#[from] NodeError),
    #[error("serializing: {0}")]
    Serde(String),
    #[error("serialized bytes are not strict DRISL: {0}")]
    NotDrisl(DecodeError),
}
