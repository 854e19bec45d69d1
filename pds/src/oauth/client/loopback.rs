//! The development loopback client: `client_id` `http://localhost` (optionally `/`), with repeatable
//! `redirect_uri` and one `scope` query parameter; its redirects go to `127.0.0.1` or `[::1]` over http
//! (default `http://127.0.0.1/` and `http://[::1]/`), it is public, native, and asks `atproto` by default.

use super::{Client, ClientMetadata};
use crate::oauth::error::{ErrorCode, OAuthError};

/// Whether `client_id` names the loopback client (then [`client`] decides if it is a valid one).
pub(crate) fn is_loopback_id(client_id: &str) -> bool {
    client_id == "http://localhost"
        || client_id.starts_with("http://localhost?")
        || client_id.starts_with("http://localhost/")
}

fn refused(message: impl Into<String>) -> OAuthError {
    OAuthError::new(ErrorCode::InvalidClient, message)
}

/// Whether a URL is http on a loopback IP (`127.0.0.1` or `[::1]`; not the name `localhost`).
pub(crate) fn is_loopback_ip_url(url: &reqwest::Url) -> bool {
    let loopback_ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        _ => false,
    };
    url.scheme() == "http" && loopback_ip
}

/// Whether two URLs are the same loopback redirect but for the port.
pub(crate) fn same_ignoring_port(registered: &str, given: &str) -> bool {
    let (Ok(mut a), Ok(mut b)) = (reqwest::Url::parse(registered), reqwest::Url::parse(given))
    else {
        return false;
    };
    if !is_loopback_ip_url(&a) || !is_loopback_ip_url(&b) {
        return false;
    }
    let (Ok(()), Ok(())) = (a.set_port(None), b.set_port(None)) else {
        return false;
    };
    a == b
}

/// The loopback client named by `client_id`, with its virtual metadata.
pub(crate) fn client(client_id: &str) -> Result<Client, OAuthError> {
    let query = match client_id.split_once('?') {
        Some((base, query)) if base == "http://localhost" || base == "http://localhost/" => query,
        None if client_id == "http://localhost" || client_id == "http://localhost/" => "",
        _ => return Err(refused("Invalid loopback client_id")),
    };
    let mut redirect_uris = Vec::new();
    let mut scope = None;
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "redirect_uri" => {
                let parsed = reqwest::Url::parse(&value)
                    .map_err(|_| refused("Invalid redirect_uri in loopback client_id"))?;
                if !is_loopback_ip_url(&parsed) {
                    return Err(refused(
                        "Loopback client redirect_uri must use http://127.0.0.1 or http://[::1]",
                    ));
                }
                redirect_uris.push(value.into_owned());
            }
            "scope" if scope.is_none() => scope = Some(value.into_owned()),
            _ => {
                return Err(refused(format!(
                    "Unexpected loopback client_id parameter {name}"
                )));
            }
        }
    }
    let scope = scope.unwrap_or_else(|| "atproto".to_owned());
    if !scope.split(' ').any(|s| s == "atproto") {
        return Err(refused("Loopback client scope must include atproto"));
    }
    if redirect_uris.is_empty() {
        redirect_uris = vec!["http://127.0.0.1/".into(), "http://[::1]/".into()];
    }
    Ok(Client {
        id: client_id.to_owned(),
        metadata: ClientMetadata {
            client_id: client_id.to_owned(),
            redirect_uris,
            scope: Some(scope),
            grant_types: vec!["authorization_code".into(), "refresh_token".into()],
            response_types: vec!["code".into()],
            token_endpoint_auth_method: Some("none".into()),
            application_type: Some("native".into()),
            dpop_bound_access_tokens: true,
            ..ClientMetadata::default()
        },
        loopback: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_client_ids() {
        let plain = client("http://localhost").unwrap();
        assert_eq!(
            plain.metadata.redirect_uris,
            ["http://127.0.0.1/", "http://[::1]/"]
        );
        assert_eq!(plain.metadata.scope.as_deref(), Some("atproto"));
        let custom = client(
            "http://localhost/?redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb&scope=atproto%20transition%3Ageneric",
        )
        .unwrap();
        assert_eq!(custom.metadata.redirect_uris, ["http://127.0.0.1:8080/cb"]);
        assert_eq!(
            custom.metadata.scope.as_deref(),
            Some("atproto transition:generic")
        );
        assert!(client("http://localhost?redirect_uri=http%3A%2F%2Flocalhost%2Fcb").is_err());
        assert!(client("http://localhost?scope=transition%3Ageneric").is_err());
        assert!(client("http://localhost:3000").is_err());
        assert!(client("http://localhost?foo=bar").is_err());
        assert!(is_loopback_id("http://localhost?x"));
        assert!(!is_loopback_id("http://localhost.evil.example"));
    }
}
