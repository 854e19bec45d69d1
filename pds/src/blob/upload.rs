//! What an upload learns as it streams: the SHA-256 (hence the CID), the size held to the limit, and the
//! first bytes (for the MIME type).

use lexgen::model::Cid;
use sha2::Digest as _;

use super::BlobError;

/// How many leading bytes are kept for sniffing the MIME type (every signature fits).
const HEAD: usize = 64;

/// A finished upload, not yet placed as a blob.
#[derive(Debug)]
pub(crate) struct Uploaded {
    pub cid: Cid,
    pub size: u64,
    /// The first bytes, for [`super::sniff_mime`].
    pub head: Vec<u8>,
    /// The backend's name for the object written so far (a scratch file or key).
    pub(super) scratch: String,
}

/// Hashes and counts the chunks of one upload.
pub(super) struct Counter {
    hasher: sha2::Sha256,
    size: u64,
    limit: u64,
    head: Vec<u8>,
}

impl Counter {
    pub(super) fn new(limit: u64) -> Counter {
        Counter {
            hasher: sha2::Sha256::new(),
            size: 0,
            limit,
            head: Vec::with_capacity(HEAD),
        }
    }

    /// Takes the next chunk; fails as soon as the total passes the limit.
    pub(super) fn take(&mut self, chunk: &[u8]) -> Result<(), BlobError> {
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            return Err(BlobError::TooLarge { limit: self.limit });
        }
        let room = HEAD - self.head.len();
        self.head.extend_from_slice(&chunk[..room.min(chunk.len())]);
        self.hasher.update(chunk);
        Ok(())
    }

    pub(super) fn finish(self, scratch: String) -> Uploaded {
        Uploaded {
            cid: super::raw_cid(self.hasher.finalize().into()),
            size: self.size,
            head: self.head,
            scratch,
        }
    }
}

/// A fresh random name for an upload in progress.
pub(super) fn scratch_name() -> Result<String, BlobError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| BlobError::Io(std::io::Error::other(e.to_string())))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("{SCRATCH}{hex}"))
}

/// How the name of an upload in progress starts (a CID never does).
const SCRATCH: &str = "upload-";

/// Whether `name` is an upload in progress.
pub(super) fn is_scratch(name: &str) -> bool {
    name.starts_with(SCRATCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_hashes_and_refuses_past_the_limit() {
        let mut counter = Counter::new(10);
        counter.take(b"hello").unwrap();
        counter.take(b"world").unwrap();
        let done = counter.finish("x".into());
        assert_eq!(done.cid, Cid::for_raw(b"helloworld"));
        assert_eq!(done.size, 10);
        assert_eq!(done.head, b"helloworld");
        let mut counter = Counter::new(10);
        counter.take(b"hello").unwrap();
        assert!(matches!(
            counter.take(b"world!"),
            Err(BlobError::TooLarge { limit: 10 })
        ));
    }
}
