//! OAuth: this PDS as the authorization server (discovery, PAR, the authorization pages, token, revoke)
//! and the resource server's half (DPoP-bound access tokens, checked by [`crate::auth::extractor`]).
//! The flow: `POST /oauth/par` stores a request → `GET /oauth/authorize` shows the sign-in page (nothing
//! consumed) → sign-in (or sign-up, or a password reset on the way) and consent are form posts; consent issues a code and redirects to the client →
//! `POST /oauth/token` exchanges it (PKCE S256, DPoP key) for an access token and a single-use refresh
//! token. What a grant allows is [`permissions`] (docs/oauth-permissions.md). See docs/oauth.md.

pub(crate) mod access_token;
mod account;
mod authorize;
pub(crate) mod client;
pub(crate) mod describe;
pub mod dpop;
pub(crate) mod error;
mod grant;
pub(crate) mod jwk;
mod metadata;
pub(crate) mod nonce;
mod par;
mod params;
pub mod permissions;
pub(crate) mod pkce;
pub(crate) mod replay;
mod reset;
pub(crate) mod resource;
mod revoke;
mod second_factor;
mod session;
mod sign_up;
mod token;
mod ui;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::routing::{get, post};
use hmac::Mac as _;

use crate::app::AppState;
use client::{Client, ClientAuth};
use error::{ErrorCode, OAuthError};
use params::Params;

/// What the OAuth code keeps for the life of the process.
pub struct OAuth {
    /// The authorization server's identifier: the PDS's public URL.
    pub issuer: String,
    pub nonces: nonce::Nonces,
    pub replay: replay::ReplayCache,
    pub clients: client::fetch::Fetcher,
    /// The key access tokens are signed with.
    pub access_key: Vec<u8>,
    /// The key the pages' CSRF tokens are derived with (from the browser's cookie and the form's request).
    pub csrf_key: Vec<u8>,
    /// The permission sets `include:` scopes name: expanded at PAR (to refuse what cannot be), at the
    /// token endpoint and on every refresh, and described on the consent page.
    pub permission_sets: permissions::PermissionSets,
}

impl OAuth {
    /// The state for `issuer`, its keys derived from the server secret.
    pub(crate) fn new(
        issuer: &str,
        server_secret: &[u8],
        permission_sets: permissions::PermissionSets,
    ) -> Result<OAuth, reqwest::Error> {
        let derive = |label: &[u8]| {
            let mut mac = crate::auth::jwt::mac(server_secret);
            mac.update(label);
            mac.finalize().into_bytes().to_vec()
        };
        Ok(OAuth {
            issuer: issuer.trim_end_matches('/').to_owned(),
            nonces: nonce::Nonces::new(derive(b"atmos dpop nonce v1")),
            csrf_key: derive(b"atmos oauth csrf v1"),
            replay: replay::ReplayCache::default(),
            clients: client::fetch::Fetcher::new()?,
            access_key: access_token::derive_key(server_secret),
            permission_sets,
        })
    }
}

/// The OAuth routes (mounted at the root by [`crate::handlers`]).
pub(crate) fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/.well-known/oauth-protected-resource",
            get(metadata::serve_protected_resource),
        )
        .route(
            "/.well-known/oauth-authorization-server",
            get(metadata::serve_authorization_server),
        )
        .route("/oauth/jwks", get(metadata::serve_jwks))
        .route("/oauth/par", post(par::par))
        .route("/oauth/token", post(token::token))
        .route("/oauth/revoke", post(revoke::revoke))
        .route("/oauth/authorize", get(authorize::page))
        .route("/oauth/authorize/sign-in", post(authorize::sign_in))
        .route(
            "/oauth/authorize/sign-in/code",
            post(second_factor::authorize_code),
        )
        .route("/oauth/authorize/consent", post(authorize::consent))
        .route(
            "/oauth/authorize/sign-up",
            get(sign_up::page).post(sign_up::sign_up),
        )
        .route(
            "/oauth/authorize/reset",
            get(reset::page).post(reset::reset),
        )
        .route("/oauth/authorize/reset/request", post(reset::request))
        .route("/oauth/account", get(account::page))
        .route("/oauth/account/sign-in", post(account::sign_in))
        .route(
            "/oauth/account/sign-in/code",
            post(second_factor::account_code),
        )
        .route("/oauth/account/revoke", post(account::revoke))
}

/// Adds the current `DPoP-Nonce` to every OAuth endpoint's response and to every response to a request
/// that carried a DPoP proof (the resource server's), exposed to scripts of other origins.
pub(crate) async fn nonce_header(
    axum::extract::State(app): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let wants =
        request.uri().path().starts_with("/oauth/") || request.headers().contains_key("dpop");
    let mut response = next.run(request).await;
    if wants
        && let Ok(nonce) = HeaderValue::from_str(&app.oauth.nonces.current(crate::auth::now_secs()))
    {
        let headers = response.headers_mut();
        headers.insert("dpop-nonce", nonce);
        headers.insert(
            header::ACCESS_CONTROL_EXPOSE_HEADERS,
            HeaderValue::from_static("DPoP-Nonce, WWW-Authenticate"),
        );
    }
    response
}

/// The one `DPoP` header of a request.
pub(crate) fn dpop_header(headers: &HeaderMap) -> Result<Option<&str>, dpop::DpopError> {
    let mut values = headers.get_all("dpop").iter();
    match (values.next(), values.next()) {
        (None, _) => Ok(None),
        (Some(value), None) => value
            .to_str()
            .map(Some)
            .map_err(|_| dpop::DpopError::Invalid("Invalid DPoP header")),
        (Some(_), Some(_)) => Err(dpop::DpopError::Invalid("Repeated DPoP header")),
    }
}

/// Verifies the DPoP proof of an authorization server request to `path` (required).
pub(crate) fn check_proof(
    app: &AppState,
    headers: &HeaderMap,
    path: &str,
) -> Result<dpop::Proof, OAuthError> {
    let to_oauth = |e: dpop::DpopError| match e {
        dpop::DpopError::UseNonce => OAuthError::new(
            ErrorCode::UseDpopNonce,
            "Authorization server requires nonce in DPoP proof",
        ),
        dpop::DpopError::Invalid(m) => OAuthError::new(ErrorCode::InvalidDpopProof, m),
    };
    let proof = dpop_header(headers)
        .map_err(to_oauth)?
        .ok_or_else(|| OAuthError::new(ErrorCode::InvalidDpopProof, "DPoP proof required"))?;
    let htu = format!("{}{path}", app.oauth.issuer);
    let expected = dpop::Expected {
        htm: "POST",
        htu: &htu,
        access_token: None,
    };
    dpop::verify(
        proof,
        &expected,
        &app.oauth.nonces,
        &app.oauth.replay,
        crate::auth::now_secs(),
    )
    .map_err(to_oauth)
}

/// Finds the client of a request (`client_id`) and authenticates it as its metadata says.
pub(crate) async fn authenticate_client(
    app: &AppState,
    params: &Params,
) -> Result<(std::sync::Arc<Client>, ClientAuth), OAuthError> {
    let client_id = params.required("client_id")?;
    if params.get("client_secret").is_some() {
        return Err(OAuthError::invalid_request(
            "client_secret is not supported",
        ));
    }
    let client = app.oauth.clients.client(client_id).await?;
    let auth = match client.metadata.token_endpoint_auth_method.as_deref() {
        Some("private_key_jwt") => {
            if params.get("client_assertion_type") != Some(client::assertion::ASSERTION_TYPE) {
                return Err(OAuthError::invalid_client(
                    "This client must authenticate with private_key_jwt",
                ));
            }
            let assertion = params.required("client_assertion")?;
            let keys = app.oauth.clients.keys(&client).await?;
            client::assertion::verify(
                assertion,
                &client.id,
                &app.oauth.issuer,
                &keys,
                &app.oauth.replay,
                crate::auth::now_secs(),
            )?
        }
        _ => {
            if params.get("client_assertion").is_some() {
                return Err(OAuthError::invalid_client(
                    "This client is public: it may not send a client assertion",
                ));
            }
            ClientAuth::None
        }
    };
    Ok((client, auth))
}

/// `prefix` + 16 random bytes in hex: request, code, token and device ids.
pub(crate) fn random_id(prefix: &str) -> Result<String, OAuthError> {
    Ok(format!(
        "{prefix}{}",
        crate::auth::random_hex(16).map_err(OAuthError::internal)?
    ))
}
