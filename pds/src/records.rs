//! Record writes as the repo endpoints see them, in the order a write passes through:
//! - `prepare`: `$type` and record-key rules, `validation` (the reference's `validate` semantics against
//!   the server's lexicon catalog), the blob references, encoding once to DAG-CBOR;
//! - `write`: the batch's writes (`RecordWrite`);
//! - `commit`: the entry point, running a `plan` (swaps, blob checks, put → create/update/nothing,
//!   `backlinks` de-duplicated) as one commit on the repository's writer thread;
//! - `blob_refs`: blob ownership checks, the records' blob references in the commit's transaction, and
//!   the promotion of the blobs it made permanent;
//! - `refusal`: why a write was refused, and its one conversion into each endpoint's error.

mod backlinks;
mod blob_refs;
mod commit;
mod plan;
mod prepare;
mod refusal;
mod validation;
mod write;

pub(crate) use commit::{CommitError, CommitOutcome, commit};
pub(crate) use prepare::{BlobUse, MAX_RECORD_BYTES, PreparedRecord, Validation, prepare_record};
pub(crate) use refusal::{Refusal, SwapError};
pub(crate) use write::{MAX_WRITES, RecordWrite};
