//! The sign-in pages' second step for an account with the email second factor (`emailAuthFactor`): once
//! its password checks out (on the authorization page or the authorized-apps page), a code is mailed as
//! `createSession` mails it and a page asks for it. That form carries a proof that this browser passed
//! the password step for this account (an HMAC under the CSRF key over the CSRF cookie, the form's
//! request, the account and the time), so the password is not sent again. The right code (consumed) signs
//! the account in; a wrong or expired one shows the step again with the error.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::authorize::{self, Loaded, form_token, secure, with_cookies};
use super::par::REQUEST_LIFETIME;
use super::ui::cookies::{self, CSRF};
use super::ui::pages::{self, Message, error_page};
use crate::app::AppState;
use crate::handlers::server::sign_in_code::{self, CodeError};
use crate::storage::accounts::{self, Account};
use crate::storage::oauth as rows;

/// Which sign-in the step belongs to.
pub(super) enum Step<'a> {
    /// The authorization request `request_uri` (then the consent page).
    Authorize {
        loaded: &'a Loaded,
        request_uri: &'a str,
    },
    /// The authorized-apps page.
    Account,
}

impl Step<'_> {
    /// The CSRF context of the step's forms (as [`authorize::form`] checks them).
    fn context(&self) -> &str {
        match self {
            Step::Authorize { request_uri, .. } => request_uri,
            Step::Account => "account",
        }
    }
}

/// The proof that this browser (`cookie`) passed the password step for `did` at `issued`.
fn proof(app: &AppState, cookie: &str, context: &str, did: &str, issued: i64) -> String {
    form_token(
        app,
        cookie,
        &format!("{context}\nsign-in code\n{did}\n{issued}"),
    )
}

fn internal_error() -> Response {
    error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
}

fn too_many() -> Response {
    error_page(
        StatusCode::TOO_MANY_REQUESTS,
        "Too many sign-in attempts. Wait a while and try again.",
    )
}

/// After the password of `did` checked out: `None` when the account has no second factor (signed in);
/// otherwise a code is mailed and the answer is the code page (or the reason it could not be mailed).
pub(super) async fn challenge(
    app: &AppState,
    step: &Step<'_>,
    cookie: &str,
    did: &str,
) -> Option<Response> {
    let did_text = did.to_owned();
    let account = match app
        .storage
        .read(move |conn| accounts::account_by_did(conn, &did_text))
        .await
    {
        Ok(Some(account)) if account.email_auth_factor => account,
        Ok(_) => return None,
        Err(e) => {
            tracing::error!(error = %e, "account lookup failed");
            return Some(internal_error());
        }
    };
    match sign_in_code::send(app, &account.did, account.email.as_deref()).await {
        Ok(()) => {}
        Err(CodeError::RateLimited(_)) => return Some(too_many()),
        Err(e) => {
            tracing::error!(error = %e, "sign-in code not sent");
            return Some(internal_error());
        }
    }
    let now = crate::auth::now_secs();
    if let Step::Authorize { loaded, .. } = step {
        // Waiting for the mail is a step of its own: the request lives on.
        let id = loaded.request.id.clone();
        if let Err(e) = app
            .storage
            .write(move |conn| rows::extend_request(conn, &id, now + REQUEST_LIFETIME))
            .await
        {
            tracing::error!(error = %e, "oauth request not extended");
            return Some(internal_error());
        }
    }
    Some(code_page(app, step, cookie, &account, now, Message::None))
}

fn code_page(
    app: &AppState,
    step: &Step<'_>,
    cookie: &str,
    account: &Account,
    issued: i64,
    message: Message<'_>,
) -> Response {
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let context = step.context();
    let csrf = form_token(app, cookie, context);
    let issued_text = issued.to_string();
    let proof = proof(app, cookie, context, account.did.as_str(), issued);
    let mut hidden = vec![
        ("csrf_token", csrf.as_str()),
        ("account", account.did.as_str()),
        ("issued", issued_text.as_str()),
        ("proof", proof.as_str()),
    ];
    let (action, back, redirect_to) = match step {
        Step::Authorize {
            loaded,
            request_uri,
        } => {
            hidden.insert(0, ("request_uri", request_uri));
            (
                "/oauth/authorize/sign-in/code",
                format!(
                    "/oauth/authorize?{}",
                    pages::links(&loaded.request.client_id, request_uri)
                ),
                Some(loaded.parameters.redirect_uri.as_str()),
            )
        }
        Step::Account => (
            "/oauth/account/sign-in/code",
            "/oauth/account".to_owned(),
            None,
        ),
    };
    let body = pages::sign_in_code(
        &pages::SignInCode {
            action,
            hidden: &hidden,
            handle: &account.handle,
            mailed_to: &pages::mask_email(account.email.as_deref().unwrap_or_default()),
            back: &back,
            message,
        },
        &nonce,
    );
    let status = match message {
        Message::Error(_) => StatusCode::UNAUTHORIZED,
        _ => StatusCode::OK,
    };
    let page = super::ui::html(status, body, &nonce, redirect_to);
    with_cookies(page, &[cookies::set(CSRF, cookie, true, None, secure(app))])
}

/// Checks a posted code step (`params` already passed the CSRF check): the account it signs in, or the
/// response that ends the attempt (the step again with its error, or an error page).
async fn verify(
    app: &AppState,
    step: &Step<'_>,
    cookie: &str,
    params: &super::params::Params,
) -> Result<Account, Response> {
    let expired = || {
        error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in step has expired. Sign in again.",
        )
    };
    let did = params.get("account").unwrap_or_default().to_owned();
    let issued: i64 = params
        .get("issued")
        .and_then(|i| i.parse().ok())
        .ok_or_else(expired)?;
    let given_proof = params.get("proof").unwrap_or_default();
    let now = crate::auth::now_secs();
    if !super::nonce::constant_eq(
        &proof(app, cookie, step.context(), &did, issued),
        given_proof,
    ) || now - issued > sign_in_code::LIFETIME
        || issued > now
    {
        return Err(expired());
    }
    let did_text = did.clone();
    let account = app
        .storage
        .read(move |conn| accounts::account_by_did(conn, &did_text))
        .await
        .map_err(|_| internal_error())?
        .filter(|a| a.takedown_ref.is_none())
        .ok_or_else(expired)?;
    // Guessing codes counts against the account's sign-in attempts.
    if app
        .limits
        .spend(&crate::rate_limit::LOGIN, account.did.as_str(), 1)
        .is_err()
    {
        return Err(too_many());
    }
    let code = params.get("code").unwrap_or_default();
    let refused = match sign_in_code::redeem(app, &account.did, code).await {
        Ok(()) => return Ok(account),
        Err(CodeError::Invalid) => "That code is not right. Check the email and try again.",
        Err(CodeError::Expired) => {
            "That code has expired. Go back and sign in again to get a new one."
        }
        Err(e) => {
            tracing::error!(error = %e, "sign-in code check failed");
            return Err(internal_error());
        }
    };
    Err(code_page(
        app,
        step,
        cookie,
        &account,
        issued,
        Message::Error(refused),
    ))
}

/// `POST /oauth/authorize/sign-in/code`: the code step of the authorization page, then consent.
pub(super) async fn authorize_code(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, cookie) = match authorize::form(&app, &headers, &body) {
        Ok(found) => found,
        Err(refusal) => return refusal.page(),
    };
    let request_uri = params.get("request_uri").unwrap_or_default().to_owned();
    let loaded = match authorize::load(&app, &request_uri).await {
        Ok(loaded) => loaded,
        Err(response) => return response,
    };
    let step = Step::Authorize {
        loaded: &loaded,
        request_uri: &request_uri,
    };
    match verify(&app, &step, &cookie, &params).await {
        Ok(account) => {
            authorize::signed_in(
                &app,
                &headers,
                &loaded,
                &request_uri,
                &cookie,
                (account.did.to_string(), account.handle),
                true,
            )
            .await
        }
        Err(response) => response,
    }
}

/// `POST /oauth/account/sign-in/code`: the code step of the authorized-apps page.
pub(super) async fn account_code(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, cookie) = match authorize::form(&app, &headers, &body) {
        Ok(found) => found,
        Err(refusal) => return refusal.page(),
    };
    match verify(&app, &Step::Account, &cookie, &params).await {
        Ok(account) => {
            super::account::remember_device(&app, &headers, account.did.to_string()).await
        }
        Err(response) => response,
    }
}
