//! `com.atproto.repo.importRepo`: a full repository CAR (size-limited), verified against the signing key in
//! the account's DID document at import time, re-signed with this server's key for the account at a new
//! revision, with the records' blob references indexed (what `listMissingBlobs` reports).

use lexgen::model::Value;
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::import_repo;

use crate::app::AppState;
use crate::auth::Auth;
use crate::repository::RepositoryError;
use crate::storage::{RepoReader, StorageError, blobs};
use crate::xrpc::{internal, invalid, session};

pub(crate) async fn import_repo(
    app: AppState,
    auth: Auth,
    input: import_repo::Input,
) -> Result<import_repo::Output, XrpcError<import_repo::Error>> {
    let (did, account) = session(&auth)?;
    if !app.config.accepting_repo_imports {
        return Err(invalid("Service is not accepting repo imports"));
    }
    if input.bytes.len() as u64 > app.config.import_limit() {
        return Err(XrpcError::Other {
            status: 413,
            name: "PayloadTooLarge".into(),
            message: format!(
                "Repository is larger than {} bytes",
                app.config.import_limit()
            ),
        });
    }
    let doc = crate::identity::resolve_did(&app.plc, &app.http, did)
        .await
        .map_err(|e| invalid(format!("Could not resolve DID: {e}")))?;
    let key = crate::identity::doc_fields(did.as_str(), &doc)
        .signing_key
        .ok_or_else(|| invalid("The DID document has no #atproto signing key"))?;
    let resign = app.signing_key(account).map_err(internal)?;
    let imported = app
        .repos
        .import(did, std::io::Cursor::new(input.bytes), key, Some(resign))
        .await
        .map_err(|e| match e {
            RepositoryError::InvalidImport(m) => invalid(m),
            RepositoryError::Car(e) => invalid(format!("Invalid CAR: {e}")),
            other => internal(other),
        })?;
    let (did_owned, active) = (did.clone(), account.is_active());
    let now = crate::auth::now_secs();
    let promoted = app
        .storage
        .write(move |conn| {
            blobs::clear_record_blobs(conn, did_owned.as_str())?;
            let head = RepoReader::head(conn, &did_owned)?
                .ok_or_else(|| StorageError::RepoNotFound(did_owned.to_string()))?;
            let mut statement =
                conn.prepare("SELECT collection, rkey, cid FROM record WHERE repo = ?1")?;
            let rows: Vec<(String, String, Vec<u8>)> = statement
                .query_map([head.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                .collect::<Result<_, _>>()?;
            for (collection, rkey, cid) in rows {
                let cid = lexgen::model::Cid::from_bytes(&cid)
                    .map_err(|e| StorageError::Corrupt(e.to_string()))?;
                let Some(bytes) = RepoReader::block(conn, head.id, &cid)? else {
                    continue;
                };
                let Ok(value) = Value::from_drisl(&bytes) else {
                    continue;
                };
                let cids: Vec<String> = value
                    .blob_refs()
                    .iter()
                    .map(|b| b.cid.to_string())
                    .collect();
                if !cids.is_empty() {
                    let uri = format!("at://{did_owned}/{collection}/{rkey}");
                    blobs::set_record_blobs(conn, did_owned.as_str(), &uri, &cids, now)?;
                }
            }
            let promoted = blobs::settle_account_blobs(conn, did_owned.as_str(), now)?;
            if active {
                crate::account_events::sync_head(conn, &did_owned)?;
            }
            Ok(promoted)
        })
        .await
        .map_err(internal)?;
    for cid in promoted {
        if let Err(e) = app.blobs.make_permanent(did, &cid).await {
            tracing::warn!(%did, cid, error = %e, "could not promote a blob");
        }
    }
    tracing::info!(%did, records = imported.records, rev = %imported.rev, "repository imported");
    Ok(())
}
