//! The account holder's "authorized apps" page (`/oauth/account`): the OAuth sessions of the accounts
//! signed in with their password on this device within the last 7 days (the device cookie), each with a
//! revoke button; a password sign-in form when there is none. Forms carry the CSRF token of the cookie.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::authorize::{
    DEVICE_COOKIE_AGE, Refusal, check_password, csrf_token, form, form_token, remembered, secure,
    with_cookies,
};
use super::second_factor::{self, Step};
use super::ui::apps::{self, App};
use super::ui::cookies::{self, CSRF, DEVICE};
use super::ui::pages::error_page;
use crate::app::AppState;
use crate::storage::oauth as rows;

fn date(secs: i64) -> String {
    let text = lexgen::model::Datetime::from_timestamp_micros(secs.saturating_mul(1_000_000));
    format!(
        "{} UTC",
        text.as_str()
            .get(..16)
            .unwrap_or_default()
            .replace('T', " ")
    )
}

fn back_to_page() -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    response
        .headers_mut()
        .insert(header::LOCATION, HeaderValue::from_static("/oauth/account"));
    response
}

pub(super) async fn page(State(app): State<AppState>, headers: HeaderMap) -> Response {
    if let Err(refused) = super::ui::check_navigation(&headers) {
        return error_page(StatusCode::BAD_REQUEST, &refused.to_string());
    }
    let cookie = match csrf_token(&headers) {
        Ok(cookie) => cookie,
        Err(refusal) => return refusal.page(),
    };
    let csrf = form_token(&app, &cookie, "account");
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let accounts = remembered(&app, &headers).await;
    let body = if accounts.is_empty() {
        apps::sign_in_page(&csrf, None, &nonce)
    } else {
        let dids: Vec<String> = accounts.iter().map(|(did, _)| did.clone()).collect();
        let sessions = app
            .storage
            .read(move |conn| {
                dids.iter()
                    .map(|did| rows::tokens_of(conn, did))
                    .collect::<Result<Vec<_>, _>>()
            })
            .await;
        let Ok(sessions) = sessions else {
            return error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.");
        };
        let listed: Vec<apps::Account> = accounts
            .into_iter()
            .zip(sessions)
            .map(|((did, handle), tokens)| apps::Account {
                did,
                handle,
                apps: tokens
                    .into_iter()
                    .map(|token| App {
                        client: super::ui::pages::client_label(
                            &token.client_id,
                            super::client::loopback::is_loopback_id(&token.client_id),
                        ),
                        scope: token.scope,
                        since: date(token.created_at),
                        last_refreshed: date(token.updated_at),
                        session_id: token.id,
                    })
                    .collect(),
            })
            .collect();
        apps::apps_page(&listed, &csrf, &nonce)
    };
    let page = super::ui::html(StatusCode::OK, body, &nonce, None);
    with_cookies(
        page,
        &[cookies::set(CSRF, &cookie, true, None, secure(&app))],
    )
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
    let identifier = params.get("identifier").unwrap_or_default();
    let password = params.get("password").unwrap_or_default();
    let did = match check_password(&app, identifier, password).await {
        Ok(Some((did, _))) => did,
        Ok(None) => {
            let nonce = crate::auth::random_hex(16).unwrap_or_default();
            let csrf = form_token(&app, &cookie, "account");
            let body = apps::sign_in_page(&csrf, Some("Wrong handle, email or password."), &nonce);
            return super::ui::html(StatusCode::UNAUTHORIZED, body, &nonce, None);
        }
        Err(response) => return response,
    };
    if let Some(step) = second_factor::challenge(&app, &Step::Account, &cookie, &did).await {
        return step;
    }
    remember_device(&app, &headers, did).await
}

/// Remembers the account `did` (its password, and code when asked, just checked) on this device, then
/// shows the authorized-apps page.
pub(super) async fn remember_device(app: &AppState, headers: &HeaderMap, did: String) -> Response {
    let device = match cookies::get(headers, DEVICE).filter(|d| cookies::well_formed(d, "dev-")) {
        Some(device) => device.to_owned(),
        None => match super::random_id("dev-") {
            Ok(device) => device,
            Err(e) => return Refusal(StatusCode::INTERNAL_SERVER_ERROR, e.description).page(),
        },
    };
    let now = crate::auth::now_secs();
    let row = device.clone();
    if let Err(e) = app
        .storage
        .write(move |conn| rows::put_device_account(conn, &row, &did, now))
        .await
    {
        tracing::error!(error = %e, "oauth account sign-in failed");
        return error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.");
    }
    with_cookies(
        back_to_page(),
        &[cookies::set(
            DEVICE,
            &device,
            true,
            Some(DEVICE_COOKIE_AGE),
            secure(app),
        )],
    )
}

pub(super) async fn revoke(
    State(app): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (params, _) = match form(&app, &headers, &body) {
        Ok(found) => found,
        Err(refusal) => return refusal.page(),
    };
    let (Some(did), Some(session)) = (params.get("did"), params.get("session")) else {
        return error_page(StatusCode::BAD_REQUEST, "Nothing to revoke.");
    };
    // Only the sessions of an account signed in on this device.
    if !remembered(&app, &headers)
        .await
        .iter()
        .any(|(d, _)| d == did)
    {
        return error_page(
            StatusCode::FORBIDDEN,
            "Sign in to manage this account's apps.",
        );
    }
    let (did, session) = (did.to_owned(), session.to_owned());
    match app
        .storage
        .write(move |conn| rows::delete_token_of(conn, &session, &did))
        .await
    {
        Ok(_) => back_to_page(),
        Err(e) => {
            tracing::error!(error = %e, "oauth session revocation failed");
            error_page(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error.")
        }
    }
}
