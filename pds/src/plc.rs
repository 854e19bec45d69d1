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
//!
//! ```
//! use lexgen::crypto::{Algorithm, Keypair};
//! use pds::plc::{Operation, PlcOperation, validate_log};
//!
//! let rotation = Keypair::generate(Algorithm::K256)?;
//! let signing = Keypair::generate(Algorithm::K256)?;
//! // A new account's genesis operation, signed by the PDS rotation key.
//! let genesis = Operation::Plc(PlcOperation::atproto(
//!     &signing.did_key(),
//!     "alice.example.com",
//!     "https://pds.example.com",
//!     vec![rotation.did_key()],
//!     None,
//! ))
//! .sign(&rotation)?;
//! let did = genesis.did()?; // did:plc:<24 base32 chars>
//! // A handle change: same state, new alsoKnownAs, prev = CID of the last operation.
//! let mut next = genesis.operation().normalized().expect("not a tombstone");
//! next.also_known_as = vec!["at://alice2.example.com".into()];
//! next.prev = Some(genesis.cid()?);
//! let next = Operation::Plc(next).sign(&rotation)?;
//! let state = validate_log(&did, &[genesis, next])?.expect("not tombstoned");
//! assert_eq!(state.also_known_as, ["at://alice2.example.com"]);
//! assert_eq!(state.to_did_document().service[0].service_endpoint, "https://pds.example.com");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod chain;
pub mod client;
pub(crate) mod did;
pub mod directory;
pub(crate) mod document;
mod error;
pub mod limits;
pub(crate) mod operation;
pub mod server;
pub mod store;

#[cfg(test)]
mod tests;

pub use chain::{Accepted, LogEntry, assure_valid_next, validate_audit_log, validate_log};

pub use document::{DidDocument, DocumentData};
pub use error::PlcError;
pub use operation::{Operation, PlcOperation, Service, SignedOperation};
