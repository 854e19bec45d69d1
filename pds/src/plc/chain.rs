//! The did:plc state machine: validating a DID's operation log, deciding whether a proposed
//! operation may follow the current history (including recovery forks), and auditing a full log.

use lexgen::model::{Cid, Datetime, Did};
use serde::{Deserialize, Serialize};

use super::PlcError;
use super::document::DocumentData;
use super::limits::check_spec;
use super::operation::{Operation, SignedOperation};

/// How long after an operation a higher-priority rotation key may still nullify it: 72 hours.
pub const RECOVERY_WINDOW_MICROS: i64 = 72 * 60 * 60 * 1_000_000;

/// One operation of a DID's audit log (`GET /:did/log/audit`, and the lines of `/export`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
    pub did: Did,
    pub operation: SignedOperation,
    pub cid: Cid,
    pub nullified: bool,
    pub created_at: Datetime,
}

/// What accepting a proposed operation does to the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    /// The CID of the proposed operation.
    pub cid: Cid,
    /// The operation it follows (`None` for genesis).
    pub prev: Option<Cid>,
    /// Operations of the current history that the proposal nullifies (a recovery fork).
    pub nullified: Vec<Cid>,
}

/// Validates a genesis operation for `did` and returns the state it creates.
///
/// It must be a `plc_operation` with `prev: null` or a legacy `create`, within the spec limits,
/// signed by one of its own rotation keys, and hash to `did`.
pub fn check_genesis(did: &Did, op: &SignedOperation) -> Result<DocumentData, PlcError> {
    let Some(normalized) = op.operation().normalized() else {
        return Err(PlcError::Misordered(
            "a tombstone cannot be the first operation".into(),
        ));
    };
    check_spec(op)?;
    if op.prev().is_some() {
        return Err(PlcError::GenesisPrev);
    }
    op.verify_signer(&normalized.rotation_keys)?;
    let expected = op.did()?;
    if expected != *did {
        return Err(PlcError::GenesisHash {
            expected: expected.to_string(),
        });
    }
    Ok(DocumentData::from_operation(did.clone(), normalized))
}

/// Validates a DID's log of valid (non-nullified) operations in order and returns the current
/// state, or `None` when the log ends in a tombstone.
///
/// Each operation after the genesis must point at the previous one by CID and be signed by one of
/// the previous operation's rotation keys; a tombstone may only come last.
pub fn validate_log(did: &Did, ops: &[SignedOperation]) -> Result<Option<DocumentData>, PlcError> {
    let Some((first, rest)) = ops.split_first() else {
        return Err(PlcError::Misordered("the log is empty".into()));
    };
    let mut data = check_genesis(did, first)?;
    let mut prev = first.cid()?;
    for (i, op) in rest.iter().enumerate() {
        check_spec(op)?;
        if op.prev() != Some(prev) {
            return Err(PlcError::Misordered(format!(
                "operation {} does not point at the CID of operation {i} ({prev})",
                i + 1
            )));
        }
        op.verify_signer(&data.rotation_keys)?;
        match op.operation() {
            Operation::Tombstone { .. } if i + 1 == rest.len() => return Ok(None),
            Operation::Tombstone { .. } => {
                return Err(PlcError::Tombstoned(format!(
                    "operation {} follows a tombstone",
                    i + 2
                )));
            }
            Operation::LegacyCreate(_) => {
                return Err(PlcError::Misordered(
                    "a legacy `create` can only be the genesis operation".into(),
                ));
            }
            Operation::Plc(plc) => data = DocumentData::from_operation(did.clone(), plc.clone()),
        }
        prev = op.cid()?;
    }
    Ok(Some(data))
}

/// Decides whether `proposed` may be appended to `history` (the DID's current, non-nullified
/// operations in order) at time `now`.
///
/// - No history: `proposed` must be a valid genesis for `did`.
/// - `prev` = the last operation: signed by any of that operation's rotation keys.
/// - `prev` = an earlier operation (a fork): the operations after it are nullified. The proposal
///   must be signed by a rotation key of the fork point that has strictly higher priority (lower
///   index) than the key that signed the first nullified operation, and no more than 72 hours
///   after that operation was accepted.
/// - Nothing may follow a tombstone.
pub fn assure_valid_next(
    did: &Did,
    history: &[LogEntry],
    proposed: &SignedOperation,
    now: &Datetime,
) -> Result<Accepted, PlcError> {
    let cid = proposed.cid()?;
    if history.is_empty() {
        check_genesis(did, proposed)?;
        return Ok(Accepted {
            cid,
            prev: None,
            nullified: Vec::new(),
        });
    }
    check_spec(proposed)?;
    let Some(prev) = proposed.prev() else {
        return Err(PlcError::Misordered(
            "the DID already exists, so `prev` must point at one of its operations".into(),
        ));
    };
    let Some(index) = history.iter().position(|entry| entry.cid == prev) else {
        return Err(PlcError::Misordered(format!(
            "prev {prev} is not an operation in the current history of {did}"
        )));
    };
    let (kept, nullified) = history.split_at(index + 1);
    let Some(fork_point) = kept.last() else {
        return Err(PlcError::Misordered("prev not found".into()));
    };
    let Some(state) = fork_point.operation.operation().normalized() else {
        return Err(PlcError::Tombstoned(did.to_string()));
    };
    let Some(first_nullified) = nullified.first() else {
        proposed.verify_signer(&state.rotation_keys)?;
        return Ok(Accepted {
            cid,
            prev: Some(prev),
            nullified: Vec::new(),
        });
    };
    let disputed = first_nullified
        .operation
        .verify_signer(&state.rotation_keys)?;
    let stronger = state.rotation_keys.get(..disputed).unwrap_or_default();
    proposed.verify_signer(stronger).map_err(|e| match e {
        PlcError::InvalidSignature => PlcError::NotHigherPriority,
        other => other,
    })?;
    let lapsed = now.timestamp_micros() - first_nullified.created_at.timestamp_micros();
    if lapsed > RECOVERY_WINDOW_MICROS {
        return Err(PlcError::LateRecovery {
            lapsed_seconds: lapsed / 1_000_000,
        });
    }
    Ok(Accepted {
        cid,
        prev: Some(prev),
        nullified: nullified.iter().map(|entry| entry.cid).collect(),
    })
}

/// Audits a DID's full log (nullified operations included, in acceptance order): every operation
/// must have been acceptable when it was accepted, its CID must be right, and exactly the
/// operations that later recoveries nullified must be flagged `nullified`. Returns the current
/// state (`None` when tombstoned).
pub fn validate_audit_log(
    did: &Did,
    entries: &[LogEntry],
) -> Result<Option<DocumentData>, PlcError> {
    let mut live: Vec<LogEntry> = Vec::with_capacity(entries.len());
    let mut nullified: Vec<Cid> = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        if entry.did != *did {
            return Err(PlcError::AuditMismatch(format!(
                "entry {i} belongs to {}",
                entry.did
            )));
        }
        let accepted = assure_valid_next(did, &live, &entry.operation, &entry.created_at)?;
        if accepted.cid != entry.cid {
            return Err(PlcError::AuditMismatch(format!(
                "entry {i} claims CID {} but hashes to {}",
                entry.cid, accepted.cid
            )));
        }
        live.retain(|kept| !accepted.nullified.contains(&kept.cid));
        nullified.extend(accepted.nullified);
        live.push(entry.clone());
    }
    for entry in entries {
        if entry.nullified != nullified.contains(&entry.cid) {
            return Err(PlcError::AuditMismatch(format!(
                "operation {} is {}flagged nullified but the recovery rules say otherwise",
                entry.cid,
                if entry.nullified { "" } else { "not " }
            )));
        }
    }
    let ops: Vec<SignedOperation> = live.into_iter().map(|entry| entry.operation).collect();
    validate_log(did, &ops)
}
