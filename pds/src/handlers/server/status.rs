//! `com.atproto.server.checkAccountStatus`, `activateAccount`, `deactivateAccount`.

use lexgen::model::{Datetime, Did};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{activate_account, check_account_status, deactivate_account};

use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::storage::{RepoReader, accounts, blobs};
use crate::xrpc::{internal, invalid, session};

/// Whether the DID document points at this server with this account's key (and, for did:plc, lists our
/// rotation key), as the reference checks before activation.
async fn did_doc_problem(app: &App, did: &Did, account: &accounts::Account) -> Option<String> {
    let doc = match crate::identity::resolve_did(&app.plc, &app.http, did).await {
        Ok(doc) => doc,
        Err(e) => return Some(format!("Could not resolve DID: {e}")),
    };
    let fields = crate::identity::doc_fields(did.as_str(), &doc);
    if fields.pds.as_deref().map(|p| p.trim_end_matches('/')) != Some(app.public_url.as_str()) {
        return Some(
            "DID document atproto_pds service endpoint does not match PDS public url".into(),
        );
    }
    let key = app.signing_key(account).ok().map(|k| k.public_key());
    if fields.signing_key.is_none() || fields.signing_key != key {
        return Some("DID document verification method does not match expected signing key".into());
    }
    if did.method() == "plc"
        && let Ok(data) = app.plc.data(did).await
        && !data
            .rotation_keys
            .contains(&app.secrets.rotation_key.did_key())
    {
        return Some("Server rotation key not included in PLC DID data".into());
    }
    None
}

pub(crate) async fn check_account_status(
    app: AppState,
    auth: Auth,
) -> Result<check_account_status::Output, XrpcError<check_account_status::Error>> {
    let (did, account) = session(&auth)?;
    let did_read = did.clone();
    let (head, records, blocks, (expected, imported), prefs) = app
        .storage
        .read(move |conn| {
            let head = RepoReader::head(conn, &did_read)?;
            let (records, blocks) = match &head {
                Some(h) => (
                    RepoReader::record_count(conn, h.id)?,
                    conn.query_row("SELECT count(*) FROM block WHERE repo = ?1", [h.id], |r| {
                        r.get::<_, i64>(0)
                    })?,
                ),
                None => (0, 0),
            };
            let counts = blobs::blob_counts(conn, did_read.as_str())?;
            let prefs = crate::storage::preferences::preferences(conn, did_read.as_str())?.len();
            Ok((head, records, blocks, counts, prefs))
        })
        .await
        .map_err(internal)?;
    let head = head.ok_or_else(|| internal("account without a repository"))?;
    Ok(check_account_status::Output {
        activated: account.deactivated_at.is_none(),
        expected_blobs: expected,
        imported_blobs: imported,
        indexed_records: i64::try_from(records).unwrap_or(i64::MAX),
        private_state_values: prefs as i64,
        repo_blocks: blocks,
        repo_commit: head.head.into(),
        repo_rev: head.rev.to_string(),
        valid_did: did_doc_problem(&app, did, account).await.is_none(),
        extra: Default::default(),
    })
}

pub(crate) async fn activate_account(
    app: AppState,
    auth: Auth,
) -> Result<activate_account::Output, XrpcError<activate_account::Error>> {
    let (did, account) = session(&auth)?;
    if account.deactivated_at.is_none() {
        return Ok(());
    }
    if let Some(problem) = did_doc_problem(&app, did, account).await {
        return Err(invalid(problem));
    }
    let (did, handle) = (did.clone(), account.handle.clone());
    app.storage
        .write(move |conn| {
            accounts::set_deactivated(conn, did.as_str(), None, None)?;
            crate::account_events::account(conn, &did, None)?;
            crate::account_events::identity(conn, &did, Some(&handle))?;
            crate::account_events::sync_head(conn, &did)?;
            Ok(())
        })
        .await
        .map_err(internal)?;
    Ok(())
}

pub(crate) async fn deactivate_account(
    app: AppState,
    auth: Auth,
    input: deactivate_account::Input,
) -> Result<deactivate_account::Output, XrpcError<deactivate_account::Error>> {
    let (did, _) = session(&auth)?;
    let did = did.clone();
    let now = Datetime::now();
    app.storage
        .write(move |conn| {
            accounts::set_deactivated(
                conn,
                did.as_str(),
                Some(now.as_str()),
                input.delete_after.as_ref().map(Datetime::as_str),
            )?;
            crate::account_events::account(
                conn,
                &did,
                Some(crate::hosting::InactiveStatus::Deactivated),
            )?;
            Ok(())
        })
        .await
        .map_err(internal)?;
    Ok(())
}
