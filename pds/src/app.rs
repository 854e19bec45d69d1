//! The application state every handler shares, and its construction from the configuration.

use std::sync::Arc;
use std::time::Duration;

use crate::blob::BlobStore;
use crate::config::Config;
use crate::identity::Plc;
use crate::lexicon_catalog::Lexicons;
use crate::mail::Mailer;
use crate::plc::directory::Directory;
use crate::plc::store::Store;
use crate::repository::Repositories;
use crate::secrets::Secrets;
use crate::storage::Storage;

/// Everything a request may need.
pub struct App {
    pub config: Config,
    /// `https://host` (or `http://localhost:port`): DID documents point here.
    pub public_url: String,
    /// The service's DID: the audience of session and service tokens.
    pub service_did: String,
    pub secrets: Secrets,
    pub storage: Storage,
    pub repos: Repositories,
    pub blobs: BlobStore,
    pub plc: Plc,
    /// The embedded directory, if this process serves one (mounted under `/plc`).
    pub embedded_plc: Option<Arc<Directory>>,
    pub mailer: Mailer,
    pub http: reqwest::Client,
    pub limits: crate::rate_limit::RateLimits,
    /// The relays asked to crawl this server (asking starts with `pds serve`).
    pub crawlers: crate::crawl::Crawlers,
    /// What `/metrics` serves.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The OAuth authorization server's state (nonces, replay cache, client metadata cache, keys).
    pub oauth: crate::oauth::OAuth,
    /// The lexicons records are validated against: built in, plus `<data dir>/lexicons/` (watched).
    pub lexicons: Arc<Lexicons>,
    /// Hosted accounts' signing keys, parsed once.
    signing_keys: crate::signing_keys::SigningKeys,
    /// Held while the app lives: one process per data directory (`lock` in it).
    _lock: std::fs::File,
}

/// The state handed to handlers.
pub type AppState = Arc<App>;

/// Why the application could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "data directory {path} is in use by another process (a running `pds serve`?); the server keeps \
         state in memory, so only one process may open it at a time"
    )]
    InUse { path: String },
    #[error(transparent)]
    Secrets(#[from] crate::secrets::SecretsError),
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
    #[error("PLC directory store: {0}")]
    PlcStore(#[from] crate::plc::store::StoreError),
    #[error("HTTP client: {0}")]
    Http(#[from] crate::plc::client::ClientError),
    #[error("OAuth client fetcher: {0}")]
    OAuthHttp(#[from] reqwest::Error),
    #[error("lexicon resolver (OAuth permission sets): {0}")]
    LexiconResolver(crate::lexicon_resolver::ResolveError),
    #[error("blob store: {0}")]
    Blobs(#[from] crate::blob::BlobError),
}

impl App {
    /// Opens (creating on first start) the data directory, secrets, database and PLC directory.
    /// `bound_port` is the port actually listened on (for `localhost` URLs).
    pub fn open(config: Config, bound_port: u16) -> Result<AppState, StartError> {
        std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
            path: config.data_dir.display().to_string(),
            source,
        })?;
        let lock = lock_data_dir(&config.data_dir)?;
        let secrets = Secrets::load_or_create(&config)?;
        let storage = Storage::open_with_record_cache(
            &config.data_dir.join("pds.sqlite"),
            config.record_cache_bytes,
        )?;
        let http = crate::plc::client::http_client(Duration::from_secs(10))?;
        let (plc, embedded_plc) = match &config.plc_url {
            Some(url) => (
                Plc::Remote(crate::plc::client::PlcClient::with_http(http.clone(), url)),
                None,
            ),
            None => {
                let directory = Arc::new(
                    Directory::new(Store::open(&config.data_dir.join("plc.sqlite"))?)
                        .with_rate_limits(config.rate_limits),
                );
                (Plc::Embedded(directory.clone()), Some(directory))
            }
        };
        let public_url = config.public_url(bound_port);
        let service_did = config.service_did(bound_port);
        let mut mailer = Mailer::new(config.outbox_dir(), config.mail_from.clone());
        if let Some(url) = &config.smtp_url {
            // Checked when the configuration was loaded.
            if let Ok(relay) = crate::mail::smtp::Relay::parse(url) {
                mailer = mailer.with_relay(relay, config.hostname.clone());
            }
        }
        let blobs = match &config.blobstore_s3 {
            Some(settings) => BlobStore::s3(settings)?,
            None => BlobStore::disk(config.blobs_dir()),
        };
        let limits = crate::rate_limit::RateLimits::with_points(
            config.rate_limits,
            config.rate_limit_points.clone(),
        );
        let crawlers = crate::crawl::Crawlers::new(&config, &public_url, http.clone());
        let metrics = Arc::new(crate::metrics::Metrics::new(&storage)?);
        let lexicons = Arc::new(Lexicons::open(
            crate::lexicon_catalog::builtin(),
            config.data_dir.join("lexicons"),
        ));
        Lexicons::watch(&lexicons);
        // Permission sets not installed here are resolved as `pds lexicon install` resolves lexicons.
        let resolver =
            crate::lexicon_resolver::Resolver::new(crate::lexicon_resolver::ResolverConfig {
                nameserver: None,
                plc_url: config
                    .plc_url
                    .clone()
                    .unwrap_or_else(|| crate::plc::client::DEFAULT_DIRECTORY.to_owned()),
            })
            .map_err(StartError::LexiconResolver)?;
        let permission_sets = crate::oauth::permissions::PermissionSets::new(
            lexicons.clone(),
            Some(Arc::new(resolver)),
        );
        let oauth = crate::oauth::OAuth::new(&public_url, &secrets.jwt_secret, permission_sets)?;
        Ok(Arc::new(App {
            signing_keys: Default::default(),
            oauth,
            crawlers,
            metrics,
            lexicons,
            public_url,
            service_did,
            secrets,
            repos: Repositories::new(storage.clone()),
            storage,
            blobs,
            plc,
            embedded_plc,
            mailer,
            http,
            limits,
            config,
            _lock: lock,
        }))
    }

    /// The signing key of a hosted account.
    pub fn signing_key(
        &self,
        account: &crate::storage::accounts::Account,
    ) -> Result<lexgen::crypto::Keypair, lexgen::crypto::CryptoError> {
        self.signing_keys.get(&account.signing_key)
    }
}

/// An exclusive lock on `<data_dir>/lock`, released when the file is closed (process exit included).
/// The writer thread and the record cache assume they see every change to the database, so a second
/// process (a server, or the offline `pds account` commands while one runs) must not open it.
fn lock_data_dir(data_dir: &std::path::Path) -> Result<std::fs::File, StartError> {
    let path = data_dir.join("lock");
    let failed = |source| StartError::DataDir {
        path: path.display().to_string(),
        source,
    };
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(failed)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(StartError::InUse {
            path: data_dir.display().to_string(),
        }),
        Err(std::fs::TryLockError::Error(source)) => Err(failed(source)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_process_at_a_time_per_data_directory() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock_data_dir(dir.path()).unwrap();
        let refused = lock_data_dir(dir.path()).unwrap_err();
        assert!(matches!(refused, StartError::InUse { .. }), "{refused}");
        drop(held);
        lock_data_dir(dir.path()).unwrap();
    }
}
