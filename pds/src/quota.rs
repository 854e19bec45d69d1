//! Storage quotas per account: blob bytes (temporary uploads included) and repository bytes, each the
//! server's default (`PDS_BLOB_QUOTA_BYTES`, `PDS_REPO_QUOTA_BYTES`; none unless set) or the account's
//! own (`pds account quota`). Refusals are the XRPC error `QuotaExceeded` with status 400 (the reference
//! has no quotas; 400 is what XRPC clients expect of a named, request-specific error), saying which quota
//! and how much is left.
//!
//! An upload may take at most the room left: counted as it streams, then checked again with the other
//! uploads kept out before it is stored (where a blob the account already holds adds nothing). A record write is refused once the repository has reached its quota, so one write may
//! cross it; a write that only deletes always passes, so an account over its quota can free space.

use lexgen::model::Did;
use lexgen::xrpc::XrpcError;

use crate::app::App;
use crate::records::RecordWrite;
use crate::storage::StorageError;
use crate::storage::quotas::{self, Overrides, Usage};

/// The quotas in force for one account (`None`: no limit).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    pub blob_bytes: Option<u64>,
    pub repo_bytes: Option<u64>,
}

/// An account's quotas and usage, as `pds account usage` prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    pub limits: Limits,
    pub overrides: Overrides,
    pub usage: Usage,
}

fn limits(app: &App, overrides: Overrides) -> Limits {
    Limits {
        blob_bytes: overrides.blob_bytes.or(app.config.blob_quota_bytes),
        repo_bytes: overrides.repo_bytes.or(app.config.repo_quota_bytes),
    }
}

/// The quotas, overrides and usage of `did`.
pub async fn report(app: &App, did: &Did) -> Result<Report, StorageError> {
    let did_text = did.to_string();
    let (overrides, usage) = app
        .storage
        .read(move |conn| {
            Ok((
                quotas::overrides(conn, &did_text)?,
                quotas::usage(conn, &did_text)?,
            ))
        })
        .await?;
    Ok(Report {
        limits: limits(app, overrides),
        overrides,
        usage,
    })
}

/// Sets `did`'s overrides (only the limits given; `None` keeps the current one).
pub async fn set(
    app: &App,
    did: &Did,
    blob_bytes: Option<quotas::Override>,
    repo_bytes: Option<quotas::Override>,
) -> Result<Overrides, StorageError> {
    let did_text = did.to_string();
    app.storage
        .write(move |conn| {
            let mut overrides = quotas::overrides(conn, &did_text)?;
            overrides.blob_bytes = blob_bytes.unwrap_or(overrides.blob_bytes);
            overrides.repo_bytes = repo_bytes.unwrap_or(overrides.repo_bytes);
            quotas::set_overrides(conn, &did_text, overrides)?;
            Ok(overrides)
        })
        .await
}

/// `did`'s blob quota and the bytes it uses (`None`: no quota).
pub(crate) async fn blob_quota(app: &App, did: &Did) -> Result<Option<(u64, u64)>, StorageError> {
    let did_text = did.to_string();
    let (overrides, used) = app
        .storage
        .read(move |conn| {
            Ok((
                quotas::overrides(conn, &did_text)?,
                quotas::blob_bytes(conn, &did_text)?,
            ))
        })
        .await?;
    Ok(limits(app, overrides).blob_bytes.map(|quota| (quota, used)))
}

/// Refuses `writes` when they add to a repository that has reached its quota.
pub(crate) async fn check_repo_write<E>(
    app: &App,
    did: &Did,
    writes: &[RecordWrite],
) -> Result<(), XrpcError<E>> {
    if writes
        .iter()
        .all(|w| matches!(w, RecordWrite::Delete { .. }))
    {
        return Ok(());
    }
    let did_text = did.to_string();
    let overrides = app
        .storage
        .lookup(move |conn| quotas::overrides(conn, &did_text))
        .await
        .map_err(crate::xrpc::internal)?;
    let Some(quota) = limits(app, overrides).repo_bytes else {
        return Ok(());
    };
    let did_text = did.to_string();
    let used = app
        .storage
        .read(move |conn| quotas::repo_bytes(conn, &did_text))
        .await
        .map_err(crate::xrpc::internal)?;
    if used >= quota {
        return Err(exceeded("repository", quota, used));
    }
    Ok(())
}

impl std::fmt::Display for Report {
    /// `blobs <used>/<quota> repo <used>/<quota>` (`-` for no quota).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let limit = |limit: Option<u64>| limit.map_or_else(|| "-".to_owned(), |b| b.to_string());
        write!(
            f,
            "blobs {}/{}\trepo {}/{}",
            self.usage.blob_bytes,
            limit(self.limits.blob_bytes),
            self.usage.repo_bytes,
            limit(self.limits.repo_bytes)
        )
    }
}

/// The `QuotaExceeded` refusal.
pub(crate) fn exceeded<E>(what: &str, quota: u64, used: u64) -> XrpcError<E> {
    XrpcError::Other {
        status: 400,
        name: "QuotaExceeded".into(),
        message: format!(
            "The account's {what} quota is {quota} bytes and {} are left",
            quota.saturating_sub(used)
        ),
    }
}
