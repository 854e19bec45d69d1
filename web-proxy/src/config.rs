//! The TOML config file: its format, defaults and validation into a typed [`Config`].
//!
//! See `web-proxy/atmos.example.toml` for a documented example.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use hyper::StatusCode;
use hyper::http::uri::Authority;
use serde::Deserialize;

use crate::forwarded::{InvalidRange, TrustedProxies};
use crate::origin::Scheme;
use crate::routing::{
    CanonicalHost, CanonicalRedirect, Host, HostPattern, PathPattern, RouteTable, Rule, Target,
};

/// A validated configuration.
#[derive(Clone, Debug)]
pub struct Config {
    pub listen: SocketAddr,
    /// The scheme of the public URLs when no trusted `X-Forwarded-Proto` says otherwise.
    pub public_scheme: Scheme,
    pub routes: RouteTable,
    pub pds: Upstream,
    pub app: App,
    pub trusted_proxies: TrustedProxies,
    pub synthesize_sec_fetch: bool,
    pub timeouts: Timeouts,
}

/// An HTTP/1.1 upstream on a private network or loopback (no TLS).
#[derive(Clone, Debug)]
pub struct Upstream {
    /// `pds` or `app`, for logs and error pages.
    pub name: &'static str,
    pub authority: Authority,
}

/// Where the web app is served from.
#[derive(Clone, Debug)]
pub enum App {
    Upstream(Upstream),
    Static(StaticDir),
}

#[derive(Clone, Debug)]
pub struct StaticDir {
    pub dir: PathBuf,
    /// File (relative to `dir`) served for unknown page paths, for client-side routing.
    pub spa_fallback: Option<String>,
}

#[derive(Clone, Copy, Debug)]
pub struct Timeouts {
    /// TCP connect to an upstream.
    pub connect: Duration,
    /// From sending a request upstream until its response headers arrive (bodies may stream longer).
    pub response_header: Duration,
    /// How long a client may take to send request headers (slowloris guard).
    pub client_header: Duration,
    /// Idle pooled upstream connections are closed after this.
    pub pool_idle: Duration,
    /// On shutdown, how long in-flight requests get before connections are cut.
    pub shutdown_grace: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid config: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("invalid `{name}.url` {url:?}: {reason}")]
    Upstream {
        name: &'static str,
        url: String,
        reason: &'static str,
    },
    #[error("`[app]` needs exactly one of `url` or `static_dir`")]
    AppTarget,
    #[error("invalid `domain.apex` {0:?}: expected a bare domain like atmos.cv")]
    Apex(String),
    #[error("`domain.redirect_status` {0} is not one of 301, 302, 303, 307, 308")]
    RedirectStatus(u16),
    #[error("invalid route #{index}: {reason}")]
    Route { index: usize, reason: String },
    #[error(transparent)]
    TrustedProxy(#[from] InvalidRange),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    listen: SocketAddr,
    #[serde(default)]
    public_scheme: Scheme,
    domain: Option<RawDomain>,
    pds: RawUpstream,
    app: RawApp,
    #[serde(default)]
    routes: Vec<RawRoute>,
    #[serde(default)]
    forwarding: RawForwarding,
    #[serde(default)]
    timeouts: RawTimeouts,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDomain {
    apex: String,
    canonical: Option<CanonicalHost>,
    #[serde(default = "default_redirect_status")]
    redirect_status: u16,
}

fn default_redirect_status() -> u16 {
    308
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUpstream {
    url: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApp {
    url: Option<String>,
    static_dir: Option<PathBuf>,
    #[serde(default = "default_spa_fallback")]
    spa_fallback: Option<String>,
}

fn default_spa_fallback() -> Option<String> {
    Some("index.html".to_owned())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    #[serde(default)]
    host: Option<String>,
    path: String,
    to: Target,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForwarding {
    #[serde(default)]
    trusted_proxies: Vec<String>,
    #[serde(default = "yes")]
    synthesize_sec_fetch: bool,
}

impl Default for RawForwarding {
    fn default() -> Self {
        RawForwarding {
            trusted_proxies: Vec::new(),
            synthesize_sec_fetch: true,
        }
    }
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RawTimeouts {
    connect_ms: u64,
    response_header_ms: u64,
    client_header_ms: u64,
    pool_idle_ms: u64,
    shutdown_grace_ms: u64,
}

impl Default for RawTimeouts {
    fn default() -> Self {
        RawTimeouts {
            connect_ms: 3_000,
            response_header_ms: 60_000,
            client_header_ms: 30_000,
            pool_idle_ms: 90_000,
            shutdown_grace_ms: 10_000,
        }
    }
}

impl Config {
    /// Reads a config file; a relative `static_dir` is relative to the file's directory.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        Config::from_toml(&text, base)
    }

    /// Parses and validates config text; a relative `static_dir` is joined to `base`.
    pub fn from_toml(text: &str, base: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text)?;

        let pds = upstream("pds", &raw.pds.url)?;
        let app = match (raw.app.url, raw.app.static_dir) {
            (Some(url), None) => App::Upstream(upstream("app", &url)?),
            (None, Some(dir)) => App::Static(StaticDir {
                dir: base.join(dir),
                spa_fallback: raw.app.spa_fallback.filter(|file| !file.is_empty()),
            }),
            _ => return Err(ConfigError::AppTarget),
        };

        let (apex, canonical) = match raw.domain {
            None => (None, None),
            Some(domain) => {
                let host = Host::parse(&domain.apex)
                    .map_err(|_| ConfigError::Apex(domain.apex.clone()))?;
                if host.port().is_some() || host.name().starts_with('[') {
                    return Err(ConfigError::Apex(domain.apex));
                }
                let status = StatusCode::from_u16(domain.redirect_status)
                    .ok()
                    .filter(|s| matches!(s.as_u16(), 301 | 302 | 303 | 307 | 308))
                    .ok_or(ConfigError::RedirectStatus(domain.redirect_status))?;
                let canonical = domain.canonical.map(|to| CanonicalRedirect { to, status });
                (Some(host.name().to_owned()), canonical)
            }
        };

        let custom = raw
            .routes
            .into_iter()
            .enumerate()
            .map(|(index, route)| {
                let host_text = route.host.as_deref().unwrap_or("*");
                let host = HostPattern::parse(host_text).ok_or_else(|| ConfigError::Route {
                    index,
                    reason: format!(
                        "bad host pattern {host_text:?} (use `*`, `*.domain` or a host)"
                    ),
                })?;
                let path = PathPattern::parse(&route.path).ok_or_else(|| ConfigError::Route {
                    index,
                    reason: format!(
                        "bad path pattern {:?} (use `/x`, `/x/*` or `/x*`)",
                        route.path
                    ),
                })?;
                Ok(Rule {
                    host,
                    path,
                    target: route.to,
                })
            })
            .collect::<Result<Vec<_>, ConfigError>>()?;

        let trusted_proxies =
            TrustedProxies::parse(raw.forwarding.trusted_proxies.iter().map(String::as_str))?;
        let t = raw.timeouts;
        Ok(Config {
            listen: raw.listen,
            public_scheme: raw.public_scheme,
            routes: RouteTable::new(apex, canonical, custom),
            pds,
            app,
            trusted_proxies,
            synthesize_sec_fetch: raw.forwarding.synthesize_sec_fetch,
            timeouts: Timeouts {
                connect: Duration::from_millis(t.connect_ms),
                response_header: Duration::from_millis(t.response_header_ms),
                client_header: Duration::from_millis(t.client_header_ms),
                pool_idle: Duration::from_millis(t.pool_idle_ms),
                shutdown_grace: Duration::from_millis(t.shutdown_grace_ms),
            },
        })
    }
}

fn upstream(name: &'static str, url: &str) -> Result<Upstream, ConfigError> {
    let fail = |reason| ConfigError::Upstream {
        name,
        url: url.to_owned(),
        reason,
    };
    let uri: hyper::Uri = url.parse().map_err(|_| fail("not a URL"))?;
    if uri.scheme_str() != Some("http") {
        return Err(fail(
            "only http:// upstreams are supported (TLS ends at the edge)",
        ));
    }
    if !matches!(uri.path(), "" | "/") || uri.query().is_some() {
        return Err(fail("must not have a path or query"));
    }
    let authority = uri
        .authority()
        .cloned()
        .ok_or_else(|| fail("missing host"))?;
    if authority.as_str().contains('@') {
        return Err(fail("must not contain user info"));
    }
    Ok(Upstream { name, authority })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
        listen = "127.0.0.1:0"
        [pds]
        url = "http://127.0.0.1:2583"
        [app]
        url = "http://127.0.0.1:3000/"
    "#;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::from_toml(text, Path::new("/srv"))
    }

    #[test]
    fn minimal_config_has_defaults() {
        let config = parse(MINIMAL).unwrap();
        assert_eq!(config.public_scheme, Scheme::Http);
        assert_eq!(config.pds.authority.as_str(), "127.0.0.1:2583");
        assert!(config.synthesize_sec_fetch);
        assert_eq!(config.timeouts.connect, Duration::from_secs(3));
        assert_eq!(config.routes.target("atmos.cv", "/xrpc/x"), Target::Pds);
    }

    #[test]
    fn the_example_config_parses() {
        let text = include_str!("../atmos.example.toml");
        let config = parse(text).unwrap();
        assert_eq!(config.routes.apex(), Some("atmos.cv"));
        assert_eq!(config.public_scheme, Scheme::Https);
    }

    #[test]
    fn static_dir_is_relative_to_the_config_file() {
        let text = MINIMAL.replace("url = \"http://127.0.0.1:3000/\"", "static_dir = \"dist\"");
        let App::Static(dir) = parse(&text).unwrap().app else {
            panic!("expected static")
        };
        assert_eq!(dir.dir, Path::new("/srv/dist"));
        assert_eq!(dir.spa_fallback.as_deref(), Some("index.html"));
    }

    #[test]
    fn rejects_bad_configs() {
        let cases = [
            MINIMAL.replace("http://127.0.0.1:2583", "https://pds"),
            MINIMAL.replace("http://127.0.0.1:2583", "http://pds/base"),
            MINIMAL.replace("url = \"http://127.0.0.1:3000/\"", ""),
            MINIMAL.replace(
                "url = \"http://127.0.0.1:3000/\"",
                "url = \"http://a\"\nstatic_dir = \"d\"",
            ),
            format!("{MINIMAL}\n[domain]\napex = \"atmos.cv:80\""),
            format!("{MINIMAL}\n[domain]\napex = \"atmos.cv\"\nredirect_status = 200"),
            format!("{MINIMAL}\n[[routes]]\npath = \"xrpc\"\nto = \"pds\""),
            format!("{MINIMAL}\n[[routes]]\npath = \"/x\"\nto = \"elsewhere\""),
            format!("{MINIMAL}\n[forwarding]\ntrusted_proxies = [\"10.0.0.0/99\"]"),
            format!("{MINIMAL}\nunknown_key = 1"),
        ];
        for case in cases {
            assert!(parse(&case).is_err(), "accepted:\n{case}");
        }
    }
}
