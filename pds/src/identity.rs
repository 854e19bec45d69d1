//! Identities the PDS deals with: its PLC directory (embedded or remote), DID resolution (did:plc through
//! that directory, did:web over HTTPS) and the fields a PDS reads from a DID document.

pub(crate) mod dns;

use std::sync::Arc;

use lexgen::crypto::PublicKey;
use lexgen::model::{Datetime, Did};

use crate::plc::client::ClientError;
use crate::plc::client::PlcClient;
use crate::plc::directory::{Directory, Resolution};
use crate::plc::{DocumentData, SignedOperation};

/// Where did:plc operations go and are read from.
#[derive(Clone)]
pub enum Plc {
    /// The directory served by this process (local development).
    Embedded(Arc<Directory>),
    /// A directory over HTTP (production: `https://plc.directory`).
    Remote(PlcClient),
}

/// Why a DID could not be resolved or an operation not submitted.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("DID not found: {0}")]
    NotFound(String),
    #[error("DID deactivated (tombstoned): {0}")]
    Deactivated(String),
    #[error("the PLC directory refused the operation: {0}")]
    Rejected(String),
    #[error("could not resolve {did}: {reason}")]
    Unresolvable { did: String, reason: String },
}

impl Plc {
    /// Submits a signed operation for `did`.
    pub async fn submit(&self, did: &Did, op: SignedOperation) -> Result<(), IdentityError> {
        match self {
            Plc::Embedded(directory) => {
                let (directory, did) = (directory.clone(), did.to_string());
                tokio::task::spawn_blocking(move || directory.submit(&did, op, Datetime::now()))
                    .await
                    .map_err(|e| IdentityError::Rejected(e.to_string()))?
                    .map(|_| ())
                    .map_err(|e| IdentityError::Rejected(e.to_string()))
            }
            Plc::Remote(client) => client.submit(did.as_str(), &op).await.map_err(|e| match e {
                ClientError::Rejected { message, .. } => IdentityError::Rejected(message),
                other => IdentityError::Rejected(other.to_string()),
            }),
        }
    }

    /// The current state of a did:plc.
    pub(crate) async fn data(&self, did: &Did) -> Result<DocumentData, IdentityError> {
        match self {
            Plc::Embedded(directory) => {
                let (directory, did_text) = (directory.clone(), did.to_string());
                let resolution = tokio::task::spawn_blocking(move || directory.resolve(&did_text))
                    .await
                    .map_err(|e| unresolvable(did, e))?
                    .map_err(|e| unresolvable(did, e))?;
                match resolution {
                    Resolution::Active(data) => Ok(data),
                    Resolution::NotRegistered => Err(IdentityError::NotFound(did.to_string())),
                    Resolution::Tombstoned => Err(IdentityError::Deactivated(did.to_string())),
                }
            }
            Plc::Remote(client) => {
                client
                    .get_document_data(did.as_str())
                    .await
                    .map_err(|e| match e {
                        ClientError::NotRegistered(_) => IdentityError::NotFound(did.to_string()),
                        ClientError::Tombstoned(_) => IdentityError::Deactivated(did.to_string()),
                        other => unresolvable(did, other),
                    })
            }
        }
    }

    /// The last operation of a did:plc (the `prev` of the next one).
    pub(crate) async fn last_op(&self, did: &Did) -> Result<SignedOperation, IdentityError> {
        match self {
            Plc::Embedded(directory) => {
                let (directory, did_text) = (directory.clone(), did.to_string());
                tokio::task::spawn_blocking(move || directory.last(&did_text))
                    .await
                    .map_err(|e| unresolvable(did, e))?
                    .map_err(|e| unresolvable(did, e))?
                    .map(|entry| entry.operation)
                    .ok_or_else(|| IdentityError::NotFound(did.to_string()))
            }
            Plc::Remote(client) => client
                .get_last_op(did.as_str())
                .await
                .map_err(|e| unresolvable(did, e)),
        }
    }
}

fn unresolvable(did: &Did, reason: impl std::fmt::Display) -> IdentityError {
    IdentityError::Unresolvable {
        did: did.to_string(),
        reason: reason.to_string(),
    }
}

/// Resolves any supported DID to its document (JSON).
pub(crate) async fn resolve_did(
    plc: &Plc,
    http: &reqwest::Client,
    did: &Did,
) -> Result<serde_json::Value, IdentityError> {
    match did.method() {
        "plc" => {
            let data = plc.data(did).await?;
            serde_json::to_value(data.to_did_document()).map_err(|e| unresolvable(did, e))
        }
        "web" => {
            let host = did.identifier().replace("%3A", ":");
            if host.contains(['/', '%']) {
                return Err(unresolvable(did, "did:web with a path is not supported"));
            }
            let scheme = if host == "localhost" || host.starts_with("localhost:") {
                "http"
            } else {
                "https"
            };
            let response = http
                .get(format!("{scheme}://{host}/.well-known/did.json"))
                .send()
                .await
                .map_err(|e| unresolvable(did, e))?;
            if response.status() == reqwest::StatusCode::NOT_FOUND {
                return Err(IdentityError::NotFound(did.to_string()));
            }
            if !response.status().is_success() {
                return Err(unresolvable(did, format!("HTTP {}", response.status())));
            }
            let bytes = response.bytes().await.map_err(|e| unresolvable(did, e))?;
            if bytes.len() > 64 * 1024 {
                return Err(unresolvable(did, "DID document too large"));
            }
            let doc: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|e| unresolvable(did, e))?;
            if doc.get("id").and_then(|v| v.as_str()) != Some(did.as_str()) {
                return Err(unresolvable(did, "the document's id is not the DID"));
            }
            Ok(doc)
        }
        other => Err(unresolvable(did, format!("unsupported DID method {other}"))),
    }
}

/// The fields of a DID document a PDS uses.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct DocFields {
    /// The first `at://` handle in `alsoKnownAs`.
    pub handle: Option<String>,
    /// The `#atproto` key.
    pub signing_key: Option<PublicKey>,
    /// The `#atproto_pds` endpoint.
    pub pds: Option<String>,
}

/// Reads [`DocFields`] from a DID document.
pub(crate) fn doc_fields(did: &str, doc: &serde_json::Value) -> DocFields {
    let matches_id = |id: &str, fragment: &str| {
        id == fragment || id.strip_prefix(did).is_some_and(|rest| rest == fragment)
    };
    let handle = doc
        .get("alsoKnownAs")
        .and_then(|v| v.as_array())
        .and_then(|list| {
            list.iter()
                .filter_map(|v| v.as_str()?.strip_prefix("at://"))
                .find(|h| h.parse::<lexgen::model::Handle>().is_ok())
                .map(str::to_owned)
        });
    let signing_key = doc
        .get("verificationMethod")
        .and_then(|v| v.as_array())
        .and_then(|list| {
            list.iter().find_map(|vm| {
                let id = vm.get("id")?.as_str()?;
                if !matches_id(id, "#atproto") {
                    return None;
                }
                let multibase = vm.get("publicKeyMultibase")?.as_str()?;
                PublicKey::from_multikey(multibase).ok()
            })
        });
    let pds = doc
        .get("service")
        .and_then(|v| v.as_array())
        .and_then(|list| {
            list.iter().find_map(|s| {
                let id = s.get("id")?.as_str()?;
                if !matches_id(id, "#atproto_pds")
                    || s.get("type")?.as_str()? != "AtprotoPersonalDataServer"
                {
                    return None;
                }
                Some(s.get("serviceEndpoint")?.as_str()?.to_owned())
            })
        });
    DocFields {
        handle,
        signing_key,
        pds,
    }
}
