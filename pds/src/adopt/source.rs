//! Where a reference PDS keeps its state: `<PDS_DATA_DIRECTORY>/account.sqlite` and `sequencer.sqlite`, the
//! actor stores under
//! `<PDS_DATA_DIRECTORY>/actors/<first 2 hex chars of sha256(did)>/<did>/` (`store.sqlite` and `key`, the
//! raw 32-byte k256 private key), and the disk blob store `<PDS_BLOBSTORE_DISK_LOCATION>/<did>/<cid>`.

use std::path::PathBuf;

use lexgen::crypto::{Algorithm, Keypair};
use sha2::{Digest, Sha256};

use super::AdoptError;

/// A reference PDS's data directory and blob store.
#[derive(Clone, Debug)]
pub struct Source {
    data_dir: PathBuf,
    blobs_dir: PathBuf,
}

impl Source {
    /// `blobs_dir` defaults to `<data_dir>/blocks`, where the reference's installer puts it.
    pub fn new(data_dir: PathBuf, blobs_dir: Option<PathBuf>) -> Self {
        let blobs_dir = blobs_dir.unwrap_or_else(|| data_dir.join("blocks"));
        Self {
            data_dir,
            blobs_dir,
        }
    }

    /// The service database; an error if there is none (not a reference data directory).
    pub(super) fn service_db(&self) -> Result<PathBuf, AdoptError> {
        let path = self.data_dir.join("account.sqlite");
        if path.is_file() {
            Ok(path)
        } else {
            Err(AdoptError::NotReference(
                self.data_dir.display().to_string(),
            ))
        }
    }

    /// The event log's database.
    pub(super) fn sequencer_db(&self) -> PathBuf {
        self.data_dir.join("sequencer.sqlite")
    }

    fn actor_dir(&self, did: &str) -> PathBuf {
        let hash = crate::auth::hex(&Sha256::digest(did.as_bytes()));
        self.data_dir.join("actors").join(&hash[..2]).join(did)
    }

    /// The account's actor store database.
    pub(super) fn actor_store(&self, did: &str) -> PathBuf {
        self.actor_dir(did).join("store.sqlite")
    }

    /// The account's repository signing key.
    pub(super) fn signing_key(&self, did: &str) -> Result<Keypair, AdoptError> {
        let path = self.actor_dir(did).join("key");
        let bytes = std::fs::read(&path).map_err(|e| AdoptError::io(&path, e))?;
        Keypair::from_private_bytes(Algorithm::K256, &bytes).map_err(|source| AdoptError::Key {
            path: path.display().to_string(),
            source,
        })
    }

    /// A stored (permanent) blob's file.
    pub(super) fn blob(&self, did: &str, cid: &str) -> PathBuf {
        self.blobs_dir.join(did).join(cid)
    }
}
