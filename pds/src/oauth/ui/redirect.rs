//! The end of an authorization: back to the client's redirect URI with `iss`, `state`, then `code` or
//! `error`/`error_description`, as a 303 (query or fragment mode) or an auto-submitting form
//! (`form_post`, with a button for browsers without script).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::escape;
use crate::oauth::par::AuthorizationParameters;

/// What the client is told.
pub(crate) enum Outcome<'a> {
    Code(&'a str),
    Error {
        error: &'a str,
        description: &'a str,
    },
}

fn pairs<'a>(issuer: &'a str, state: &'a str, outcome: &'a Outcome<'a>) -> Vec<(&'a str, &'a str)> {
    let mut pairs = vec![("iss", issuer), ("state", state)];
    match outcome {
        Outcome::Code(code) => pairs.push(("code", code)),
        Outcome::Error { error, description } => {
            pairs.push(("error", error));
            pairs.push(("error_description", description));
        }
    }
    pairs
}

/// The redirect URL for query or fragment mode.
pub(crate) fn url(
    parameters: &AuthorizationParameters,
    issuer: &str,
    outcome: &Outcome<'_>,
) -> Option<String> {
    let mut url = reqwest::Url::parse(&parameters.redirect_uri).ok()?;
    let pairs = pairs(issuer, &parameters.state, outcome);
    if parameters.response_mode == "fragment" {
        let encoded = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        url.set_fragment(Some(&encoded));
    } else {
        url.query_pairs_mut().extend_pairs(pairs);
    }
    Some(url.into())
}

/// The response that takes the browser back to the client.
pub(crate) fn to_client(
    parameters: &AuthorizationParameters,
    issuer: &str,
    outcome: &Outcome<'_>,
) -> Response {
    if parameters.response_mode == "form_post" {
        let nonce = crate::auth::random_hex(16).unwrap_or_default();
        let fields: String = pairs(issuer, &parameters.state, outcome)
            .into_iter()
            .map(|(name, value)| {
                format!(
                    r#"<input type="hidden" name="{}" value="{}">"#,
                    escape(name),
                    escape(value)
                )
            })
            .collect();
        let body = super::pages::layout(
            "Returning to the app",
            &nonce,
            &format!(
                r#"<h1>Returning to the app</h1>
<form id="back" method="post" action="{}">{fields}<button type="submit">Continue</button></form>
<script nonce="{nonce}">document.getElementById("back").submit()</script>"#,
                escape(&parameters.redirect_uri)
            ),
        );
        return super::html(StatusCode::OK, body, &nonce, Some(&parameters.redirect_uri));
    }
    match url(parameters, issuer, outcome).and_then(|u| HeaderValue::from_str(&u).ok()) {
        Some(location) => {
            let mut response = StatusCode::SEE_OTHER.into_response();
            let headers = response.headers_mut();
            headers.insert(header::LOCATION, location);
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        None => super::pages::error_page(
            StatusCode::BAD_REQUEST,
            "The app's redirect address is invalid.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parameters(mode: &str) -> AuthorizationParameters {
        AuthorizationParameters {
            client_id: "http://localhost".into(),
            redirect_uri: "http://127.0.0.1:9/cb?keep=1".into(),
            response_mode: mode.into(),
            code_challenge: String::new(),
            state: "s t".into(),
            scope: "atproto".into(),
            login_hint: None,
            prompt: None,
        }
    }

    #[test]
    fn query_and_fragment_redirects_carry_iss_and_state() {
        let code = Outcome::Code("cod-1");
        assert_eq!(
            url(&parameters("query"), "https://pds.test", &code).unwrap(),
            "http://127.0.0.1:9/cb?keep=1&iss=https%3A%2F%2Fpds.test&state=s+t&code=cod-1"
        );
        let denied = Outcome::Error {
            error: "access_denied",
            description: "no",
        };
        assert_eq!(
            url(&parameters("fragment"), "https://pds.test", &denied).unwrap(),
            "http://127.0.0.1:9/cb?keep=1#iss=https%3A%2F%2Fpds.test&state=s+t&error=access_denied&error_description=no"
        );
        let response = to_client(&parameters("query"), "https://pds.test", &code);
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let response = to_client(&parameters("form_post"), "https://pds.test", &code);
        assert_eq!(response.status(), StatusCode::OK);
        let csp = response.headers()["content-security-policy"]
            .to_str()
            .unwrap();
        assert!(
            csp.contains("form-action 'self' http://127.0.0.1:9"),
            "{csp}"
        );
    }
}
