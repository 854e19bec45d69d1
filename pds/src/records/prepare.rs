//! Preparing one record for a write, before any lock is taken: the `$type` and record-key rules, validation
//! (`validation.rs`), the blob references it carries, and its DAG-CBOR encoding and CID, computed once.

use lexgen::model::{Cid, Map, Nsid, RecordKey, Tid, Value};

use super::{Refusal, backlinks, validation};
use crate::lexicon_catalog::Snapshot;

/// The largest record, in DAG-CBOR bytes.
pub(crate) const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// How the record was validated (`validationStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Validation {
    Valid,
    Unknown,
    /// `validate: false`: the status is omitted.
    Skipped,
}

impl Validation {
    pub(crate) fn status(self) -> Option<&'static str> {
        match self {
            Validation::Valid => Some("valid"),
            Validation::Unknown => Some("unknown"),
            Validation::Skipped => None,
        }
    }
}

/// A blob a record references, as the record states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BlobUse {
    pub cid: Cid,
    pub mime_type: String,
    pub size: u64,
}

/// A record ready to be written: encoded, checked, with its blob references.
#[derive(Clone, Debug)]
pub(crate) struct PreparedRecord {
    pub collection: Nsid,
    pub rkey: RecordKey,
    pub cid: Cid,
    pub bytes: Vec<u8>,
    /// Every blob the record references.
    pub blobs: Vec<BlobUse>,
    pub validation: Validation,
    /// The subject of a like, repost, follow or block (validated records only): createRecord first deletes
    /// the account's other records of the collection with the same subject, in the same commit, as the
    /// reference does. `None` disables that (applyWrites, `validate: false`).
    pub backlink: Option<String>,
}

/// Checks and encodes a record for `collection/rkey` (`rkey` `None`: a new TID), validated against
/// `lexicons`. `text`: the record's JSON text in the request, if at hand (validated by the fast path).
pub(crate) fn prepare_record(
    lexicons: &Snapshot,
    collection: &Nsid,
    rkey: Option<&RecordKey>,
    mut record: Map,
    text: Option<&str>,
    validate: Option<bool>,
) -> Result<PreparedRecord, Refusal> {
    // Without a `$type` the text is not the record that gets validated (one is filled in below).
    let text = text.filter(|_| record.get("$type").is_some());
    match record.get("$type") {
        None => {
            // The reference fills in a missing `$type` (the lexicon says it must be present).
            record.insert(String::from("$type"), Value::String(collection.to_string()));
        }
        Some(Value::String(t)) if t == collection.as_str() => {}
        Some(Value::String(t)) => {
            return Err(Refusal::TypeMismatch {
                expected: collection.clone(),
                got: t.clone(),
            });
        }
        Some(_) => return Err(Refusal::TypeNotString),
    }
    let rkey = match rkey {
        Some(rkey) => rkey.clone(),
        None => Tid::now()
            .to_string()
            .parse()
            .map_err(|_| Refusal::TidNotRecordKey)?,
    };
    let value = Value::Map(record);
    let validation = validation::validate(
        lexicons,
        collection.as_str(),
        rkey.as_str(),
        validation::RecordSource {
            value: &value,
            text,
        },
        validate,
    )?;
    let backlink = match validation {
        Validation::Skipped => None,
        _ => backlinks::subject(collection.as_str(), &value),
    };
    let mut blobs = Vec::new();
    for blob in value.blob_refs() {
        let (false, Some(size)) = (blob.is_legacy(), blob.size) else {
            return Err(Refusal::LegacyBlob);
        };
        blobs.push(BlobUse {
            cid: blob.cid,
            mime_type: blob.mime_type,
            size,
        });
    }
    let bytes = value
        .to_drisl()
        .map_err(|e| Refusal::InvalidRecord(e.to_string()))?;
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(Refusal::RecordTooLarge(bytes.len()));
    }
    Ok(PreparedRecord {
        cid: Cid::for_dag_cbor(&bytes),
        collection: collection.clone(),
        rkey,
        bytes,
        blobs,
        validation,
        backlink,
    })
}
