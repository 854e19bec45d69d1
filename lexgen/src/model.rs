//! The atproto data model: string formats as types, and the `Value` tree with its encodings.

mod blob;
mod bytes;
mod cid;
pub mod drisl;
mod json;
mod value;

pub use blob::{BlobError, BlobRef};
pub use bytes::Bytes;
pub use cid::{Cid, CidError, CidLink, Codec};
pub use drisl::{DecodeError, DecodeErrorKind, EncodeError};
pub use json::{JsonError, JsonErrorKind};
pub use value::{MAX_DEPTH, MAX_SAFE_INTEGER, MIN_SAFE_INTEGER, Map, NodeError, Value};
