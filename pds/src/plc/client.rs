//! An HTTP client for a PLC directory (ours or `https://plc.directory`): resolve, read logs,
//! submit operations, and resolve with local verification of the whole log.

use std::time::Duration;

use lexgen::model::Did;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use super::PlcError;
use super::chain::{LogEntry, validate_audit_log, validate_log};
use super::document::{DidDocument, DocumentData};
use super::operation::SignedOperation;

/// The public directory.
pub const DEFAULT_DIRECTORY: &str = "https://plc.directory";

/// Largest response body read from a directory (an audit log of many operations fits easily).
pub(crate) const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// Why a directory request failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("PLC directory request failed: {0}")]
    Http(#[from] reqwest::Error),
    #[error("DID not registered: {0}")]
    NotRegistered(String),
    #[error("DID not available (tombstoned): {0}")]
    Tombstoned(String),
    /// The directory refused the request; `message` is its explanation.
    #[error("PLC directory answered {status}: {message}")]
    Rejected { status: u16, message: String },
    #[error("PLC directory response is not what the API promises: {0}")]
    BadResponse(String),
    /// The log the directory served does not verify.
    #[error("PLC log does not verify: {0}")]
    Invalid(#[from] PlcError),
}

/// A client for one directory.
#[derive(Debug, Clone)]
pub struct PlcClient {
    http: reqwest::Client,
    base: String,
}

/// Builds the HTTP client the PDS shares for outbound requests: rustls with the ring provider and
/// the platform's trust roots, a connect timeout and an overall request timeout.
pub fn http_client(timeout: Duration) -> Result<reqwest::Client, ClientError> {
    // reqwest is built without a default provider (no aws-lc build); install ring once for the
    // process. An error only means a provider is already installed, which is fine.
    let _ = rustls::crypto::ring::default_provider().install_default();
    Ok(reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(5))
        .timeout(timeout)
        .user_agent(concat!("atmos-pds/", env!("CARGO_PKG_VERSION")))
        .build()?)
}

impl PlcClient {
    /// A client for the directory at `base_url` (e.g. `https://plc.directory`), with its own HTTP
    /// client (10 s timeout).
    pub fn new(base_url: &str) -> Result<PlcClient, ClientError> {
        Ok(PlcClient::with_http(
            http_client(Duration::from_secs(10))?,
            base_url,
        ))
    }

    /// A client sharing an existing HTTP client.
    pub fn with_http(http: reqwest::Client, base_url: &str) -> PlcClient {
        PlcClient {
            http,
            base: base_url.trim_end_matches('/').to_owned(),
        }
    }

    fn url(&self, did: &str, suffix: &str) -> String {
        // `:` is allowed in a path segment; anything outside the unreserved set is percent-encoded
        // so a hostile string cannot change the path.
        let mut url = String::with_capacity(self.base.len() + did.len() + suffix.len() + 1);
        url.push_str(&self.base);
        url.push('/');
        for byte in did.bytes() {
            if byte.is_ascii_alphanumeric() || matches!(byte, b':' | b'.' | b'_' | b'-' | b'~') {
                url.push(char::from(byte));
            } else {
                url.push_str(&format!("%{byte:02X}"));
            }
        }
        url.push_str(suffix);
        url
    }

    async fn get<T: DeserializeOwned>(&self, did: &str, suffix: &str) -> Result<T, ClientError> {
        let response = self.http.get(self.url(did, suffix)).send().await?;
        let status = response.status();
        let body = read_body(response).await?;
        match status {
            s if s.is_success() => serde_json::from_slice(&body)
                .map_err(|e| ClientError::BadResponse(format!("{suffix}: {e}"))),
            StatusCode::NOT_FOUND => Err(ClientError::NotRegistered(did.to_owned())),
            StatusCode::GONE => Err(ClientError::Tombstoned(did.to_owned())),
            s => Err(rejected(s, &body)),
        }
    }

    /// `GET /:did`: the DID document.
    pub async fn get_document(&self, did: &str) -> Result<DidDocument, ClientError> {
        self.get(did, "").await
    }

    /// `GET /:did/data`: the current state.
    pub async fn get_document_data(&self, did: &str) -> Result<DocumentData, ClientError> {
        self.get(did, "/data").await
    }

    /// `GET /:did/log`: the valid operations in order.
    pub async fn get_log(&self, did: &str) -> Result<Vec<SignedOperation>, ClientError> {
        self.get(did, "/log").await
    }

    /// `GET /:did/log/audit`: every operation, nullified ones included.
    pub async fn get_audit_log(&self, did: &str) -> Result<Vec<LogEntry>, ClientError> {
        self.get(did, "/log/audit").await
    }

    /// `GET /:did/log/last`: the last valid operation (what the next operation's `prev` points at).
    pub async fn get_last_op(&self, did: &str) -> Result<SignedOperation, ClientError> {
        self.get(did, "/log/last").await
    }

    /// `POST /:did`: submits a signed operation.
    pub async fn submit(&self, did: &str, op: &SignedOperation) -> Result<(), ClientError> {
        let response = self
            .http
            .post(self.url(did, ""))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(op.to_json().to_string())
            .send()
            .await?;
        let status = response.status();
        if status.is_success() {
            return Ok(());
        }
        let body = read_body(response).await?;
        Err(rejected(status, &body))
    }

    /// Resolves without trusting the directory: fetches the log, verifies every operation (genesis
    /// hash, `prev` links, signatures, limits) and returns the state it leads to.
    pub async fn resolve_verified(&self, did: &Did) -> Result<DocumentData, ClientError> {
        let ops = self.get_log(did.as_str()).await?;
        validate_log(did, &ops)?.ok_or_else(|| ClientError::Tombstoned(did.to_string()))
    }

    /// Fetches and audits the full log (nullifications checked against the recovery rules).
    pub async fn audit(&self, did: &Did) -> Result<Option<DocumentData>, ClientError> {
        let entries = self.get_audit_log(did.as_str()).await?;
        Ok(validate_audit_log(did, &entries)?)
    }
}

async fn read_body(mut response: reqwest::Response) -> Result<Vec<u8>, ClientError> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        if body.len() + chunk.len() > MAX_RESPONSE_BYTES {
            return Err(ClientError::BadResponse(format!(
                "response larger than {MAX_RESPONSE_BYTES} bytes"
            )));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn rejected(status: StatusCode, body: &[u8]) -> ClientError {
    let message = serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|json| {
            json.get("message")
                .and_then(|m| m.as_str())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| String::from_utf8_lossy(body).chars().take(500).collect());
    ClientError::Rejected {
        status: status.as_u16(),
        message,
    }
}
