//! `POST /oauth/revoke` (RFC 7009): an access or refresh token of the calling client ends its session.
//! The answer is always 200 `{}`, whether or not the token was valid.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

use super::error::OAuthError;
use super::params::Params;
use crate::app::AppState;
use crate::storage::oauth as rows;

pub(super) async fn revoke(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match revoke_token(&app, &headers, &body).await {
        Ok(()) => axum::Json(serde_json::json!({})).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn revoke_token(app: &AppState, headers: &HeaderMap, body: &[u8]) -> Result<(), OAuthError> {
    let params = Params::parse(headers, body)?;
    let (client, _) = super::authenticate_client(app, &params).await?;
    // A proof, if sent, must be valid (the reference's clients send one).
    if super::dpop_header(headers).ok().flatten().is_some() {
        super::check_proof(app, headers, "/oauth/revoke")?;
    }
    let token = params.required("token")?.to_owned();
    // The signature matters, not the expiry: an expired access token still names its session.
    let access_id =
        super::access_token::verify(&app.oauth.access_key, &token, &app.service_did, i64::MIN)
            .ok()
            .map(|claims| claims.jti);
    let client_id = client.id.clone();
    app.storage
        .write(move |conn| {
            let session = match &access_id {
                Some(id) => rows::token_by_access_id(conn, id)?,
                None => rows::token_by_refresh_token(conn, &token)?,
            };
            if let Some(session) = session
                && session.client_id == client_id
            {
                rows::delete_token(conn, &session.id)?;
            }
            Ok(())
        })
        .await?;
    Ok(())
}
