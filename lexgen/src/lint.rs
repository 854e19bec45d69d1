//! Lexicon diagnostics for authors: everything the parser and the catalog find, plus style rules.
//!
//! - [`lint_value`]: one document on its own (parse errors and style).
//! - [`lint_paths`]: files and directories, with references resolved against a context directory
//!   (normally `lexicons/`), every finding located in its file.
//! - [`style`]: the style rules alone, for a parsed document.
//! - [`evolution`]: the breaking changes between a published document and its new version.

pub mod evolution;
mod paths;
mod permissions;
mod style;

use serde_json::Value;

use crate::lexicon::{Diagnostic, parse_document};

pub use paths::{Summary, lint_paths};
pub use style::style;

/// Lints one document without a catalog: parse diagnostics, then style warnings.
pub fn lint_value(value: &Value) -> Vec<Diagnostic> {
    let parsed = parse_document(value);
    let mut out = parsed.diagnostics;
    if let Some(document) = &parsed.document {
        out.extend(style(document, None));
    }
    out
}
