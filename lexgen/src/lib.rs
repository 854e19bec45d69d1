//! The atproto data model and the Lexicon language, bottom layer first.
//!
//! - [`model`]: identifiers (DID, handle, NSID, AT-URI, record key, TID, datetime, language, CID),
//!   the data-model [`model::Value`], its canonical DAG-CBOR (DRISL) and atproto JSON forms.
//! - [`lexicon`]: the Lexicon language: document model, strict parser, canonical formatting.
//! - [`catalog`]: a set of lexicon documents with every reference resolved.
//! - [`lint`]: diagnostics for lexicon authors (validity, references, style).
//! - [`validate`]: dynamic validation of values against a catalog, and the constraint primitives.
//! - [`crypto`] (feature `crypto`): k256/p256 keys, low-S signatures, `did:key` and multikey.

pub mod model;

pub mod catalog;
pub mod lexicon;
pub mod lint;
pub mod validate;

#[cfg(feature = "crypto")]
pub mod crypto;
