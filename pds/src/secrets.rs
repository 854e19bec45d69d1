//! The server's secrets: the PLC rotation key and the session-JWT secret, taken from the configuration or
//! generated on first start and kept in `<data>/secrets.toml` (mode 0600 on Unix).

use std::path::Path;

use lexgen::crypto::{Algorithm, Keypair};
use serde::Deserialize;

use crate::config::Config;

/// The secrets a running server needs.
#[derive(Clone)]
pub struct Secrets {
    /// Signs did:plc operations for hosted accounts.
    pub rotation_key: Keypair,
    /// HMAC key of session JWTs.
    pub jwt_secret: Vec<u8>,
}

#[derive(Deserialize)]
struct Stored {
    rotation_key: String,
    jwt_secret: String,
}

/// Why the secrets could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SecretsError {
    #[error("{path}: {reason}")]
    File { path: String, reason: String },
    #[error("bad rotation key: {0}")]
    Key(#[from] lexgen::crypto::CryptoError),
    #[error("no randomness: {0}")]
    Random(String),
}

impl Secrets {
    /// Configured values win; anything missing comes from (or is generated into) `<data>/secrets.toml`.
    pub(crate) fn load_or_create(config: &Config) -> Result<Secrets, SecretsError> {
        let path = config.data_dir.join("secrets.toml");
        let stored = read_or_create(&path)?;
        let rotation_key = Keypair::from_private_hex(
            Algorithm::K256,
            config
                .rotation_key
                .as_deref()
                .unwrap_or(&stored.rotation_key),
        )?;
        let jwt_secret = config
            .jwt_secret
            .clone()
            .unwrap_or(stored.jwt_secret)
            .into_bytes();
        Ok(Secrets {
            rotation_key,
            jwt_secret,
        })
    }
}

fn read_or_create(path: &Path) -> Result<Stored, SecretsError> {
    let file_error = |reason: String| SecretsError::File {
        path: path.display().to_string(),
        reason,
    };
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| file_error(e.to_string())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let stored = Stored {
                rotation_key: Keypair::generate(Algorithm::K256)?
                    .to_private_hex()
                    .to_string(),
                jwt_secret: crate::auth::random_hex(32).map_err(SecretsError::Random)?,
            };
            // Both values are hex: no TOML escaping needed.
            let text = format!(
                "rotation_key = \"{}\"\njwt_secret = \"{}\"\n",
                stored.rotation_key, stored.jwt_secret
            );
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| file_error(e.to_string()))?;
            }
            write_private(path, &text).map_err(|e| file_error(e.to_string()))?;
            tracing::info!(path = %path.display(), "generated the server's rotation key and JWT secret");
            Ok(stored)
        }
        Err(e) => Err(file_error(e.to_string())),
    }
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}
