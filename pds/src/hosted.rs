//! The account and blob stores as the sync endpoints and the firehose see them ([`crate::hosting`]): the
//! request context is the [`Auth`] extractor's result, so an owner (or the admin) can read their own inactive
//! repository.

use lexgen::model::{Cid, Did, Tid};

use crate::app::AppState;
use crate::auth::Auth;
use crate::hosting::{
    AccountSource, AccountStatus, BlobBody, BlobSource, BlobStoreError, InactiveStatus, StoredBlob,
};
use crate::storage::{accounts, blobs};

/// This server's accounts and blobs.
#[derive(Clone)]
pub(crate) struct Host(pub AppState);

impl AccountSource for Host {
    type Ctx = Auth;

    async fn status(&self, did: &Did) -> Option<AccountStatus> {
        let did = did.to_string();
        let account = self
            .0
            .storage
            .read(move |conn| accounts::account_by_did(conn, &did))
            .await
            .ok()??;
        Some(if account.takedown_ref.is_some() {
            AccountStatus::Inactive(InactiveStatus::Takendown)
        } else if account.deactivated_at.is_some() {
            AccountStatus::Inactive(InactiveStatus::Deactivated)
        } else {
            AccountStatus::Active
        })
    }

    fn is_owner_or_admin(&self, ctx: &Auth, did: &Did) -> bool {
        match ctx {
            Auth::Admin => true,
            Auth::Access { did: caller, .. } => caller == did,
            Auth::None | Auth::Refresh { .. } | Auth::Service { .. } => false,
        }
    }
}

impl BlobSource for Host {
    async fn blob(&self, did: &Did, cid: &Cid) -> Result<Option<StoredBlob>, BlobStoreError> {
        let (did_text, cid_owned) = (did.to_string(), *cid);
        let row = self
            .0
            .storage
            .read(move |conn| blobs::blob(conn, &did_text, &cid_owned))
            .await
            .map_err(|e| BlobStoreError(e.to_string()))?;
        let Some(row) = row.filter(|r| r.takedown_ref.is_none()) else {
            return Ok(None);
        };
        let bytes = self
            .0
            .blobs
            .read_all(did, &cid.to_string())
            .await
            .map_err(|e| BlobStoreError(e.to_string()))?;
        Ok(bytes.map(|bytes| StoredBlob {
            mime_type: row.mime_type,
            bytes,
        }))
    }

    async fn blob_body(&self, did: &Did, cid: &Cid) -> Result<Option<BlobBody>, BlobStoreError> {
        let (did_text, cid_owned) = (did.to_string(), *cid);
        let row = self
            .0
            .storage
            .read(move |conn| blobs::blob(conn, &did_text, &cid_owned))
            .await
            .map_err(|e| BlobStoreError(e.to_string()))?;
        let Some(row) = row.filter(|r| r.takedown_ref.is_none()) else {
            return Ok(None);
        };
        let found = self
            .0
            .blobs
            .get(did, &cid.to_string())
            .await
            .map_err(|e| BlobStoreError(e.to_string()))?;
        Ok(found.map(|(len, stream)| BlobBody {
            mime_type: row.mime_type,
            len,
            stream,
        }))
    }

    async fn list_blobs(
        &self,
        did: &Did,
        since: Option<&Tid>,
        cursor: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Cid>, BlobStoreError> {
        let (did, since, cursor) = (
            did.to_string(),
            since.map(ToString::to_string),
            cursor.map(str::to_owned),
        );
        let limit = u32::try_from(limit).unwrap_or(u32::MAX);
        let rows = self
            .0
            .storage
            .read(move |conn| {
                blobs::list_blobs(conn, &did, since.as_deref(), cursor.as_deref(), limit)
            })
            .await
            .map_err(|e| BlobStoreError(e.to_string()))?;
        rows.iter()
            .map(|cid| {
                cid.parse()
                    .map_err(|e: lexgen::model::CidError| BlobStoreError(e.to_string()))
            })
            .collect()
    }
}
