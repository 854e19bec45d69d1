//! Runtime support for generated types: conversion to and from the data model, validation, serde.
//!
//! Generated records, objects and unions implement [`Typed`] (read from / write to a [`Value`],
//! errors located by a [`Path`]) and [`Validate`] (every lexicon constraint, all violations
//! collected). Going through [`Value`] keeps unknown fields in a canonical [`Map`], so a typed
//! round trip gives back the same DAG-CBOR bytes (and CID) and the same JSON.
//!
//! [`Map`]: crate::model::Map

pub mod check;
mod error;
mod fields;
mod impls;
mod nullable;
mod object;
mod path;
mod permission;
pub mod rule;
mod string_set;
mod via_typed;

use crate::model::{Map, Value};

pub use error::{TypedError, Violation};
pub use impls::AsText;
pub use nullable::Nullable;
pub use object::{Field, Layout, Object, ParamField, ParamsLayout, ParamsTable};
pub use path::Path;
pub use permission::{Permission, PermissionSet, RepoActions, RepoPermission, RpcPermission};
pub use rule::Rule;

/// A type that reads from and writes to the data model.
pub trait Typed: Sized {
    /// Reads `value`; errors name `path`.
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError>;

    /// Writes the data-model form.
    fn to_value(&self) -> Value;

    /// Reads a JSON document (atproto JSON form).
    fn from_json(json: &serde_json::Value) -> Result<Self, TypedError> {
        let value = Value::from_json(json).map_err(|e| TypedError::new(Path::ROOT, e))?;
        Self::from_value(value, Path::ROOT)
    }

    /// Writes the atproto JSON form.
    fn to_json(&self) -> serde_json::Value {
        self.to_value().to_json()
    }

    /// Reads canonical DAG-CBOR (DRISL).
    fn from_drisl(bytes: &[u8]) -> Result<Self, TypedError> {
        let value = Value::from_drisl(bytes).map_err(|e| TypedError::new(Path::ROOT, e))?;
        Self::from_value(value, Path::ROOT)
    }

    /// Writes canonical DAG-CBOR (DRISL).
    fn to_drisl(&self) -> Result<Vec<u8>, crate::model::EncodeError> {
        self.to_value().to_drisl()
    }
}

/// Every lexicon constraint a decoded value can still break (lengths, graphemes, ranges, ...).
pub trait Validate {
    /// Appends every violation under `path` to `out`.
    fn validate_at(&self, path: Path<'_>, out: &mut Vec<Violation>);

    /// Appends every violation under `path` to `out`, `rule` being the constraints a generated
    /// table declares for the field that holds this value. Strings, integers, booleans, bytes,
    /// blobs and arrays apply the rule of their kind; the default (objects and unions, whose
    /// constraints are their own fields) validates the value itself.
    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        let _ = rule;
        self.validate_at(path, out);
    }

    /// Every violation, located from the root.
    fn validate(&self) -> Vec<Violation> {
        let mut out = Vec::new();
        self.validate_at(Path::ROOT, &mut out);
        out
    }
}

/// The map inside `value`, or an error at `path`.
pub fn into_map(value: Value, path: Path<'_>) -> Result<Map, TypedError> {
    match value {
        Value::Map(map) => Ok(map),
        other => Err(TypedError::new(
            path,
            format!("expected an object, found {}", other.kind()),
        )),
    }
}

/// Writes `value` under `key` (out of line, as [`put_optional`]: one copy per property type,
/// called once per property of every generated `to_value`).
#[inline(never)]
pub fn put<T: Typed>(map: &mut Map, key: &str, value: &T) {
    map.insert(key, value.to_value());
}

/// Writes `value` under `key` when present.
#[inline(never)]
pub fn put_optional<T: Typed>(map: &mut Map, key: &str, value: &Option<T>) {
    if let Some(value) = value {
        map.insert(key, value.to_value());
    }
}

/// The `$type` of a union member.
pub fn union_type(map: &Map, path: Path<'_>) -> Result<String, TypedError> {
    match map.get("$type") {
        Some(Value::String(name)) => Ok(name.clone()),
        Some(_) => Err(TypedError::new(
            path.key("$type"),
            "`$type` must be a string",
        )),
        None => Err(TypedError::new(path, "union member without `$type`")),
    }
}

/// A known union member read from its map (its `$type` stays with the member's other properties).
pub fn member<T: Typed>(map: Map, path: Path<'_>) -> Result<Box<T>, TypedError> {
    T::from_value(Value::Map(map), path).map(Box::new)
}

/// A union member's map with its `$type` set to `name`.
pub fn tagged<T: Typed>(value: &T, name: &str) -> Value {
    with_type(value.to_value(), name)
}

fn with_type(value: Value, name: &str) -> Value {
    match value {
        Value::Map(mut map) => {
            map.insert("$type", Value::String(name.to_owned()));
            Value::Map(map)
        }
        other => other,
    }
}

/// A record's map with `$type` set to its NSID when absent.
pub fn with_record_type(mut map: Map, nsid: &str) -> Value {
    if !map.contains_key("$type") {
        map.insert("$type", Value::String(nsid.to_owned()));
    }
    Value::Map(map)
}

/// The error for a closed union or enum given a value outside its set.
pub fn not_in_set(path: Path<'_>, what: &str, found: &str) -> TypedError {
    TypedError::new(
        path,
        format!("{what} `{found}` is not one of the allowed values"),
    )
}

/// The `Debug` form of a generated type: its name and its atproto JSON (used by [`via_typed!`]).
///
/// [`via_typed!`]: crate::via_typed
pub fn debug(name: &str, value: &Value, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    write!(f, "{name}({})", value.to_json())
}

/// `Serialize` for a [`Typed`] type, through its [`Value`].
pub fn serialize<T: Typed, S: serde::Serializer>(
    value: &T,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&value.to_value(), serializer)
}

/// `Deserialize` for a [`Typed`] type, through a [`Value`]; errors keep their path.
pub fn deserialize<'de, T: Typed, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let value = <Value as serde::Deserialize>::deserialize(deserializer)?;
    T::from_value(value, Path::ROOT).map_err(<D::Error as serde::de::Error>::custom)
}
