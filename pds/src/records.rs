//! Record writes as the repo endpoints see them: `$type` and record-key rules, the `validate` semantics of
//! the reference (true / false / unset) against the server's lexicon catalog, encoding once to DAG-CBOR,
//! blob reference checks, swaps, and the commit with its blob bookkeeping in the same transaction.

mod refusal;
mod validation;

pub use refusal::{Refusal, SwapError};

use lexgen::crypto::Keypair;
use lexgen::model::{AtUri, Cid, Did, Map, Nsid, RecordKey, Tid, Value};

use crate::blob::BlobStore;
use crate::lexicon_catalog::Snapshot;
use crate::repo::{OpAction, Write};
use crate::repository::{Committed, Repositories, RepositoryError};
use crate::storage::{Connection, RepoReader, StorageError, blobs};

/// The largest record, in DAG-CBOR bytes.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;
/// The most writes in one applyWrites.
pub const MAX_WRITES: usize = 200;

/// How the record was validated (`validationStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    Valid,
    Unknown,
    /// `validate: false`: the status is omitted.
    Skipped,
}

impl Validation {
    pub fn status(self) -> Option<&'static str> {
        match self {
            Validation::Valid => Some("valid"),
            Validation::Unknown => Some("unknown"),
            Validation::Skipped => None,
        }
    }
}

/// A record ready to be written: encoded, checked, with its blob references.
#[derive(Clone, Debug)]
pub struct PreparedRecord {
    pub collection: Nsid,
    pub rkey: RecordKey,
    pub cid: Cid,
    pub bytes: Vec<u8>,
    /// `(cid, mimeType, size)` of every blob the record references.
    pub blobs: Vec<(String, String, u64)>,
    pub validation: Validation,
    /// The subject of a like, repost, follow or block (validated records only): createRecord first deletes
    /// the account's other records of the collection with the same subject, in the same commit, as the
    /// reference does. `None` disables that (applyWrites, `validate: false`).
    pub backlink: Option<String>,
}

/// The subject a record of `collection` points at, for the collections the reference de-duplicates.
fn backlink_subject(collection: &str, value: &Value) -> Option<String> {
    let subject = value.get("subject")?;
    match collection {
        "app.bsky.feed.like" | "app.bsky.feed.repost" => {
            subject.get("uri")?.as_str().map(str::to_owned)
        }
        "app.bsky.graph.follow" | "app.bsky.graph.block" => subject.as_str().map(str::to_owned),
        _ => None,
    }
}

/// Paths of the repository's records in `collection` whose subject is `subject` (a scan of the collection).
fn records_with_subject(
    conn: &Connection,
    repo: i64,
    collection: &str,
    subject: &str,
) -> Result<Vec<String>, StorageError> {
    let mut found = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page =
            RepoReader::list_records(conn, repo, collection, cursor.as_deref(), 1000, false)?;
        for (rkey, cid) in &page {
            let Some(bytes) = RepoReader::block(conn, repo, cid)? else {
                continue;
            };
            if let Ok(value) = Value::from_drisl(&bytes)
                && backlink_subject(collection, &value).as_deref() == Some(subject)
            {
                found.push(format!("{collection}/{rkey}"));
            }
        }
        match page.last() {
            Some((rkey, _)) if page.len() == 1000 => cursor = Some(rkey.clone()),
            _ => return Ok(found),
        }
    }
}

/// Checks and encodes a record for `collection/rkey` (`rkey` `None`: a new TID), validated against
/// `lexicons`. `text`: the record's JSON text in the request, if at hand (validated by the fast path).
pub fn prepare_record(
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
        _ => backlink_subject(collection.as_str(), &value),
    };
    let mut blobs = Vec::new();
    for blob in value.blob_refs() {
        let (false, Some(size)) = (blob.is_legacy(), blob.size) else {
            return Err(Refusal::LegacyBlob);
        };
        blobs.push((blob.cid.to_string(), blob.mime_type.clone(), size));
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

/// One write of a batch.
#[derive(Clone, Debug)]
pub enum RecordWrite {
    /// Must not exist yet.
    Create(PreparedRecord),
    /// Create or replace; `swap`: `Some(None)` must not exist, `Some(Some(cid))` must be `cid`.
    Put {
        record: PreparedRecord,
        swap: Option<Option<Cid>>,
    },
    /// Must exist (applyWrites update).
    Update(PreparedRecord),
    /// Must exist; `swap`: must be this CID.
    Delete {
        collection: Nsid,
        rkey: RecordKey,
        swap: Option<Cid>,
    },
}

impl RecordWrite {
    fn path(&self) -> (&Nsid, &RecordKey) {
        match self {
            RecordWrite::Create(r)
            | RecordWrite::Update(r)
            | RecordWrite::Put { record: r, .. } => (&r.collection, &r.rkey),
            RecordWrite::Delete {
                collection, rkey, ..
            } => (collection, rkey),
        }
    }
}

/// The outcome of [`commit`]: the commit (`None` when every write was a no-op put: nothing to write) and,
/// per write, the action taken.
pub struct CommitOutcome {
    pub committed: Option<Committed>,
    pub actions: Vec<Option<OpAction>>,
}

/// Applies `writes` to `did`'s repository as one commit (after checking `swap_commit`, each record swap and
/// every blob reference under the repository lock), updating blob references in the same transaction and
/// then promoting the objects of blobs the commit made permanent.
pub async fn commit(
    repos: &Repositories,
    blob_store: &BlobStore,
    did: &Did,
    key: &Keypair,
    swap_commit: Option<Cid>,
    writes: Vec<RecordWrite>,
) -> Result<CommitOutcome, CommitError> {
    let did_build = did.clone();
    let writes_build = writes.clone();
    let (actions_tx, actions_rx) = std::sync::mpsc::channel();
    let did_after = did.clone();
    let refs: Vec<(String, Vec<String>)> = writes
        .iter()
        .map(|w| {
            let (collection, rkey) = w.path();
            let uri = AtUri::for_record(did, collection, rkey).to_string();
            let cids = match w {
                RecordWrite::Create(r)
                | RecordWrite::Update(r)
                | RecordWrite::Put { record: r, .. } => {
                    r.blobs.iter().map(|(cid, _, _)| cid.clone()).collect()
                }
                RecordWrite::Delete { .. } => Vec::new(),
            };
            (uri, cids)
        })
        .collect();
    let result = repos
        .apply_writes_with(
            did,
            key,
            move |conn, head| {
                let (writes, actions) = build(conn, &did_build, head, swap_commit, writes_build)?;
                let _ = actions_tx.send(actions);
                Ok((!writes.is_empty()).then_some(writes))
            },
            move |conn| after(conn, &did_after, &refs),
        )
        .await;
    let committed = match result.map_err(CommitError::from)? {
        Some((committed, promoted)) => {
            // Rows decide what exists; an object left under its temporary name is still found and kept.
            for cid in promoted {
                if let Err(e) = blob_store.make_permanent(did, &cid).await {
                    tracing::warn!(%did, cid, error = %e, "could not promote a blob");
                }
            }
            Some(committed)
        }
        None => None,
    };
    Ok(CommitOutcome {
        committed,
        actions: actions_rx.recv().unwrap_or_default(),
    })
}

/// Why [`commit`] failed.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("{name}: {0}", name = .0.name())]
    Refused(Refusal),
    #[error(transparent)]
    Repository(RepositoryError),
}

impl From<RepositoryError> for CommitError {
    fn from(e: RepositoryError) -> CommitError {
        use crate::repo::WriteError;
        match e {
            RepositoryError::Rejected(refusal) => CommitError::Refused(refusal),
            RepositoryError::Write(WriteError::AlreadyExists(path)) => {
                CommitError::Refused(Refusal::RecordExists(path))
            }
            RepositoryError::Write(WriteError::NotFound(path)) => {
                CommitError::Refused(Refusal::RecordNotFound(path))
            }
            RepositoryError::Write(WriteError::DuplicatePath(path)) => {
                CommitError::Refused(Refusal::DuplicatePath(path))
            }
            RepositoryError::CommitTooLarge(n) => CommitError::Refused(Refusal::CommitTooLarge(n)),
            other => CommitError::Repository(other),
        }
    }
}

type Built = (Vec<Write>, Vec<Option<OpAction>>);

fn rejected(refusal: Refusal) -> RepositoryError {
    RepositoryError::Rejected(refusal)
}

/// Under the repository lock: swaps, blob checks, and put → create/update/no-op (no writes at all: nothing
/// to commit).
fn build(
    conn: &Connection,
    did: &Did,
    head: &crate::storage::RepoHead,
    swap_commit: Option<Cid>,
    writes: Vec<RecordWrite>,
) -> Result<Built, RepositoryError> {
    if let Some(swap) = swap_commit
        && swap != head.head
    {
        return Err(rejected(Refusal::CommitSwap(head.head)));
    }
    let mut out = Vec::with_capacity(writes.len());
    let mut actions = Vec::with_capacity(writes.len());
    for write in writes {
        let (collection, rkey) = write.path();
        let key = format!("{collection}/{rkey}");
        let current = RepoReader::record_cid(conn, head.id, collection.as_str(), rkey.as_str())?;
        match write {
            RecordWrite::Create(record) => {
                check_blobs(conn, did, &record)?;
                if let Some(subject) = &record.backlink {
                    let collection = record.collection.as_str();
                    for path in records_with_subject(conn, head.id, collection, subject)? {
                        out.push(Write::Delete { key: path });
                    }
                }
                out.push(Write::Create {
                    key,
                    record: (record.cid, record.bytes),
                });
                actions.push(Some(OpAction::Create));
            }
            RecordWrite::Update(record) => {
                check_blobs(conn, did, &record)?;
                out.push(Write::Update {
                    key,
                    record: (record.cid, record.bytes),
                });
                actions.push(Some(OpAction::Update));
            }
            RecordWrite::Put { record, swap } => {
                if let Some(expected) = swap
                    && expected != current
                {
                    return Err(rejected(Refusal::RecordSwap(current)));
                }
                check_blobs(conn, did, &record)?;
                match current {
                    Some(cid) if cid == record.cid => actions.push(None),
                    Some(_) => {
                        out.push(Write::Update {
                            key,
                            record: (record.cid, record.bytes),
                        });
                        actions.push(Some(OpAction::Update));
                    }
                    None => {
                        out.push(Write::Create {
                            key,
                            record: (record.cid, record.bytes),
                        });
                        actions.push(Some(OpAction::Create));
                    }
                }
            }
            RecordWrite::Delete { swap, .. } => {
                if let Some(expected) = swap
                    && Some(expected) != current
                {
                    return Err(rejected(Refusal::RecordSwap(current)));
                }
                out.push(Write::Delete { key });
                actions.push(Some(OpAction::Delete));
            }
        }
    }
    Ok((out, actions))
}

/// Every referenced blob must be this account's (the ownership check), not taken down, and — on its first
/// reference, while temporary — match the stored MIME type and size.
fn check_blobs(
    conn: &Connection,
    did: &Did,
    record: &PreparedRecord,
) -> Result<(), RepositoryError> {
    for (cid, mime_type, size) in &record.blobs {
        let Some(stored) = blobs::blob(conn, did.as_str(), cid)? else {
            return Err(rejected(Refusal::BlobNotFound(cid.clone())));
        };
        if stored.takedown_ref.is_some() {
            return Err(rejected(Refusal::BlobNotFound(cid.clone())));
        }
        if !stored.permanent {
            if stored.mime_type != *mime_type {
                return Err(rejected(Refusal::BlobMimeType {
                    stored: stored.mime_type,
                    referenced: mime_type.clone(),
                }));
            }
            if u64::try_from(stored.size).ok() != Some(*size) {
                return Err(rejected(Refusal::BlobSize {
                    stored: stored.size,
                    referenced: *size,
                }));
            }
        }
    }
    Ok(())
}

/// In the commit's transaction: each written record's blob references; returns the blobs made permanent.
fn after(
    conn: &Connection,
    did: &Did,
    refs: &[(String, Vec<String>)],
) -> Result<Vec<String>, StorageError> {
    let (now, mut promoted) = (crate::auth::now_secs(), Vec::new());
    for (uri, cids) in refs {
        promoted.extend(blobs::set_record_blobs(conn, did.as_str(), uri, cids, now)?);
    }
    Ok(promoted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::WriteError;

    fn refusal(e: RepositoryError) -> Refusal {
        match CommitError::from(e) {
            CommitError::Refused(refusal) => refusal,
            CommitError::Repository(e) => panic!("not a refusal: {e}"),
        }
    }

    #[test]
    fn write_conflicts_are_refusals() {
        let path = || String::from("app.bsky.feed.post/3k");
        assert_eq!(
            refusal(WriteError::NotFound(path()).into()),
            Refusal::RecordNotFound(path())
        );
        assert_eq!(
            refusal(WriteError::AlreadyExists(path()).into()),
            Refusal::RecordExists(path())
        );
        assert_eq!(
            refusal(WriteError::DuplicatePath(path()).into()),
            Refusal::DuplicatePath(path())
        );
        assert_eq!(
            refusal(RepositoryError::CommitTooLarge(2_000_001)),
            Refusal::CommitTooLarge(2_000_001)
        );
        assert_eq!(
            refusal(RepositoryError::Rejected(Refusal::RecordSwap(None))),
            Refusal::RecordSwap(None)
        );
        assert_eq!(
            Refusal::RecordNotFound(path()).to_string(),
            "Could not find record: app.bsky.feed.post/3k"
        );
    }

    #[test]
    fn failures_are_not_refusals() {
        assert!(matches!(
            CommitError::from(RepositoryError::Storage(StorageError::WriterGone)),
            CommitError::Repository(_)
        ));
        assert!(matches!(
            CommitError::from(RepositoryError::Write(WriteError::TooManyWrites(201))),
            CommitError::Repository(_)
        ));
    }
}
