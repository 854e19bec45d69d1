//! The Lexicon language: the document model, its strict parser, diagnostics and canonical text form.
//!
//! - [`Document`] and its defs: the schema model, always available (generated code names its types).
//! - [`parse_document`] / [`parse_str`] (feature `language`): JSON → [`Document`] plus [`Diagnostic`]s
//!   with JSON paths.
//! - [`canonical`] (feature `language`): the project's formatting of lexicon JSON and removal of
//!   description prose.

#[cfg(feature = "language")]
pub mod canonical;
#[cfg(feature = "language")]
mod diagnostic;
#[cfg(feature = "language")]
mod nsid;
#[cfg(feature = "language")]
mod parse;
mod path;
mod schema;
#[cfg(feature = "language")]
mod suggest;

#[cfg(feature = "language")]
pub use diagnostic::{Code, Diagnostic, Severity};
#[cfg(feature = "language")]
pub use nsid::{is_def_name, is_lower_camel, nsid_problem};
#[cfg(feature = "language")]
pub use parse::{Parsed, parse_document, parse_str};
pub use path::{ROOT as ROOT_PATH, child as child_path, index as index_path};
pub use schema::*;
