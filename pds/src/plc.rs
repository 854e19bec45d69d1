//! did:plc: operations and their encoding, chain verification, the PLC directory HTTP server
//! (embedded in the PDS, also runnable alone) and a client for any PLC directory.
//!
//! - [`operation`]: `plc_operation`, `plc_tombstone`, legacy `create`; DAG-CBOR, signing, CIDs.
//! - [`did`]: the DID of a genesis operation; did:plc syntax.
//! - [`limits`]: spec limits (verifying logs) and directory limits (accepting operations).
//! - [`chain`]: log validation, the next-operation rules (recovery forks within 72 h), audits.
//! - [`document`]: the DID's state (`/data`) and its W3C DID document.
//! - [`store`]: the directory's SQLite table of operations.
//! - [`directory`]: the directory itself: validate-and-append, reads; transport independent.
//! - [`server`]: the HTTP API over a [`directory::Directory`].
//! - [`client`]: an HTTP client for a PLC directory (ours or plc.directory).

pub mod chain;
pub mod client;
pub mod did;
pub mod directory;
pub mod document;
mod error;
pub mod limits;
pub mod operation;
pub mod server;
pub mod store;

#[cfg(test)]
mod tests;

pub use chain::{Accepted, LogEntry, assure_valid_next, validate_audit_log, validate_log};
pub use did::{did_for_signed_genesis, parse_plc_did};
pub use document::{DidDocument, DocumentData};
pub use error::PlcError;
pub use operation::{Operation, PlcOperation, Service, SignedOperation};
