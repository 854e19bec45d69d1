//! The blob bookkeeping of a record write: before the commit, every referenced blob must be the account's
//! (checked under the repository lock); in the commit's transaction, each written record's references
//! replace its old ones (making blobs permanent or temporary again); after it, the objects of the blobs
//! made permanent move to their permanent names.

use lexgen::model::Did;

use super::{BlobUse, Refusal};
use crate::blob::BlobStore;
use crate::repository::RepositoryError;
use crate::storage::{Connection, StorageError, blobs};

/// Every referenced blob must be this account's (the ownership check), not taken down, and — on its first
/// reference, while temporary — match the stored MIME type and size.
pub(super) fn check(conn: &Connection, did: &Did, uses: &[BlobUse]) -> Result<(), RepositoryError> {
    let refused = |refusal| Err(RepositoryError::Rejected(refusal));
    for blob in uses {
        let stored = match blobs::blob(conn, did.as_str(), &blob.cid)? {
            Some(stored) if stored.takedown_ref.is_none() => stored,
            _ => return refused(Refusal::BlobNotFound(blob.cid.to_string())),
        };
        if stored.permanent {
            continue;
        }
        if stored.mime_type != blob.mime_type {
            return refused(Refusal::BlobMimeType {
                stored: stored.mime_type,
                referenced: blob.mime_type.clone(),
            });
        }
        if u64::try_from(stored.size).ok() != Some(blob.size) {
            return refused(Refusal::BlobSize {
                stored: stored.size,
                referenced: blob.size,
            });
        }
    }
    Ok(())
}

/// The blob references of one written record: its `at://` URI and the CIDs it references (none for a
/// delete).
pub(super) struct RecordRefs {
    pub(super) uri: String,
    pub(super) cids: Vec<String>,
}

/// In the commit's transaction: replaces each written record's blob references; returns the blobs made
/// permanent.
pub(super) fn record(
    conn: &Connection,
    did: &Did,
    refs: &[RecordRefs],
) -> Result<Vec<String>, StorageError> {
    let (now, mut promoted) = (crate::auth::now_secs(), Vec::new());
    for RecordRefs { uri, cids } in refs {
        promoted.extend(blobs::set_record_blobs(conn, did.as_str(), uri, cids, now)?);
    }
    Ok(promoted)
}

/// After the commit: moves the objects of the blobs it made permanent to their permanent names. Rows
/// decide what exists, so an object left under its temporary name is still found and kept.
pub(super) async fn promote(store: &BlobStore, did: &Did, promoted: &[String]) {
    for cid in promoted {
        if let Err(e) = store.make_permanent(did, cid).await {
            tracing::warn!(%did, cid, error = %e, "could not promote a blob");
        }
    }
}
