//! Fetching client metadata documents and JWKS: https only, no port, no redirects, 10 s, at most 64 KiB,
//! and never to a private, loopback or link-local address (checked on every address the name resolves
//! to, by the resolver the HTTP client connects through, so a DNS answer cannot slip one past). Results
//! are cached for ten minutes.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::{Client, ClientMetadata, Jwks};
use crate::oauth::error::{ErrorCode, OAuthError};

/// Largest document read.
const MAX_BYTES: usize = 64 * 1024;
/// How long a fetched document is reused.
const CACHE_FOR: Duration = Duration::from_secs(600);
/// The most documents cached.
const CACHE_ENTRIES: usize = 1000;

/// Whether an address is one a server must never be made to fetch from.
pub(crate) fn is_forbidden(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_multicast()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (b == 18 || b == 19))
                || a >= 240
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_forbidden(IpAddr::V4(v4));
            }
            let segments = v6.segments();
            // NAT64 (64:ff9b::/96) reaches the IPv4 address in its last 32 bits.
            if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                let [.., a, b, c, d] = v6.octets();
                return is_forbidden(IpAddr::V4(std::net::Ipv4Addr::new(a, b, c, d)));
            }
            let first = segments[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
        }
    }
}

/// A resolver that drops forbidden addresses and fails when none is left.
struct PublicOnly;

impl reqwest::dns::Resolve for PublicOnly {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 443))
                .await?
                .filter(|a| !is_forbidden(a.ip()))
                .collect();
            if addresses.is_empty() {
                return Err(format!("{host} has no public address").into());
            }
            let addresses: reqwest::dns::Addrs = Box::new(addresses.into_iter());
            Ok(addresses)
        })
    }
}

/// The fetcher and its cache.
pub struct Fetcher {
    http: reqwest::Client,
    cache: Mutex<HashMap<String, (Instant, Arc<Client>)>>,
    jwks: Mutex<HashMap<String, (Instant, Arc<Jwks>)>>,
}

fn refused(message: impl Into<String>) -> OAuthError {
    OAuthError::new(ErrorCode::InvalidClient, message)
}

/// Checks that `url` is an https URL on a host name (no IP literal, no port, no credentials).
pub(crate) fn check_url(url: &str) -> Result<reqwest::Url, OAuthError> {
    let parsed = reqwest::Url::parse(url).map_err(|_| refused("Invalid URL"))?;
    if parsed.scheme() != "https" {
        return Err(refused("Client URLs must be https"));
    }
    if !matches!(parsed.host(), Some(url::Host::Domain(_))) {
        return Err(refused("Client URLs must name a host"));
    }
    if parsed.port().is_some() || !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(refused("Client URLs may not have a port or credentials"));
    }
    if parsed.fragment().is_some() {
        return Err(refused("Client URLs may not have a fragment"));
    }
    Ok(parsed)
}

impl Fetcher {
    pub(crate) fn new() -> Result<Fetcher, reqwest::Error> {
        // reqwest is built without a default TLS provider; install ring (an error means one already is).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .dns_resolver(Arc::new(PublicOnly))
            // A proxy from the environment would resolve the name itself, past our resolver.
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("atmos-pds/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Fetcher {
            http,
            cache: Mutex::default(),
            jwks: Mutex::default(),
        })
    }

    async fn get_json<T: serde::de::DeserializeOwned>(&self, url: &str) -> Result<T, OAuthError> {
        let url = check_url(url)?;
        let failed = |what: String| refused(format!("Failed to fetch {url}: {what}"));
        let mut response = self
            .http
            .get(url.clone())
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| failed(chain(&e)))?;
        if response.status() != reqwest::StatusCode::OK {
            return Err(failed(format!("status {}", response.status())));
        }
        let mime = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(|v| v.trim().to_ascii_lowercase());
        if mime.as_deref() != Some("application/json") {
            return Err(failed("not application/json".into()));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| failed(e.to_string()))? {
            if body.len() + chunk.len() > MAX_BYTES {
                return Err(failed("document too large".into()));
            }
            body.extend_from_slice(&chunk);
        }
        serde_json::from_slice(&body).map_err(|e| failed(e.to_string()))
    }

    /// The client named `client_id` (loopback, or a fetched and checked document).
    pub(crate) async fn client(&self, client_id: &str) -> Result<Arc<Client>, OAuthError> {
        if super::loopback::is_loopback_id(client_id) {
            return Ok(Arc::new(super::loopback::client(client_id)?));
        }
        let now = Instant::now();
        if let Some((at, client)) = lock(&self.cache).get(client_id)
            && now.duration_since(*at) < CACHE_FOR
        {
            return Ok(client.clone());
        }
        let metadata: ClientMetadata = self.get_json(client_id).await?;
        let client = Arc::new(Client::checked(client_id, metadata)?);
        let mut cache = lock(&self.cache);
        if cache.len() >= CACHE_ENTRIES {
            cache.retain(|_, (at, _)| now.duration_since(*at) < CACHE_FOR);
        }
        cache.insert(client_id.to_owned(), (now, client.clone()));
        Ok(client)
    }

    /// A confidential client's keys: its `jwks`, or its `jwks_uri` fetched (cached).
    pub(crate) async fn keys(&self, client: &Client) -> Result<Arc<Jwks>, OAuthError> {
        if let Some(jwks) = &client.metadata.jwks {
            return Ok(Arc::new(jwks.clone()));
        }
        let uri = client
            .metadata
            .jwks_uri
            .as_deref()
            .ok_or_else(|| refused("The client has no keys"))?;
        let now = Instant::now();
        if let Some((at, jwks)) = lock(&self.jwks).get(uri)
            && now.duration_since(*at) < CACHE_FOR
        {
            return Ok(jwks.clone());
        }
        let jwks: Arc<Jwks> = Arc::new(self.get_json(uri).await?);
        let mut cache = lock(&self.jwks);
        if cache.len() >= CACHE_ENTRIES {
            cache.retain(|_, (at, _)| now.duration_since(*at) < CACHE_FOR);
        }
        cache.insert(uri.to_owned(), (now, jwks.clone()));
        Ok(jwks)
    }
}

/// An error and its causes, one line.
fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A cache poisoned by a panic is still a valid cache.
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_and_special_addresses_are_forbidden() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "224.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(is_forbidden(ip.parse().unwrap()), "{ip}");
        }
        for ip in [
            "93.184.216.34",
            "2606:4700::1111",
            "8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(!is_forbidden(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn only_https_host_names_without_ports() {
        assert!(check_url("https://app.example/client-metadata.json").is_ok());
        for url in [
            "http://app.example/c.json",
            "https://127.0.0.1/c.json",
            "https://[::1]/c.json",
            "https://app.example:8443/c.json",
            "https://u:p@app.example/c.json",
        ] {
            assert!(check_url(url).is_err(), "{url}");
        }
    }

    #[tokio::test]
    async fn a_name_that_resolves_to_loopback_is_not_fetched() {
        let fetcher = Fetcher::new().unwrap();
        let refused = fetcher
            .client("https://localhost/client-metadata.json")
            .await
            .unwrap_err();
        assert!(
            refused.description.contains("no public address"),
            "{refused}"
        );
    }
}
