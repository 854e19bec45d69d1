//! `pds account migrate`, `pds account export` and `pds account import`: moving an account between two
//! PDSes (any PDS, ours or not) over XRPC with the typed client, and a take-away backup of one.
//!
//! - `options`: what the command was asked; `secret`: passwords and the e-mail token from a flag, the
//!   environment or a prompt without echo.
//! - `source`: `--from` (a PDS URL, a DID or a handle) → the old PDS's URL.
//! - `state`: the JSON state file that makes a rerun resume where an interrupted run stopped.
//! - `flow`: the steps, in the migration guide's order: `create` (the account at the new PDS), `repo`
//!   (getRepo streamed into importRepo), `blobs` (the bounded-parallel blob copy), `identity` (the PLC
//!   operation, or did:web instructions); `verify`: the summary printed at the end; `plan`: what
//!   `--dry-run` prints.
//! - `backup`: `export` (repo.car, blobs/, preferences.json, manifest.json) and `import`.

mod backup;
mod blobs;
mod create;
mod error;
mod flow;
mod identity;
mod options;
mod plan;
mod repo;
mod secret;
mod source;
mod state;
mod verify;

pub use backup::{BlobEntry, ExportOptions, ImportOptions, Manifest, export, import};
pub(crate) use error::MigrateError;
pub use flow::{Outcome, run};
pub use options::Options;
