//! OAuth clients: their metadata (the development loopback client's is derived from its `client_id`;
//! any other is an https document fetched SSRF-safely and cached), the checks the spec puts on it, which
//! redirect URIs a request may use, and how a client authenticates (none, or `private_key_jwt`).

pub(crate) mod assertion;
pub(crate) mod fetch;
pub(crate) mod loopback;

use serde::{Deserialize, Serialize};

use super::error::OAuthError;

/// A client's metadata document: the fields this server reads.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub(crate) struct ClientMetadata {
    pub client_id: String,
    #[serde(default)]
    pub redirect_uris: Vec<String>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub grant_types: Vec<String>,
    #[serde(default)]
    pub response_types: Vec<String>,
    #[serde(default)]
    pub token_endpoint_auth_method: Option<String>,
    #[serde(default)]
    pub token_endpoint_auth_signing_alg: Option<String>,
    #[serde(default)]
    pub application_type: Option<String>,
    #[serde(default)]
    pub dpop_bound_access_tokens: bool,
    #[serde(default)]
    pub jwks: Option<Jwks>,
    #[serde(default)]
    pub jwks_uri: Option<String>,
    #[serde(default)]
    pub client_name: Option<String>,
    #[serde(default)]
    pub client_uri: Option<String>,
    #[serde(default)]
    pub logo_uri: Option<String>,
    #[serde(default)]
    pub tos_uri: Option<String>,
    #[serde(default)]
    pub policy_uri: Option<String>,
}

/// A JSON Web Key Set.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub(crate) struct Jwks {
    pub keys: Vec<serde_json::Value>,
}

/// A client whose metadata passed the checks.
#[derive(Clone, Debug)]
pub(crate) struct Client {
    pub id: String,
    pub metadata: ClientMetadata,
    /// The development loopback client (`http://localhost…`).
    pub loopback: bool,
}

/// How a client authenticated, stored with its requests and sessions: a refresh must authenticate the
/// same way (a confidential client with the same key).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(tag = "method")]
pub(crate) enum ClientAuth {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "private_key_jwt")]
    PrivateKeyJwt {
        kid: Option<String>,
        alg: String,
        jkt: String,
    },
}

impl ClientAuth {
    pub(crate) fn is_confidential(&self) -> bool {
        matches!(self, ClientAuth::PrivateKeyJwt { .. })
    }
}

fn invalid_metadata(message: impl Into<String>) -> OAuthError {
    OAuthError::new(
        super::error::ErrorCode::InvalidClient,
        format!("Invalid client metadata: {}", message.into()),
    )
}

impl Client {
    /// The scopes the client registered (`atproto` when it names none).
    pub(crate) fn scopes(&self) -> impl Iterator<Item = &str> {
        self.metadata
            .scope
            .as_deref()
            .unwrap_or("atproto")
            .split(' ')
            .filter(|s| !s.is_empty())
    }

    /// Whether `uri` is one of the client's redirect URIs. For loopback IP redirects (RFC 8252 §7.3) the
    /// port is not compared: a native app listens on whatever port it got.
    pub(crate) fn allows_redirect(&self, uri: &str) -> bool {
        self.metadata
            .redirect_uris
            .iter()
            .any(|registered| registered == uri || loopback::same_ignoring_port(registered, uri))
    }

    /// Checks a fetched (non-loopback) document against the spec's rules (§ Clients).
    pub(crate) fn checked(id: &str, metadata: ClientMetadata) -> Result<Client, OAuthError> {
        if metadata.client_id != id {
            return Err(invalid_metadata(
                "client_id does not match the document's URL",
            ));
        }
        let has = |list: &[String], value: &str| list.iter().any(|v| v == value);
        if !has(&metadata.grant_types, "authorization_code") {
            return Err(invalid_metadata(
                "grant_types must include authorization_code",
            ));
        }
        if !has(&metadata.response_types, "code") {
            return Err(invalid_metadata("response_types must include code"));
        }
        if !metadata
            .scope
            .as_deref()
            .is_some_and(|s| s.split(' ').any(|s| s == "atproto"))
        {
            return Err(invalid_metadata("scope must include atproto"));
        }
        if !metadata.dpop_bound_access_tokens {
            return Err(invalid_metadata("dpop_bound_access_tokens must be true"));
        }
        if metadata.redirect_uris.is_empty() {
            return Err(invalid_metadata("redirect_uris is empty"));
        }
        let host = reqwest::Url::parse(id)
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
            .ok_or_else(|| invalid_metadata("client_id is not a URL"))?;
        let native = match metadata.application_type.as_deref() {
            None | Some("web") => false,
            Some("native") => true,
            Some(_) => return Err(invalid_metadata("unknown application_type")),
        };
        for uri in &metadata.redirect_uris {
            redirect_uri_allowed(uri, &host, native)?;
        }
        match metadata.token_endpoint_auth_method.as_deref() {
            Some("none") => {}
            Some("private_key_jwt") => {
                if metadata.jwks.is_some() == metadata.jwks_uri.is_some() {
                    return Err(invalid_metadata(
                        "exactly one of jwks and jwks_uri is required",
                    ));
                }
                if let Some(uri) = &metadata.jwks_uri
                    && !uri.starts_with("https://")
                {
                    return Err(invalid_metadata("jwks_uri must be https"));
                }
            }
            _ => {
                return Err(invalid_metadata(
                    "token_endpoint_auth_method must be none or private_key_jwt",
                ));
            }
        }
        if let Some(uri) = &metadata.client_uri
            && reqwest::Url::parse(uri)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .as_deref()
                != Some(host.as_str())
        {
            return Err(invalid_metadata(
                "client_uri must share the client_id's host",
            ));
        }
        for uri in [&metadata.logo_uri, &metadata.tos_uri, &metadata.policy_uri]
            .into_iter()
            .flatten()
        {
            if !uri.starts_with("https://") {
                return Err(invalid_metadata(
                    "logo_uri, tos_uri and policy_uri must be https",
                ));
            }
        }
        Ok(Client {
            id: id.to_owned(),
            metadata,
            loopback: false,
        })
    }
}

/// A web client redirects to https URLs; a native one to a custom scheme that is its reversed host
/// (`scheme:/path`), or to https on its own host.
fn redirect_uri_allowed(uri: &str, host: &str, native: bool) -> Result<(), OAuthError> {
    let parsed = reqwest::Url::parse(uri)
        .map_err(|_| invalid_metadata(format!("bad redirect_uri {uri}")))?;
    if parsed.fragment().is_some() {
        return Err(invalid_metadata("redirect_uris may not have a fragment"));
    }
    match parsed.scheme() {
        "https" if !native || parsed.host_str() == Some(host) => Ok(()),
        "http" if native && loopback::is_loopback_ip_url(&parsed) => Ok(()),
        scheme if native && scheme.contains('.') => {
            let reversed: Vec<&str> = host.split('.').rev().collect();
            if scheme == reversed.join(".")
                && uri.starts_with(&format!("{scheme}:/"))
                && !uri.starts_with(&format!("{scheme}://"))
            {
                Ok(())
            } else {
                Err(invalid_metadata(format!(
                    "a native client's custom scheme must be its reversed host, as scheme:/path ({uri})"
                )))
            }
        }
        _ => Err(invalid_metadata(format!("redirect_uri not allowed: {uri}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata() -> ClientMetadata {
        ClientMetadata {
            client_id: "https://app.example/client-metadata.json".into(),
            redirect_uris: vec!["https://app.example/callback".into()],
            scope: Some("atproto transition:generic".into()),
            grant_types: vec!["authorization_code".into(), "refresh_token".into()],
            response_types: vec!["code".into()],
            token_endpoint_auth_method: Some("none".into()),
            dpop_bound_access_tokens: true,
            ..ClientMetadata::default()
        }
    }

    #[test]
    fn fetched_metadata_is_checked() {
        let id = "https://app.example/client-metadata.json";
        assert!(Client::checked(id, metadata()).is_ok());
        let refused = |change: fn(&mut ClientMetadata)| {
            let mut m = metadata();
            change(&mut m);
            Client::checked(id, m).is_err()
        };
        assert!(refused(
            |m| m.client_id = "https://other.example/x.json".into()
        ));
        assert!(refused(|m| m.dpop_bound_access_tokens = false));
        assert!(refused(|m| m.scope = Some("transition:generic".into())));
        assert!(refused(
            |m| m.redirect_uris = vec!["http://app.example/cb".into()]
        ));
        assert!(refused(
            |m| m.token_endpoint_auth_method = Some("client_secret_basic".into())
        ));
        assert!(refused(
            |m| m.token_endpoint_auth_method = Some("private_key_jwt".into())
        ));
        assert!(refused(
            |m| m.client_uri = Some("https://elsewhere.example".into())
        ));
        let mut native = metadata();
        native.application_type = Some("native".into());
        native.redirect_uris = vec!["example.app:/callback".into()];
        assert!(Client::checked(id, native.clone()).is_ok());
        native.redirect_uris = vec!["com.other:/callback".into()];
        assert!(Client::checked(id, native).is_err());
    }

    #[test]
    fn redirects_match_exactly_except_loopback_ports() {
        let client =
            Client::checked("https://app.example/client-metadata.json", metadata()).unwrap();
        assert!(client.allows_redirect("https://app.example/callback"));
        assert!(!client.allows_redirect("https://app.example/callback2"));
        let loopback =
            loopback::client("http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb").unwrap();
        assert!(loopback.allows_redirect("http://127.0.0.1:4567/cb"));
        assert!(!loopback.allows_redirect("http://127.0.0.1:4567/other"));
        assert!(!loopback.allows_redirect("http://evil.example/cb"));
    }
}
