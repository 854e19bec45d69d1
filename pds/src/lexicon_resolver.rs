//! Lexicons on the network: NSID → `_lexicon.<authority>` DNS TXT → DID → DID document → PDS →
//! `com.atproto.sync.getRecord` of the `com.atproto.lexicon.schema` record, verified (commit DID and
//! signature with the DID's `#atproto` key, MST inclusion, record CID) before the document is trusted.
//!
//! - [`authority`]: the `_lexicon` TXT lookup (a configurable nameserver, else the system's).
//! - [`proof`]: the CAR proof check, on the repository code of [`crate::repo`].
//! - [`files`]: where a resolved document goes in a lexicon directory (`<dir>/<nsid path>.json`).
//! - [`closure`]: a set of lexicons with everything they reference (what `install` writes).
//!
//! Used by `cargo xtask resolve` / `install` and by `pds lexicon install`.

pub mod authority;
mod closure;
pub mod files;
pub mod proof;

use std::net::SocketAddr;
use std::time::Duration;

use lexgen::model::{Cid, Did, Nsid};

use crate::identity::{IdentityError, Plc, doc_fields, resolve_did};
use crate::plc::client::{ClientError, PlcClient, http_client};
use proof::{ProofError, verify_record_proof};

/// The collection lexicon schemas are published in; the record key is the NSID.
pub const SCHEMA_COLLECTION: &str = "com.atproto.lexicon.schema";

/// The largest getRecord answer read (a proof is a commit, a few MST nodes and one document).
const MAX_PROOF_BYTES: usize = 4 * 1024 * 1024;

/// Where the resolver looks things up.
#[derive(Debug, Clone)]
pub struct ResolverConfig {
    /// The DNS server asked for `_lexicon` TXT records; `None` for the system's first nameserver.
    pub nameserver: Option<SocketAddr>,
    /// The PLC directory for did:plc documents (`https://plc.directory` in production).
    pub plc_url: String,
}

/// Why an NSID did not resolve to a verified document.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error("DNS lookup of {name} failed: {reason}")]
    Dns { name: String, reason: String },
    #[error("no `did=` TXT record at {name} (each namespace needs its own record)")]
    NoAuthority { name: String },
    #[error("more than one `did=` TXT record at {name}")]
    AmbiguousAuthority { name: String },
    #[error("the TXT record at {name} names {value:?}, which is not a DID")]
    InvalidAuthority { name: String, value: String },
    #[error("resolving the authority's DID failed: {0}")]
    Identity(#[from] IdentityError),
    #[error("the DID document of {did} has no {missing}")]
    IncompleteDocument { did: Did, missing: &'static str },
    #[error("setting up the HTTP client failed: {0}")]
    Client(#[from] ClientError),
    #[error("fetching {url} failed: {reason}")]
    Fetch { url: String, reason: String },
    /// The PDS answered that the record does not exist (not found, or a verified proof of absence).
    #[error("{did} publishes no schema {nsid}")]
    NotPublished { did: Did, nsid: Nsid },
    #[error("the proof of {nsid} from {did} is refused: {source}")]
    Proof {
        did: Did,
        nsid: Nsid,
        #[source]
        source: ProofError,
    },
    #[error("the record {uri} is not a lexicon schema: {reason}")]
    NotASchema { uri: String, reason: String },
}

/// A schema proved to be published by its authority.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub nsid: Nsid,
    /// The DID the `_lexicon` record names.
    pub did: Did,
    /// `at://<did>/com.atproto.lexicon.schema/<nsid>`.
    pub uri: String,
    /// The record's CID.
    pub cid: Cid,
    /// The lexicon document (the record without `$type`).
    pub document: serde_json::Value,
}

/// Resolves NSIDs to verified lexicon documents.
#[derive(Clone)]
pub struct Resolver {
    config: ResolverConfig,
    plc: Plc,
    http: reqwest::Client,
}

impl Resolver {
    pub fn new(config: ResolverConfig) -> Result<Self, ResolveError> {
        let http = http_client(Duration::from_secs(30))?;
        let plc = Plc::Remote(PlcClient::with_http(http.clone(), &config.plc_url));
        Ok(Self { config, plc, http })
    }

    /// The DID the `_lexicon` TXT record of `nsid`'s authority names.
    pub(crate) async fn authority(&self, nsid: &Nsid) -> Result<Did, ResolveError> {
        authority::authority_did(nsid, self.config.nameserver).await
    }

    /// The PDS endpoint and signing key of `did`, from its DID document.
    pub async fn repository_host(
        &self,
        did: &Did,
    ) -> Result<(String, lexgen::crypto::PublicKey), ResolveError> {
        let doc = resolve_did(&self.plc, &self.http, did).await?;
        let fields = doc_fields(did.as_str(), &doc);
        let incomplete = |missing| ResolveError::IncompleteDocument {
            did: did.clone(),
            missing,
        };
        let pds = fields
            .pds
            .ok_or_else(|| incomplete("#atproto_pds service"))?;
        let key = fields
            .signing_key
            .ok_or_else(|| incomplete("#atproto signing key"))?;
        Ok((pds, key))
    }

    /// Resolves `nsid` through DNS, the DID document and a verified getRecord proof.
    pub async fn resolve(&self, nsid: &Nsid) -> Result<Resolved, ResolveError> {
        let did = self.authority(nsid).await?;
        let (pds, key) = self.repository_host(&did).await?;
        let car = self.fetch_proof(&pds, &did, nsid).await?;
        let proved = verify_record_proof(&car, &did, &key, &format!("{SCHEMA_COLLECTION}/{nsid}"))
            .map_err(|source| match source {
                // A verified proof that the record does not exist.
                ProofError::Absent(_) => ResolveError::NotPublished {
                    did: did.clone(),
                    nsid: nsid.clone(),
                },
                source => ResolveError::Proof {
                    did: did.clone(),
                    nsid: nsid.clone(),
                    source,
                },
            })?;
        let uri = format!("at://{did}/{SCHEMA_COLLECTION}/{nsid}");
        let document = schema_document(&uri, nsid, proved.value.to_json())?;
        Ok(Resolved {
            nsid: nsid.clone(),
            did,
            uri,
            cid: proved.cid,
            document,
        })
    }

    async fn fetch_proof(
        &self,
        pds: &str,
        did: &Did,
        nsid: &Nsid,
    ) -> Result<Vec<u8>, ResolveError> {
        let url = format!(
            "{}/xrpc/com.atproto.sync.getRecord",
            pds.trim_end_matches('/')
        );
        let fetch_error = |reason: String| ResolveError::Fetch {
            url: url.clone(),
            reason,
        };
        let response = self
            .http
            .get(&url)
            .query(&[
                ("did", did.as_str()),
                ("collection", SCHEMA_COLLECTION),
                ("rkey", nsid.as_str()),
            ])
            .send()
            .await
            .map_err(|e| fetch_error(e.to_string()))?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_FOUND
            || (status == reqwest::StatusCode::BAD_REQUEST && !response_is_car(&response))
        {
            return Err(ResolveError::NotPublished {
                did: did.clone(),
                nsid: nsid.clone(),
            });
        }
        if !status.is_success() {
            return Err(fetch_error(format!("HTTP {status}")));
        }
        if response
            .content_length()
            .is_some_and(|len| len > MAX_PROOF_BYTES as u64)
        {
            return Err(fetch_error("the answer is too large".to_owned()));
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| fetch_error(e.to_string()))?;
        if body.len() > MAX_PROOF_BYTES {
            return Err(fetch_error("the answer is too large".to_owned()));
        }
        Ok(body.to_vec())
    }
}

fn response_is_car(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(crate::repo::car::CAR_MIME_TYPE))
}

/// The document a schema record holds: `$type` is the schema collection, `lexicon` is 1 and `id` is the
/// NSID it was published under; the document is the record without `$type`.
pub(crate) fn schema_document(
    uri: &str,
    nsid: &Nsid,
    record: serde_json::Value,
) -> Result<serde_json::Value, ResolveError> {
    let refuse = |reason: String| ResolveError::NotASchema {
        uri: uri.to_owned(),
        reason,
    };
    let serde_json::Value::Object(mut map) = record else {
        return Err(refuse("the record is not an object".to_owned()));
    };
    match map.remove("$type") {
        Some(serde_json::Value::String(t)) if t == SCHEMA_COLLECTION => {}
        other => return Err(refuse(format!("$type is {other:?}"))),
    }
    if map.get("lexicon").and_then(serde_json::Value::as_i64) != Some(1) {
        return Err(refuse("`lexicon` is not 1".to_owned()));
    }
    match map.get("id").and_then(serde_json::Value::as_str) {
        Some(id) if id == nsid.as_str() => {}
        other => return Err(refuse(format!("its id is {other:?}, not {nsid}"))),
    }
    if !map.get("defs").is_some_and(serde_json::Value::is_object) {
        return Err(refuse("it has no `defs` object".to_owned()));
    }
    Ok(serde_json::Value::Object(map))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_schema_record_must_name_its_nsid() {
        let nsid: Nsid = "cv.atmos.defs".parse().unwrap();
        let record =
            json!({"$type": SCHEMA_COLLECTION, "lexicon": 1, "id": "cv.atmos.defs", "defs": {}});
        let doc = schema_document("at://x", &nsid, record.clone()).unwrap();
        assert_eq!(
            doc,
            json!({"lexicon": 1, "id": "cv.atmos.defs", "defs": {}})
        );
        let mut other = record.clone();
        other["id"] = json!("cv.atmos.other");
        assert!(matches!(
            schema_document("at://x", &nsid, other),
            Err(ResolveError::NotASchema { .. })
        ));
        let mut untyped = record;
        untyped["$type"] = json!("app.bsky.feed.post");
        assert!(schema_document("at://x", &nsid, untyped).is_err());
    }
}
