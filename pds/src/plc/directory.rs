//! The PLC directory: validates proposed operations against a DID's current chain and appends
//! them; answers the reads of the HTTP API. Independent of HTTP so the PDS can embed it directly.

use std::sync::{Mutex, MutexGuard};

use lexgen::model::{Datetime, Did};

use super::PlcError;
use super::chain::{Accepted, LogEntry, assure_valid_next};
use super::did::parse_plc_did;
use super::document::DocumentData;
use super::limits::check_submission;
use super::operation::SignedOperation;
use super::store::{ExportAfter, Store, StoreError};

/// Why the directory refused or failed a request.
#[derive(Debug, thiserror::Error)]
pub enum DirectoryError {
    /// The operation is invalid or does not fit the chain (HTTP 400).
    #[error(transparent)]
    Rejected(#[from] PlcError),
    /// Storage failed (HTTP 500).
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What a DID resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Resolution {
    /// No operation was ever accepted for this DID.
    NotRegistered,
    /// The last valid operation is a tombstone.
    Tombstoned,
    /// The current state.
    Active(DocumentData),
}

/// Per-DID operation rate limits of the reference directory: at most this many operations within
/// the last hour, day and week (counted over the DID's valid operations).
pub(crate) const RATE_LIMITS: [(i64, usize, &str); 3] = [
    (HOUR_MICROS, 10, "hour"),
    (24 * HOUR_MICROS, 30, "day"),
    (7 * 24 * HOUR_MICROS, 100, "week"),
];
const HOUR_MICROS: i64 = 3_600_000_000;

/// A PLC directory over a [`Store`]. Appends are serialized (one lock around read-validate-write),
/// so two racing operations on the same `prev` cannot both be accepted.
pub struct Directory {
    store: Mutex<Store>,
    rate_limits: bool,
}

impl Directory {
    /// A directory over `store`, with the reference's per-DID rate limits ([`RATE_LIMITS`]).
    pub fn new(store: Store) -> Directory {
        Directory {
            store: Mutex::new(store),
            rate_limits: true,
        }
    }

    /// Turns the per-DID rate limits on or off (off suits load tests of a local directory).
    pub(crate) fn with_rate_limits(mut self, enabled: bool) -> Directory {
        self.rate_limits = enabled;
        self
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        // A panic elsewhere while holding the lock cannot leave SQLite half-written (every write
        // is one transaction), so a poisoned lock is still safe to use.
        self.store
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Validates `op` for `did` (directory limits, then the chain rules at time `now`) and stores
    /// it, flagging any operations a recovery fork nullifies.
    pub fn submit(
        &self,
        did: &str,
        op: SignedOperation,
        now: Datetime,
    ) -> Result<Accepted, DirectoryError> {
        let did = parse_plc_did(did)?;
        check_submission(&op)?;
        let mut store = self.store();
        let history = store.entries(&did, false)?;
        if let Some(last) = history.last()
            && last.created_at > now
        {
            // Keep acceptance times monotonic per DID even if the clock steps back.
            return self.submit_at(&mut store, &did, &history, op, last.created_at.clone());
        }
        self.submit_at(&mut store, &did, &history, op, now)
    }

    fn submit_at(
        &self,
        store: &mut Store,
        did: &Did,
        history: &[LogEntry],
        op: SignedOperation,
        now: Datetime,
    ) -> Result<Accepted, DirectoryError> {
        if self.rate_limits {
            check_rate(history, &now)?;
        }
        let accepted = assure_valid_next(did, history, &op, &now)?;
        if history.iter().any(|entry| entry.cid == accepted.cid) {
            return Err(PlcError::Misordered("operation already accepted".into()).into());
        }
        let entry = LogEntry {
            did: did.clone(),
            operation: op,
            cid: accepted.cid,
            nullified: false,
            created_at: now,
        };
        store.append(&entry, &accepted.nullified)?;
        Ok(accepted)
    }

    /// The current state of a DID.
    pub(crate) fn resolve(&self, did: &str) -> Result<Resolution, DirectoryError> {
        let Some(last) = self.last(did)? else {
            return Ok(Resolution::NotRegistered);
        };
        Ok(match last.operation.operation().normalized() {
            None => Resolution::Tombstoned,
            Some(op) => Resolution::Active(DocumentData::from_operation(last.did, op)),
        })
    }

    /// The last valid operation of a DID.
    pub fn last(&self, did: &str) -> Result<Option<LogEntry>, DirectoryError> {
        let Ok(did) = Did::new(did) else {
            return Ok(None);
        };
        Ok(self.store().last(&did)?)
    }

    /// A DID's operations in order; `include_nullified` gives the audit log.
    pub fn entries(
        &self,
        did: &str,
        include_nullified: bool,
    ) -> Result<Vec<LogEntry>, DirectoryError> {
        let Ok(did) = Did::new(did) else {
            return Ok(Vec::new());
        };
        Ok(self.store().entries(&did, include_nullified)?)
    }

    /// Operations of all DIDs after a position, with sequence numbers.
    pub(crate) fn export(
        &self,
        after: &ExportAfter,
        count: usize,
    ) -> Result<Vec<(i64, LogEntry)>, DirectoryError> {
        Ok(self.store().export(after, count)?)
    }

    /// Checks the store answers.
    pub(crate) fn health(&self) -> Result<(), DirectoryError> {
        Ok(self.store().health()?)
    }
}

fn check_rate(history: &[LogEntry], now: &Datetime) -> Result<(), PlcError> {
    for (window, max, name) in RATE_LIMITS {
        let since = now.timestamp_micros() - window;
        let recent = history
            .iter()
            .filter(|entry| entry.created_at.timestamp_micros() > since)
            .count();
        if recent >= max {
            return Err(PlcError::RateLimited(format!(
                "too many operations within the last {name} (max {max})"
            )));
        }
    }
    Ok(())
}
