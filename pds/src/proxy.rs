//! Service proxying: an XRPC call this server does not implement is forwarded, for a signed-in account, to
//! the service named by the `atproto-proxy: <did>#<service>` header, or for `app.bsky.*` / `chat.bsky.*`
//! to the configured AppView, with a fresh service token (`iss` = the account, `aud` = the bare service DID,
//! `lxm` = the method). One auth decision for every proxied call: a standard session of an active account;
//! plain app passwords may not reach `chat.bsky.*`.

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::app::{App, AppState};
use crate::auth::AuthError;
use crate::auth::extractor::verify;
use crate::auth::jwt::{self, ServiceClaims};
use crate::auth::now_secs;
use crate::auth::policy::{Policy, Scopes};
use crate::oauth::permissions::Need;
use crate::oauth::permissions::decision::check;

/// Largest proxied request body.
const MAX_BODY: usize = 1_000_000;
/// Largest proxied response body.
const MAX_RESPONSE: usize = 16 * 1024 * 1024;

const PROXIED: Policy = Policy::Access {
    scopes: Scopes::Standard,
    allow_deactivated: false,
    allow_takendown: false,
};

fn error(status: StatusCode, name: &str, message: impl Into<String>) -> Response {
    (
        status,
        axum::Json(json!({"error": name, "message": message.into()})),
    )
        .into_response()
}

fn not_implemented() -> Response {
    error(
        StatusCode::NOT_IMPLEMENTED,
        "MethodNotImplemented",
        "Method Not Implemented",
    )
}

/// An `app.bsky.*` / `chat.bsky.*` call with no AppView configured: says which settings to change.
fn no_appview() -> Response {
    error(
        StatusCode::NOT_IMPLEMENTED,
        "MethodNotImplemented",
        "no AppView is configured: this PDS proxies app.bsky.* and chat.bsky.* calls to one; set \
         PDS_BSKY_APP_VIEW_DID and PDS_BSKY_APP_VIEW_URL (Bluesky's: \
         did:web:api.bsky.app#bsky_appview and https://api.bsky.app)",
    )
}

/// The fallback for `/xrpc/<nsid>`: proxy when a target exists, otherwise `MethodNotImplemented`.
pub(crate) async fn fallback(State(app): State<AppState>, request: Request) -> Response {
    let Some(nsid) = request
        .uri()
        .path()
        .strip_prefix("/xrpc/")
        .map(str::to_owned)
    else {
        return error(StatusCode::NOT_FOUND, "NotFound", "Not Found");
    };
    if nsid.parse::<lexgen::model::Nsid>().is_err() {
        return not_implemented();
    }
    let header_target = match request.headers().get("atproto-proxy") {
        Some(value) => match value.to_str().ok().and_then(parse_target) {
            Some(target) => Some(target),
            None => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "InvalidRequest",
                    "invalid atproto-proxy header",
                );
            }
        },
        None => None,
    };
    let target = match header_target {
        Some(target) => target,
        None if nsid.starts_with("app.bsky.") || nsid.starts_with("chat.bsky.") => {
            match app.config.appview().as_deref().and_then(parse_target) {
                Some(target) => target,
                None => return no_appview(),
            }
        }
        None => return not_implemented(),
    };
    if ![Method::GET, Method::HEAD, Method::POST].contains(request.method()) {
        return error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "Bad method for proxying",
        );
    }
    let (parts, body) = request.into_parts();
    let auth = match verify(&parts, &app, PROXIED, &nsid).await {
        Ok(auth) => auth,
        Err(e) => return e.into_response(),
    };
    let aud = format!("{}#{}", target.0, target.1);
    if let Err(refusal) = check(
        &auth,
        Need::Rpc {
            lxm: &nsid,
            aud: &aud,
        },
    ) {
        return AuthError::from(refusal).into_response();
    }
    if auth.is_plain_app_password() && nsid.starts_with("chat.bsky.") {
        return error(StatusCode::BAD_REQUEST, "InvalidToken", "Bad token scope");
    }
    let Some((did, account)) = auth.account() else {
        return error(
            StatusCode::UNAUTHORIZED,
            "AuthMissing",
            "Authentication Required",
        );
    };
    let body = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(body) => body,
        Err(_) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "PayloadTooLarge",
                "request entity too large",
            );
        }
    };
    let endpoint = match endpoint_of(&app, &target).await {
        Ok(url) => url,
        Err(message) => return error(StatusCode::BAD_REQUEST, "InvalidRequest", message),
    };
    let token = match app
        .signing_key(account)
        .map_err(|e| e.to_string())
        .and_then(|key| {
            let now = now_secs();
            let claims = ServiceClaims {
                iss: did.to_string(),
                aud: target.0.clone(),
                exp: now + jwt::SERVICE_LIFETIME,
                iat: now,
                lxm: Some(nsid.clone()),
                jti: crate::auth::random_hex(16)?,
            };
            jwt::sign_service(&key, &claims)
        }) {
        Ok(token) => token,
        Err(e) => {
            tracing::error!(error = %e, "could not mint a service token");
            return error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "InternalServerError",
                "Internal Server Error",
            );
        }
    };
    let query = parts
        .uri
        .query()
        .map(|q| format!("?{q}"))
        .unwrap_or_default();
    let url = format!("{}/xrpc/{nsid}{query}", endpoint.trim_end_matches('/'));
    forward(&app, &parts.method, &parts.headers, url, token, body).await
}

/// `(did, service id)` of `did:...#id`: exactly one `#`, both parts non-empty, no spaces.
fn parse_target(text: &str) -> Option<(String, String)> {
    let (did, id) = text.split_once('#')?;
    if did.is_empty()
        || id.is_empty()
        || id.contains('#')
        || text.contains(' ')
        || !did.starts_with("did:")
    {
        return None;
    }
    Some((did.to_owned(), id.to_owned()))
}

/// The service endpoint: the configured AppView URL, or the `#id` service in the DID document (https
/// only, or also http in development mode, as the reference without its SSRF protection).
async fn endpoint_of(app: &App, (did, id): &(String, String)) -> Result<String, String> {
    if let (Some(configured), Some(url)) = (app.config.appview(), &app.config.appview_url)
        && configured == format!("{did}#{id}")
    {
        return Ok(url.clone());
    }
    let parsed: lexgen::model::Did = did.parse().map_err(|_| "invalid proxy DID".to_owned())?;
    let doc = crate::identity::resolve_did(&app.plc, &app.http, &parsed)
        .await
        .map_err(|e| format!("could not resolve proxy DID: {e}"))?;
    let fragment = format!("#{id}");
    let endpoint = doc
        .get("service")
        .and_then(|s| s.as_array())
        .and_then(|services| {
            services.iter().find_map(|s| {
                let sid = s.get("id")?.as_str()?;
                (sid == fragment || sid == format!("{did}{fragment}"))
                    .then(|| s.get("serviceEndpoint")?.as_str().map(str::to_owned))
                    .flatten()
            })
        })
        .ok_or_else(|| "could not resolve proxy did service url".to_owned())?;
    if !endpoint_allowed(&endpoint, app.config.dev_mode()) {
        return Err("proxy service endpoint must be https".into());
    }
    Ok(endpoint)
}

/// Whether a DID document's service endpoint may be proxied to: https, or http in development mode.
fn endpoint_allowed(endpoint: &str, dev_mode: bool) -> bool {
    endpoint.starts_with("https://") || (dev_mode && endpoint.starts_with("http://"))
}

async fn forward(
    app: &App,
    method: &Method,
    headers: &HeaderMap,
    url: String,
    token: String,
    body: Bytes,
) -> Response {
    let mut request = app
        .http
        .request(method.clone(), url)
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    for name in [
        "accept-language",
        "atproto-accept-labelers",
        "x-bsky-topics",
    ] {
        if let Some(value) = headers.get(name) {
            request = request.header(name, value);
        }
    }
    if *method == Method::POST {
        for (name, value) in headers {
            if name.as_str().starts_with("content-") {
                request = request.header(name, value);
            }
        }
        request = request.body(body);
    }
    let response = match request.send().await {
        Ok(response) => response,
        Err(e) => {
            tracing::warn!(error = %e, "proxied request failed");
            return error(
                StatusCode::BAD_GATEWAY,
                "UpstreamFailure",
                "Upstream service unreachable",
            );
        }
    };
    let status = response.status();
    let mut out_headers = HeaderMap::new();
    for name in [
        "content-type",
        "atproto-repo-rev",
        "atproto-content-labelers",
        "content-language",
    ] {
        if let Some(value) = response.headers().get(name)
            && let Ok(value) = HeaderValue::from_bytes(value.as_bytes())
        {
            out_headers.insert(name, value);
        }
    }
    let mut response = response;
    let mut bytes = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) if bytes.len() + chunk.len() <= MAX_RESPONSE => {
                bytes.extend_from_slice(&chunk)
            }
            Ok(Some(_)) => {
                return error(
                    StatusCode::BAD_GATEWAY,
                    "UpstreamFailure",
                    "Upstream response too large",
                );
            }
            Ok(None) => break,
            Err(_) => {
                return error(
                    StatusCode::BAD_GATEWAY,
                    "UpstreamFailure",
                    "Upstream response failed",
                );
            }
        }
    }
    if status.is_server_error() {
        return error(
            StatusCode::BAD_GATEWAY,
            "UpstreamFailure",
            "Upstream Failure",
        );
    }
    let status = StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
    (status, out_headers, bytes).into_response()
}
