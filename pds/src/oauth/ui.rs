//! The authorization pages: server-rendered HTML (inline CSS under a per-page nonce, no script needed),
//! their security headers (a CSP whose `form-action` allows the final redirect to the client), cookies
//! (device, CSRF), the `Sec-Fetch-*`/`Origin` checks applied when a browser sends them, and the redirect
//! back to the client in its response mode.

pub(super) mod apps;
pub(super) mod cookies;
pub(super) mod pages;
pub(super) mod redirect;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Escapes text for HTML content and attribute values.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The origin (or `scheme:` for a custom scheme) a redirect URI goes to, as a CSP source.
pub(super) fn csp_source(redirect_uri: &str) -> Option<String> {
    let url = reqwest::Url::parse(redirect_uri).ok()?;
    let source = match url.scheme() {
        "http" | "https" => url.origin().ascii_serialization(),
        scheme => format!("{scheme}:"),
    };
    // A CSP source list is space-separated; anything odd is left out rather than injected.
    source
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || ":/.-[]+".contains(c))
        .then_some(source)
}

/// An HTML response with the pages' security headers. `redirect_to` is the client's redirect URI (the
/// final redirect follows a form post, and browsers hold redirects after a post to `form-action`).
pub(super) fn html(
    status: StatusCode,
    body: String,
    nonce: &str,
    redirect_to: Option<&str>,
) -> Response {
    let form_action = match redirect_to.and_then(csp_source) {
        Some(source) => format!("'self' {source}"),
        None => "'self'".to_owned(),
    };
    let csp = format!(
        "default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self' data:; \
         form-action {form_action}; frame-ancestors 'none'; base-uri 'none'"
    );
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Ok(csp) = HeaderValue::from_str(&csp) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    for (name, value) in [
        ("cache-control", "no-store"),
        ("pragma", "no-cache"),
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=()",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Why a browser request was refused before looking at it.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(super) struct FetchRefused(pub &'static str);

fn one<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

/// `GET /oauth/authorize` must be a top-level navigation to a document when the browser says what it is.
pub(super) fn check_navigation(headers: &HeaderMap) -> Result<(), FetchRefused> {
    if one(headers, "sec-fetch-dest").is_some_and(|d| d != "document") {
        return Err(FetchRefused("This page must be opened as a document"));
    }
    if one(headers, "sec-fetch-mode").is_some_and(|m| m != "navigate") {
        return Err(FetchRefused("This page must be opened by navigation"));
    }
    Ok(())
}

/// A form post of our own pages: same origin when the browser tells (`Sec-Fetch-Site`, `Origin`), and a
/// navigation. The CSRF token is checked separately and does not depend on these headers.
pub(super) fn check_form_post(headers: &HeaderMap, issuer: &str) -> Result<(), FetchRefused> {
    check_navigation(headers)?;
    if one(headers, "sec-fetch-site").is_some_and(|s| s != "same-origin") {
        return Err(FetchRefused("Forms must be posted from this site"));
    }
    if one(headers, "origin").is_some_and(|o| o != issuer) {
        return Err(FetchRefused("Forms must be posted from this site"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_csp_sources() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(
            csp_source("http://127.0.0.1:5000/cb?x=1").as_deref(),
            Some("http://127.0.0.1:5000")
        );
        assert_eq!(
            csp_source("com.example.app:/callback").as_deref(),
            Some("com.example.app:")
        );
        assert_eq!(
            csp_source("https://[::1]:8/cb").as_deref(),
            Some("https://[::1]:8")
        );
    }

    #[test]
    fn fetch_metadata_is_checked_only_when_present() {
        let issuer = "https://pds.test";
        let mut headers = HeaderMap::new();
        assert!(check_form_post(&headers, issuer).is_ok());
        headers.insert("sec-fetch-site", "same-origin".parse().unwrap());
        headers.insert("origin", issuer.parse().unwrap());
        assert!(check_form_post(&headers, issuer).is_ok());
        headers.insert("sec-fetch-site", "cross-site".parse().unwrap());
        assert!(check_form_post(&headers, issuer).is_err());
        let mut headers = HeaderMap::new();
        headers.insert("origin", "https://evil.test".parse().unwrap());
        assert!(check_form_post(&headers, issuer).is_err());
        let mut headers = HeaderMap::new();
        headers.insert("sec-fetch-dest", "iframe".parse().unwrap());
        assert!(check_navigation(&headers).is_err());
    }
}
