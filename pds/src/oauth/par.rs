//! `POST /oauth/par` (RFC 9126): the only way to start an authorization here. The client authenticates,
//! proves its DPoP key, and sends the whole request; it is checked (response type, redirect URI, PKCE
//! S256, state, scope) and stored for five minutes under a `request_uri` used by `/oauth/authorize`.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::client::Client;
use super::error::{ErrorCode, OAuthError};
use super::params::Params;
use crate::app::AppState;
use crate::storage::oauth::{self as rows, AuthorizationRequest};

/// How long a pushed request waits for the account holder, seconds (and how long each step of the
/// pages extends it).
pub(super) const REQUEST_LIFETIME: i64 = 5 * 60;

/// How long a used `code_challenge` is refused, seconds.
pub(super) const CODE_CHALLENGE_REPLAY_TIMEFRAME: i64 = 24 * 60 * 60;

pub(super) const REQUEST_URI_PREFIX: &str = "urn:ietf:params:oauth:request_uri:";

/// The authorization request as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct AuthorizationParameters {
    pub client_id: String,
    pub redirect_uri: String,
    /// `query` (the default), `fragment` or `form_post`.
    pub response_mode: String,
    pub code_challenge: String,
    pub state: String,
    /// The requested scope in normal form (values not understood dropped, `include:` sets kept): what the
    /// account holder consents to. Tokens carry it expanded ([`super::grant::expanded`]).
    pub scope: String,
    pub login_hint: Option<String>,
    pub prompt: Option<String>,
}

/// Checks the parameters of a pushed request for `client`.
pub(super) fn check(
    client: &Client,
    params: &Params,
) -> Result<AuthorizationParameters, OAuthError> {
    if params.get("request").is_some() {
        return Err(OAuthError::invalid_request(
            "Request objects are not supported",
        ));
    }
    if params.required("response_type")? != "code" {
        return Err(OAuthError::new(
            ErrorCode::InvalidRequest,
            "Unsupported response_type (only code)",
        ));
    }
    let redirect_uri = match params.get("redirect_uri") {
        Some(uri) => uri.to_owned(),
        // Only unambiguous when the client has a single one.
        None if client.metadata.redirect_uris.len() == 1 => {
            client.metadata.redirect_uris[0].clone()
        }
        None => {
            return Err(OAuthError::invalid_request(
                "Missing parameter redirect_uri",
            ));
        }
    };
    if !client.allows_redirect(&redirect_uri) {
        return Err(OAuthError::invalid_request("Invalid redirect_uri"));
    }
    let response_mode = params.get("response_mode").unwrap_or("query");
    if !matches!(response_mode, "query" | "fragment" | "form_post") {
        return Err(OAuthError::invalid_request("Unsupported response_mode"));
    }
    if params.get("code_challenge_method") != Some("S256") {
        return Err(OAuthError::invalid_request(
            "code_challenge_method must be S256",
        ));
    }
    let code_challenge = params.required("code_challenge")?;
    if !super::pkce::is_challenge(code_challenge) {
        return Err(OAuthError::invalid_request("Invalid code_challenge"));
    }
    let state = params.required("state")?;
    let requested = params.required("scope")?;
    let registered: Vec<&str> = client.scopes().collect();
    if let Some(unregistered) = requested
        .split(' ')
        .find(|s| !s.is_empty() && !registered.contains(s))
    {
        return Err(OAuthError::new(
            ErrorCode::InvalidScope,
            format!("Scope {unregistered} is not in the client's metadata"),
        ));
    }
    let scopes = super::grant::requested(requested)?;
    let prompt = params.get("prompt").map(str::to_owned);
    if let Some(prompt) = &prompt
        && !matches!(
            prompt.as_str(),
            "none" | "login" | "consent" | "select_account" | "create"
        )
    {
        return Err(OAuthError::invalid_request("Unsupported prompt"));
    }
    Ok(AuthorizationParameters {
        client_id: client.id.clone(),
        redirect_uri,
        response_mode: response_mode.to_owned(),
        code_challenge: code_challenge.to_owned(),
        state: state.to_owned(),
        scope: scopes.to_string(),
        login_hint: params.get("login_hint").map(str::to_owned),
        prompt,
    })
}

pub(super) async fn par(State(app): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    match push(&app, &headers, &body).await {
        Ok(body) => (StatusCode::CREATED, axum::Json(body)).into_response(),
        Err(error) => error.into_response(),
    }
}

async fn push(
    app: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<serde_json::Value, OAuthError> {
    let params = Params::parse(headers, body)?;
    let (client, client_auth) = super::authenticate_client(app, &params).await?;
    let proof = super::check_proof(app, headers, "/oauth/par")?;
    if let Some(jkt) = params.get("dpop_jkt")
        && jkt != proof.jkt
    {
        return Err(OAuthError::new(
            ErrorCode::InvalidDpopProof,
            "dpop_jkt does not match the DPoP proof",
        ));
    }
    let parameters = check(&client, &params)?;
    // Refused now rather than after the account holder consented: a set that cannot be found.
    super::grant::expanded(app, &parameters.scope).await?;
    let now = crate::auth::now_secs();
    // A challenge is for one authorization (the reference refuses reuse within a day).
    let challenge_key = format!("pkce:{}", parameters.code_challenge);
    if !app
        .oauth
        .replay
        .first_use(challenge_key, now + CODE_CHALLENGE_REPLAY_TIMEFRAME, now)
    {
        return Err(OAuthError::invalid_request(
            "code_challenge was already used",
        ));
    }
    let id = super::random_id("req-")?;
    let request = AuthorizationRequest {
        id: id.clone(),
        client_id: client.id.clone(),
        client_auth: serde_json::to_string(&client_auth).map_err(OAuthError::internal)?,
        parameters: serde_json::to_string(&parameters).map_err(OAuthError::internal)?,
        dpop_jkt: Some(proof.jkt),
        device_id: None,
        did: None,
        code: None,
        expires_at: now + REQUEST_LIFETIME,
    };
    app.storage
        .write(move |conn| {
            rows::prune_requests(conn, now)?;
            rows::insert_request(conn, &request)
        })
        .await?;
    Ok(serde_json::json!({
        "request_uri": format!("{REQUEST_URI_PREFIX}{id}"),
        "expires_in": REQUEST_LIFETIME,
    }))
}
