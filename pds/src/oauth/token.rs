//! `POST /oauth/token`: `authorization_code` (the code once, PKCE S256, the redirect URI and DPoP key of
//! the request, the same client authentication) and `refresh_token` (single use: the old one is
//! remembered, and presenting it again revokes the whole session).

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::client::{Client, ClientAuth};
use super::error::{ErrorCode, OAuthError};
use super::par::AuthorizationParameters;
use super::params::Params;
use super::session;
use crate::app::AppState;
use crate::storage::oauth::{self as rows, AuthorizationRequest, OAuthToken};

/// How long a code may wait for its exchange, seconds.
pub(super) const CODE_LIFETIME: i64 = 60;

pub(super) async fn token(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match grant(&app, &headers, &body).await {
        Ok(body) => {
            let mut response = axum::Json(body).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
            response
        }
        Err(error) => error.into_response(),
    }
}

async fn grant(
    app: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<serde_json::Value, OAuthError> {
    let params = Params::parse(headers, body)?;
    let (client, client_auth) = super::authenticate_client(app, &params).await?;
    let proof = super::check_proof(app, headers, "/oauth/token")?;
    match params.required("grant_type")? {
        "authorization_code" => {
            exchange_code(app, &params, &client.id, client_auth, &proof.jkt).await
        }
        "refresh_token" => refresh(app, &params, &client, &client_auth, &proof.jkt).await,
        _ => Err(OAuthError::new(
            ErrorCode::UnsupportedGrantType,
            "Unsupported grant_type",
        )),
    }
}

/// Whether a refresh authenticates as the grant did: same method, and for a confidential client the
/// same key.
fn same_client_auth(stored: &str, given: &ClientAuth) -> bool {
    match serde_json::from_str::<ClientAuth>(stored) {
        Ok(ClientAuth::None) => *given == ClientAuth::None,
        Ok(ClientAuth::PrivateKeyJwt { jkt, .. }) => {
            matches!(given, ClientAuth::PrivateKeyJwt { jkt: given, .. } if *given == jkt)
        }
        Err(_) => false,
    }
}

enum CodeLookup {
    Found(AuthorizationRequest),
    /// Already exchanged: the session it made has been revoked.
    Replayed,
    Unknown,
}

async fn exchange_code(
    app: &AppState,
    params: &Params,
    client_id: &str,
    client_auth: ClientAuth,
    jkt: &str,
) -> Result<serde_json::Value, OAuthError> {
    let code = params.required("code")?.to_owned();
    let verifier = params.required("code_verifier")?.to_owned();
    // Consumed here whatever follows: a code is good for one attempt.
    let lookup_code = code.clone();
    let lookup = app
        .storage
        .write(move |conn| {
            if let Some(request) = rows::request_by_code(conn, &lookup_code)? {
                rows::delete_request(conn, &request.id)?;
                return Ok(CodeLookup::Found(request));
            }
            match rows::token_by_code(conn, &lookup_code)? {
                Some(token) => {
                    rows::delete_token(conn, &token.id)?;
                    Ok(CodeLookup::Replayed)
                }
                None => Ok(CodeLookup::Unknown),
            }
        })
        .await?;
    let request = match lookup {
        CodeLookup::Found(request) => request,
        CodeLookup::Replayed => {
            return Err(OAuthError::invalid_grant(
                "Code replayed: its session was revoked",
            ));
        }
        CodeLookup::Unknown => return Err(OAuthError::invalid_grant("Invalid code")),
    };
    let now = crate::auth::now_secs();
    if request.expires_at < now {
        return Err(OAuthError::invalid_grant("Code expired"));
    }
    if request.client_id != client_id {
        return Err(OAuthError::invalid_grant(
            "The code was issued to another client",
        ));
    }
    if !same_client_auth(&request.client_auth, &client_auth) {
        return Err(OAuthError::invalid_grant("Client authentication changed"));
    }
    let parameters: AuthorizationParameters =
        serde_json::from_str(&request.parameters).map_err(OAuthError::internal)?;
    if params
        .get("redirect_uri")
        .unwrap_or(&parameters.redirect_uri)
        != parameters.redirect_uri
    {
        return Err(OAuthError::invalid_grant(
            "redirect_uri does not match the request",
        ));
    }
    if !super::pkce::verify(&parameters.code_challenge, &verifier) {
        return Err(OAuthError::invalid_grant("Invalid code_verifier"));
    }
    if request.dpop_jkt.as_deref() != Some(jkt) {
        return Err(OAuthError::invalid_grant(
            "DPoP proof does not match the expected JKT",
        ));
    }
    let did = request
        .did
        .clone()
        .ok_or_else(|| OAuthError::invalid_grant("Invalid code"))?;
    let (session_lifetime, _) = session::lifetimes(client_auth.is_confidential());
    let token = OAuthToken {
        id: super::random_id("ses-")?,
        access_id: super::random_id("tok-")?,
        did,
        client_id: client_id.to_owned(),
        client_auth: serde_json::to_string(&client_auth).map_err(OAuthError::internal)?,
        dpop_jkt: jkt.to_owned(),
        scope: super::grant::expanded(app, &parameters.scope).await?,
        parameters: request.parameters.clone(),
        code: Some(code),
        refresh_token: Some(super::random_id("ref-")?),
        device_id: request.device_id.clone(),
        created_at: now,
        updated_at: now,
        expires_at: now + session_lifetime,
    };
    let stored = token.clone();
    app.storage
        .write(move |conn| {
            rows::prune_tokens(conn, now)?;
            rows::insert_token(conn, &stored)
        })
        .await?;
    session::response(app, &token, now)
}

/// Whether the key a confidential session was bound to is gone from the client's keys.
async fn key_removed(app: &AppState, client: &Client, stored: &str) -> bool {
    let Ok(ClientAuth::PrivateKeyJwt { jkt, .. }) = serde_json::from_str::<ClientAuth>(stored)
    else {
        return false;
    };
    match app.oauth.clients.keys(client).await {
        Ok(keys) => !keys
            .keys
            .iter()
            .filter_map(|k| super::jwk::parse(k).ok())
            .any(|k| k.thumbprint == jkt),
        // Unreachable keys are not proof of removal.
        Err(_) => false,
    }
}

async fn refresh(
    app: &AppState,
    params: &Params,
    client: &Client,
    client_auth: &ClientAuth,
    jkt: &str,
) -> Result<serde_json::Value, OAuthError> {
    let client_id = client.id.as_str();
    let refresh_token = params.required("refresh_token")?.to_owned();
    let lookup = refresh_token.clone();
    let found = app
        .storage
        .write(move |conn| {
            if let Some(token) = rows::token_by_refresh_token(conn, &lookup)? {
                return Ok(Some(token));
            }
            if let Some(session) = rows::session_of_used_refresh_token(conn, &lookup)? {
                rows::delete_token(conn, &session)?;
            }
            Ok(None)
        })
        .await?;
    let Some(token) = found else {
        return Err(OAuthError::invalid_grant("Invalid refresh token"));
    };
    let now = crate::auth::now_secs();
    if token.client_id != client_id {
        return Err(OAuthError::invalid_grant(
            "The refresh token belongs to another client",
        ));
    }
    if !same_client_auth(&token.client_auth, client_auth) {
        if key_removed(app, client, &token.client_auth).await {
            // The spec: a session bound to a key the client no longer publishes ends.
            let id = token.id.clone();
            app.storage
                .write(move |conn| rows::delete_token(conn, &id))
                .await?;
            return Err(OAuthError::invalid_grant(
                "The client's key for this session was removed: the session is revoked",
            ));
        }
        return Err(OAuthError::invalid_grant("Client authentication changed"));
    }
    if token.dpop_jkt != jkt {
        return Err(OAuthError::invalid_grant(
            "DPoP proof does not match the expected JKT",
        ));
    }
    if !session::refreshable(&token, client_auth.is_confidential(), now) {
        let id = token.id.clone();
        app.storage
            .write(move |conn| rows::delete_token(conn, &id))
            .await?;
        return Err(OAuthError::invalid_grant("Refresh token expired"));
    }
    // The spec: `include:` sets are expanded again at every refresh (a changed set takes effect); one that
    // cannot be found now leaves the session as it is and refuses this refresh.
    let parameters: AuthorizationParameters =
        serde_json::from_str(&token.parameters).map_err(OAuthError::internal)?;
    let mut next = token.clone();
    next.scope = super::grant::expanded(app, &parameters.scope).await?;
    next.access_id = super::random_id("tok-")?;
    next.refresh_token = Some(super::random_id("ref-")?);
    next.updated_at = now;
    let (id, access_id, new_refresh, scope) = (
        next.id.clone(),
        next.access_id.clone(),
        next.refresh_token.clone().unwrap_or_default(),
        next.scope.clone(),
    );
    let rotated = app
        .storage
        .write(move |conn| {
            let rotated = rows::rotate_token(
                conn,
                &id,
                &refresh_token,
                &access_id,
                &new_refresh,
                &scope,
                now,
            )?;
            if !rotated {
                // Used concurrently: a replay.
                rows::delete_token(conn, &id)?;
            }
            Ok(rotated)
        })
        .await?;
    if !rotated {
        return Err(OAuthError::invalid_grant("Invalid refresh token"));
    }
    session::response(app, &next, now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refresh_must_authenticate_as_the_grant_did() {
        let public = serde_json::to_string(&ClientAuth::None).unwrap();
        let key = |jkt: &str| ClientAuth::PrivateKeyJwt {
            kid: Some("k1".into()),
            alg: "ES256".into(),
            jkt: jkt.into(),
        };
        let confidential = serde_json::to_string(&key("a")).unwrap();
        assert!(same_client_auth(&public, &ClientAuth::None));
        assert!(!same_client_auth(&public, &key("a")));
        assert!(same_client_auth(&confidential, &key("a")));
        assert!(!same_client_auth(&confidential, &key("b")));
        assert!(!same_client_auth(&confidential, &ClientAuth::None));
        assert!(!same_client_auth("not json", &ClientAuth::None));
    }
}
