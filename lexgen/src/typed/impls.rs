//! `Typed` for the data-model types generated fields use (scalars, string formats, blobs, links,
//! bytes, arrays, boxes), and `AsText` for the string-like ones.

use std::borrow::Cow;

use super::{Path, Rule, Typed, TypedError, Validate, Violation};
use crate::model::{
    AtIdentifier, AtUri, BlobRef, Bytes, Cid, CidLink, CidString, Datetime, Did, Handle, Language,
    Map, Nsid, RecordKey, Tid, Uri, Value,
};

fn wrong_kind(path: Path<'_>, expected: &str, found: &Value) -> TypedError {
    TypedError::new(path, format!("expected {expected}, found {}", found.kind()))
}

impl Typed for Value {
    fn from_value(value: Value, _path: Path<'_>) -> Result<Self, TypedError> {
        Ok(value)
    }
    fn to_value(&self) -> Value {
        self.clone()
    }
}

/// `unknown`: any object.
impl Typed for Map {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        super::into_map(value, path)
    }
    fn to_value(&self) -> Value {
        Value::Map(self.clone())
    }
}

impl Typed for bool {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        value
            .as_bool()
            .ok_or_else(|| wrong_kind(path, "a boolean", &value))
    }
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}

impl Typed for i64 {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        value
            .as_integer()
            .ok_or_else(|| wrong_kind(path, "an integer", &value))
    }
    fn to_value(&self) -> Value {
        Value::Integer(*self)
    }
}

impl Typed for String {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        match value {
            Value::String(s) => Ok(s),
            other => Err(wrong_kind(path, "a string", &other)),
        }
    }
    fn to_value(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Typed for Bytes {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        match value {
            Value::Bytes(b) => Ok(Bytes(b)),
            other => Err(wrong_kind(path, "bytes", &other)),
        }
    }
    fn to_value(&self) -> Value {
        Value::Bytes(self.0.clone())
    }
}

impl Typed for CidLink {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        match value {
            Value::Link(cid) => Ok(CidLink(cid)),
            other => Err(wrong_kind(path, "a cid-link", &other)),
        }
    }
    fn to_value(&self) -> Value {
        Value::Link(self.0)
    }
}

impl Typed for BlobRef {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        let blob =
            BlobRef::from_value(&value).map_err(|e| TypedError::new(path, format!("blob: {e}")))?;
        // Every key is known (4 in a blob map, 2 in the legacy form): nothing is lost on writing.
        let keys = if blob.is_legacy() { 2 } else { 4 };
        match value {
            Value::Map(map) if map.len() != keys => Err(TypedError::new(
                path,
                "blob: a key other than $type, ref, mimeType and size",
            )),
            _ => Ok(blob),
        }
    }
    fn to_value(&self) -> Value {
        BlobRef::to_value(self)
    }
}

// Plain loops rather than iterator chains: these are instantiated once per element type in every
// generated crate, and the adapters (`GenericShunt`, in-place collect) cost far more to compile.
impl<T: Typed> Typed for Vec<T> {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        let items = into_array(value, path)?;
        let mut out = Vec::with_capacity(items.len());
        for_each_item(
            items,
            path,
            &mut |item, path| match T::from_value(item, path) {
                Ok(item) => {
                    out.push(item);
                    None
                }
                Err(error) => Some(error),
            },
        )?;
        Ok(out)
    }
    fn to_value(&self) -> Value {
        let mut out = Vec::with_capacity(self.len());
        for item in self {
            out.push(item.to_value());
        }
        Value::Array(out)
    }
}

/// The loop of `Vec<T>::from_value`, written once: calls `read` on each item until it fails.
fn for_each_item(
    items: Vec<Value>,
    path: Path<'_>,
    read: &mut dyn FnMut(Value, Path<'_>) -> Option<TypedError>,
) -> Result<(), TypedError> {
    for (i, item) in items.into_iter().enumerate() {
        if let Some(error) = read(item, path.index(i)) {
            return Err(error);
        }
    }
    Ok(())
}

fn into_array(value: Value, path: Path<'_>) -> Result<Vec<Value>, TypedError> {
    match value {
        Value::Array(items) => Ok(items),
        other => Err(wrong_kind(path, "an array", &other)),
    }
}

impl<T: Typed> Typed for Box<T> {
    fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
        T::from_value(value, path).map(Box::new)
    }
    fn to_value(&self) -> Value {
        self.as_ref().to_value()
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_at(&self, path: Path<'_>, out: &mut Vec<Violation>) {
        for (i, item) in self.iter().enumerate() {
            item.validate_at(path.index(i), out);
        }
    }

    /// An array rule checks the length first, then gives each item the items' rule.
    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        let items = rule.array(self.len(), path, out);
        super::object::validate_items(self, items, path, out);
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate_at(&self, path: Path<'_>, out: &mut Vec<Violation>) {
        self.as_ref().validate_at(path, out);
    }

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        self.as_ref().validate_rule(rule, path, out);
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_at(&self, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.validate_at(path, out);
        }
    }

    fn validate_rule(&self, rule: &Rule, path: Path<'_>, out: &mut Vec<Violation>) {
        if let Some(value) = self {
            value.validate_rule(rule, path, out);
        }
    }
}

/// The text of a string-like field, for length and grapheme checks.
pub trait AsText {
    /// The string as written.
    fn text(&self) -> Cow<'_, str>;
}

impl AsText for String {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

/// String formats: parsed from a string, written back as their text.
macro_rules! string_format {
    ($($ty:ty => $name:literal,)*) => {$(
        impl Typed for $ty {
            fn from_value(value: Value, path: Path<'_>) -> Result<Self, TypedError> {
                match value {
                    Value::String(s) => s.parse().map_err(|e| {
                        TypedError::new(path, format!("invalid {}: {e}", $name))
                    }),
                    other => Err(wrong_kind(path, concat!("a string (", $name, ")"), &other)),
                }
            }
            fn to_value(&self) -> Value {
                Value::String(self.to_string())
            }
        }

        impl AsText for $ty {
            fn text(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

string_format! {
    AtIdentifier => "at-identifier",
    AtUri => "at-uri",
    Cid => "cid",
    CidString => "cid",
    Datetime => "datetime",
    Did => "did",
    Handle => "handle",
    Language => "language",
    Nsid => "nsid",
    RecordKey => "record-key",
    Tid => "tid",
    Uri => "uri",
}

/// `unknown` values carry no constraints.
impl Validate for Map {
    fn validate_at(&self, _path: Path<'_>, _out: &mut Vec<Violation>) {}
}
