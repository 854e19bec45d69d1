//! The blob store: where blob bytes live, behind one type with two backends — a directory on disk (the
//! embedded default) and S3-compatible object storage. Uploads stream into a temporary object while they
//! are hashed and counted, and are promoted to permanent when a record referencing them commits; reads
//! stream out. Which blobs exist is decided by the `blob` rows ([`crate::storage::blobs`]); the lifecycle
//! that deletes objects follows those rows ([`lifecycle`]).

mod disk;
mod error;
pub(crate) mod lifecycle;
mod mime;
mod s3;
mod upload;

use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::Stream;
use lexgen::model::{Cid, Did};

pub(crate) use disk::DiskStore;
pub(crate) use error::BlobError;
pub(crate) use mime::sniff_mime;
pub use s3::{S3Settings, S3Store};
pub(crate) use upload::Uploaded;

/// The bytes of a stored blob, as they are read.
pub(crate) type BlobStream = Pin<Box<dyn Stream<Item = Result<Bytes, BlobError>> + Send>>;

/// A request body (or any other source) an upload reads from.
pub(crate) type ByteSource<'a> = Pin<
    Box<dyn Stream<Item = Result<Bytes, Box<dyn std::error::Error + Send + Sync>>> + Send + 'a>,
>;

/// Blob objects of every account, on one backend.
#[derive(Clone, Debug)]
pub struct BlobStore {
    backend: Backend,
    /// Held while an upload puts its object in place and records its row, and while the lifecycle deletes
    /// rows and then their objects: an upload never lands between the two (its object would be deleted
    /// under a live row). One process per data directory, so a lock in memory is enough.
    placing: Arc<tokio::sync::Mutex<()>>,
}

#[derive(Clone, Debug)]
enum Backend {
    Disk(DiskStore),
    S3(S3Store),
}

impl BlobStore {
    /// Blobs in a directory (`<root>/<did>/<cid>`, temporary ones under `<root>/tmp/`).
    pub(crate) fn disk(root: std::path::PathBuf) -> BlobStore {
        BlobStore::with(Backend::Disk(DiskStore::new(root)))
    }

    /// Blobs in an S3-compatible bucket (`blocks/<did>/<cid>`, temporary ones under `tmp/<did>/`).
    pub(crate) fn s3(settings: &S3Settings) -> Result<BlobStore, BlobError> {
        Ok(BlobStore::with(Backend::S3(S3Store::new(settings)?)))
    }

    fn with(backend: Backend) -> BlobStore {
        BlobStore {
            backend,
            placing: Arc::default(),
        }
    }

    /// The lock an upload holds from putting its object in place until its row is written, and the
    /// lifecycle from deleting rows until their objects are gone.
    pub(crate) fn placing(&self) -> &tokio::sync::Mutex<()> {
        &self.placing
    }

    /// Streams `body` into a new temporary upload of `did`, hashing and counting it; more than `limit`
    /// bytes fails with [`BlobError::TooLarge`] and leaves nothing behind. The result is not yet the blob
    /// `cid`: [`BlobStore::place`] (under [`BlobStore::placing`]) makes it so.
    pub(crate) async fn upload(
        &self,
        did: &Did,
        body: ByteSource<'_>,
        limit: u64,
    ) -> Result<Uploaded, BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.upload(did, body, limit).await,
            Backend::S3(s3) => s3.upload(did, body, limit).await,
        }
    }

    /// Puts an upload in place as the temporary blob it hashed to (a no-op for content already stored).
    pub(crate) async fn place(&self, did: &Did, upload: &Uploaded) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.place(did, upload).await,
            Backend::S3(s3) => s3.place(did, upload).await,
        }
    }

    /// Drops an upload that will not be placed (refused after it was read).
    pub(crate) async fn discard(&self, upload: &Uploaded) {
        let result = match &self.backend {
            Backend::Disk(disk) => disk.discard(upload).await,
            Backend::S3(s3) => s3.discard(upload).await,
        };
        if let Err(e) = result {
            tracing::warn!(error = %e, "could not remove an unused upload");
        }
    }

    /// Moves the temporary blob `cid` of `did` to its permanent place (idempotent: nothing to do when it
    /// is there already).
    pub(crate) async fn make_permanent(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.make_permanent(did, cid).await,
            Backend::S3(s3) => s3.make_permanent(did, cid).await,
        }
    }

    /// The bytes of blob `cid` of `did`, wherever it is (permanent, else temporary), and their length.
    pub(crate) async fn get(
        &self,
        did: &Did,
        cid: &str,
    ) -> Result<Option<(u64, BlobStream)>, BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.get(did, cid).await,
            Backend::S3(s3) => s3.get(did, cid).await,
        }
    }

    /// Deletes blob `cid` of `did` from both places (missing is fine).
    pub(crate) async fn delete(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.delete(did, cid).await,
            Backend::S3(s3) => s3.delete(did, cid).await,
        }
    }

    /// Deletes every blob of an account.
    pub(crate) async fn delete_all(&self, did: &Did) -> Result<(), BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.delete_all(did).await,
            Backend::S3(s3) => s3.delete_all(did).await,
        }
    }

    /// Deletes uploads in progress that started before `before` (left by a crash or a lost connection);
    /// returns how many.
    pub(crate) async fn sweep_scratch(
        &self,
        before: std::time::SystemTime,
    ) -> Result<usize, BlobError> {
        match &self.backend {
            Backend::Disk(disk) => disk.sweep_scratch(before).await,
            Backend::S3(s3) => s3.sweep_scratch(before).await,
        }
    }

    /// Reads a whole blob into memory: for callers that need the bytes at once (the generated `getBlob`
    /// handler, which serves inactive accounts to their owner or an admin; tests). Active accounts' blobs
    /// stream instead (`sync/stream_blob.rs`).
    pub async fn read_all(&self, did: &Did, cid: &str) -> Result<Option<Vec<u8>>, BlobError> {
        use futures_util::TryStreamExt as _;
        let Some((len, stream)) = self.get(did, cid).await? else {
            return Ok(None);
        };
        let mut out = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
        let mut stream = stream;
        while let Some(chunk) = stream.try_next().await? {
            out.extend_from_slice(&chunk);
        }
        Ok(Some(out))
    }
}

/// A blob's CID from the SHA-256 of its bytes (raw codec).
fn raw_cid(digest: [u8; 32]) -> Cid {
    let mut binary = [0u8; Cid::BINARY_LEN];
    binary[..4].copy_from_slice(&[0x01, 0x55, 0x12, 0x20]);
    binary[4..].copy_from_slice(&digest);
    Cid::from_bytes(&binary).unwrap_or_else(|_| unreachable!("a CIDv1 raw sha2-256 is blessed"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn raw_cid_matches_the_data_model() {
        use sha2::Digest as _;
        let bytes = b"some blob bytes";
        let digest: [u8; 32] = sha2::Sha256::digest(bytes).into();
        assert_eq!(super::raw_cid(digest), lexgen::model::Cid::for_raw(bytes));
    }
}
