//! What validation reports: a [`Violation`] of one constraint, and a [`Diagnostic`] (a violation at a JSON path).

use std::fmt;

use super::Code;
use crate::model::Value;

/// One broken constraint, without a location: what the constraint primitives return.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    /// The stable code.
    pub code: Code,
    /// The constraint as the schema states it (`maxLength 300`, `format did`, `accept [image/*]`).
    pub constraint: String,
    /// What was found instead (`301 bytes`, `"not a did"`, `mimeType "text/plain"`).
    pub found: String,
}

impl Violation {
    /// A violation of `constraint` by what was `found`.
    pub fn new(code: Code, constraint: impl Into<String>, found: impl Into<String>) -> Self {
        Violation {
            code,
            constraint: constraint.into(),
            found: found.into(),
        }
    }

    /// Places the violation at `path`.
    pub fn at(self, path: impl Into<String>) -> Diagnostic {
        Diagnostic {
            path: path.into(),
            code: self.code,
            constraint: self.constraint,
            found: self.found,
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected {}, found {}",
            self.code, self.constraint, self.found
        )
    }
}

impl std::error::Error for Violation {}

/// One validation error: where (a JSON path such as `$.embed.images[0].alt`), the stable code,
/// the constraint and a summary of the offending value.
///
/// Displayed as `path: code: expected <constraint>, found <value>`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// JSON path of the offending value (`$` is the validated value itself).
    pub path: String,
    /// The stable code.
    pub code: Code,
    /// The constraint as the schema states it.
    pub constraint: String,
    /// A short summary of what was found.
    pub found: String,
}

impl Diagnostic {
    /// The human message: `expected <constraint>, found <value>`.
    pub fn message(&self) -> String {
        format!("expected {}, found {}", self.constraint, self.found)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: expected {}, found {}",
            self.path, self.code, self.constraint, self.found
        )
    }
}

/// `1 byte`, `2 bytes`: a count with its noun.
pub(crate) fn count(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

const SHOWN_CHARS: usize = 40;

/// A short, single-line summary of a string for diagnostics: quoted, at most 40 characters.
pub fn summarize_str(s: &str) -> String {
    let mut chars = s.chars();
    let shown: String = chars.by_ref().take(SHOWN_CHARS).collect();
    let quoted = serde_json::to_string(&shown).unwrap_or_else(|_| format!("\"{shown}\""));
    if chars.next().is_some() {
        format!("{}…\"", &quoted[..quoted.len() - 1])
    } else {
        quoted
    }
}

/// A short, single-line summary of a value for diagnostics (`"text…"`, `42`, `array of 3`, `map with $type "x"`).
pub fn summarize(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Integer(i) => i.to_string(),
        Value::String(s) => format!("string {}", summarize_str(s)),
        Value::Bytes(b) => format!("bytes ({})", count(b.len() as u64, "byte")),
        Value::Link(cid) => format!("cid-link {cid}"),
        Value::Array(items) => format!("array of {}", count(items.len() as u64, "element")),
        Value::Map(map) => match map.get("$type") {
            Some(Value::String(t)) => format!("object with $type {}", summarize_str(t)),
            _ => format!("object with {}", count(map.len() as u64, "key")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_are_short() {
        assert_eq!(summarize_str("abc"), "\"abc\"");
        let long = "x".repeat(100);
        let s = summarize_str(&long);
        assert!(s.ends_with("…\"") && s.chars().count() == 43, "{s}");
        assert_eq!(summarize(&Value::Integer(3)), "3");
        assert_eq!(
            summarize(&Value::Array(vec![Value::Null])),
            "array of 1 element"
        );
        let d = Violation::new(Code::StringTooLong, "maxLength 3", "4 bytes").at("$.a");
        assert_eq!(
            d.to_string(),
            "$.a: string-too-long: expected maxLength 3, found 4 bytes"
        );
    }
}
