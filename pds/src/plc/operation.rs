//! PLC operations: `plc_operation`, `plc_tombstone` and legacy `create`; their JSON form, canonical
//! DAG-CBOR (unsigned for signing, signed for CIDs and DIDs), signing and signature checks.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use lexgen::crypto::{Keypair, PublicKey, SIGNATURE_LEN};
use lexgen::model::{Cid, Did, Map, Value};
use serde_json::Value as Json;

use super::PlcError;
use super::did::did_for_signed_genesis;

/// The `type` of a regular operation.
pub(crate) const TYPE_OPERATION: &str = "plc_operation";
/// The `type` of a tombstone.
pub(crate) const TYPE_TOMBSTONE: &str = "plc_tombstone";
/// The `type` of a legacy (v1) genesis operation.
pub(crate) const TYPE_LEGACY_CREATE: &str = "create";

/// The id of the atproto signing key in `verificationMethods`.
pub(crate) const ATPROTO_VERIFICATION_METHOD: &str = "atproto";
/// The id of the PDS entry in `services`.
pub(crate) const ATPROTO_PDS_SERVICE: &str = "atproto_pds";
/// The `type` of the PDS service entry.
pub(crate) const ATPROTO_PDS_TYPE: &str = "AtprotoPersonalDataServer";

/// A service entry: `{type, endpoint}`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Service {
    #[serde(rename = "type")]
    pub kind: String,
    pub endpoint: String,
}

/// The content of a regular `plc_operation` (everything but `sig`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlcOperation {
    /// did:key strings (k256 or p256), highest authority first.
    pub rotation_keys: Vec<String>,
    /// Map of id (no `#`) to did:key.
    pub verification_methods: BTreeMap<String, String>,
    /// URIs, the handle as `at://<handle>`.
    pub also_known_as: Vec<String>,
    /// Map of id (no `#`) to service.
    pub services: BTreeMap<String, Service>,
    /// The previous operation, `None` for a genesis operation (encoded as an explicit `null`).
    pub prev: Option<Cid>,
}

/// A legacy (v1) genesis operation: readable in logs, never accepted for submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyCreate {
    pub signing_key: String,
    pub recovery_key: String,
    /// A bare handle, no `at://`.
    pub handle: String,
    /// The PDS URL (the reference prefixes `https://` when the scheme is missing).
    pub service: String,
}

/// An unsigned operation of any type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operation {
    /// `plc_operation`: genesis or update.
    Plc(PlcOperation),
    /// `plc_tombstone`: deactivates the DID for good (unless nullified within the recovery window).
    Tombstone { prev: Cid },
    /// Legacy `create` (genesis only; `prev` is always `null`).
    LegacyCreate(LegacyCreate),
}

/// An operation with its signature: what the directory stores and serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedOperation {
    op: Operation,
    sig: String,
}

impl PlcOperation {
    /// The operation an atproto PDS writes: `verificationMethods.atproto` = the signing key,
    /// `alsoKnownAs = [at://handle]`, `services.atproto_pds` = the PDS endpoint.
    pub fn atproto(
        signing_key: &str,
        handle: &str,
        pds_endpoint: &str,
        rotation_keys: Vec<String>,
        prev: Option<Cid>,
    ) -> PlcOperation {
        PlcOperation {
            rotation_keys,
            verification_methods: BTreeMap::from([(
                ATPROTO_VERIFICATION_METHOD.to_owned(),
                signing_key.to_owned(),
            )]),
            also_known_as: vec![at_uri_for_handle(handle)],
            services: BTreeMap::from([(
                ATPROTO_PDS_SERVICE.to_owned(),
                Service {
                    kind: ATPROTO_PDS_TYPE.to_owned(),
                    endpoint: ensure_http_prefix(pds_endpoint),
                },
            )]),
            prev,
        }
    }
}

/// `at://handle`, unless the text already is an `at://` URI; `http(s)://` is stripped like the
/// reference library does.
pub(crate) fn at_uri_for_handle(handle: &str) -> String {
    if handle.starts_with("at://") {
        return handle.to_owned();
    }
    let stripped = handle
        .strip_prefix("https://")
        .or_else(|| handle.strip_prefix("http://"))
        .unwrap_or(handle);
    format!("at://{stripped}")
}

/// `https://` + the text unless it already starts with `http://` or `https://`.
pub(crate) fn ensure_http_prefix(endpoint: &str) -> String {
    if endpoint.starts_with("http://") || endpoint.starts_with("https://") {
        endpoint.to_owned()
    } else {
        format!("https://{endpoint}")
    }
}

impl Operation {
    /// The `type` string.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Operation::Plc(_) => TYPE_OPERATION,
            Operation::Tombstone { .. } => TYPE_TOMBSTONE,
            Operation::LegacyCreate(_) => TYPE_LEGACY_CREATE,
        }
    }

    /// The previous operation's CID; `None` for genesis operations.
    pub fn prev(&self) -> Option<Cid> {
        match self {
            Operation::Plc(op) => op.prev,
            Operation::Tombstone { prev } => Some(*prev),
            Operation::LegacyCreate(_) => None,
        }
    }

    /// The operation as a regular `plc_operation` (legacy `create` converted the way the reference
    /// does: rotation keys `[recoveryKey, signingKey]`), or `None` for a tombstone.
    pub fn normalized(&self) -> Option<PlcOperation> {
        match self {
            Operation::Plc(op) => Some(op.clone()),
            Operation::Tombstone { .. } => None,
            Operation::LegacyCreate(legacy) => Some(PlcOperation::atproto(
                &legacy.signing_key,
                &legacy.handle,
                &legacy.service,
                vec![legacy.recovery_key.clone(), legacy.signing_key.clone()],
                None,
            )),
        }
    }

    /// The data-model map of the operation, with `sig` when given.
    fn to_value(&self, sig: Option<&str>) -> Value {
        let mut map = Map::with_capacity(8);
        map.insert("type", Value::String(self.type_name().to_owned()));
        match self {
            Operation::Plc(op) => {
                let strings =
                    |v: &[String]| Value::Array(v.iter().cloned().map(Value::String).collect());
                map.insert("rotationKeys", strings(&op.rotation_keys));
                map.insert(
                    "verificationMethods",
                    Value::Map(
                        op.verification_methods
                            .iter()
                            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                            .collect(),
                    ),
                );
                map.insert("alsoKnownAs", strings(&op.also_known_as));
                map.insert(
                    "services",
                    Value::Map(
                        op.services
                            .iter()
                            .map(|(id, s)| {
                                let mut entry = Map::with_capacity(2);
                                entry.insert("type", Value::String(s.kind.clone()));
                                entry.insert("endpoint", Value::String(s.endpoint.clone()));
                                (id.clone(), Value::Map(entry))
                            })
                            .collect(),
                    ),
                );
                map.insert(
                    "prev",
                    op.prev
                        .map_or(Value::Null, |cid| Value::String(cid.to_string())),
                );
            }
            Operation::Tombstone { prev } => {
                map.insert("prev", Value::String(prev.to_string()));
            }
            Operation::LegacyCreate(legacy) => {
                map.insert("signingKey", Value::String(legacy.signing_key.clone()));
                map.insert("recoveryKey", Value::String(legacy.recovery_key.clone()));
                map.insert("handle", Value::String(legacy.handle.clone()));
                map.insert("service", Value::String(legacy.service.clone()));
                map.insert("prev", Value::Null);
            }
        }
        if let Some(sig) = sig {
            map.insert("sig", Value::String(sig.to_owned()));
        }
        Value::Map(map)
    }

    /// The canonical DAG-CBOR of the operation without `sig` (the key absent, not null): the
    /// bytes that are signed.
    pub(crate) fn unsigned_bytes(&self) -> Result<Vec<u8>, PlcError> {
        self.to_value(None)
            .to_drisl()
            .map_err(|e| PlcError::Encode(e.to_string()))
    }

    /// Signs the operation: ECDSA-SHA256 over [`Operation::unsigned_bytes`], low-S, 64-byte
    /// `r‖s`, base64url without padding.
    pub fn sign(self, key: &Keypair) -> Result<SignedOperation, PlcError> {
        let signature = key.sign(&self.unsigned_bytes()?)?;
        Ok(SignedOperation {
            sig: URL_SAFE_NO_PAD.encode(signature),
            op: self,
        })
    }
}

impl SignedOperation {
    /// Pairs an operation with a signature string as received (tests forge signatures this way).
    #[cfg(test)]
    pub(crate) fn from_parts(op: Operation, sig: String) -> SignedOperation {
        SignedOperation { op, sig }
    }

    /// The signature as written (base64url).
    #[cfg(test)]
    pub(crate) fn sig(&self) -> &str {
        &self.sig
    }

    /// The unsigned content.
    pub fn operation(&self) -> &Operation {
        &self.op
    }

    /// Shorthand for `self.operation().prev()`.
    pub fn prev(&self) -> Option<Cid> {
        self.op.prev()
    }

    /// The canonical DAG-CBOR of the signed operation (for its CID, the DID, and size limits).
    pub(crate) fn signed_bytes(&self) -> Result<Vec<u8>, PlcError> {
        self.op
            .to_value(Some(&self.sig))
            .to_drisl()
            .map_err(|e| PlcError::Encode(e.to_string()))
    }

    /// The CID of the signed operation (CIDv1, dag-cbor, sha2-256): what the next `prev` points at.
    pub fn cid(&self) -> Result<Cid, PlcError> {
        Ok(Cid::for_dag_cbor(&self.signed_bytes()?))
    }

    /// The DID this operation creates if it is the genesis operation.
    pub fn did(&self) -> Result<Did, PlcError> {
        did_for_signed_genesis(&self.signed_bytes()?)
    }

    /// Decodes the signature strictly: base64url, no padding, zero trailing bits, 64 bytes.
    pub fn signature_bytes(&self) -> Result<[u8; SIGNATURE_LEN], PlcError> {
        let bytes = URL_SAFE_NO_PAD
            .decode(&self.sig)
            .map_err(|e| PlcError::SignatureEncoding(format!("not canonical base64url: {e}")))?;
        <[u8; SIGNATURE_LEN]>::try_from(bytes.as_slice()).map_err(|_| {
            PlcError::SignatureEncoding(format!(
                "signature must be {SIGNATURE_LEN} bytes (compact r||s), got {}",
                bytes.len()
            ))
        })
    }

    /// Finds which of `allowed` (did:keys, in priority order) signed this operation and returns
    /// its index. High-S, DER and non-canonical encodings never verify.
    pub fn verify_signer(&self, allowed: &[String]) -> Result<usize, PlcError> {
        let signature = self.signature_bytes()?;
        let message = self.op.unsigned_bytes()?;
        allowed
            .iter()
            .position(|key| {
                PublicKey::from_did_key(key)
                    .is_ok_and(|public| public.verify(&message, &signature).is_ok())
            })
            .ok_or(PlcError::InvalidSignature)
    }

    /// The JSON form (what the HTTP API sends and receives).
    pub fn to_json(&self) -> Json {
        self.op.to_value(Some(&self.sig)).to_json()
    }

    /// Parses the JSON form strictly: exactly the fields of one operation type, each of the right
    /// JSON type, `prev` present (explicitly `null` on genesis), CIDs in canonical form.
    pub fn from_json(json: &Json) -> Result<SignedOperation, PlcError> {
        let object = json
            .as_object()
            .ok_or_else(|| malformed("an operation must be a JSON object"))?;
        let kind = object
            .get("type")
            .and_then(Json::as_str)
            .ok_or_else(|| malformed("`type` must be a string"))?;
        let fields = Fields(object);
        let op = match kind {
            TYPE_OPERATION => {
                fields.exactly(&[
                    "type",
                    "rotationKeys",
                    "verificationMethods",
                    "alsoKnownAs",
                    "services",
                    "prev",
                    "sig",
                ])?;
                Operation::Plc(PlcOperation {
                    rotation_keys: fields.strings("rotationKeys")?,
                    verification_methods: fields.string_map("verificationMethods")?,
                    also_known_as: fields.strings("alsoKnownAs")?,
                    services: fields.services("services")?,
                    prev: fields.nullable_cid("prev")?,
                })
            }
            TYPE_TOMBSTONE => {
                fields.exactly(&["type", "prev", "sig"])?;
                let prev = fields
                    .nullable_cid("prev")?
                    .ok_or_else(|| malformed("a tombstone's `prev` cannot be null"))?;
                Operation::Tombstone { prev }
            }
            TYPE_LEGACY_CREATE => {
                fields.exactly(&[
                    "type",
                    "signingKey",
                    "recoveryKey",
                    "handle",
                    "service",
                    "prev",
                    "sig",
                ])?;
                if fields.nullable_cid("prev")?.is_some() {
                    return Err(PlcError::GenesisPrev);
                }
                Operation::LegacyCreate(LegacyCreate {
                    signing_key: fields.string("signingKey")?,
                    recovery_key: fields.string("recoveryKey")?,
                    handle: fields.string("handle")?,
                    service: fields.string("service")?,
                })
            }
            other => return Err(malformed(&format!("unknown operation type {other:?}"))),
        };
        Ok(SignedOperation {
            op,
            sig: fields.string("sig")?,
        })
    }
}

impl serde::Serialize for SignedOperation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for SignedOperation {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let json = Json::deserialize(deserializer)?;
        SignedOperation::from_json(&json).map_err(serde::de::Error::custom)
    }
}

fn malformed(reason: &str) -> PlcError {
    PlcError::Malformed(reason.to_owned())
}

/// Typed access to the fields of an operation object, with errors naming the field.
struct Fields<'a>(&'a serde_json::Map<String, Json>);

impl Fields<'_> {
    fn exactly(&self, names: &[&str]) -> Result<(), PlcError> {
        if let Some(extra) = self.0.keys().find(|k| !names.contains(&k.as_str())) {
            return Err(malformed(&format!("unexpected field `{extra}`")));
        }
        if let Some(missing) = names.iter().find(|n| !self.0.contains_key(**n)) {
            return Err(malformed(&format!("missing field `{missing}`")));
        }
        Ok(())
    }

    fn get(&self, name: &str) -> Result<&Json, PlcError> {
        self.0
            .get(name)
            .ok_or_else(|| malformed(&format!("missing field `{name}`")))
    }

    fn string(&self, name: &str) -> Result<String, PlcError> {
        self.get(name)?
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| malformed(&format!("`{name}` must be a string")))
    }

    fn strings(&self, name: &str) -> Result<Vec<String>, PlcError> {
        let wrong = || malformed(&format!("`{name}` must be an array of strings"));
        self.get(name)?
            .as_array()
            .ok_or_else(wrong)?
            .iter()
            .map(|item| item.as_str().map(str::to_owned).ok_or_else(wrong))
            .collect()
    }

    fn string_map(&self, name: &str) -> Result<BTreeMap<String, String>, PlcError> {
        let wrong = || malformed(&format!("`{name}` must be an object of strings"));
        self.get(name)?
            .as_object()
            .ok_or_else(wrong)?
            .iter()
            .map(|(k, v)| Ok((k.clone(), v.as_str().ok_or_else(wrong)?.to_owned())))
            .collect()
    }

    fn services(&self, name: &str) -> Result<BTreeMap<String, Service>, PlcError> {
        let wrong = || {
            malformed(&format!(
                "`{name}` entries must be objects {{type, endpoint}} of strings"
            ))
        };
        self.get(name)?
            .as_object()
            .ok_or_else(|| malformed(&format!("`{name}` must be an object")))?
            .iter()
            .map(|(id, entry)| {
                let entry = entry.as_object().ok_or_else(wrong)?;
                if entry.len() != 2 {
                    return Err(wrong());
                }
                let field = |key: &str| {
                    entry
                        .get(key)
                        .and_then(Json::as_str)
                        .map(str::to_owned)
                        .ok_or_else(wrong)
                };
                Ok((
                    id.clone(),
                    Service {
                        kind: field("type")?,
                        endpoint: field("endpoint")?,
                    },
                ))
            })
            .collect()
    }

    fn nullable_cid(&self, name: &str) -> Result<Option<Cid>, PlcError> {
        match self.get(name)? {
            Json::Null => Ok(None),
            Json::String(text) => {
                let cid: Cid = text
                    .parse()
                    .map_err(|e| malformed(&format!("`{name}` is not a CID: {e}")))?;
                // Only the canonical string form round-trips into the same signed bytes.
                if cid.to_string() != *text {
                    return Err(malformed(&format!(
                        "`{name}` is not a canonical CID string"
                    )));
                }
                Ok(Some(cid))
            }
            _ => Err(malformed(&format!("`{name}` must be a CID string or null"))),
        }
    }
}
