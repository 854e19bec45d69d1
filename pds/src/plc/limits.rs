//! Structural limits on operations: what the spec requires of every operation in a log, and the
//! stricter rules the directory applies to operations it accepts (and this PDS applies to
//! operations it signs).
//!
//! Decisions on the spec ↔ reference differences (protocol notes §2a.6, Δ2):
//! - **Size**: the spec allows 7500 bytes of signed DAG-CBOR, the reference directory accepts only
//!   4000. Logs are verified against the spec's 7500 ([`MAX_OP_BYTES`]), so anything
//!   plc.directory ever accepted verifies here; new operations (submitted to our directory, or
//!   built by the PDS) must fit the directory's 4000 ([`MAX_SUBMITTED_OP_BYTES`]), so what our
//!   directory accepts would also be accepted by plc.directory.
//! - **Rotation keys**: 1 to 5, unique, k256 or p256 did:keys everywhere. The spec, the reference
//!   library (`assureValidOp`) and the reference server's constraints all say 5; 10 appears only
//!   in an older reading of the server.
//! - The reference server's other limits (≤10 `alsoKnownAs` of ≤256 chars without duplicates,
//!   ≤10 services with id ≤32, type ≤256, endpoint ≤512 chars, verification-method id ≤32) apply
//!   to submissions; the spec's ≤10 verification methods applies to every operation.

use std::collections::HashSet;

use lexgen::crypto::{DID_KEY_PREFIX, PublicKey};

use super::PlcError;
use super::operation::{Operation, PlcOperation, SignedOperation};

/// Largest signed operation (DAG-CBOR bytes) the spec allows; enforced when verifying logs.
pub(crate) const MAX_OP_BYTES: usize = 7500;
/// Largest signed operation the directory accepts (the reference server's limit).
pub(crate) const MAX_SUBMITTED_OP_BYTES: usize = 4000;
/// Most rotation keys an operation may list.
pub(crate) const MAX_ROTATION_KEYS: usize = 5;
/// Most verification methods an operation may list (spec v0.2).
pub(crate) const MAX_VERIFICATION_METHODS: usize = 10;
/// Most `alsoKnownAs` entries a submission may list.
pub(crate) const MAX_ALSO_KNOWN_AS: usize = 10;
/// Longest `alsoKnownAs` entry in a submission.
pub(crate) const MAX_ALSO_KNOWN_AS_LEN: usize = 256;
/// Most services a submission may list.
pub(crate) const MAX_SERVICES: usize = 10;
/// Longest service or verification-method id in a submission.
pub(crate) const MAX_ID_LEN: usize = 32;
/// Longest service type in a submission.
pub(crate) const MAX_SERVICE_TYPE_LEN: usize = 256;
/// Longest service endpoint in a submission.
pub(crate) const MAX_SERVICE_ENDPOINT_LEN: usize = 512;
/// Longest did:key accepted anywhere (generous; real ones are under 60 characters).
pub(crate) const MAX_DID_KEY_LEN: usize = 256;

/// Checks what the spec requires of every operation in a log: size ≤ 7500 bytes, 1–5 unique
/// k256/p256 rotation keys, ≤ 10 verification methods that are syntactically valid did:keys.
pub fn check_spec(op: &SignedOperation) -> Result<(), PlcError> {
    let size = op.signed_bytes()?.len();
    if size > MAX_OP_BYTES {
        return Err(PlcError::Limit(format!(
            "operation is {size} bytes of DAG-CBOR (max {MAX_OP_BYTES})"
        )));
    }
    match op.operation() {
        Operation::Tombstone { .. } => Ok(()),
        Operation::Plc(plc) => check_keys(plc),
        Operation::LegacyCreate(_) => match op.operation().normalized() {
            Some(plc) => check_keys(&plc),
            None => Ok(()),
        },
    }
}

fn check_keys(op: &PlcOperation) -> Result<(), PlcError> {
    let count = op.rotation_keys.len();
    if count == 0 {
        return Err(PlcError::Limit("need at least one rotation key".into()));
    }
    if count > MAX_ROTATION_KEYS {
        return Err(PlcError::Limit(format!(
            "too many rotation keys: {count} (max {MAX_ROTATION_KEYS})"
        )));
    }
    let mut seen = HashSet::with_capacity(count);
    for key in &op.rotation_keys {
        if !seen.insert(key.as_str()) {
            return Err(PlcError::Limit(format!("duplicate rotation key {key}")));
        }
        check_rotation_key(key)?;
    }
    let methods = op.verification_methods.len();
    if methods > MAX_VERIFICATION_METHODS {
        return Err(PlcError::Limit(format!(
            "too many verification methods: {methods} (max {MAX_VERIFICATION_METHODS})"
        )));
    }
    for key in op.verification_methods.values() {
        check_did_key_syntax(key)?;
    }
    Ok(())
}

/// A rotation key must be a did:key of a k256 or p256 public key.
pub(crate) fn check_rotation_key(key: &str) -> Result<(), PlcError> {
    if key.len() > MAX_DID_KEY_LEN {
        return Err(unsupported(key, "longer than 256 characters"));
    }
    PublicKey::from_did_key(key)
        .map(|_| ())
        .map_err(|e| unsupported(key, &e.to_string()))
}

/// A verification-method key may be any key type, but must be `did:key:z` + base58btc.
pub(crate) fn check_did_key_syntax(key: &str) -> Result<(), PlcError> {
    if key.len() > MAX_DID_KEY_LEN {
        return Err(unsupported(key, "longer than 256 characters"));
    }
    let Some(multibase) = key.strip_prefix(DID_KEY_PREFIX) else {
        return Err(unsupported(key, "must start with `did:key:`"));
    };
    let Some(base58) = multibase.strip_prefix('z') else {
        return Err(unsupported(key, "multibase must be base58btc (`z` prefix)"));
    };
    const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    if base58.is_empty() || !base58.bytes().all(|b| ALPHABET.contains(&b)) {
        return Err(unsupported(key, "not base58btc"));
    }
    Ok(())
}

fn unsupported(key: &str, reason: &str) -> PlcError {
    let key: String = key.chars().take(80).collect();
    PlcError::UnsupportedKey {
        key,
        reason: reason.to_owned(),
    }
}

/// Everything [`check_spec`] checks, plus the directory's limits: ≤ 4000 bytes, no legacy
/// `create`, and the reference server's bounds on `alsoKnownAs`, services and ids (which must
/// also not contain `#`: it is added when the DID document is rendered).
pub fn check_submission(op: &SignedOperation) -> Result<(), PlcError> {
    check_spec(op)?;
    let size = op.signed_bytes()?.len();
    if size > MAX_SUBMITTED_OP_BYTES {
        return Err(PlcError::Limit(format!(
            "operation is {size} bytes of DAG-CBOR (max {MAX_SUBMITTED_OP_BYTES})"
        )));
    }
    let plc = match op.operation() {
        Operation::Tombstone { .. } => return Ok(()),
        Operation::LegacyCreate(_) => return Err(PlcError::LegacyCreateSubmitted),
        Operation::Plc(plc) => plc,
    };
    if plc.also_known_as.len() > MAX_ALSO_KNOWN_AS {
        return Err(PlcError::Limit(format!(
            "too many alsoKnownAs entries (max {MAX_ALSO_KNOWN_AS})"
        )));
    }
    let mut seen = HashSet::new();
    for aka in &plc.also_known_as {
        if aka.len() > MAX_ALSO_KNOWN_AS_LEN {
            return Err(PlcError::Limit(format!(
                "alsoKnownAs entry longer than {MAX_ALSO_KNOWN_AS_LEN} characters"
            )));
        }
        if !seen.insert(aka.as_str()) {
            return Err(PlcError::Limit(format!(
                "duplicate alsoKnownAs entry {aka}"
            )));
        }
    }
    if plc.services.len() > MAX_SERVICES {
        return Err(PlcError::Limit(format!(
            "too many services (max {MAX_SERVICES})"
        )));
    }
    for (id, service) in &plc.services {
        check_id("service", id)?;
        if service.kind.len() > MAX_SERVICE_TYPE_LEN {
            return Err(PlcError::Limit(format!(
                "service type longer than {MAX_SERVICE_TYPE_LEN} characters"
            )));
        }
        if service.endpoint.len() > MAX_SERVICE_ENDPOINT_LEN {
            return Err(PlcError::Limit(format!(
                "service endpoint longer than {MAX_SERVICE_ENDPOINT_LEN} characters"
            )));
        }
    }
    for id in plc.verification_methods.keys() {
        check_id("verification method", id)?;
    }
    Ok(())
}

fn check_id(what: &str, id: &str) -> Result<(), PlcError> {
    if id.is_empty() || id.len() > MAX_ID_LEN {
        return Err(PlcError::Limit(format!(
            "{what} id must be 1 to {MAX_ID_LEN} characters"
        )));
    }
    if id.contains('#') {
        return Err(PlcError::Limit(format!(
            "{what} id {id:?} must not contain `#`"
        )));
    }
    Ok(())
}
