//! The Lexicon language: the document model, its strict parser, diagnostics and canonical text form.
//!
//! - [`parse_document`] / [`parse_str`]: JSON → [`Document`] plus [`Diagnostic`]s with JSON paths.
//! - [`canonical`]: the project's formatting of lexicon JSON and removal of description prose.

pub mod canonical;
mod diagnostic;
mod nsid;
mod parse;
mod path;
mod schema;
mod suggest;

pub use diagnostic::{Code, Diagnostic, Severity};
pub use nsid::{is_def_name, is_lower_camel, nsid_problem};
pub use parse::{Parsed, parse_document, parse_str};
pub use path::{ROOT as ROOT_PATH, child as child_path, index as index_path};
pub use schema::*;
