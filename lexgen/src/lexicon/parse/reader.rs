//! Reading JSON attributes with diagnostics: typed getters that report wrong types, missing and unknown attributes.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::lexicon::diagnostic::{Code, Diagnostic};
use crate::lexicon::path::{child, index};

/// Collects diagnostics for one document.
#[derive(Default)]
pub(super) struct Parser {
    /// The document's id, once known.
    pub nsid: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// A JSON object being read, with its path.
pub(super) struct Node<'v> {
    pub map: &'v Map<String, Value>,
    pub path: String,
}

/// A short name of a JSON value's type, for messages.
pub(super) fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(n) if n.is_f64() => "a float",
        Value::Number(n) if n.as_i64().is_some_and(|n| n < 0) => "a negative integer",
        Value::Number(_) => "an integer",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl Parser {
    pub fn report(&mut self, code: Code, path: impl Into<String>, message: impl Into<String>) {
        let diagnostic = Diagnostic::new(code, self.nsid.as_deref(), path, message);
        self.diagnostics.push(diagnostic);
    }

    pub fn wrong_type(&mut self, path: &str, expected: &str, found: &Value) {
        self.report(
            Code::WrongType,
            path,
            format!("expected {expected}, found {}", json_type(found)),
        );
    }

    /// `value` as an object node, or a wrong-type diagnostic.
    pub fn object<'v>(&mut self, value: &'v Value, path: &str, what: &str) -> Option<Node<'v>> {
        match value {
            Value::Object(map) => Some(Node {
                map,
                path: path.to_owned(),
            }),
            other => {
                self.wrong_type(path, what, other);
                None
            }
        }
    }

    /// Reports every key of `node` that is not in `allowed`.
    pub fn check_keys(&mut self, node: &Node<'_>, allowed: &[&str]) {
        for key in node.map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.report(
                    Code::UnknownAttribute,
                    child(&node.path, key),
                    match crate::lexicon::suggest::closest(key, allowed) {
                        Some(close) => {
                            format!("unknown attribute `{key}` (did you mean `{close}`?)")
                        }
                        None => format!(
                            "unknown attribute `{key}` (allowed here: {})",
                            allowed.join(", ")
                        ),
                    },
                );
            }
        }
    }

    pub fn missing(&mut self, node: &Node<'_>, key: &str, what: &str) {
        self.report(
            Code::MissingAttribute,
            node.path.clone(),
            format!("missing `{key}` ({what})"),
        );
    }

    pub fn string(&mut self, node: &Node<'_>, key: &str) -> Option<String> {
        match node.map.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(&child(&node.path, key), "a string", other);
                None
            }
        }
    }

    pub fn required_string(&mut self, node: &Node<'_>, key: &str, what: &str) -> Option<String> {
        if !node.map.contains_key(key) {
            self.missing(node, key, what);
        }
        self.string(node, key)
    }

    pub fn bool(&mut self, node: &Node<'_>, key: &str) -> Option<bool> {
        match node.map.get(key)? {
            Value::Bool(b) => Some(*b),
            other => {
                self.wrong_type(&child(&node.path, key), "a boolean", other);
                None
            }
        }
    }

    pub fn int(&mut self, node: &Node<'_>, key: &str) -> Option<i64> {
        match node.map.get(key)? {
            Value::Number(n) if n.as_i64().is_some() => n.as_i64(),
            other => {
                self.wrong_type(&child(&node.path, key), "an integer", other);
                None
            }
        }
    }

    /// A non-negative integer (lengths, sizes).
    pub fn uint(&mut self, node: &Node<'_>, key: &str) -> Option<u64> {
        match node.map.get(key)? {
            Value::Number(n) if n.as_u64().is_some() => n.as_u64(),
            other => {
                self.wrong_type(&child(&node.path, key), "a non-negative integer", other);
                None
            }
        }
    }

    /// An array of strings; wrong elements are reported and skipped.
    pub fn string_list(&mut self, node: &Node<'_>, key: &str) -> Option<Vec<String>> {
        let path = child(&node.path, key);
        match node.map.get(key)? {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::String(s) => out.push(s.clone()),
                        other => self.wrong_type(&index(&path, i), "a string", other),
                    }
                }
                self.check_unique(&path, &out);
                Some(out)
            }
            other => {
                self.wrong_type(&path, "an array of strings", other);
                None
            }
        }
    }

    /// An array of integers; wrong elements are reported and skipped.
    pub fn int_list(&mut self, node: &Node<'_>, key: &str) -> Option<Vec<i64>> {
        let path = child(&node.path, key);
        match node.map.get(key)? {
            Value::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    match item.as_i64() {
                        Some(n) => out.push(n),
                        None => self.wrong_type(&index(&path, i), "an integer", item),
                    }
                }
                self.check_unique(&path, &out);
                Some(out)
            }
            other => {
                self.wrong_type(&path, "an array of integers", other);
                None
            }
        }
    }

    /// A map of language tag → string (`title:lang`, `detail:lang`).
    pub fn lang_map(&mut self, node: &Node<'_>, key: &str) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        let path = child(&node.path, key);
        let Some(value) = node.map.get(key) else {
            return out;
        };
        let Some(map) = self.object(value, &path, "a map of language tags to strings") else {
            return out;
        };
        for (tag, text) in map.map {
            let entry = child(&path, tag);
            let well_formed = !tag.is_empty()
                && tag.split('-').all(|part| {
                    !part.is_empty()
                        && part.len() <= 8
                        && part.bytes().all(|b| b.is_ascii_alphanumeric())
                });
            if !well_formed {
                self.report(
                    Code::InvalidValue,
                    entry.clone(),
                    format!("`{tag}` is not a language tag"),
                );
            }
            match text {
                Value::String(s) => {
                    out.insert(tag.clone(), s.clone());
                }
                other => self.wrong_type(&entry, "a string", other),
            }
        }
        out
    }

    /// Reports entries listed twice.
    pub fn check_unique<T: PartialEq + std::fmt::Debug>(&mut self, path: &str, items: &[T]) {
        for (i, item) in items.iter().enumerate() {
            if items[..i].contains(item) {
                self.report(
                    Code::DuplicateEntry,
                    index(path, i),
                    format!("{item:?} is listed more than once"),
                );
            }
        }
    }

    /// The member `key` as an object node, reporting a wrong type; `None` when absent.
    pub fn optional_object<'v>(
        &mut self,
        node: &Node<'v>,
        key: &str,
        what: &str,
    ) -> Option<Node<'v>> {
        let value = node.map.get(key)?;
        self.object(value, &child(&node.path, key), what)
    }

    /// The member `key` as an object node, reporting it missing or of the wrong type.
    pub fn required_object<'v>(
        &mut self,
        node: &Node<'v>,
        key: &str,
        what: &str,
    ) -> Option<Node<'v>> {
        if !node.map.contains_key(key) {
            self.missing(node, key, what);
            return None;
        }
        self.optional_object(node, key, what)
    }
}
