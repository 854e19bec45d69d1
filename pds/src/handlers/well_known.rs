//! Non-XRPC routes: `/xrpc/_health`, `/.well-known/atproto-did` (by Host header), the service's
//! `/.well-known/did.json` (did:web), and `/` (a short banner).

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::app::AppState;
use crate::storage::accounts::account_by_handle;

pub(super) async fn health(State(app): State<AppState>) -> Response {
    match app
        .storage
        .read(|conn| Ok(conn.query_row("SELECT 1", [], |_| Ok(()))?))
        .await
    {
        Ok(()) => axum::Json(json!({"version": env!("CARGO_PKG_VERSION")})).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                axum::Json(
                    json!({"version": env!("CARGO_PKG_VERSION"), "error": "Service Unavailable"}),
                ),
            )
                .into_response()
        }
    }
}

pub(super) async fn atproto_did(State(app): State<AppState>, headers: HeaderMap) -> Response {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let host = host
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let not_found = || (StatusCode::NOT_FOUND, "User not found").into_response();
    if host.is_empty() {
        return not_found();
    }
    match app
        .storage
        .read(move |conn| account_by_handle(conn, &host))
        .await
    {
        Ok(Some(account)) if account.takedown_ref.is_none() => (
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            account.did.to_string(),
        )
            .into_response(),
        Ok(_) => not_found(),
        Err(e) => {
            tracing::error!(error = %e, "atproto-did lookup failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The service's own DID document (`did:web:<hostname>`): where its PDS and firehose are.
pub(super) async fn did_json(State(app): State<AppState>) -> Response {
    if !app.service_did.starts_with("did:web:") {
        return StatusCode::NOT_FOUND.into_response();
    }
    axum::Json(json!({
        "@context": ["https://www.w3.org/ns/did/v1"],
        "id": app.service_did,
        "service": [{
            "id": "#atproto_pds",
            "type": "AtprotoPersonalDataServer",
            "serviceEndpoint": app.public_url,
        }],
    }))
    .into_response()
}

pub(super) async fn root() -> &'static str {
    "This is an atproto PDS (Atmos). Most API routes are under /xrpc/\n"
}
