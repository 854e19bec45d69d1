//! `Refusal`: why a record write was refused (each variant one reason, `Display` the message sent), and
//! the one conversion into every write endpoint's `XrpcError` (`InvalidSwap` as the endpoint's own variant).

use lexgen::model::{Cid, Nsid};
use lexgen::xrpc::{EndpointError, XrpcError};
use lexicons::com::atproto::repo::{apply_writes, create_record, delete_record, put_record};

/// Why a record write was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("Invalid $type: expected {expected}, got {got}")]
    TypeMismatch { expected: Nsid, got: String },
    #[error("Invalid $type: not a string")]
    TypeNotString,
    /// `validate: true` for a collection with no record lexicon.
    #[error("Unknown lexicon type: {0}")]
    UnknownLexicon(String),
    /// The record key breaks the lexicon's `key` (the problems, joined).
    #[error("Invalid record key: {0}")]
    InvalidRecordKey(String),
    /// The record breaks its lexicon or cannot be encoded (the problems, joined).
    #[error("Invalid record: {0}")]
    InvalidRecord(String),
    #[error("Legacy blobs are not allowed")]
    LegacyBlob,
    /// The record's DAG-CBOR size.
    #[error("Record is {0} bytes, over the 1 MiB limit")]
    RecordTooLarge(usize),
    /// The commit's diff size.
    #[error("The commit's diff is {0} bytes, over the 2,000,000-byte limit")]
    CommitTooLarge(usize),
    /// A create of an existing `collection/rkey`.
    #[error("Record already exists: {0}")]
    RecordExists(String),
    /// An update or delete of a missing `collection/rkey`.
    #[error("Could not find record: {0}")]
    RecordNotFound(String),
    /// Two writes of one batch to the same `collection/rkey`.
    #[error("Multiple writes to {0}")]
    DuplicatePath(String),
    /// `swapCommit` lost: the repository's head.
    #[error("Commit was at {0}")]
    CommitSwap(Cid),
    /// `swapRecord` lost: the record's current CID, if any.
    #[error("{}", record_was(.0))]
    RecordSwap(Option<Cid>),
    /// A referenced blob is not the account's, or is taken down.
    #[error("Could not find blob: {0}")]
    BlobNotFound(String),
    #[error(
        "Referenced Mimetype does not match stored blob. Expected: {stored}, Got: {referenced}"
    )]
    BlobMimeType { stored: String, referenced: String },
    #[error("Referenced size does not match stored blob. Expected: {stored}, Got: {referenced}")]
    BlobSize { stored: i64, referenced: u64 },
    /// A fresh TID was not a valid record key (a server bug).
    #[error("a TID is not a record key")]
    TidNotRecordKey,
}

fn record_was(current: &Option<Cid>) -> String {
    match current {
        Some(cid) => format!("Record was at {cid}"),
        None => "Record was not present".to_owned(),
    }
}

impl Refusal {
    /// The XRPC error name sent for this refusal.
    pub fn name(&self) -> &'static str {
        match self {
            Refusal::CommitSwap(_) | Refusal::RecordSwap(_) => "InvalidSwap",
            Refusal::BlobNotFound(_) => "BlobNotFound",
            Refusal::BlobMimeType { .. } => "InvalidMimeType",
            Refusal::BlobSize { .. } => "InvalidSize",
            Refusal::TidNotRecordKey => "InternalServerError",
            _ => "InvalidRequest",
        }
    }
}

/// A write endpoint's generated `Error`: the variant a lost swap is sent as.
pub trait SwapError: EndpointError {
    const INVALID_SWAP: Self;
}

impl SwapError for create_record::Error {
    const INVALID_SWAP: Self = create_record::Error::InvalidSwap;
}

impl SwapError for put_record::Error {
    const INVALID_SWAP: Self = put_record::Error::InvalidSwap;
}

impl SwapError for delete_record::Error {
    const INVALID_SWAP: Self = delete_record::Error::InvalidSwap;
}

impl SwapError for apply_writes::Error {
    const INVALID_SWAP: Self = apply_writes::Error::InvalidSwap;
}

impl<E: SwapError> From<Refusal> for XrpcError<E> {
    fn from(refusal: Refusal) -> XrpcError<E> {
        let message = refusal.to_string();
        match refusal {
            Refusal::CommitSwap(_) | Refusal::RecordSwap(_) => {
                XrpcError::endpoint(E::INVALID_SWAP, message)
            }
            Refusal::TidNotRecordKey => crate::xrpc::internal(message),
            Refusal::BlobNotFound(_) | Refusal::BlobMimeType { .. } | Refusal::BlobSize { .. } => {
                crate::xrpc::named(refusal.name(), message)
            }
            _ => XrpcError::InvalidRequest(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cid() -> Cid {
        Cid::for_dag_cbor(b"\xa0")
    }

    /// The status, name and message `refusal` is sent as by an endpoint with error type `E`.
    fn wire<E: SwapError>(refusal: Refusal) -> (u16, String, Option<String>) {
        let error = XrpcError::<E>::from(refusal);
        let body = error.body();
        (error.status(), body.error, body.message)
    }

    fn swaps<E: SwapError>() {
        let XrpcError::Endpoint { error, message } =
            XrpcError::<E>::from(Refusal::RecordSwap(None))
        else {
            panic!("a lost swap is not the endpoint's InvalidSwap");
        };
        assert_eq!(error.name(), E::INVALID_SWAP.name());
        assert_eq!(message.as_deref(), Some("Record was not present"));
        assert_eq!(
            wire::<E>(Refusal::CommitSwap(cid())),
            (
                400,
                "InvalidSwap".into(),
                Some(format!("Commit was at {}", cid()))
            )
        );
        assert_eq!(
            wire::<E>(Refusal::RecordSwap(Some(cid()))),
            (
                400,
                "InvalidSwap".into(),
                Some(format!("Record was at {}", cid()))
            )
        );
        assert_eq!(
            wire::<E>(Refusal::RecordNotFound("a.b.c/x".into())),
            (
                400,
                "InvalidRequest".into(),
                Some("Could not find record: a.b.c/x".into())
            )
        );
        assert_eq!(
            wire::<E>(Refusal::BlobSize {
                stored: 3,
                referenced: 4
            }),
            (
                400,
                "InvalidSize".into(),
                Some("Referenced size does not match stored blob. Expected: 3, Got: 4".into())
            )
        );
        assert_eq!(wire::<E>(Refusal::TidNotRecordKey).0, 500);
    }

    #[test]
    fn create_record_error() {
        swaps::<create_record::Error>();
    }

    #[test]
    fn put_record_error() {
        swaps::<put_record::Error>();
    }

    #[test]
    fn delete_record_error() {
        swaps::<delete_record::Error>();
    }

    #[test]
    fn apply_writes_error() {
        swaps::<apply_writes::Error>();
    }

    #[test]
    fn names_match_the_wire() {
        let refusals = [
            Refusal::LegacyBlob,
            Refusal::BlobNotFound("bafy".into()),
            Refusal::BlobMimeType {
                stored: "image/png".into(),
                referenced: "image/jpeg".into(),
            },
            Refusal::CommitSwap(cid()),
        ];
        for refusal in refusals {
            let name = refusal.name();
            assert_eq!(wire::<put_record::Error>(refusal).1, name);
        }
    }
}
