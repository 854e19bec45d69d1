//! The atproto data model and the Lexicon language, bottom layer first.
//!
//! - [`model`]: identifiers (DID, handle, NSID, AT-URI, record key, TID, datetime, language, CID),
//!   the data-model [`model::Value`], its canonical DAG-CBOR (DRISL) and atproto JSON forms.
//! - [`crypto`] (feature `crypto`): k256/p256 keys, low-S signatures, `did:key` and multikey.

pub mod model;

#[cfg(feature = "crypto")]
pub mod crypto;
