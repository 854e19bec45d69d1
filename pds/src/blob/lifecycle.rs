//! The deleting half of the blob lifecycle: temporary blobs — uploads never referenced, and blobs whose
//! last reference went — that stayed so past the grace period are deleted, rows first (in one writer
//! transaction that only takes rows no record references), then their objects. Rows decide: a blob a
//! record references is never taken, and an object is only deleted after its row. Unfinished uploads
//! older than the grace period go too.

use crate::storage::{Storage, StorageError, blobs};

use super::BlobStore;

/// Deletes the blobs temporary since before `now - grace` (unix seconds); returns how many.
pub(crate) async fn collect(
    storage: &Storage,
    store: &BlobStore,
    now: i64,
    grace: i64,
) -> Result<usize, StorageError> {
    // An upload of the same content must not put its object in place between the row's deletion and
    // the object's (it would lose the object under its new row).
    let _placing = store.placing().lock().await;
    let stale = storage
        .write(move |conn| blobs::take_stale_temporary_blobs(conn, now - grace))
        .await?;
    for (did, cid) in &stale {
        let Ok(did) = did.parse() else {
            continue;
        };
        if let Err(e) = store.delete(&did, cid).await {
            tracing::warn!(%did, cid, error = %e, "could not delete an expired blob");
        }
    }
    // Uploads cut off before they were placed (a crash, a lost connection) have no row at all.
    let cutoff = std::time::UNIX_EPOCH
        + std::time::Duration::from_secs(u64::try_from(now - grace).unwrap_or(0));
    if let Err(e) = store.sweep_scratch(cutoff).await {
        tracing::warn!(error = %e, "could not sweep unfinished uploads");
    }
    Ok(stale.len())
}
