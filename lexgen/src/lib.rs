//! The atproto data model and the Lexicon language, bottom layer first.
//!
//! - [`model`]: identifiers (DID, handle, NSID, AT-URI, record key, TID, datetime, language, CID),
//!   the data-model [`model::Value`], its canonical DAG-CBOR (DRISL) and atproto JSON forms.
//! - [`lexicon`]: the Lexicon language: document model; with feature `language` (default) its strict
//!   parser and canonical formatting.
//! - [`catalog`] (feature `language`): a set of lexicon documents with every reference resolved.
//! - [`lint`] (feature `language`): diagnostics for lexicon authors (validity, references, style).
//! - [`xrpc`]: framework-free XRPC vocabulary (endpoints, parameters, bodies, error bodies).
//! - [`codegen`] (feature `codegen`): lexicon catalog → Rust source.
//! - [`typed`]: runtime support for generated types (data-model conversion, validation, serde).
//! - [`validate`]: the constraint primitives; with feature `language`, dynamic validation of values
//!   against a catalog.
//! - [`crypto`] (feature `crypto`): k256/p256 keys, low-S signatures, `did:key` and multikey.

pub mod model;

#[cfg(feature = "language")]
pub mod catalog;
#[cfg(feature = "codegen")]
pub mod codegen;
pub mod lexicon;
#[cfg(feature = "language")]
pub mod lint;
pub mod typed;
pub mod validate;
pub mod xrpc;

#[cfg(feature = "crypto")]
pub mod crypto;

/// serde, re-exported for [`via_typed!`] so generated code needs no serde dependency.
#[doc(hidden)]
pub use serde as __serde;
