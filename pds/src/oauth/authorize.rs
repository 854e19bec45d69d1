//! The account holder's side: `GET /oauth/authorize` shows the sign-in page for a pushed request
//! (nothing is consumed, so a link-preview fetch is harmless), `POST /oauth/authorize/sign-in` checks the
//! password (or a remembered account of this device) and shows the consent page (after the mailed code's
//! step, `oauth/second_factor.rs`, for an account with the email second factor), and
//! `POST /oauth/authorize/consent` issues the code and sends the browser back to the client (or tells
//! the client the request was denied). Every form post carries the CSRF token of its cookie.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;

use super::client::Client;
use super::par::{AuthorizationParameters, REQUEST_LIFETIME, REQUEST_URI_PREFIX};
use super::params::Params;
use super::ui::cookies::{self, CSRF, DEVICE};
use super::ui::pages::{self, error_page};
use super::ui::redirect::{Outcome, to_client};
use crate::app::AppState;
use crate::auth::password;
use crate::storage::accounts;
use crate::storage::oauth::{self as rows, AuthorizationRequest};

/// How long a password sign-in on a device lets the account be chosen without the password again.
pub(super) const AUTHENTICATION_MAX_AGE: i64 = 7 * 24 * 60 * 60;
/// The device cookie's life, seconds.
pub(super) const DEVICE_COOKIE_AGE: i64 = 365 * 24 * 60 * 60;

/// A pushed request found for a page.
pub(super) struct Loaded {
    pub(super) request: AuthorizationRequest,
    pub(super) parameters: AuthorizationParameters,
    pub(super) client: Arc<Client>,
}

pub(super) fn secure(app: &AppState) -> bool {
    app.oauth.issuer.starts_with("https://")
}

pub(super) async fn load(app: &AppState, request_uri: &str) -> Result<Loaded, Response> {
    let unknown = || {
        error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in request is unknown or has expired.",
        )
    };
    let id = request_uri
        .strip_prefix(REQUEST_URI_PREFIX)
        .ok_or_else(unknown)?
        .to_owned();
    let request = app
        .storage
        .read(move |conn| rows::request(conn, &id))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "oauth request lookup failed");
            error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        })?
        .ok_or_else(unknown)?;
    let parameters: AuthorizationParameters =
        serde_json::from_str(&request.parameters).map_err(|_| unknown())?;
    if request.expires_at < crate::auth::now_secs() {
        let id = request.id.clone();
        let _ = app
            .storage
            .write(move |conn| rows::delete_request(conn, &id))
            .await;
        return Err(to_client(
            &parameters,
            &app.oauth.issuer,
            &Outcome::Error {
                error: "access_denied",
                description: "The sign-in request expired",
            },
        ));
    }
    let client = app
        .oauth
        .clients
        .client(&request.client_id)
        .await
        .map_err(|e| error_page(StatusCode::BAD_REQUEST, &e.description))?;
    Ok(Loaded {
        request,
        parameters,
        client,
    })
}

/// A refusal shown as the error page.
pub(super) struct Refusal(pub(super) StatusCode, pub(super) String);

impl Refusal {
    pub(super) fn page(self) -> Response {
        error_page(self.0, &self.1)
    }
}

/// The CSRF token of this browser (its cookie's, or a new one).
pub(super) fn csrf_token(headers: &HeaderMap) -> Result<String, Refusal> {
    match cookies::get(headers, CSRF) {
        Some(token) if cookies::well_formed(token, "csf-") => Ok(token.to_owned()),
        _ => super::random_id("csf-").map_err(|_| {
            Refusal(
                StatusCode::INTERNAL_SERVER_ERROR,
                "Internal server error.".into(),
            )
        }),
    }
}

/// The CSRF token of a form: HMAC(server key, the browser's `csrf-token` cookie, the form's request),
/// so a token is good for one request in one browser (double submit, bound to the cookie).
pub(super) fn form_token(app: &AppState, cookie: &str, context: &str) -> String {
    use base64::Engine as _;
    use hmac::Mac as _;
    let mut mac = crate::auth::jwt::mac(&app.oauth.csrf_key);
    mac.update(cookie.as_bytes());
    mac.update(b"\n");
    mac.update(context.as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

pub(super) fn with_cookies(mut response: Response, cookies: &[String]) -> Response {
    for cookie in cookies {
        if let Ok(value) = HeaderValue::from_str(cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// The accounts recently signed in with their password on this device: `(did, handle)`.
pub(super) async fn remembered(app: &AppState, headers: &HeaderMap) -> Vec<(String, String)> {
    let Some(device) = cookies::get(headers, DEVICE).filter(|d| cookies::well_formed(d, "dev-"))
    else {
        return Vec::new();
    };
    let device = device.to_owned();
    let since = crate::auth::now_secs() - AUTHENTICATION_MAX_AGE;
    app.storage
        .read(move |conn| rows::device_accounts(conn, &device, since))
        .await
        .map(|accounts| {
            accounts
                .into_iter()
                .map(|(did, handle, _)| (did, handle))
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn sign_in_page(
    app: &AppState,
    loaded: &Loaded,
    request_uri: &str,
    cookie: &str,
    accounts: &[(String, String)],
    message: pages::Message<'_>,
) -> Response {
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let csrf = form_token(app, cookie, request_uri);
    let client = pages::client_label(&loaded.client.id, loaded.client.loopback);
    let body = pages::sign_in(
        &pages::SignIn {
            client: &client,
            links: &pages::links(&loaded.request.client_id, request_uri),
            request_uri,
            csrf: &csrf,
            login_hint: loaded.parameters.login_hint.as_deref(),
            accounts,
            message,
        },
        &nonce,
    );
    let status = if matches!(message, pages::Message::Error(_)) {
        StatusCode::UNAUTHORIZED
    } else {
        StatusCode::OK
    };
    let page = super::ui::html(status, body, &nonce, Some(&loaded.parameters.redirect_uri));
    with_cookies(page, &[cookies::set(CSRF, cookie, true, None, secure(app))])
}

/// A page of a pushed request opened by navigation (`client_id` and `request_uri` in the query): the
/// request, its `request_uri` and this browser's CSRF cookie, or the response that ends it.
pub(super) async fn opened(
    app: &AppState,
    headers: &HeaderMap,
    query: &HashMap<String, String>,
) -> Result<(Loaded, String, String), Response> {
    if let Err(refused) = super::ui::check_navigation(headers) {
        return Err(error_page(StatusCode::BAD_REQUEST, &refused.to_string()));
    }
    let (Some(request_uri), Some(client_id)) = (query.get("request_uri"), query.get("client_id"))
    else {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "This server only accepts pushed authorization requests (request_uri and client_id).",
        ));
    };
    let loaded = load(app, request_uri).await?;
    if loaded.request.client_id != *client_id {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "This request belongs to another app.",
        ));
    }
    if loaded.request.code.is_some() {
        return Err(error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in request was already completed.",
        ));
    }
    let csrf = csrf_token(headers).map_err(Refusal::page)?;
    Ok((loaded, request_uri.clone(), csrf))
}

pub(super) async fn page(
    State(app): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let (loaded, request_uri, csrf) = match opened(&app, &headers, &query).await {
        Ok(opened) => opened,
        Err(response) => return response,
    };
    if loaded.parameters.prompt.as_deref() == Some("none") {
        // Nothing is ever granted without the account holder on this page.
        return to_client(
            &loaded.parameters,
            &app.oauth.issuer,
            &Outcome::Error {
                error: "login_required",
                description: "Sign-in is required",
            },
        );
    }
    if loaded.parameters.prompt.as_deref() == Some("create") {
        return super::sign_up::sign_up_page(&app, &loaded, &request_uri, &csrf, None);
    }
    let accounts = if loaded.parameters.prompt.as_deref() == Some("login") {
        Vec::new()
    } else {
        remembered(&app, &headers).await
    };
    sign_in_page(
        &app,
        &loaded,
        &request_uri,
        &csrf,
        &accounts,
        pages::Message::None,
    )
}

/// A form post's parameters and the browser's CSRF cookie, once the fetch metadata and the form's CSRF
/// token (for its `request_uri`, else the account page) checked out.
pub(super) fn form(
    app: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(Params, String), Refusal> {
    super::ui::check_form_post(headers, &app.oauth.issuer)
        .map_err(|refused| Refusal(StatusCode::FORBIDDEN, refused.to_string()))?;
    let params = Params::parse(headers, body)
        .map_err(|e| Refusal(StatusCode::BAD_REQUEST, e.description))?;
    let cookie = cookies::get(headers, CSRF).filter(|c| cookies::well_formed(c, "csf-"));
    let context = params.get("request_uri").unwrap_or("account");
    let cookie = match (cookie, params.get("csrf_token")) {
        (Some(cookie), Some(given))
            if super::nonce::constant_eq(&form_token(app, cookie, context), given) =>
        {
            cookie.to_owned()
        }
        _ => String::new(),
    };
    if cookie.is_empty() {
        return Err(Refusal(
            StatusCode::FORBIDDEN,
            "This form has expired (or cookies are disabled). Reload the page and try again."
                .into(),
        ));
    }
    Ok((params, cookie))
}

/// Checks a handle, email or DID (a client's `login_hint` may be one) and password; the account's DID and handle when they match.
pub(super) async fn check_password(
    app: &AppState,
    identifier: &str,
    password_given: &str,
) -> Result<Option<(String, String)>, Response> {
    let identifier = identifier
        .trim()
        .trim_start_matches('@')
        .to_ascii_lowercase();
    if app
        .limits
        .spend(&crate::rate_limit::LOGIN, &identifier, 1)
        .is_err()
    {
        return Err(error_page(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many sign-in attempts. Wait a while and try again.",
        ));
    }
    let found = app
        .storage
        .read(move |conn| {
            if identifier.contains('@') {
                accounts::account_by_email(conn, &identifier)
            } else if identifier.starts_with("did:") {
                accounts::account_by_did(conn, &identifier)
            } else {
                accounts::account_by_handle(conn, &identifier)
            }
        })
        .await
        .map_err(|_| error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error."))?;
    let Some(account) = found else {
        return Ok(None);
    };
    if account.takedown_ref.is_some() {
        return Ok(None);
    }
    let given = password_given.to_owned();
    let stored = account.password_hash.clone();
    let matched = tokio::task::spawn_blocking(move || password::verify(&given, &stored))
        .await
        .unwrap_or(false);
    Ok(matched.then_some((account.did.to_string(), account.handle)))
}

pub(super) async fn sign_in(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, cookie) = match form(&app, &headers, &body) {
        Ok(found) => found,
        Err(refusal) => return refusal.page(),
    };
    let request_uri = params.get("request_uri").unwrap_or_default().to_owned();
    let loaded = match load(&app, &request_uri).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    if loaded.request.code.is_some() {
        return error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in request was already completed.",
        );
    }
    let remembered = remembered(&app, &headers).await;
    let (did, handle, with_password) = if let Some(chosen) = params.get("account") {
        match remembered.iter().find(|(did, _)| did == chosen) {
            Some((did, handle)) => (did.clone(), handle.clone(), false),
            None => {
                return sign_in_page(
                    &app,
                    &loaded,
                    &request_uri,
                    &cookie,
                    &remembered,
                    pages::Message::Error("Sign in again with your password."),
                );
            }
        }
    } else {
        let identifier = params.get("identifier").unwrap_or_default();
        let password_given = params.get("password").unwrap_or_default();
        match check_password(&app, identifier, password_given).await {
            Ok(Some((did, handle))) => {
                let step = super::second_factor::Step::Authorize {
                    loaded: &loaded,
                    request_uri: &request_uri,
                };
                if let Some(page) =
                    super::second_factor::challenge(&app, &step, &cookie, &did).await
                {
                    return page;
                }
                (did, handle, true)
            }
            Ok(None) => {
                return sign_in_page(
                    &app,
                    &loaded,
                    &request_uri,
                    &cookie,
                    &remembered,
                    pages::Message::Error("Wrong handle, email or password."),
                );
            }
            Err(response) => return response,
        }
    };
    signed_in(
        &app,
        &headers,
        &loaded,
        &request_uri,
        &cookie,
        (did, handle),
        with_password,
    )
    .await
}

/// The account is known (by its password, a remembered device, or a sign-up just now): bind it and this
/// device to the request and show the consent page. `with_password` remembers it on the device.
pub(super) async fn signed_in(
    app: &AppState,
    headers: &HeaderMap,
    loaded: &Loaded,
    request_uri: &str,
    cookie: &str,
    (did, handle): (String, String),
    with_password: bool,
) -> Response {
    let device = match cookies::get(headers, DEVICE).filter(|d| cookies::well_formed(d, "dev-")) {
        Some(device) => device.to_owned(),
        None => match super::random_id("dev-") {
            Ok(device) => device,
            Err(_) => {
                return error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.");
            }
        },
    };
    let now = crate::auth::now_secs();
    let (id, device_row, did_row) = (loaded.request.id.clone(), device.clone(), did.clone());
    let updated = app
        .storage
        .write(move |conn| {
            if with_password {
                rows::prune_device_accounts(conn, now - AUTHENTICATION_MAX_AGE)?;
                rows::put_device_account(conn, &device_row, &did_row, now)?;
            }
            rows::set_request_account(conn, &id, &device_row, &did_row, now + REQUEST_LIFETIME)
        })
        .await;
    match updated {
        Ok(true) => {}
        Ok(false) => {
            return error_page(
                StatusCode::BAD_REQUEST,
                "This sign-in request was already completed.",
            );
        }
        Err(e) => {
            tracing::error!(error = %e, "oauth sign-in failed");
            return error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.");
        }
    }
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let client = pages::client_label(&loaded.client.id, loaded.client.loopback);
    let redirect_host = reqwest::Url::parse(&loaded.parameters.redirect_uri)
        .ok()
        .map(|u| match u.host_str() {
            Some(host) => host.to_owned(),
            None => format!("{}:", u.scheme()),
        })
        .unwrap_or_default();
    let permissions = super::describe::consent(
        &app.oauth.permission_sets,
        &loaded.parameters.scope,
        &super::describe::languages(headers),
    )
    .await;
    let body = pages::consent(
        &pages::Consent {
            client: &client,
            handle: &handle,
            redirect_host: &redirect_host,
            permissions: &permissions,
            request_uri,
            csrf: &form_token(app, cookie, request_uri),
        },
        &nonce,
    );
    let page = super::ui::html(
        StatusCode::OK,
        body,
        &nonce,
        Some(&loaded.parameters.redirect_uri),
    );
    with_cookies(
        page,
        &[cookies::set(
            DEVICE,
            &device,
            true,
            Some(DEVICE_COOKIE_AGE),
            secure(app),
        )],
    )
}

pub(super) async fn consent(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, _) = match form(&app, &headers, &body) {
        Ok(found) => found,
        Err(refusal) => return refusal.page(),
    };
    let loaded = match load(&app, params.get("request_uri").unwrap_or_default()).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let issuer = &app.oauth.issuer;
    if params.get("decision") != Some("allow") {
        let id = loaded.request.id.clone();
        let _ = app
            .storage
            .write(move |conn| rows::delete_request(conn, &id))
            .await;
        return to_client(
            &loaded.parameters,
            issuer,
            &Outcome::Error {
                error: "access_denied",
                description: "The account holder denied access",
            },
        );
    }
    let device = cookies::get(&headers, DEVICE);
    if loaded.request.did.is_none()
        || device.is_none()
        || loaded.request.device_id.as_deref() != device
    {
        return error_page(StatusCode::BAD_REQUEST, "Sign in before allowing access.");
    }
    let code = match super::random_id("cod-") {
        Ok(code) => code,
        Err(_) => return error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error."),
    };
    let (id, stored_code) = (loaded.request.id.clone(), code.clone());
    let expires_at = crate::auth::now_secs() + super::token::CODE_LIFETIME;
    match app
        .storage
        .write(move |conn| rows::set_request_code(conn, &id, &stored_code, expires_at))
        .await
    {
        Ok(true) => to_client(&loaded.parameters, issuer, &Outcome::Code(&code)),
        Ok(false) => error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in request was already completed.",
        ),
        Err(e) => {
            tracing::error!(error = %e, "oauth consent failed");
            error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        }
    }
}
