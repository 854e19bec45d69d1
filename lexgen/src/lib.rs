//! The atproto data model and the Lexicon language, bottom layer first.
//!
//! - [`model`]: identifiers (DID, handle, NSID, AT-URI, record key, TID, datetime, language, CID),
//!   the data-model [`model::Value`], its canonical DAG-CBOR (DRISL) and atproto JSON forms.
//! - [`lexicon`]: the Lexicon language: document model, strict parser, canonical formatting.
//! - [`catalog`]: a set of lexicon documents with every reference resolved.
//! - [`lint`]: diagnostics for lexicon authors (validity, references, style).
//! - [`xrpc`]: framework-free XRPC vocabulary (endpoints, parameters, bodies, error bodies).
//! - [`codegen`] (feature `codegen`): lexicon catalog → Rust source.
//! - [`typed`]: runtime support for generated types (data-model conversion, validation, serde).
//! - [`validate`]: dynamic validation of values against a catalog, and the constraint primitives.
//! - [`crypto`] (feature `crypto`): k256/p256 keys, low-S signatures, `did:key` and multikey.

pub mod model;

pub mod catalog;
#[cfg(feature = "codegen")]
pub mod codegen;
pub mod lexicon;
pub mod lint;
pub mod typed;
pub mod validate;
pub mod xrpc;

#[cfg(feature = "crypto")]
pub mod crypto;

/// serde, re-exported for [`via_typed!`] so generated code needs no serde dependency.
#[doc(hidden)]
pub use serde as __serde;
