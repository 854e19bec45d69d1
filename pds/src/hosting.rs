//! The one interface between the sync/firehose code and the account store: which accounts this server hosts,
//! their hosting status, and who may read an inactive repository. The account store implements
//! [`AccountSource`]; [`MemoryAccounts`] is a simple implementation for tests and tools.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, RwLock};

use lexgen::model::Did;

/// Why an account is not active (the `status` of `#account` events and `getRepoStatus`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InactiveStatus {
    Takendown,
    Suspended,
    Deactivated,
    Deleted,
}

impl InactiveStatus {
    /// The value on the wire.
    pub fn as_str(self) -> &'static str {
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
    pub fn is_active(self) -> bool {
        self == AccountStatus::Active
    }

    /// The inactive reason, `None` when active.
    pub fn inactive(self) -> Option<InactiveStatus> {
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
    type Ctx: Send + 'static;

    /// The status of `did`, or `None` if this server does not host it (deleted accounts may be `None` or
    /// `Inactive(Deleted)`).
    fn status(&self, did: &Did) -> impl Future<Output = Option<AccountStatus>> + Send;

    /// Whether the caller of this request is `did` itself or an admin.
    fn is_owner_or_admin(&self, ctx: &Self::Ctx, did: &Did) -> bool;
}

/// An in-memory [`AccountSource`]; the request context is the caller's DID, or `"admin"`.
#[derive(Clone, Debug, Default)]
pub struct MemoryAccounts {
    accounts: Arc<RwLock<HashMap<Did, AccountStatus>>>,
}

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
