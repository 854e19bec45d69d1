//! `prompt=create` and the sign-in page's "Create an account": `GET /oauth/authorize/sign-up` shows the
//! form (handle on one of the server's domains, email, password, invite code when required), and
//! `POST /oauth/authorize/sign-up` creates the account through createAccount's own code
//! (`handlers::server::account::create`) and goes on to the consent page as a password sign-in would.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use lexgen::xrpc::{EndpointError, XrpcError};
use lexicons::com::atproto::server::create_account;

use super::authorize::{self, Loaded, with_cookies};
use super::ui::cookies::{self, CSRF};
use super::ui::pages::{self, Message, error_page};
use crate::app::AppState;
use crate::auth::Auth;

/// What a person is told when an endpoint refuses: its message, never a server failure's cause.
pub(super) fn refusal_text<E: EndpointError>(error: &XrpcError<E>) -> String {
    match error {
        XrpcError::Internal(_) => "Something went wrong on the server. Try again later.".to_owned(),
        other => other
            .body()
            .message
            .unwrap_or_else(|| "That did not work. Check what you typed.".to_owned()),
    }
}

/// Why a new password typed on these pages is refused, if it is: as the reference's pages
/// (`@atproto/oauth-provider`'s `newPasswordSchema`), 8 to 256 characters. The XRPC methods themselves
/// (`createAccount`, `resetPassword`) set no minimum, as the reference's.
pub(super) fn new_password_problem(password: &str) -> Option<&'static str> {
    match password.chars().count() {
        0..8 => Some("The password must be at least 8 characters long."),
        257.. => Some("The password must be at most 256 characters long."),
        _ => None,
    }
}

/// The sign-up page, `typed` kept from a refused attempt: (name, domain, email, invite).
fn page_with(
    app: &AppState,
    loaded: &Loaded,
    request_uri: &str,
    cookie: &str,
    typed: (&str, &str, &str, &str),
    message: Message<'_>,
) -> Response {
    let nonce = crate::auth::random_hex(16).unwrap_or_default();
    let domains = app.config.handle_domains();
    let body = pages::sign_up(
        &pages::SignUp {
            client: &pages::client_label(&loaded.client.id, loaded.client.loopback),
            links: &pages::links(&loaded.request.client_id, request_uri),
            request_uri,
            csrf: &authorize::form_token(app, cookie, request_uri),
            domains: &domains,
            invite_required: app.config.invite_required,
            typed,
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

/// The empty sign-up page (also `GET /oauth/authorize` with `prompt=create`).
pub(super) fn sign_up_page(
    app: &AppState,
    loaded: &Loaded,
    request_uri: &str,
    cookie: &str,
    message: Option<&str>,
) -> Response {
    let message = message.map_or(Message::None, Message::Error);
    page_with(app, loaded, request_uri, cookie, ("", "", "", ""), message)
}

pub(super) async fn page(
    State(app): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    match authorize::opened(&app, &headers, &query).await {
        Ok((loaded, request_uri, csrf)) => sign_up_page(&app, &loaded, &request_uri, &csrf, None),
        Err(response) => response,
    }
}

pub(super) async fn sign_up(
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
    if loaded.request.code.is_some() {
        return error_page(
            StatusCode::BAD_REQUEST,
            "This sign-in request was already completed.",
        );
    }
    let domains = app.config.handle_domains();
    let name = params
        .get("handle")
        .unwrap_or_default()
        .trim()
        .trim_start_matches('@')
        .to_ascii_lowercase();
    let domain = params
        .get("domain")
        .and_then(|d| domains.iter().find(|known| known.as_str() == d))
        .or(domains.first())
        .cloned()
        .unwrap_or_default();
    let email = params.get("email").unwrap_or_default().trim().to_owned();
    let invite = params
        .get("invite_code")
        .unwrap_or_default()
        .trim()
        .to_owned();
    let typed = (
        name.as_str(),
        domain.as_str(),
        email.as_str(),
        invite.as_str(),
    );
    let refused = |message: &str| {
        page_with(
            &app,
            &loaded,
            &request_uri,
            &cookie,
            typed,
            Message::Error(message),
        )
    };
    // A full handle typed into the name field is taken as it is.
    let full = if name.ends_with(domain.as_str()) {
        name.clone()
    } else {
        format!("{name}{domain}")
    };
    let Ok(handle) = full.parse::<lexgen::model::Handle>() else {
        return refused(
            "That handle has characters a handle cannot have (letters, digits and hyphens only).",
        );
    };
    if let Some(problem) = new_password_problem(params.get("password").unwrap_or_default()) {
        return refused(problem);
    }
    let input = create_account::Input {
        did: None,
        email: Some(email.clone()),
        handle,
        invite_code: (!invite.is_empty()).then(|| invite.clone()),
        password: params.get("password").map(str::to_owned),
        plc_op: None,
        recovery_key: None,
        verification_code: None,
        verification_phone: None,
        extra: Default::default(),
    };
    match crate::handlers::server::account::create(&app, &Auth::None, input).await {
        Ok((did, handle)) => {
            authorize::signed_in(
                &app,
                &headers,
                &loaded,
                &request_uri,
                &cookie,
                (did.to_string(), handle.to_string()),
                true,
            )
            .await
        }
        Err(error) => {
            if let XrpcError::Internal(cause) = &error {
                tracing::error!(%cause, "oauth sign-up failed");
            }
            refused(&refusal_text(&error))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::new_password_problem;

    #[test]
    fn new_passwords_are_8_to_256_characters() {
        assert!(new_password_problem("1234567").is_some());
        assert!(new_password_problem("12345678").is_none());
        assert!(new_password_problem(&"é".repeat(256)).is_none());
        assert!(new_password_problem(&"x".repeat(257)).is_some());
    }
}
