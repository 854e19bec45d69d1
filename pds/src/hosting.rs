//! The interface between the sync/firehose code and the rest of the server: which accounts this server hosts,
//! their hosting status, who may read an inactive repository ([`AccountSource`], implemented by the account
//! store), and the blobs `getBlob`/`listBlobs` serve ([`BlobSource`], implemented by the blob store).
//! [`MemoryAccounts`] implements both in memory for tests and tools.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};

use lexgen::model::{Cid, Did, Tid};

/// Why an account is not active (the `status` of `#account` events and `getRepoStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InactiveStatus {
    Takendown,
    Suspended,
    Deactivated,
    Deleted,
}

impl InactiveStatus {
    /// The value on the wire (the firehose tests compare frames against it).
    #[cfg(test)]
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            InactiveStatus::Takendown => "takendown",
            InactiveStatus::Suspended => "suspended",
            InactiveStatus::Deactivated => "deactivated",
            InactiveStatus::Deleted => "deleted",
        }
    }
}

/// The hosting status of an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccountStatus {
    Active,
    Inactive(InactiveStatus),
}

impl AccountStatus {
    pub(crate) fn is_active(self) -> bool {
        self == AccountStatus::Active
    }

    /// The inactive reason, `None` when active.
    pub(crate) fn inactive(self) -> Option<InactiveStatus> {
        match self {
            AccountStatus::Active => None,
            AccountStatus::Inactive(status) => Some(status),
        }
    }
}

/// What the sync endpoints need to know about accounts. Implemented by the account store.
///
/// `Ctx` is the per-request context the XRPC router extracts (the caller's authentication); sync reads are
/// public, except that a deactivated, suspended or taken-down repository is readable only by its owner or an
/// admin.
pub trait AccountSource: Send + Sync + 'static {
    /// The request context (extracted by the router for every sync request).
    type Ctx: Send + Sync + 'static;

    /// The status of `did`, or `None` if this server does not host it (deleted accounts may be `None` or
    /// `Inactive(Deleted)`).
    fn status(&self, did: &Did) -> impl Future<Output = Option<AccountStatus>> + Send;

    /// Whether the caller of this request is `did` itself or an admin.
    fn is_owner_or_admin(&self, ctx: &Self::Ctx, did: &Did) -> bool;
}

/// A stored blob, as `getBlob` serves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredBlob {
    pub mime_type: String,
    pub bytes: Vec<u8>,
}

/// The blob store failed.
#[derive(Debug, thiserror::Error)]
#[error("blob store: {0}")]
pub struct BlobStoreError(pub String);

/// A stored blob as `getBlob`'s streaming path serves it: its type, its length, and its bytes as they are
/// read from the store.
pub struct BlobBody {
    pub mime_type: String,
    pub len: u64,
    pub stream: crate::blob::BlobStream,
}

/// What `getBlob` and `listBlobs` need from the blob store. Both are only called after the account was found
/// available to the caller.
pub trait BlobSource: Send + Sync + 'static {
    /// The blob `cid` of `did`'s repository (`None` if the account has no such blob).
    fn blob(
        &self,
        did: &Did,
        cid: &Cid,
    ) -> impl Future<Output = Result<Option<StoredBlob>, BlobStoreError>> + Send;

    /// The blob `cid` of `did`'s repository as a stream; by default [`BlobSource::blob`] read whole.
    fn blob_body(
        &self,
        did: &Did,
        cid: &Cid,
    ) -> impl Future<Output = Result<Option<BlobBody>, BlobStoreError>> + Send {
        async move {
            Ok(self.blob(did, cid).await?.map(|blob| BlobBody {
                mime_type: blob.mime_type,
                len: blob.bytes.len() as u64,
                stream: Box::pin(futures_util::stream::iter([Ok(bytes::Bytes::from(
                    blob.bytes,
                ))])),
            }))
        }
    }

    /// Up to `limit` CIDs of `did`'s blobs in CID-string order after `cursor`; with `since`, only blobs first
    /// referenced by a commit after that revision.
    fn list_blobs(
        &self,
        did: &Did,
        since: Option<&Tid>,
        cursor: Option<&str>,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<Cid>, BlobStoreError>> + Send;
}

/// An in-memory [`AccountSource`] and [`BlobSource`]; the request context is the caller's DID, or `"admin"`.
#[derive(Clone, Debug, Default)]
pub struct MemoryAccounts {
    accounts: Arc<RwLock<HashMap<Did, AccountStatus>>>,
    blobs: Arc<RwLock<HashMap<Did, MemoryBlobs>>>,
}

/// One account's blobs in [`MemoryAccounts`]: CID string → (the revision that referenced it, the blob).
type MemoryBlobs = std::collections::BTreeMap<String, (Tid, StoredBlob)>;

/// The request context of [`MemoryAccounts`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum MemoryCaller {
    #[default]
    Anonymous,
    Account(Did),
    Admin,
}

impl MemoryAccounts {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records (or replaces) the status of `did`.
    pub fn set(&self, did: &Did, status: AccountStatus) {
        self.accounts
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(did.clone(), status);
    }

    /// Stores a blob of `did`, referenced at revision `rev`; returns its CID (raw codec).
    pub fn put_blob(&self, did: &Did, rev: Tid, blob: StoredBlob) -> Cid {
        let cid = Cid::for_raw(&blob.bytes);
        self.blobs
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .entry(did.clone())
            .or_default()
            .insert(cid.to_string(), (rev, blob));
        cid
    }

    /// Forgets `did`.
    pub fn remove(&self, did: &Did) {
        self.accounts
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .remove(did);
    }
}

impl AccountSource for MemoryAccounts {
    type Ctx = MemoryCaller;

    async fn status(&self, did: &Did) -> Option<AccountStatus> {
        self.accounts
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(did)
            .copied()
    }

    fn is_owner_or_admin(&self, ctx: &MemoryCaller, did: &Did) -> bool {
        match ctx {
            MemoryCaller::Anonymous => false,
            MemoryCaller::Account(caller) => caller == did,
            MemoryCaller::Admin => true,
        }
    }
}

impl BlobSource for MemoryAccounts {
    async fn blob(&self, did: &Did, cid: &Cid) -> Result<Option<StoredBlob>, BlobStoreError> {
        Ok(self
            .blobs
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .get(did)
            .and_then(|blobs| blobs.get(&cid.to_string()))
            .map(|(_, blob)| blob.clone()))
    }

    async fn list_blobs(
        &self,
        did: &Did,
        since: Option<&Tid>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Cid>, BlobStoreError> {
        let blobs = self
            .blobs
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let Some(blobs) = blobs.get(did) else {
            return Ok(Vec::new());
        };
        blobs
            .iter()
            .filter(|(cid, (rev, _))| {
                cursor.is_none_or(|cursor| cid.as_str() > cursor)
                    && since.is_none_or(|since| rev > since)
            })
            .take(limit)
            .map(|(cid, _)| cid.parse().map_err(|e| BlobStoreError(format!("{e}"))))
            .collect()
    }
}

/// Reads the caller from `Authorization: Bearer <did>` / `Bearer admin`, unverified: for tests and local tools
/// only, never for a server that faces a network.
impl<S: Send + Sync> axum::extract::FromRequestParts<S> for MemoryCaller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "));
        Ok(match token {
            None => MemoryCaller::Anonymous,
            Some("admin") => MemoryCaller::Admin,
            Some(did) => did
                .parse()
                .map(MemoryCaller::Account)
                .unwrap_or(MemoryCaller::Anonymous),
        })
    }
}
