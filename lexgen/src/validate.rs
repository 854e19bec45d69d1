//! Dynamic validation of data-model values against the defs of a `Catalog` (feature `language`), and the
//! constraint primitives it shares with generated code (always available).
//!
//! [`Validator`] checks records (`$type` rules included), any data def, XRPC parameters (typed, or
//! raw query-string pairs), procedure inputs, query/procedure outputs and subscription messages.
//! It collects every problem, each a [`Diagnostic`]: a JSON path (`$.embed.images[0].alt`), a
//! stable [`Code`], the constraint and a summary of the offending value.
//!
//! ```
//! use lexgen::catalog::Catalog;
//! use lexgen::lexicon::parse_str;
//! use lexgen::model::Value;
//! use lexgen::validate::{Mode, Validator};
//!
//! let doc = r#"{"lexicon": 1, "id": "com.example.note", "defs": {"main": {"type": "record",
//!     "key": "tid", "record": {"type": "object", "required": ["text"], "properties": {
//!     "text": {"type": "string", "maxLength": 10, "maxGraphemes": 5}}}}}}"#;
//! let mut catalog = Catalog::new();
//! catalog.insert(parse_str(doc).document.ok_or("bad lexicon")?, None);
//! let record = serde_json::json!({"$type": "com.example.note", "text": "hello world"});
//! let found = Validator::new(&catalog, Mode::Strict).record("com.example.note", &Value::from_json(&record)?);
//! let lines: Vec<String> = found.iter().map(ToString::to_string).collect();
//! assert_eq!(lines, [
//!     "$.text: string-too-long: expected maxLength 10 (UTF-8 bytes), found 11 bytes",
//!     "$.text: too-many-graphemes: expected maxGraphemes 5, found 11 graphemes",
//! ]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Constraint primitives
//!
//! Each Lexicon constraint is one function in [`constraints`], taking plain parameters and
//! returning `Result<(), Violation>`; the dynamic validator and generated code both call them:
//!
//! - [`constraints::string_length`]`(s, min, max)`: `minLength`/`maxLength` in UTF-8 bytes;
//! - [`constraints::graphemes`]`(s, min, max)`: `minGraphemes`/`maxGraphemes` in extended grapheme clusters;
//! - [`constraints::format`]`(s, StringFormat, Mode)`: every string format, via the model types;
//! - [`constraints::string_enum`]`(s, &[..])`, [`constraints::string_const`]`(s, expected)`;
//! - [`constraints::integer_range`]`(i, min, max)`, [`constraints::integer_enum`]`(i, &[..])`,
//!   [`constraints::integer_const`]`(i, expected)`, [`constraints::boolean_const`]`(b, expected)`;
//! - [`constraints::array_length`]`(len, min, max)`, [`constraints::bytes_length`]`(len, min, max)`;
//! - [`constraints::blob_accept`]`(mime, &[..])` (with [`constraints::mime_matches`] for `image/*`,
//!   `*/*`), [`constraints::blob_max_size`]`(size, max)`;
//! - [`constraints::record_key`]`(rkey, &lexicon::RecordKey)`: a record key against the record's `key` type.
//!
//! A [`Violation`] becomes a [`Diagnostic`] with [`Violation::at`]`(path)`.
//!
//! # Modes
//!
//! [`Mode::Strict`] is the spec. [`Mode::Lenient`] accepts legacy data the reference
//! implementation (`@atproto/lexicon`) accepts, and differs in exactly these points:
//!
//! 1. `datetime` strings may also be the ISO 8601 forms the reference tolerates: no timezone,
//!    `±HHMM` offsets, the basic format `20231030T222523Z`, second 60;
//! 2. an object reached through a `ref` may carry a `$type` naming another def; strict mode
//!    requires a `$type` there to name the referenced def (`type-mismatch`);
//! 3. a `cid` string may be a CIDv0 (`Qm…`), which the interop vectors refuse.
//!
//! Both modes accept legacy `{cid, mimeType}` blobs (readers must; writers refuse them
//! elsewhere) and any CIDv1 as a `cid` string ([`crate::model::Cid::check_format`]). Every
//! difference from the reference is a row of `docs/conformance.md`.
//!
//! Both modes check blob `accept` and `maxSize` (the reference does not), reject an `unknown`
//! value that is not a map or is a blob, and accept unlisted `$type`s in open unions without
//! validating them (as the reference does).
//!
//! # Parameters
//!
//! [`Validator::params`] takes typed values (a map). [`Validator::query_params`] takes the raw
//! `(name, value)` pairs of a query string and coerces each by its schema first: integers as
//! decimal `-?[0-9]+` within ±(2^53−1), booleans as exactly `true`/`false`, arrays from repeated
//! names; a non-array name given twice is `repeated-parameter`; undeclared names are ignored.

pub mod constraints;

#[cfg(feature = "language")]
mod accept;
mod code;
mod diagnostic;
#[cfg(feature = "language")]
mod engine;
#[cfg(feature = "language")]
mod index;
#[cfg(feature = "language")]
mod params;
#[cfg(feature = "language")]
mod path;
#[cfg(feature = "language")]
mod text;
#[cfg(feature = "language")]
mod validator;

#[cfg(test)]
#[cfg(feature = "language")]
mod tests;

pub use code::Code;
pub use diagnostic::{Diagnostic, Violation, summarize, summarize_str};
#[cfg(feature = "language")]
pub use validator::{Validator, record_type};

/// How strictly to validate: the spec, or the spec plus the legacy forms the reference accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// The Lexicon and data-model specs as written.
    #[default]
    Strict,
    /// Also accepts legacy data (see the module documentation for the exact difference).
    Lenient,
}
