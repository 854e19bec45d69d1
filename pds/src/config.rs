//! The server's configuration: a TOML file and/or `PDS_*` environment variables (environment wins), with
//! `localhost` defaults so `pds serve` runs on a fresh machine with no other service. The reference PDS's
//! variable names are accepted too (`reference_env.rs`, `docs/reference-config.md`).

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod blobstore;
mod reference_env;

/// Every setting, after defaults are applied. Secrets (keys, JWT secret) are generated under the data
/// directory on first start unless given here.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Public hostname (`PDS_HOSTNAME`). `localhost` means local development: plain HTTP and the port in URLs.
    pub hostname: String,
    /// Port to listen on (`PDS_PORT`, 0 picks a free one).
    pub port: u16,
    /// Address to listen on (`PDS_BIND`).
    pub bind: IpAddr,
    /// The public URL clients and DID documents use (`PDS_PUBLIC_URL`); default `https://<hostname>`, or
    /// `http://localhost:<port>` for `localhost`.
    pub public_url: Option<String>,
    /// Where the database, blobs, secrets and the mail outbox live (`PDS_DATA_DIR`).
    pub data_dir: PathBuf,
    /// Where blobs live (`PDS_BLOBS_DIR`); default `<data_dir>/blobs`. See [`Config::blobs_dir`].
    pub blobs_dir: Option<PathBuf>,
    /// PLC directory URL (`PDS_PLC_URL`); unset: the embedded directory, served under `/plc`.
    pub plc_url: Option<String>,
    /// Domains under which handles are offered, each starting with `.` (`PDS_SERVICE_HANDLE_DOMAINS`, comma
    /// separated). Unset (empty): `.<hostname>`, or `.test` for `localhost`, as the reference; see
    /// [`Config::handle_domains`].
    pub service_handle_domains: Vec<String>,
    /// The service's DID (`PDS_SERVICE_DID`); default `did:web:<hostname>`.
    pub service_did: Option<String>,
    /// The PDS rotation key for did:plc operations, hex k256 (`PDS_ROTATION_KEY`); generated if unset.
    pub rotation_key: Option<String>,
    /// Secret for session JWTs (`PDS_JWT_SECRET`); generated if unset.
    pub jwt_secret: Option<String>,
    /// Admin password for basic auth as `admin` (`PDS_ADMIN_PASSWORD`); admin endpoints are off if unset.
    pub admin_password: Option<String>,
    /// Whether createAccount needs an invite code (`PDS_INVITE_REQUIRED`).
    pub invite_required: bool,
    /// Largest blob upload and (unless `repo_import_limit`) repository import, bytes (`PDS_BLOB_UPLOAD_LIMIT`).
    pub blob_upload_limit: u64,
    /// S3-compatible object storage for blobs (table `[blobstore_s3]`, or the reference's
    /// `PDS_BLOBSTORE_S3_*`); unset: blobs are files under [`Config::blobs_dir`].
    pub blobstore_s3: Option<crate::blob::S3Settings>,
    /// How long a blob no record references is kept, seconds (`PDS_BLOB_GRACE_SECS`, an hour): an upload
    /// not yet used, or a blob whose last record went (it can be referenced again meanwhile).
    pub blob_grace_secs: i64,
    /// The default quota of an account's blob bytes, temporary uploads included (`PDS_BLOB_QUOTA_BYTES`;
    /// unset: none). `pds account quota` sets one account's.
    pub blob_quota_bytes: Option<u64>,
    /// The default quota of an account's repository bytes (`PDS_REPO_QUOTA_BYTES`; unset: none).
    pub repo_quota_bytes: Option<u64>,
    /// Largest importRepo body, bytes (`PDS_REPO_IMPORT_LIMIT`).
    pub repo_import_limit: Option<u64>,
    /// Largest JSON body for record writes, bytes (`PDS_JSON_LIMIT`).
    pub json_limit: usize,
    /// Connection limits and timeouts (table `[connections]`; `PDS_HEADERS_TIMEOUT`, ...; see [`Connections`]).
    pub connections: Connections,
    /// Whether rate limits apply (`PDS_RATE_LIMITS`).
    pub rate_limits: bool,
    /// Points replacing a rate limit's default, by limit name (`login-5m`, `login-day`, `create-account-5m`,
    /// `repo-write-hour`, `repo-write-day`, `password-reset-hour`, `password-reset-day`, `sign-in-code-hour`,
    /// `sign-in-code-day`); `PDS_RATE_LIMIT_POINTS` as `name=points,name=points`.
    pub rate_limit_points: std::collections::HashMap<String, u32>,
    /// Directory where outgoing mail is written, one file per message (`PDS_MAIL_OUTBOX`); default `<data>/outbox`.
    pub mail_outbox: Option<PathBuf>,
    /// SMTP relay (`PDS_EMAIL_SMTP_URL`): `smtps://user:pass@host[:465]`, `smtp://...` (STARTTLS, port 587) or
    /// `smtp+plain://host[:25]`; unset: mail goes to the outbox.
    pub smtp_url: Option<String>,
    /// Sender address of outgoing mail (`PDS_MAIL_FROM`).
    pub mail_from: String,
    /// Whether importRepo is accepted (`PDS_ACCEPTING_REPO_IMPORTS`).
    pub accepting_repo_imports: bool,
    /// Contact email advertised by describeServer (`PDS_CONTACT_EMAIL`).
    pub contact_email: Option<String>,
    /// The AppView unknown `app.bsky.*` / `chat.bsky.*` calls are proxied to (`PDS_BSKY_APP_VIEW_DID`): its
    /// DID as the reference takes it (`did:web:api.bsky.app`, service `#bsky_appview`), or `did#service_id`;
    /// unset: no proxying. See [`Config::appview`].
    pub appview_did: Option<String>,
    /// Local development mode (`PDS_DEV_MODE`, as the reference's): `atproto-proxy` may reach services whose
    /// DID document names a plain `http` endpoint (a local labeler, chat or notification service). Unset: on
    /// for the `localhost` hostname, off otherwise. See [`Config::dev_mode`].
    pub dev_mode: Option<bool>,
    /// The AppView's URL (`PDS_BSKY_APP_VIEW_URL`); unset: taken from its DID document.
    pub appview_url: Option<String>,
    /// Memory for decoded records kept for `getRecord`/`listRecords`, bytes (`PDS_RECORD_CACHE_BYTES`,
    /// default 128 MiB, 0 turns the cache off).
    pub record_cache_bytes: usize,
    /// Relays asked to crawl this server (`com.atproto.sync.requestCrawl`) on start and when new events
    /// appear, at most once per `crawl_interval_ms` each (`PDS_CRAWLERS`, comma-separated URLs or hosts;
    /// e.g. `https://bsky.network`). Empty: no relay is told.
    pub crawlers: Vec<String>,
    /// The least time between two crawl requests to one relay (`PDS_CRAWL_INTERVAL_MS`, 20 minutes as the
    /// reference).
    pub crawl_interval_ms: u64,
    /// The wait before retrying a failed crawl request, doubled on each failure up to `crawl_interval_ms`
    /// (`PDS_CRAWL_RETRY_MS`, 30 seconds).
    pub crawl_retry_ms: u64,
    /// Whether session responses (`createSession`, `refreshSession`, `getSession`, `createAccount`) carry
    /// the account's DID document (`PDS_ENABLE_DID_DOC_WITH_SESSION`, off as the reference). Clients that
    /// follow it would send a migrating account's requests to the PDS the document still names.
    pub enable_did_doc_with_session: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            hostname: "localhost".into(),
            port: 2583,
            bind: IpAddr::from([127, 0, 0, 1]),
            public_url: None,
            data_dir: PathBuf::from("pds-data"),
            blobs_dir: None,
            plc_url: None,
            service_handle_domains: Vec::new(),
            service_did: None,
            rotation_key: None,
            jwt_secret: None,
            admin_password: None,
            invite_required: false,
            blob_upload_limit: 5 * 1024 * 1024,
            blobstore_s3: None,
            blob_grace_secs: 60 * 60,
            blob_quota_bytes: None,
            repo_quota_bytes: None,
            repo_import_limit: None,
            json_limit: 1_000_000,
            connections: Connections::default(),
            record_cache_bytes: crate::storage::DEFAULT_RECORD_CACHE_BYTES,
            rate_limits: true,
            rate_limit_points: Default::default(),
            mail_outbox: None,
            smtp_url: None,
            mail_from: "noreply@localhost".into(),
            accepting_repo_imports: true,
            contact_email: None,
            appview_did: None,
            dev_mode: None,
            appview_url: None,
            crawlers: Vec::new(),
            crawl_interval_ms: 20 * 60 * 1000,
            crawl_retry_ms: 30 * 1000,
            enable_did_doc_with_session: false,
        }
    }
}

/// How long the server waits for a client and how much it lets one hold. Times are milliseconds, as the
/// reference's `PDS_*_TIMEOUT` settings.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Connections {
    /// Longest wait for a request's headers, from its first byte (from the connection's start for the
    /// first request) (`PDS_HEADERS_TIMEOUT`). A client still sending them then gets 408.
    pub headers_timeout_ms: u64,
    /// Longest wait for the next piece of a request body (`PDS_BODY_TIMEOUT`); then 408.
    pub body_timeout_ms: u64,
    /// Longest time to read a whole request body, however steadily it arrives (`PDS_REQUEST_TIMEOUT`); then 408.
    pub request_timeout_ms: u64,
    /// How long an idle keep-alive connection stays open between requests (`PDS_KEEP_ALIVE_TIMEOUT`).
    pub keep_alive_timeout_ms: u64,
    /// Most header lines in a request (`PDS_MAX_HEADERS`); more gets 431.
    pub max_headers: usize,
    /// Largest request head (request line and headers), bytes (`PDS_MAX_HEADER_SIZE`); larger gets 431.
    pub max_header_size: usize,
    /// Most open connections from one client address (`PDS_MAX_CONNECTIONS_PER_IP`, 0: no cap); more are
    /// answered 429 and closed. Behind a reverse proxy every client shares the proxy's address: raise it.
    pub max_connections_per_ip: usize,
}

impl Default for Connections {
    fn default() -> Self {
        Connections {
            headers_timeout_ms: 10_000,
            body_timeout_ms: 30_000,
            request_timeout_ms: 300_000,
            // As the reference PDS sets on its server.
            keep_alive_timeout_ms: 90_000,
            max_headers: 100,
            max_header_size: 16 * 1024,
            max_connections_per_ip: 256,
        }
    }
}

impl Connections {
    fn apply_env(&mut self, env: &impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        from_env(env, "PDS_HEADERS_TIMEOUT", &mut self.headers_timeout_ms)?;
        from_env(env, "PDS_BODY_TIMEOUT", &mut self.body_timeout_ms)?;
        from_env(env, "PDS_REQUEST_TIMEOUT", &mut self.request_timeout_ms)?;
        from_env(
            env,
            "PDS_KEEP_ALIVE_TIMEOUT",
            &mut self.keep_alive_timeout_ms,
        )?;
        from_env(env, "PDS_MAX_HEADERS", &mut self.max_headers)?;
        from_env(env, "PDS_MAX_HEADER_SIZE", &mut self.max_header_size)?;
        from_env(
            env,
            "PDS_MAX_CONNECTIONS_PER_IP",
            &mut self.max_connections_per_ip,
        )?;
        Ok(())
    }

    fn check(&self) -> Result<(), ConfigError> {
        let timeouts = [
            ("headers_timeout_ms", self.headers_timeout_ms),
            ("body_timeout_ms", self.body_timeout_ms),
            ("request_timeout_ms", self.request_timeout_ms),
            ("keep_alive_timeout_ms", self.keep_alive_timeout_ms),
        ];
        if let Some((name, _)) = timeouts.iter().find(|(_, ms)| *ms == 0) {
            return Err(ConfigError::Invalid(format!("{name} must be above 0")));
        }
        if self.max_headers == 0 || self.max_header_size == 0 {
            return Err(ConfigError::Invalid(
                "max_headers and max_header_size must be above 0".into(),
            ));
        }
        Ok(())
    }
}

/// Sets `field` from variable `name`, if set.
fn from_env<T: std::str::FromStr>(
    env: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    field: &mut T,
) -> Result<(), ConfigError>
where
    T::Err: std::fmt::Display,
{
    if let Some(value) = env(name) {
        *field = value.trim().parse().map_err(|e: T::Err| ConfigError::Env {
            name,
            reason: e.to_string(),
        })?;
    }
    Ok(())
}

/// Why the configuration could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Toml {
        path: PathBuf,
        source: toml::de::Error,
    },
    #[error("environment variable {name}: {reason}")]
    Env { name: &'static str, reason: String },
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Reads `file` (if given), then applies `PDS_*` variables from `env`, then checks the result.
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Config, ConfigError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                toml::from_str(&text).map_err(|source| ConfigError::Toml {
                    path: path.to_owned(),
                    source,
                })?
            }
            None => Config::default(),
        };
        let env = |name: &str| env(name).filter(|v| !v.is_empty());
        reference_env::apply(&mut config, &env)?;
        config.apply_env(env)?;
        config.check()?;
        Ok(config)
    }

    fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        fn parsed<T: std::str::FromStr>(name: &'static str, value: String) -> Result<T, ConfigError>
        where
            T::Err: std::fmt::Display,
        {
            value.trim().parse().map_err(|e: T::Err| ConfigError::Env {
                name,
                reason: e.to_string(),
            })
        }
        let env = |name: &str| env(name).filter(|v| !v.is_empty());
        if let Some(v) = env("PDS_HOSTNAME") {
            self.hostname = v;
        }
        if let Some(v) = env("PDS_PORT") {
            self.port = parsed("PDS_PORT", v)?;
        }
        if let Some(v) = env("PDS_BIND") {
            self.bind = parsed("PDS_BIND", v)?;
        }
        if let Some(v) = env("PDS_PUBLIC_URL") {
            self.public_url = Some(v);
        }
        if let Some(v) = env("PDS_DATA_DIR") {
            self.data_dir = PathBuf::from(v);
        }
        if let Some(v) = env("PDS_BLOBS_DIR") {
            self.blobs_dir = Some(PathBuf::from(v));
        }
        if let Some(v) = env("PDS_PLC_URL") {
            self.plc_url = Some(v);
        }
        if let Some(v) = env("PDS_SERVICE_HANDLE_DOMAINS") {
            self.service_handle_domains = v.split(',').map(|d| d.trim().to_owned()).collect();
        }
        if let Some(v) = env("PDS_SERVICE_DID") {
            self.service_did = Some(v);
        }
        if let Some(v) = env("PDS_ROTATION_KEY") {
            self.rotation_key = Some(v);
        }
        if let Some(v) = env("PDS_JWT_SECRET") {
            self.jwt_secret = Some(v);
        }
        if let Some(v) = env("PDS_ADMIN_PASSWORD") {
            self.admin_password = Some(v);
        }
        if let Some(v) = env("PDS_INVITE_REQUIRED") {
            self.invite_required = reference_env::flag("PDS_INVITE_REQUIRED", &v)?;
        }
        if let Some(v) = env("PDS_BLOB_UPLOAD_LIMIT") {
            self.blob_upload_limit = parsed("PDS_BLOB_UPLOAD_LIMIT", v)?;
        }
        if let Some(v) = env("PDS_REPO_IMPORT_LIMIT") {
            self.repo_import_limit = Some(parsed("PDS_REPO_IMPORT_LIMIT", v)?);
        }
        if let Some(v) = env("PDS_RECORD_CACHE_BYTES") {
            self.record_cache_bytes = parsed("PDS_RECORD_CACHE_BYTES", v)?;
        }
        if let Some(v) = env("PDS_JSON_LIMIT") {
            self.json_limit = parsed("PDS_JSON_LIMIT", v)?;
        }
        self.connections.apply_env(&env)?;
        blobstore::apply_env(self, &env)?;
        if let Some(v) = env("PDS_RATE_LIMITS") {
            self.rate_limits = reference_env::flag("PDS_RATE_LIMITS", &v)?;
        }
        if let Some(v) = env("PDS_RATE_LIMIT_POINTS") {
            for pair in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let invalid = || ConfigError::Env {
                    name: "PDS_RATE_LIMIT_POINTS",
                    reason: format!("`{pair}` is not `name=points`"),
                };
                let (name, points) = pair.split_once('=').ok_or_else(invalid)?;
                let points = points.trim().parse().map_err(|_| invalid())?;
                self.rate_limit_points
                    .insert(name.trim().to_owned(), points);
            }
        }
        if let Some(v) = env("PDS_MAIL_OUTBOX") {
            self.mail_outbox = Some(PathBuf::from(v));
        }
        if let Some(v) = env("PDS_EMAIL_SMTP_URL") {
            self.smtp_url = Some(v);
        }
        if let Some(v) = env("PDS_MAIL_FROM") {
            self.mail_from = v;
        }
        if let Some(v) = env("PDS_ACCEPTING_REPO_IMPORTS") {
            self.accepting_repo_imports = reference_env::flag("PDS_ACCEPTING_REPO_IMPORTS", &v)?;
        }
        if let Some(v) = env("PDS_CONTACT_EMAIL") {
            self.contact_email = Some(v);
        }
        if let Some(v) = env("PDS_BSKY_APP_VIEW_DID") {
            self.appview_did = Some(v);
        }
        if let Some(v) = env("PDS_DEV_MODE") {
            self.dev_mode = Some(reference_env::flag("PDS_DEV_MODE", &v)?);
        }
        if let Some(v) = env("PDS_BSKY_APP_VIEW_URL") {
            self.appview_url = Some(v);
        }
        if let Some(v) = env("PDS_CRAWLERS") {
            self.crawlers = v
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect();
        }
        if let Some(v) = env("PDS_CRAWL_INTERVAL_MS") {
            self.crawl_interval_ms = parsed("PDS_CRAWL_INTERVAL_MS", v)?;
        }
        if let Some(v) = env("PDS_CRAWL_RETRY_MS") {
            self.crawl_retry_ms = parsed("PDS_CRAWL_RETRY_MS", v)?;
        }
        if let Some(v) = env("PDS_ENABLE_DID_DOC_WITH_SESSION") {
            self.enable_did_doc_with_session =
                reference_env::flag("PDS_ENABLE_DID_DOC_WITH_SESSION", &v)?;
        }
        Ok(())
    }

    fn check(&self) -> Result<(), ConfigError> {
        self.connections.check()?;
        blobstore::check(self)?;
        if self.hostname.is_empty() || self.hostname.contains(['/', ':', ' ']) {
            return Err(ConfigError::Invalid(format!(
                "hostname {:?} is not a bare host name",
                self.hostname
            )));
        }
        for domain in &self.handle_domains() {
            let bare = domain.strip_prefix('.').unwrap_or_default();
            if bare.is_empty()
                || format!("a.{bare}")
                    .parse::<lexgen::model::Handle>()
                    .is_err()
            {
                return Err(ConfigError::Invalid(format!(
                    "service handle domain {domain:?} must look like `.example.com`"
                )));
            }
        }
        if let Some(name) = self
            .rate_limit_points
            .keys()
            .find(|name| crate::rate_limit::by_name(name).is_none())
        {
            return Err(ConfigError::Invalid(format!(
                "rate_limit_points: no rate limit is called {name:?}"
            )));
        }
        if let Some(did) = &self.appview_did
            && !Self::is_appview_did(did)
        {
            return Err(ConfigError::Invalid(format!(
                "appview_did {did:?} must look like `did:web:api.example.com` \
                 (or `did:web:api.example.com#bsky_appview`)"
            )));
        }
        if let Some(url) = &self.smtp_url {
            crate::mail::smtp::Relay::parse(url).map_err(ConfigError::Invalid)?;
        }
        for crawler in &self.crawlers {
            crate::crawl::relay_url(crawler).map_err(ConfigError::Invalid)?;
        }
        if let Some(url) = &self.public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            return Err(ConfigError::Invalid(format!(
                "public_url {url:?} must be an http(s) URL"
            )));
        }
        Ok(())
    }

    /// The domains under which handles are offered: `service_handle_domains`, or when unset `.test` for
    /// `localhost` and `.<hostname>` otherwise, as the reference.
    pub(crate) fn handle_domains(&self) -> Vec<String> {
        if !self.service_handle_domains.is_empty() {
            return self.service_handle_domains.clone();
        }
        vec![match self.is_local() {
            true => ".test".to_owned(),
            false => format!(".{}", self.hostname),
        }]
    }

    /// Whether this is a local development setup (`localhost`).
    pub(crate) fn is_local(&self) -> bool {
        self.hostname == "localhost"
    }

    /// Whether the server runs in local development mode: `dev_mode`, else whether it is [`Config::is_local`].
    pub(crate) fn dev_mode(&self) -> bool {
        self.dev_mode.unwrap_or_else(|| self.is_local())
    }

    /// The AppView as `did#service_id`: `appview_did` as written when it names a service, else with the
    /// reference's service id `#bsky_appview`.
    pub(crate) fn appview(&self) -> Option<String> {
        let did = self.appview_did.as_deref()?;
        Some(if did.contains('#') {
            did.to_owned()
        } else {
            format!("{did}#bsky_appview")
        })
    }

    /// A DID (`did:` and more, no spaces), optionally followed by one non-empty `#service_id`.
    fn is_appview_did(text: &str) -> bool {
        let (did, id) = text.split_once('#').unwrap_or((text, "bsky_appview"));
        did.len() > "did:".len()
            && did.starts_with("did:")
            && !id.is_empty()
            && !id.contains('#')
            && !text.contains(char::is_whitespace)
    }

    /// The public URL, given the port actually bound.
    pub(crate) fn public_url(&self, bound_port: u16) -> String {
        match &self.public_url {
            Some(url) => url.trim_end_matches('/').to_owned(),
            None if self.is_local() => format!("http://localhost:{bound_port}"),
            None => format!("https://{}", self.hostname),
        }
    }

    /// The service DID (`did:web:<hostname>` unless configured; the port is encoded for localhost).
    pub(crate) fn service_did(&self, bound_port: u16) -> String {
        match &self.service_did {
            Some(did) => did.clone(),
            None if self.is_local() => format!("did:web:localhost%3A{bound_port}"),
            None => format!("did:web:{}", self.hostname),
        }
    }

    /// The import body limit: its own setting, else the blob limit (as the reference).
    pub(crate) fn import_limit(&self) -> u64 {
        self.repo_import_limit.unwrap_or(self.blob_upload_limit)
    }

    /// The blob directory.
    pub fn blobs_dir(&self) -> PathBuf {
        self.blobs_dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("blobs"))
    }

    /// The mail outbox directory.
    pub(crate) fn outbox_dir(&self) -> PathBuf {
        self.mail_outbox
            .clone()
            .unwrap_or_else(|| self.data_dir.join("outbox"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_overrides_file_defaults_and_bad_values_are_errors() {
        let config = Config::load(None, |name| match name {
            "PDS_PORT" => Some("0".into()),
            "PDS_SERVICE_HANDLE_DOMAINS" => Some(".a.test, .b.test".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(config.port, 0);
        assert_eq!(config.service_handle_domains, [".a.test", ".b.test"]);
        assert_eq!(config.public_url(1234), "http://localhost:1234");
        let bad = Config::load(None, |name| (name == "PDS_PORT").then(|| "x".into()));
        assert!(matches!(
            bad,
            Err(ConfigError::Env {
                name: "PDS_PORT",
                ..
            })
        ));
        let bad = Config::load(None, |name| {
            (name == "PDS_SERVICE_HANDLE_DOMAINS").then(|| "test".into())
        });
        assert!(matches!(bad, Err(ConfigError::Invalid(_))));
        let points = Config::load(None, |name| {
            (name == "PDS_RATE_LIMIT_POINTS").then(|| "login-5m=60, repo-write-hour=10000".into())
        })
        .unwrap();
        assert_eq!(points.rate_limit_points["login-5m"], 60);
        assert_eq!(points.rate_limit_points["repo-write-hour"], 10_000);
        for bad in ["login-5m", "login-5m=x", "no-such-limit=3"] {
            let loaded = Config::load(None, |name| {
                (name == "PDS_RATE_LIMIT_POINTS").then(|| bad.into())
            });
            assert!(loaded.is_err(), "{bad}");
        }
    }

    #[test]
    fn the_appview_did_is_taken_bare_as_the_reference_does_or_with_a_service_id() {
        let load = |did: &str| {
            let did = did.to_owned();
            Config::load(None, move |name| {
                (name == "PDS_BSKY_APP_VIEW_DID").then(|| did.clone())
            })
        };
        let bare = load("did:web:api.bsky.app").unwrap();
        assert_eq!(
            bare.appview().as_deref(),
            Some("did:web:api.bsky.app#bsky_appview")
        );
        let full = load("did:web:api.example.com#my_appview").unwrap();
        assert_eq!(
            full.appview().as_deref(),
            Some("did:web:api.example.com#my_appview")
        );
        for bad in [
            "api.bsky.app",
            "did:",
            "did:web:x#",
            "did:web:x#a#b",
            "did:web:x #a",
        ] {
            assert!(matches!(load(bad), Err(ConfigError::Invalid(_))), "{bad}");
        }
        assert_eq!(Config::default().appview(), None);
    }

    #[test]
    fn dev_mode_follows_pds_dev_mode_else_the_localhost_hostname() {
        let load = |vars: &'static [(&'static str, &'static str)]| {
            Config::load(None, |name| {
                vars.iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
            })
            .unwrap()
        };
        assert!(load(&[]).dev_mode(), "localhost is a development setup");
        assert!(!load(&[("PDS_DEV_MODE", "false")]).dev_mode());
        assert!(!load(&[("PDS_HOSTNAME", "pds.example.com")]).dev_mode());
        assert!(
            load(&[
                ("PDS_HOSTNAME", "pds.example.com"),
                ("PDS_DEV_MODE", "true")
            ])
            .dev_mode()
        );
        let bad = Config::load(None, |name| (name == "PDS_DEV_MODE").then(|| "yes".into()));
        assert!(matches!(
            bad,
            Err(ConfigError::Env {
                name: "PDS_DEV_MODE",
                ..
            })
        ));
    }

    #[test]
    fn crawlers_from_env_comma_separated_and_checked() {
        assert!(Config::load(None, |_| None).unwrap().crawlers.is_empty());
        let config = Config::load(None, |name| match name {
            "PDS_CRAWLERS" => Some("https://bsky.network, relay.example.com,".into()),
            "PDS_CRAWL_INTERVAL_MS" => Some("5000".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(
            config.crawlers,
            ["https://bsky.network", "relay.example.com"]
        );
        assert_eq!(config.crawl_interval_ms, 5000);
        assert_eq!(config.crawl_retry_ms, 30_000);
        let bad = Config::load(None, |name| {
            (name == "PDS_CRAWLERS").then(|| "ftp://relay.example.com".into())
        });
        assert!(matches!(bad, Err(ConfigError::Invalid(_))));
    }

    #[test]
    fn connection_limits_come_from_env_or_a_table_and_must_be_positive() {
        let defaults = Config::load(None, |_| None).unwrap().connections;
        assert_eq!(defaults.keep_alive_timeout_ms, 90_000);
        let config = Config::load(None, |name| match name {
            "PDS_HEADERS_TIMEOUT" => Some("1500".into()),
            "PDS_MAX_CONNECTIONS_PER_IP" => Some("0".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(config.connections.headers_timeout_ms, 1500);
        assert_eq!(config.connections.max_connections_per_ip, 0);
        assert_eq!(config.connections.body_timeout_ms, defaults.body_timeout_ms);
        let bad = Config::load(None, |name| {
            (name == "PDS_BODY_TIMEOUT").then(|| "soon".into())
        });
        assert!(matches!(
            bad,
            Err(ConfigError::Env {
                name: "PDS_BODY_TIMEOUT",
                ..
            })
        ));
        let zero = Config::load(None, |name| {
            (name == "PDS_KEEP_ALIVE_TIMEOUT").then(|| "0".into())
        });
        assert!(matches!(zero, Err(ConfigError::Invalid(_))));
        let table: Config =
            toml::from_str("[connections]\nbody_timeout_ms = 5000\nmax_headers = 50\n").unwrap();
        assert_eq!(table.connections.body_timeout_ms, 5000);
        assert_eq!(table.connections.max_headers, 50);
        assert_eq!(
            table.connections.headers_timeout_ms,
            defaults.headers_timeout_ms
        );
        assert!(toml::from_str::<Config>("[connections]\nno_such_limit = 1\n").is_err());
    }

    #[test]
    fn reads_a_toml_file_with_env_on_top() {
        let dir = std::env::temp_dir().join(format!("pds-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("pds.toml");
        std::fs::write(
            &file,
            "hostname = \"pds.example.com\"\nport = 8080\nservice_handle_domains = [\".example.com\"]\ninvite_required = true\n[rate_limit_points]\ncreate-account-5m = 5\n",
        )
        .unwrap();
        let config = Config::load(Some(&file), |name| {
            (name == "PDS_PORT").then(|| "9090".into())
        })
        .unwrap();
        assert_eq!(config.hostname, "pds.example.com");
        assert_eq!(config.port, 9090);
        assert!(config.invite_required);
        assert_eq!(config.rate_limit_points["create-account-5m"], 5);
        assert_eq!(config.public_url(9090), "https://pds.example.com");
        assert_eq!(config.service_did(9090), "did:web:pds.example.com");
        std::fs::write(&file, "hostname = \"x\"\nunknown_key = 1\n").unwrap();
        assert!(matches!(
            Config::load(Some(&file), |_| None),
            Err(ConfigError::Toml { .. })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// `KEY=VALUE` lines, as an env file.
    fn env_file(text: &str) -> std::collections::HashMap<String, String> {
        text.lines()
            .filter_map(|line| line.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn a_reference_pds_env_loads_into_the_same_config_as_our_names() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference.pds.env");
        let reference = env_file(&std::fs::read_to_string(path).unwrap());
        let theirs = Config::load(None, |name| reference.get(name).cloned()).unwrap();
        let ours = env_file(
            "PDS_HOSTNAME=pds.example.com\n\
             PDS_JWT_SECRET=8b1c3a0e5f9d4c2b7a6e1d0c9b8a7f6e\n\
             PDS_ADMIN_PASSWORD=4f2a9c7e1b3d5f6a\n\
             PDS_ROTATION_KEY=3c8a0f4e2d1b9a7c6e5f4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a\n\
             PDS_DATA_DIR=/pds\n\
             PDS_BLOBS_DIR=/pds/blocks\n\
             PDS_BLOB_UPLOAD_LIMIT=104857600\n\
             PDS_PLC_URL=https://plc.directory\n\
             PDS_BSKY_APP_VIEW_URL=https://api.bsky.app\n\
             PDS_BSKY_APP_VIEW_DID=did:web:api.bsky.app\n\
             PDS_CRAWLERS=https://bsky.network",
        );
        let ours = Config::load(None, |name| ours.get(name).cloned()).unwrap();
        assert_eq!(format!("{theirs:?}"), format!("{ours:?}"));
        assert_eq!(theirs.blobs_dir(), PathBuf::from("/pds/blocks"));
        assert_eq!(theirs.handle_domains(), [".pds.example.com"]);
        assert_eq!(theirs.crawlers, ["https://bsky.network"]);
        assert!(!theirs.dev_mode());
        // Both names for one setting: the same value is fine, different values are refused.
        let both = |data_dir: &'static str| {
            Config::load(None, move |name| match name {
                "PDS_DATA_DIRECTORY" => Some("/pds".into()),
                "PDS_DATA_DIR" => Some(data_dir.into()),
                _ => None,
            })
        };
        assert_eq!(both("/pds").unwrap().data_dir, PathBuf::from("/pds"));
        assert!(matches!(both("/srv/pds"), Err(ConfigError::Invalid(_))));
        // The reference's booleans (`1`/`0`), and a feature we lack is refused, not ignored.
        let one = |name: &'static str, value: &'static str| {
            Config::load(None, move |n| (n == name).then(|| value.to_owned()))
        };
        assert!(!one("PDS_RATE_LIMITS_ENABLED", "0").unwrap().rate_limits);
        assert!(
            one("PDS_ENABLE_DID_DOC_WITH_SESSION", "1")
                .unwrap()
                .enable_did_doc_with_session
        );
        assert_eq!(
            one("PDS_MAX_REPO_IMPORT_SIZE", "1000")
                .unwrap()
                .import_limit(),
            1000
        );
        assert_eq!(
            one("PDS_BLOBSTORE_S3_BUCKET", "blobs")
                .unwrap()
                .blobstore_s3
                .map(|s3| s3.bucket),
            Some("blobs".into())
        );
        // Handle domains default as the reference's: `.test` on localhost.
        assert_eq!(
            Config::load(None, |_| None).unwrap().handle_domains(),
            [".test"]
        );
    }

    #[test]
    fn the_production_example_is_a_valid_configuration() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("pds.example.toml");
        let config = Config::load(Some(&path), |_| None).unwrap();
        assert_eq!(config.crawlers, ["https://bsky.network"]);
        assert_eq!(config.plc_url.as_deref(), Some("https://plc.directory"));
        assert_eq!(
            config.appview().as_deref(),
            Some("did:web:api.bsky.app#bsky_appview")
        );
        assert!(!config.dev_mode());
    }
}
