//! `Fields`: the object reader behind a generated struct's [`Layout`](super::Layout).

use super::{Path, TypedError};
use crate::model::{Map, Value};

/// Takes the properties of one object out of its map, one by one, and keeps the first error; what
/// is left at the end is the object's unknown properties ([`Fields::rest`]).
///
/// Nothing here is generic: the per-type read functions of a [`Layout`](super::Layout) are only
/// the decoding of the type itself, everything around it is shared.
#[derive(Debug)]
pub(crate) struct Fields<'p> {
    map: Map,
    path: Path<'p>,
    error: Option<TypedError>,
}

impl<'p> Fields<'p> {
    /// A reader over the object `value` at `path`; an error when `value` is not an object.
    pub(crate) fn new(value: Value, path: Path<'p>) -> Result<Fields<'p>, TypedError> {
        Ok(Fields {
            map: super::into_map(value, path)?,
            path,
            error: None,
        })
    }

    /// A reader over a record of collection `nsid`: as [`Fields::new`], and its `$type` must be
    /// `nsid` exactly (it stays with the unknown properties, so it is written back as read).
    pub(crate) fn record(
        value: Value,
        path: Path<'p>,
        nsid: &str,
    ) -> Result<Fields<'p>, TypedError> {
        let fields = Fields::new(value, path)?;
        match fields.map.get("$type") {
            Some(Value::String(found)) if found == nsid => Ok(fields),
            Some(Value::String(found)) => Err(TypedError::new(
                path.key("$type"),
                format!("record `$type` must be `{nsid}`, found `{found}`"),
            )),
            Some(_) => Err(TypedError::new(
                path.key("$type"),
                "`$type` must be a string",
            )),
            None => Err(TypedError::new(
                path,
                format!("record without `$type` (must be `{nsid}`)"),
            )),
        }
    }

    /// Takes the property `key`, with its path.
    pub(crate) fn take(&mut self, key: &'static str) -> Option<(Value, Path<'_>)> {
        let value = self.map.remove(key)?;
        Some((value, self.path.key(key)))
    }

    /// Records that the required property `key` is missing; always `false` (the read failed).
    #[cold]
    #[inline(never)]
    pub(crate) fn missing(&mut self, key: &str) -> bool {
        let error = TypedError::new(self.path, format!("missing required property `{key}`"));
        self.fail(error)
    }

    /// Records `error` unless one was recorded already; always `false` (the read failed).
    #[cold]
    #[inline(never)]
    pub(crate) fn fail(&mut self, error: TypedError) -> bool {
        self.error.get_or_insert(error);
        false
    }

    /// The first error recorded (a generic one at the object's path if none was).
    pub(crate) fn error(self) -> TypedError {
        let path = self.path;
        self.error
            .unwrap_or_else(|| TypedError::new(path, "the object could not be read"))
    }

    /// Takes the properties not taken: the object's unknown fields.
    pub(crate) fn rest(&mut self) -> Map {
        std::mem::take(&mut self.map)
    }
}
