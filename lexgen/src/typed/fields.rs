//! `Fields`: the object reader behind a generated struct's [`Layout`](super::Layout), keeping the first error.

use super::{Path, Typed, TypedError};
use crate::model::{Map, Value};

/// Takes the properties of one object out of its map, one by one, and remembers the first error.
///
/// A generated struct's [`Layout`](super::Layout) reads its properties in order through one
/// `Fields`; what is left at the end is the object's unknown properties ([`Fields::rest`]).
#[derive(Debug)]
pub struct Fields<'p> {
    map: Map,
    path: Path<'p>,
    error: Option<TypedError>,
}

impl<'p> Fields<'p> {
    /// A reader over the object `value` at `path`; an error when `value` is not an object.
    pub fn new(value: Value, path: Path<'p>) -> Result<Fields<'p>, TypedError> {
        Ok(Fields {
            map: super::into_map(value, path)?,
            path,
            error: None,
        })
    }

    /// A reader over a record of collection `nsid`: as [`Fields::new`], and its `$type` must be
    /// `nsid` exactly (it stays with the unknown properties, so it is written back as read).
    pub fn record(value: Value, path: Path<'p>, nsid: &str) -> Result<Fields<'p>, TypedError> {
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

    // `required` and `optional` are instantiated once per property type, inside the read
    // function of that type's [`Field`](super::Field)s; their error paths are in the cold,
    // non-generic `missing` / `fail`.

    /// Reads the required property `key` into `slot`; leaves it `None` after recording the error.
    #[inline]
    pub fn required<T: Typed>(&mut self, key: &str, slot: &mut Option<T>) {
        let Some(value) = self.map.remove(key) else {
            self.missing(key);
            return;
        };
        match T::from_value(value, self.path.key(key)) {
            Ok(value) => *slot = Some(value),
            Err(error) => self.fail(error),
        }
    }

    /// Reads the optional property `key` into `slot` (`Some(None)` when absent; `null` is an
    /// error unless `T` is [`Nullable`](super::Nullable)); leaves it `None` after recording the
    /// error.
    #[inline]
    pub fn optional<T: Typed>(&mut self, key: &str, slot: &mut Option<Option<T>>) {
        let Some(value) = self.map.remove(key) else {
            *slot = Some(None);
            return;
        };
        match T::from_value(value, self.path.key(key)) {
            Ok(value) => *slot = Some(Some(value)),
            Err(error) => self.fail(error),
        }
    }

    #[cold]
    #[inline(never)]
    fn missing(&mut self, key: &str) {
        let error = TypedError::new(self.path, format!("missing required property `{key}`"));
        self.error.get_or_insert(error);
    }

    #[cold]
    #[inline(never)]
    fn fail(&mut self, error: TypedError) {
        self.error.get_or_insert(error);
    }

    /// The first error recorded (a generic one at the object's path if none was).
    pub fn error(self) -> TypedError {
        let path = self.path;
        self.error
            .unwrap_or_else(|| TypedError::new(path, "the object could not be read"))
    }

    /// Takes the properties not taken: the object's unknown fields.
    pub fn rest(&mut self) -> Map {
        std::mem::take(&mut self.map)
    }
}
