//! Password reset from the sign-in page, in the same request: `GET /oauth/authorize/reset` asks for the
//! email, `POST /oauth/authorize/reset/request` mails a code (requestPasswordReset's own code, which answers
//! the same for unknown addresses), and `POST /oauth/authorize/reset` sets the new password with it
//! (resetPassword's own code) and goes back to the sign-in page.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{request_password_reset, reset_password};

use super::authorize::{self, Loaded, with_cookies};
use super::params::Params;
use super::sign_up::{new_password_problem, refusal_text};
use super::ui::cookies::{self, CSRF};
use super::ui::pages::{self, Message};
use crate::app::AppState;
use crate::auth::Auth;
use crate::handlers::server::email;

fn reset_page(
    app: &AppState,
    loaded: &Loaded,
    request_uri: &str,
    cookie: &str,
    mailed_to: Option<&str>,
    message: Message<'_>,
) -> Response {
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let body = pages::reset(
        &pages::Reset {
            links: &pages::links(&loaded.request.client_id, request_uri),
            request_uri,
            csrf: &authorize::form_token(app, cookie, request_uri),
            mailed_to,
            message,
        },
        &nonce,
    );
    let status = match message {
        Message::Error(_) => StatusCode::BAD_REQUEST,
        _ => StatusCode::OK,
    };
    let page = super::ui::html(status, body, &nonce, Some(&loaded.parameters.redirect_uri));
    with_cookies(
        page,
        &[cookies::set(
            CSRF,
            cookie,
            true,
            None,
            authorize::secure(app),
        )],
    )
}

pub(super) async fn page(
    State(app): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    match authorize::opened(&app, &headers, &query).await {
        Ok((loaded, request_uri, csrf)) => {
            reset_page(&app, &loaded, &request_uri, &csrf, None, Message::None)
        }
        Err(response) => response,
    }
}

/// A posted form of these pages and its request.
async fn posted(
    app: &AppState,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(Params, String, Loaded, String), Response> {
    let (params, cookie) = authorize::form(app, headers, body).map_err(|r| r.page())?;
    let request_uri = params.get("request_uri").unwrap_or_default().to_owned();
    let loaded = authorize::load(app, &request_uri).await?;
    Ok((params, cookie, loaded, request_uri))
}

pub(super) async fn request(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, cookie, loaded, request_uri) = match posted(&app, &headers, &body).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    let email = params.get("email").unwrap_or_default().trim().to_owned();
    if email.is_empty() {
        return reset_page(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            None,
            Message::Error("Enter the email address of your account."),
        );
    }
    let input = request_password_reset::Input {
        email: email.clone(),
        extra: Default::default(),
    };
    match email::request_password_reset(app.clone(), Auth::None, input).await {
        Ok(()) => reset_page(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            Some(&email),
            Message::None,
        ),
        Err(error) => {
            if let XrpcError::Internal(cause) = &error {
                tracing::error!(%cause, "oauth password reset request failed");
            }
            reset_page(
                &app,
                &loaded,
                &request_uri,
                &cookie,
                None,
                Message::Error(&refusal_text(&error)),
            )
        }
    }
}

pub(super) async fn reset(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, cookie, loaded, request_uri) = match posted(&app, &headers, &body).await {
        Ok(posted) => posted,
        Err(response) => return response,
    };
    let email = params.get("email").unwrap_or_default().trim().to_owned();
    let input = reset_password::Input {
        token: params.get("token").unwrap_or_default().to_owned(),
        password: params.get("password").unwrap_or_default().to_owned(),
        extra: Default::default(),
    };
    if input.token.trim().is_empty() || input.password.is_empty() {
        return reset_page(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            Some(&email),
            Message::Error("Enter the code from the email and a new password."),
        );
    }
    if let Some(problem) = new_password_problem(&input.password) {
        return reset_page(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            Some(&email),
            Message::Error(problem),
        );
    }
    match email::reset_password(app.clone(), Auth::None, input).await {
        Ok(()) => authorize::sign_in_page(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            &[],
            Message::Notice("Your password was changed. Sign in with the new one."),
        ),
        Err(error) => {
            if let XrpcError::Internal(cause) = &error {
                tracing::error!(%cause, "oauth password reset failed");
            }
            reset_page(
                &app,
                &loaded,
                &request_uri,
                &cookie,
                Some(&email),
                Message::Error(&refusal_text(&error)),
            )
        }
    }
}
