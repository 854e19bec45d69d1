//! The state of a DID (`/:did/data`) and its rendering as a W3C DID document (`/:did`), shaped
//! like the reference directory's responses.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use lexgen::crypto::{Algorithm, DID_KEY_PREFIX, PublicKey};
use lexgen::model::Did;
use serde::{Deserialize, Serialize};

use super::operation::{PlcOperation, Service};

/// The W3C DID context, always first.
pub(crate) const CONTEXT_DID: &str = "https://www.w3.org/ns/did/v1";
/// The Multikey context, always second.
pub(crate) const CONTEXT_MULTIKEY: &str = "https://w3id.org/security/multikey/v1";
/// Added when a p256 verification method is present.
pub(crate) const CONTEXT_P256: &str = "https://w3id.org/security/suites/ecdsa-2019/v1";
/// Added when a k256 verification method is present.
pub(crate) const CONTEXT_K256: &str = "https://w3id.org/security/suites/secp256k1-2019/v1";

/// The current state of a DID: the last operation's fields (`GET /:did/data`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocumentData {
    pub did: Did,
    pub verification_methods: BTreeMap<String, String>,
    pub rotation_keys: Vec<String>,
    pub also_known_as: Vec<String>,
    pub services: BTreeMap<String, Service>,
}

impl DocumentData {
    /// The state a (normalized) operation sets.
    pub(crate) fn from_operation(did: Did, op: PlcOperation) -> DocumentData {
        DocumentData {
            did,
            verification_methods: op.verification_methods,
            rotation_keys: op.rotation_keys,
            also_known_as: op.also_known_as,
            services: op.services,
        }
    }

    /// The DID document: `verificationMethod` ids fully qualified (`did#id`), `service` ids
    /// relative (`#id`), both in the order the reference directory serves them (its store keeps
    /// maps in length-then-bytewise key order). Multikey contexts are added per key curve.
    pub fn to_did_document(&self) -> DidDocument {
        let mut context = vec![CONTEXT_DID.to_owned(), CONTEXT_MULTIKEY.to_owned()];
        let mut verification_method = Vec::with_capacity(self.verification_methods.len());
        for (id, key) in sorted(&self.verification_methods) {
            let extra = match PublicKey::from_did_key(key).map(|k| k.algorithm()) {
                Ok(Algorithm::P256) => Some(CONTEXT_P256),
                Ok(Algorithm::K256) => Some(CONTEXT_K256),
                Err(_) => None,
            };
            if let Some(extra) = extra
                && !context.iter().any(|c| c == extra)
            {
                context.push(extra.to_owned());
            }
            verification_method.push(DidVerificationMethod {
                id: format!("{}#{id}", self.did),
                kind: "Multikey".to_owned(),
                controller: self.did.to_string(),
                public_key_multibase: key.strip_prefix(DID_KEY_PREFIX).unwrap_or(key).to_owned(),
            });
        }
        let service = sorted(&self.services)
            .into_iter()
            .map(|(id, s)| DidService {
                id: format!("#{id}"),
                kind: s.kind.clone(),
                service_endpoint: s.endpoint.clone(),
            })
            .collect();
        DidDocument {
            context,
            id: self.did.to_string(),
            also_known_as: self.also_known_as.clone(),
            verification_method,
            service,
        }
    }
}

fn sorted<V>(map: &BTreeMap<String, V>) -> Vec<(&String, &V)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|(a, _), (b, _)| canonical_order(a, b));
    entries
}

fn canonical_order(a: &str, b: &str) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// A W3C DID document as the PLC directory renders it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DidDocument {
    #[serde(rename = "@context")]
    pub context: Vec<String>,
    pub id: String,
    pub also_known_as: Vec<String>,
    pub verification_method: Vec<DidVerificationMethod>,
    pub service: Vec<DidService>,
}

/// A `verificationMethod` entry (`Multikey`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DidVerificationMethod {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub controller: String,
    pub public_key_multibase: String,
}

/// A `service` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DidService {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub service_endpoint: String,
}
