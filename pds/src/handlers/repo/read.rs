//! `com.atproto.repo.getRecord`, `listRecords`, `describeRepo`: public reads of hosted repositories.

use lexgen::model::{AtIdentifier, AtUri, Cid, Did, Map, Nsid, RecordKey, Value};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::repo::{describe_repo, get_record, list_records};

use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::storage::accounts::Account;
use crate::storage::{RepoReader, StorageError};
use crate::xrpc::{hosted_account, internal, invalid, named};

/// A hosted account whose repository may be read: exists, not taken down, not deactivated.
async fn readable<E>(app: &App, repo: &AtIdentifier) -> Result<(Did, Account), XrpcError<E>> {
    let account = hosted_account(app, repo)
        .await?
        .ok_or_else(|| invalid(format!("Could not find repo: {}", repo.as_str())))?;
    if account.takedown_ref.is_some() {
        return Err(named(
            "RepoTakendown",
            format!("Repo has been takendown: {}", account.did),
        ));
    }
    if account.deactivated_at.is_some() {
        return Err(named(
            "RepoDeactivated",
            format!("Repo has been deactivated: {}", account.did),
        ));
    }
    Ok((account.did.clone(), account))
}

/// A record's value as the output carries it (a copy of the cached, decoded value).
fn record_map(cid: &Cid, value: &Value) -> Result<Map, StorageError> {
    match value {
        Value::Map(map) => Ok(map.clone()),
        _ => Err(StorageError::Corrupt(format!("record {cid} is not a map"))),
    }
}

pub(crate) async fn get_record(
    app: AppState,
    _auth: Auth,
    params: get_record::Params,
) -> Result<get_record::Output, XrpcError<get_record::Error>> {
    let (did, _) = readable(&app, &params.repo).await?;
    let (did_read, collection, rkey) = (
        did.clone(),
        params.collection.to_string(),
        params.rkey.to_string(),
    );
    let storage = app.storage.clone();
    let found = app
        .storage
        .read(move |conn| {
            let Some(head) = RepoReader::head(conn, &did_read)? else {
                return Ok(None);
            };
            let Some((cid, value)) = storage
                .records()
                .record(conn, head.id, &collection, &rkey)?
            else {
                return Ok(None);
            };
            Ok(Some((cid, record_map(&cid, &value)?)))
        })
        .await
        .map_err(internal)?;
    let uri = AtUri::for_record(&did, &params.collection, &params.rkey);
    match found {
        Some((cid, value)) if params.cid.is_none_or(|wanted| wanted == cid) => {
            Ok(get_record::Output {
                cid: Some(cid.into()),
                uri,
                value,
                extra: Default::default(),
            })
        }
        _ => Err(XrpcError::endpoint(
            get_record::Error::RecordNotFound,
            format!("Could not locate record: {uri}"),
        )),
    }
}

pub(crate) async fn list_records(
    app: AppState,
    _auth: Auth,
    params: list_records::Params,
) -> Result<list_records::Output, XrpcError<list_records::Error>> {
    let (did, _) = readable(&app, &params.repo).await?;
    let limit = u32::try_from(params.limit.clamp(1, 100)).unwrap_or(50);
    let reverse = params.reverse.unwrap_or(false);
    let (did_read, collection, cursor) = (
        did.clone(),
        params.collection.to_string(),
        params.cursor.clone(),
    );
    let storage = app.storage.clone();
    let rows = app
        .storage
        .read(move |conn| {
            let Some(head) = RepoReader::head(conn, &did_read)? else {
                return Ok(Vec::new());
            };
            let page = RepoReader::list_records(
                conn,
                head.id,
                &collection,
                cursor.as_deref(),
                limit,
                reverse,
            )?;
            let mut out = Vec::with_capacity(page.len());
            for (rkey, cid) in page {
                let value = storage
                    .records()
                    .record_value(conn, head.id, &cid)?
                    .ok_or_else(|| {
                        StorageError::Corrupt(format!("record block {cid} is missing"))
                    })?;
                out.push((rkey, cid, record_map(&cid, &value)?));
            }
            Ok(out)
        })
        .await
        .map_err(internal)?;
    let cursor = (rows.len() == limit as usize)
        .then(|| rows.last().map(|(rkey, _, _)| rkey.clone()))
        .flatten();
    let mut records = Vec::with_capacity(rows.len());
    for (rkey, cid, value) in rows {
        let rkey: RecordKey = rkey.parse().map_err(internal)?;
        records.push(list_records::Record {
            uri: AtUri::for_record(&did, &params.collection, &rkey),
            cid: cid.into(),
            value,
            extra: Default::default(),
        });
    }
    Ok(list_records::Output {
        cursor,
        records,
        extra: Default::default(),
    })
}

pub(crate) async fn describe_repo(
    app: AppState,
    _auth: Auth,
    params: describe_repo::Params,
) -> Result<describe_repo::Output, XrpcError<describe_repo::Error>> {
    let (did, account) = readable(&app, &params.repo).await?;
    let did_read = did.clone();
    let collections = app
        .storage
        .read(move |conn| match RepoReader::head(conn, &did_read)? {
            Some(head) => RepoReader::collections(conn, head.id),
            None => Ok(Vec::new()),
        })
        .await
        .map_err(internal)?;
    let doc = crate::identity::resolve_did(&app.plc, &app.http, &did)
        .await
        .map_err(internal)?;
    let handle_is_correct = crate::identity::doc_fields(did.as_str(), &doc)
        .handle
        .as_deref()
        == Some(account.handle.as_str());
    let did_doc = match Value::from_json(&doc).map_err(internal)? {
        Value::Map(map) => map,
        _ => return Err(internal("DID document is not an object")),
    };
    Ok(describe_repo::Output {
        collections: collections
            .iter()
            .filter_map(|c| c.parse::<Nsid>().ok())
            .collect(),
        did,
        did_doc,
        handle: account.handle.parse().map_err(internal)?,
        handle_is_correct,
        extra: Default::default(),
    })
}
