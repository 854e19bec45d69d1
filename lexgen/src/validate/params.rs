//! XRPC parameters: typed values, or the raw strings of a query string coerced by the schema.
//!
//! A query string carries only strings. [`coerce`] turns each declared parameter's occurrences
//! into the value its schema describes (integer: decimal `-?[0-9]+`, no `+`; boolean: exactly
//! `true` or `false`; string: as is; array: one element per occurrence, each coerced by the item
//! schema); a parameter given several times that is not an array is reported. Undeclared
//! parameters are ignored, as the reference implementation does. The coerced values are then
//! validated like any other value.

use super::engine::{Walk, has_default};
use super::path::Segment;
use super::{Code, Violation, summarize_str};
use crate::lexicon::{Field, Params};
use crate::model::{Map, Value};

/// Coerces the raw query-string pairs into a map of typed values, reporting what cannot be
/// coerced; also returns the names that were given but could not be coerced.
pub(crate) fn coerce<'a>(
    walk: &mut Walk<'a>,
    params: &'a Params,
    pairs: &[(&str, &str)],
) -> (Map, Vec<&'a str>) {
    let mut out = Map::new();
    let mut failed = Vec::new();
    for (name, schema) in &params.properties {
        let raw: Vec<&str> = pairs
            .iter()
            // An empty value is no value, as in the generated runtime and the reference (`?cursor=`).
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| *v)
            .collect();
        if raw.is_empty() {
            continue;
        }
        walk.path.push(Segment::Key(name));
        match schema {
            Field::Array(array) => {
                let mut items = Vec::with_capacity(raw.len());
                for (i, text) in raw.iter().enumerate() {
                    walk.path.push(Segment::Index(i));
                    if let Some(item) = scalar(walk, &array.items, text) {
                        items.push(item);
                    }
                    walk.path.pop();
                }
                if items.len() == raw.len() {
                    out.insert(name.clone(), Value::Array(items));
                }
            }
            _ if raw.len() > 1 => walk.report(Violation::new(
                Code::RepeatedParameter,
                format!("a single {} (not an array)", schema.type_name()),
                format!("{} occurrences", raw.len()),
            )),
            _ => {
                if let Some(value) = raw.first().and_then(|text| scalar(walk, schema, text)) {
                    out.insert(name.clone(), value);
                }
            }
        }
        walk.path.pop();
        if !out.contains_key(name) {
            failed.push(name.as_str());
        }
    }
    (out, failed)
}

fn scalar(walk: &mut Walk<'_>, schema: &Field, text: &str) -> Option<Value> {
    let found = || format!("string {}", summarize_str(text));
    match schema {
        Field::String(_) => Some(Value::String(text.to_owned())),
        Field::Integer(_) => {
            let parsed = if text.starts_with('+') {
                None
            } else {
                // The data model's integers are 64-bit signed, in parameters as in records.
                text.parse::<i64>().ok()
            };
            if parsed.is_none() {
                walk.report(Violation::new(
                    Code::WrongType,
                    "an integer (decimal digits)",
                    found(),
                ));
            }
            parsed.map(Value::Integer)
        }
        Field::Boolean(_) => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => {
                walk.report(Violation::new(
                    Code::WrongType,
                    "a boolean (true or false)",
                    found(),
                ));
                None
            }
        },
        other => {
            walk.report(Violation::new(
                Code::UnsupportedSchema,
                "a boolean, integer or string parameter",
                format!("a {} parameter schema", other.type_name()),
            ));
            None
        }
    }
}

/// Validates typed parameter values (after coercion, or as decoded from JSON); the `given`
/// names count as present (they were reported already when they could not be coerced).
pub(crate) fn check<'a>(
    walk: &mut Walk<'a>,
    base: &'a str,
    params: &'a Params,
    map: &'a Map,
    given: &[&str],
) {
    for (name, schema) in &params.properties {
        walk.path.push(Segment::Key(name));
        match map.get(name) {
            None => {
                if params.required.iter().any(|r| r == name)
                    && !has_default(schema)
                    && !given.contains(&name.as_str())
                {
                    walk.report(Violation::new(
                        Code::MissingRequired,
                        "a required parameter",
                        "nothing",
                    ));
                }
            }
            Some(value) => walk.field(base, schema, value),
        }
        walk.path.pop();
    }
}
