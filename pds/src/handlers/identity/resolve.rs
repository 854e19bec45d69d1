//! `com.atproto.identity.resolveHandle`, `resolveDid`, `resolveIdentity`, `refreshIdentity`: local accounts first, then DNS TXT
//! (`_atproto.<handle>`) and HTTPS well-known in parallel for other handles (DNS wins), and DIDs through the
//! PLC directory or did:web; identities are verified in both directions.

use std::time::Duration;

use lexgen::model::{AtIdentifier, Did, Handle, Map, Value};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::identity::{
    defs, refresh_identity, resolve_did, resolve_handle, resolve_identity,
};

use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::identity::{IdentityError, doc_fields, resolve_did as resolve_doc};
use crate::storage::accounts::account_by_handle;
use crate::xrpc::internal;

/// The DID a handle claims: a hosted account's, else DNS TXT, else `https://<handle>/.well-known/atproto-did`.
pub(crate) async fn handle_to_did(app: &App, handle: &Handle) -> Result<Option<Did>, String> {
    let text = handle.to_string();
    let local = app
        .storage
        .read(move |conn| account_by_handle(conn, &text))
        .await
        .map_err(|e| e.to_string())?;
    if let Some(account) = local {
        return Ok(Some(account.did));
    }
    if handle.has_disallowed_tld() || handle.tld() == "test" {
        return Ok(None);
    }
    let (dns, https) = tokio::join!(
        crate::identity::dns::atproto_did(handle.as_str()),
        well_known(app, handle)
    );
    Ok(dns.and_then(|d| d.parse().ok()).or(https))
}

async fn well_known(app: &App, handle: &Handle) -> Option<Did> {
    let response = app
        .http
        .get(format!("https://{handle}/.well-known/atproto-did"))
        .timeout(Duration::from_secs(3))
        .send()
        .await
        .ok()?;
    if !response.status().is_success() {
        return None;
    }
    let body = response.text().await.ok()?;
    body.lines()
        .next()
        .and_then(|line| line.trim().parse().ok())
}

pub(crate) async fn resolve_handle(
    app: AppState,
    _auth: Auth,
    params: resolve_handle::Params,
) -> Result<resolve_handle::Output, XrpcError<resolve_handle::Error>> {
    match handle_to_did(&app, &params.handle)
        .await
        .map_err(internal)?
    {
        Some(did) => Ok(resolve_handle::Output {
            did,
            extra: Default::default(),
        }),
        None => Err(XrpcError::endpoint(
            resolve_handle::Error::HandleNotFound,
            "Unable to resolve handle",
        )),
    }
}

fn to_map(doc: &serde_json::Value) -> Option<Map> {
    match Value::from_json(doc).ok()? {
        Value::Map(map) => Some(map),
        _ => None,
    }
}

pub(crate) async fn resolve_did(
    app: AppState,
    _auth: Auth,
    params: resolve_did::Params,
) -> Result<resolve_did::Output, XrpcError<resolve_did::Error>> {
    let doc = resolve_doc(&app.plc, &app.http, &params.did)
        .await
        .map_err(|e| match e {
            IdentityError::Deactivated(_) => {
                XrpcError::endpoint(resolve_did::Error::DidDeactivated, e.to_string())
            }
            other => XrpcError::endpoint(resolve_did::Error::DidNotFound, other.to_string()),
        })?;
    Ok(resolve_did::Output {
        did_doc: to_map(&doc).ok_or_else(|| internal("DID document is not an object"))?,
        extra: Default::default(),
    })
}

/// Why an identifier did not resolve to an identity.
enum Unresolved {
    Handle(&'static str),
    Did(String),
    Deactivated(String),
    Internal(String),
}

impl Unresolved {
    /// The endpoint's error: its `HandleNotFound`, `DidNotFound` and `DidDeactivated` variants.
    fn into_error<E: lexgen::xrpc::EndpointError>(
        self,
        [handle, did, deactivated]: [E; 3],
    ) -> XrpcError<E> {
        match self {
            Unresolved::Handle(message) => XrpcError::endpoint(handle, message),
            Unresolved::Did(message) => XrpcError::endpoint(did, message),
            Unresolved::Deactivated(message) => XrpcError::endpoint(deactivated, message),
            Unresolved::Internal(cause) => internal(cause),
        }
    }
}

/// The DID document of `identifier` and its handle if that resolves back to the same DID (else
/// `handle.invalid`); asking by a handle that does not round-trip is an error.
async fn identity_info(
    app: &App,
    identifier: &AtIdentifier,
) -> Result<defs::IdentityInfo, Unresolved> {
    let did = match identifier {
        AtIdentifier::Did(did) => did.clone(),
        AtIdentifier::Handle(handle) => handle_to_did(app, handle)
            .await
            .map_err(Unresolved::Internal)?
            .ok_or(Unresolved::Handle("Unable to resolve handle"))?,
    };
    let doc = resolve_doc(&app.plc, &app.http, &did)
        .await
        .map_err(|e| match e {
            IdentityError::Deactivated(_) => Unresolved::Deactivated(e.to_string()),
            other => Unresolved::Did(other.to_string()),
        })?;
    // The handle counts only if it resolves back to this DID.
    let claimed = doc_fields(did.as_str(), &doc)
        .handle
        .and_then(|h| h.parse::<Handle>().ok());
    let verified = match claimed {
        Some(handle) => match handle_to_did(app, &handle)
            .await
            .map_err(Unresolved::Internal)?
        {
            Some(back) if back == did => Some(handle),
            _ => None,
        },
        None => None,
    };
    if let AtIdentifier::Handle(asked) = identifier
        && verified.as_ref() != Some(asked)
    {
        return Err(Unresolved::Handle("Handle does not match the DID document"));
    }
    Ok(defs::IdentityInfo {
        did_doc: to_map(&doc)
            .ok_or_else(|| Unresolved::Internal("DID document is not an object".into()))?,
        handle: match verified {
            Some(handle) => handle,
            None => Handle::INVALID
                .parse()
                .map_err(|e: lexgen::model::SyntaxError| Unresolved::Internal(e.to_string()))?,
        },
        did,
        extra: Default::default(),
    })
}

pub(crate) async fn resolve_identity(
    app: AppState,
    _auth: Auth,
    params: resolve_identity::Params,
) -> Result<resolve_identity::Output, XrpcError<resolve_identity::Error>> {
    type E = resolve_identity::Error;
    identity_info(&app, &params.identifier)
        .await
        .map_err(|e| e.into_error([E::HandleNotFound, E::DidNotFound, E::DidDeactivated]))
}

/// Resolves afresh (this server caches no identities, so it is `resolveIdentity` as a procedure).
pub(crate) async fn refresh_identity(
    app: AppState,
    _auth: Auth,
    input: refresh_identity::Input,
) -> Result<refresh_identity::Output, XrpcError<refresh_identity::Error>> {
    type E = refresh_identity::Error;
    identity_info(&app, &input.identifier)
        .await
        .map_err(|e| e.into_error([E::HandleNotFound, E::DidNotFound, E::DidDeactivated]))
}
