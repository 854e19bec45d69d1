//! The strict lexicon parser: JSON → [`Document`], with a diagnostic (code and JSON path) for every
//! unknown attribute, wrong JSON type, missing attribute and impossible combination.

mod fields;
mod primary;
mod reader;

use std::collections::BTreeMap;

use serde_json::Value;

use super::diagnostic::{Code, Diagnostic};
use super::nsid::{is_def_name, nsid_problem};
use super::path::{ROOT, child};
use super::schema::{Def, Document};
use reader::Parser;

/// The outcome of parsing one document: the model (when the input has the shape of a document)
/// and every diagnostic found. The document is valid only if no diagnostic is an error.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The parsed document; `None` when the input is not a JSON object with a string `id`.
    /// Attributes that were reported as errors are left out of it.
    pub document: Option<Document>,
    /// Everything found, errors and warnings, in document order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Parsed {
    /// Whether the document parsed without any error.
    pub fn is_valid(&self) -> bool {
        self.document.is_some() && !self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The document if it is valid, otherwise the diagnostics.
    pub fn into_result(self) -> Result<Document, Vec<Diagnostic>> {
        let valid = self.is_valid();
        match self.document {
            Some(document) if valid => Ok(document),
            _ => Err(self.diagnostics),
        }
    }
}

/// Parses a lexicon document from JSON text.
pub fn parse_str(text: &str) -> Parsed {
    match serde_json::from_str::<Value>(text) {
        Ok(value) => parse_document(&value),
        Err(error) => Parsed {
            document: None,
            diagnostics: vec![Diagnostic::new(
                Code::InvalidJson,
                None,
                ROOT,
                format!("not valid JSON: {error}"),
            )],
        },
    }
}

/// Parses a lexicon document from a JSON value.
pub fn parse_document(value: &Value) -> Parsed {
    let mut parser = Parser::default();
    let document = document(&mut parser, value);
    Parsed {
        document,
        diagnostics: parser.diagnostics,
    }
}

fn document(p: &mut Parser, value: &Value) -> Option<Document> {
    let node = p.object(value, ROOT, "a lexicon document")?;
    // The id first, so every later diagnostic names the document.
    let id = match node.map.get("id") {
        Some(Value::String(id)) => {
            p.nsid = Some(id.clone());
            if let Some(problem) = nsid_problem(id) {
                p.report(
                    Code::InvalidNsid,
                    child(ROOT, "id"),
                    format!("`{id}` is not a valid NSID: {problem}"),
                );
            }
            Some(id.clone())
        }
        Some(other) => {
            p.wrong_type(&child(ROOT, "id"), "a string (NSID)", other);
            None
        }
        None => {
            p.report(
                Code::MissingAttribute,
                ROOT,
                "missing `id` (the NSID of the document)",
            );
            None
        }
    };
    p.check_keys(&node, &["lexicon", "id", "revision", "description", "defs"]);
    match node.map.get("lexicon") {
        Some(Value::Number(n)) if n.as_u64() == Some(1) => {}
        Some(Value::Number(n)) if n.is_u64() || n.is_i64() => p.report(
            Code::UnsupportedVersion,
            child(ROOT, "lexicon"),
            format!("lexicon version {n} is not supported (only 1)"),
        ),
        Some(other) => p.wrong_type(&child(ROOT, "lexicon"), "the integer 1", other),
        None => p.report(
            Code::MissingAttribute,
            ROOT,
            "missing `lexicon` (the language version, 1)",
        ),
    }
    let revision = p.uint(&node, "revision");
    let description = p.string(&node, "description");
    let mut defs = BTreeMap::new();
    if let Some(defs_node) = p.required_object(&node, "defs", "a map of definitions") {
        if defs_node.map.is_empty() {
            p.report(
                Code::EmptyDefs,
                defs_node.path.clone(),
                "a lexicon needs at least one definition",
            );
        }
        for (name, value) in defs_node.map {
            let path = child(&defs_node.path, name);
            if !is_def_name(name) {
                p.report(
                    Code::InvalidName,
                    path.clone(),
                    format!("`{name}` is not a valid def name (a letter, then letters, digits, `_` or `-`)"),
                );
            }
            if let Some(def) = primary::def(p, name, value, &path) {
                defs.insert(name.clone(), def);
            }
        }
    }
    let id = id?;
    Some(Document {
        lexicon: 1,
        id,
        revision,
        description,
        defs,
    })
}

/// Whether a def of this kind may have this name (primary types only as `main`).
fn check_primary_name(p: &mut Parser, name: &str, def: &Def, path: &str) {
    if def.is_primary() && name != "main" {
        p.report(
            Code::PrimaryNotMain,
            path,
            format!(
                "a `{}` definition must be named `main`, not `{name}`",
                def.type_name()
            ),
        );
    }
}

#[cfg(test)]
mod tests;
