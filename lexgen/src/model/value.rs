//! The data-model `Value` tree: null, bool, integer, string, bytes, link, array and map.
//!
//! A `Value` built by [`Value::from_drisl`] or [`Value::from_json`] satisfies the data-model rules:
//! integers within ±(2^53−1), nesting at most [`MAX_DEPTH`], `$type` a non-empty string, `$type:
//! "blob"` maps shaped like blobs. Values built by hand are checked when encoded.

pub(crate) mod map;
pub(crate) mod rules;
mod serde_impl;

use crate::model::blob::BlobRef;
use crate::model::cid::Cid;
use crate::model::drisl::{self, DecodeError, EncodeError};
use crate::model::json::{self, JsonError};

pub use map::{IntoIter as MapIntoIter, Iter as MapIter, Map};
pub use rules::NodeError;

/// Largest integer JavaScript represents exactly (2^53−1). The data model allows any 64-bit
/// signed integer; this bounds only what a JSON number with a fraction or exponent may be
/// (`123.0`), since beyond it an `f64` no longer names one integer.
pub const MAX_SAFE_INTEGER: i64 = (1 << 53) - 1;
/// Smallest integer JavaScript represents exactly (−(2^53−1)).
pub const MIN_SAFE_INTEGER: i64 = -MAX_SAFE_INTEGER;

/// How deeply arrays and maps may nest (the top-level container is depth 1), in both encodings.
///
/// The atproto data-validation guidance caps records at 32 levels; the interop vectors need 5.
/// The same limit bounds recursion in every decoder and encoder here, so hostile input cannot
/// exhaust the stack.
pub const MAX_DEPTH: usize = 32;

/// A node of the atproto data model.
///
/// ```
/// use lexgen::model::Value;
///
/// let json = serde_json::json!({"$type": "com.example.blah", "a": 123, "b": {"$bytes": "AQID"}});
/// let value = Value::from_json(&json)?;
/// let bytes = value.to_drisl()?;
/// assert_eq!(Value::from_drisl(&bytes)?, value);
/// assert_eq!(value.to_json(), json);
/// assert_eq!(value.cid()?, lexgen::model::Cid::for_dag_cbor(&bytes));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// Any 64-bit signed integer (the data model's integer).
    Integer(i64),
    String(String),
    Bytes(Vec<u8>),
    Link(Cid),
    Array(Vec<Value>),
    Map(Map),
}

impl Value {
    /// Decodes one strict DRISL (canonical DAG-CBOR) value that spans all of `bytes`.
    pub fn from_drisl(bytes: &[u8]) -> Result<Value, DecodeError> {
        drisl::decode(bytes)
    }

    /// Encodes this value as canonical DRISL.
    pub fn to_drisl(&self) -> Result<Vec<u8>, EncodeError> {
        drisl::encode(self)
    }

    /// The CID (dag-cbor codec) of this value's DRISL encoding.
    pub fn cid(&self) -> Result<Cid, EncodeError> {
        Ok(Cid::for_dag_cbor(&self.to_drisl()?))
    }

    /// Reads the atproto JSON form (`$link`, `$bytes`, no floats except integral ones).
    pub fn from_json(json: &serde_json::Value) -> Result<Value, JsonError> {
        json::from_json(json)
    }

    /// Writes the atproto JSON form.
    pub fn to_json(&self) -> serde_json::Value {
        json::to_json(self)
    }

    /// Every blob reference (`$type: "blob"` map) in this value, depth first, in map key order.
    pub fn blob_refs(&self) -> Vec<BlobRef> {
        let mut out = Vec::new();
        self.collect_blob_refs(&mut out);
        out
    }

    fn collect_blob_refs(&self, out: &mut Vec<BlobRef>) {
        match self {
            Value::Array(items) => items.iter().for_each(|v| v.collect_blob_refs(out)),
            Value::Map(map) => match BlobRef::from_map(map) {
                Some(Ok(blob)) => out.push(blob),
                _ => map.values().for_each(|v| v.collect_blob_refs(out)),
            },
            _ => {}
        }
    }

    /// A short name of this value's kind, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Integer(_) => "integer",
            Value::String(_) => "string",
            Value::Bytes(_) => "bytes",
            Value::Link(_) => "link",
            Value::Array(_) => "array",
            Value::Map(_) => "map",
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The integer, if this is one.
    pub fn as_integer(&self) -> Option<i64> {
        match self {
            Value::Integer(i) => Some(*i),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The bytes, if this is a byte string.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The CID, if this is a link.
    pub fn as_link(&self) -> Option<Cid> {
        match self {
            Value::Link(cid) => Some(*cid),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The map, if this is one.
    pub fn as_map(&self) -> Option<&Map> {
        match self {
            Value::Map(map) => Some(map),
            _ => None,
        }
    }

    /// The value under `key` if this is a map.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_map()?.get(key)
    }

    /// The `$type` of a map, if it has a string one.
    pub fn type_name(&self) -> Option<&str> {
        self.get("$type")?.as_str()
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Integer(i)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<Vec<u8>> for Value {
    fn from(b: Vec<u8>) -> Value {
        Value::Bytes(b)
    }
}

impl From<Cid> for Value {
    fn from(cid: Cid) -> Value {
        Value::Link(cid)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::Array(items)
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::Map(map)
    }
}

impl From<&Value> for serde_json::Value {
    fn from(value: &Value) -> serde_json::Value {
        value.to_json()
    }
}

impl TryFrom<&serde_json::Value> for Value {
    type Error = JsonError;
    fn try_from(json: &serde_json::Value) -> Result<Value, JsonError> {
        Value::from_json(json)
    }
}
