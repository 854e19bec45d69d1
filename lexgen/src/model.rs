//! The atproto data model: string formats as types, and the `Value` tree with its encodings.

mod string_type;
mod syntax_error;

mod at_identifier;
mod at_uri;
mod datetime;
mod did;
mod handle;
mod language;
mod nsid;
mod record_key;
mod tid;
mod uri;

pub use at_identifier::AtIdentifier;
pub use at_uri::AtUri;
pub use datetime::Datetime;
pub use did::Did;
pub use handle::Handle;
pub use language::Language;
pub use nsid::Nsid;
pub use record_key::RecordKey;
pub use syntax_error::SyntaxError;
pub use tid::{Tid, TidGenerator};
pub use uri::Uri;

mod blob;
pub(crate) mod bytes;
mod cid;
pub mod drisl;
mod json;
pub(crate) mod value;

pub use blob::{BlobError, BlobRef};
pub use bytes::Bytes;
pub use cid::{Cid, CidError, CidLink, CidString, Codec};
pub use drisl::{DecodeError, DecodeErrorKind, EncodeError};
pub use json::{JsonError, JsonErrorKind};
pub use value::{
    MAX_DEPTH, MAX_SAFE_INTEGER, MIN_SAFE_INTEGER, Map, MapIntoIter, MapIter, NodeError, Value,
};
