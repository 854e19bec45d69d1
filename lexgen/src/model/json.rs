//! The atproto JSON form of `Value`: `{"$link": cid}` for links, `{"$bytes": base64}` for bytes.
//!
//! Reading is strict: `$link`/`$bytes` objects must have exactly that one key with a valid string,
//! numbers must be integers within ±(2^53−1), nesting is bounded by [`MAX_DEPTH`], and the
//! reserved-key rules (`$type`, blobs) hold. One leniency, required by the interop vectors
//! (`data-model-valid.json`, "float, but integer-like"): a JSON number written with a fraction or
//! exponent whose value is an exact integer (`123.0`) is read as that integer, as JavaScript does.

use std::fmt;

use crate::model::bytes::{decode_base64, encode_base64};
use crate::model::cid::{Cid, CidError};
use crate::model::value::{
    MAX_DEPTH, MAX_SAFE_INTEGER, MIN_SAFE_INTEGER, Map, NodeError, Value, rules,
};

/// JSON that is not valid atproto data, with a JSON Pointer to the offending node.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct JsonError {
    /// JSON Pointer (RFC 6901) of the offending node; empty for the root.
    pub path: String,
    pub kind: JsonErrorKind,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "/"
        } else {
            &self.path
        };
        write!(f, "invalid atproto JSON at {path}: {}", self.kind)
    }
}

/// The rule that the JSON broke.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JsonErrorKind {
    #[error("floats are not allowed")]
    Float,
    #[error(
        "integer outside the 64-bit signed range (or, written with a fraction or exponent, outside ±(2^53−1))"
    )]
    IntegerOutOfRange,
    #[error("nesting deeper than {max}")]
    TooDeep { max: usize },
    #[error("a `$link` object has exactly one key, `$link`, whose value is a CID string")]
    LinkShape,
    #[error("invalid `$link` CID: {0}")]
    Link(CidError),
    #[error("a `$bytes` object has exactly one key, `$bytes`, whose value is a base64 string")]
    BytesShape,
    #[error("invalid `$bytes` base64")]
    Base64,
    #[error("{0}")]
    Node(#[from] NodeError),
    #[error("expected an object")]
    NotAnObject,
}

impl JsonError {
    fn new(kind: JsonErrorKind) -> JsonError {
        JsonError {
            path: String::new(),
            kind,
        }
    }

    /// Prefixes the path with one more segment (errors are built from the leaf outwards).
    fn under(mut self, segment: &str) -> JsonError {
        let escaped = segment.replace('~', "~0").replace('/', "~1");
        self.path = format!("/{escaped}{}", self.path);
        self
    }
}

pub(crate) fn from_json(json: &serde_json::Value) -> Result<Value, JsonError> {
    value(json, 0)
}

impl Map {
    /// Reads a JSON object (a record, an XRPC body) in the atproto JSON form.
    pub fn from_json(json: &serde_json::Value) -> Result<Map, JsonError> {
        if !json.is_object() {
            return Err(JsonError::new(JsonErrorKind::NotAnObject));
        }
        match value(json, 0)? {
            Value::Map(map) => Ok(map),
            // `$link`/`$bytes` objects are values, not maps.
            _ => Err(JsonError::new(JsonErrorKind::NotAnObject)),
        }
    }
}

fn number(n: &serde_json::Number) -> Result<Value, JsonError> {
    if let Some(i) = n.as_i64() {
        return Ok(Value::Integer(i));
    }
    if n.is_u64() {
        return Err(JsonError::new(JsonErrorKind::IntegerOutOfRange));
    }
    float(n.as_f64().unwrap_or(f64::NAN)).map_err(JsonError::new)
}

/// A JSON number that is not an `i64`: accepted only if it is an exact, safe integer (`123.0`).
pub(crate) fn float(f: f64) -> Result<Value, JsonErrorKind> {
    if !f.is_finite() || f.fract() != 0.0 {
        Err(JsonErrorKind::Float)
    } else if (MIN_SAFE_INTEGER as f64..=MAX_SAFE_INTEGER as f64).contains(&f) {
        Ok(Value::Integer(f as i64))
    } else {
        Err(JsonErrorKind::IntegerOutOfRange)
    }
}

/// A JSON object whose members are already converted, inside `depth` containers: a link or bytes
/// for the `$link`/`$bytes` forms, otherwise a map that must satisfy the depth limit and the
/// reserved-key rules.
pub(crate) fn object(map: Map, depth: usize) -> Result<Value, JsonErrorKind> {
    if let Some(link) = map.get("$link") {
        return match (map.len(), link) {
            (1, Value::String(s)) => s
                .parse::<Cid>()
                .map(Value::Link)
                .map_err(JsonErrorKind::Link),
            _ => Err(JsonErrorKind::LinkShape),
        };
    }
    if let Some(bytes) = map.get("$bytes") {
        return match (map.len(), bytes) {
            (1, Value::String(s)) => decode_base64(s)
                .map(Value::Bytes)
                .map_err(|_| JsonErrorKind::Base64),
            _ => Err(JsonErrorKind::BytesShape),
        };
    }
    if depth >= MAX_DEPTH {
        return Err(JsonErrorKind::TooDeep { max: MAX_DEPTH });
    }
    rules::check_map(&map)?;
    Ok(Value::Map(map))
}

/// Converts `json`, which sits inside `depth` containers.
fn value(json: &serde_json::Value, depth: usize) -> Result<Value, JsonError> {
    use serde_json::Value as J;
    match json {
        J::Null => Ok(Value::Null),
        J::Bool(b) => Ok(Value::Bool(*b)),
        J::Number(n) => number(n),
        J::String(s) => Ok(Value::String(s.clone())),
        J::Array(items) => {
            if depth >= MAX_DEPTH {
                return Err(JsonError::new(JsonErrorKind::TooDeep { max: MAX_DEPTH }));
            }
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                out.push(value(item, depth + 1).map_err(|e| e.under(&i.to_string()))?);
            }
            Ok(Value::Array(out))
        }
        J::Object(members) => {
            // `$link`/`$bytes` objects are not containers, so an object exactly at the limit is
            // converted and then rejected only if it turns out to be a map; one past the limit
            // cannot be valid, which keeps recursion bounded.
            if depth > MAX_DEPTH {
                return Err(JsonError::new(JsonErrorKind::TooDeep { max: MAX_DEPTH }));
            }
            let mut map = Map::with_capacity(members.len());
            for (k, v) in members {
                map.insert_str(k, value(v, depth + 1).map_err(|e| e.under(k))?);
            }
            object(map, depth).map_err(JsonError::new)
        }
    }
}

pub(crate) fn to_json(value: &Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        Value::Null => J::Null,
        Value::Bool(b) => J::Bool(*b),
        Value::Integer(i) => J::from(*i),
        Value::String(s) => J::String(s.clone()),
        Value::Bytes(b) => single("$bytes", encode_base64(b)),
        Value::Link(cid) => single("$link", cid.to_string()),
        Value::Array(items) => J::Array(items.iter().map(to_json).collect()),
        Value::Map(map) => J::Object(
            map.iter()
                .map(|(k, v)| (k.to_owned(), to_json(v)))
                .collect(),
        ),
    }
}

fn single(key: &str, text: String) -> serde_json::Value {
    let mut object = serde_json::Map::with_capacity(1);
    object.insert(key.to_owned(), serde_json::Value::String(text));
    serde_json::Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const CID: &str = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

    fn kind(json: serde_json::Value) -> (String, JsonErrorKind) {
        let e = Value::from_json(&json).unwrap_err();
        (e.path, e.kind)
    }

    #[test]
    fn links_and_bytes() {
        let v = Value::from_json(&json!({"l": {"$link": CID}, "b": {"$bytes": "AQID"}})).unwrap();
        assert_eq!(v.get("l"), Some(&Value::Link(CID.parse().unwrap())));
        assert_eq!(v.get("b"), Some(&Value::Bytes(vec![1, 2, 3])));
        assert_eq!(
            v.to_json(),
            json!({"l": {"$link": CID}, "b": {"$bytes": "AQID"}})
        );
        // padding accepted on input, never written
        let v = Value::from_json(&json!({"$bytes": "AQ=="})).unwrap();
        assert_eq!(v.to_json(), json!({"$bytes": "AQ"}));
    }

    #[test]
    fn malformed_links_and_bytes() {
        assert_eq!(
            kind(json!({"a": {"$link": 1}})),
            ("/a".into(), JsonErrorKind::LinkShape)
        );
        assert_eq!(
            kind(json!({"$link": CID, "x": 1})).1,
            JsonErrorKind::LinkShape
        );
        assert!(matches!(
            kind(json!({"$link": "."})).1,
            JsonErrorKind::Link(_)
        ));
        assert_eq!(kind(json!({"$bytes": [1]})).1, JsonErrorKind::BytesShape);
        assert_eq!(
            kind(json!({"$bytes": "AQ", "x": 1})).1,
            JsonErrorKind::BytesShape
        );
        assert_eq!(kind(json!({"$bytes": "A-_"})).1, JsonErrorKind::Base64);
    }

    #[test]
    fn other_dollar_keys_are_kept() {
        let v = Value::from_json(&json!({"$unknown": 1, "$type": "com.example.x"})).unwrap();
        assert_eq!(v.get("$unknown"), Some(&Value::Integer(1)));
        assert_eq!(v.type_name(), Some("com.example.x"));
    }

    #[test]
    fn numbers() {
        assert_eq!(
            Value::from_json(&json!(123.0)).unwrap(),
            Value::Integer(123)
        );
        assert_eq!(
            kind(json!({"a": [1.5]})),
            ("/a/0".into(), JsonErrorKind::Float)
        );
        assert_eq!(
            Value::from_json(&json!(i64::MIN)).unwrap(),
            Value::Integer(i64::MIN)
        );
        assert_eq!(
            Value::from_json(&json!(i64::MAX)).unwrap(),
            Value::Integer(i64::MAX)
        );
        assert_eq!(
            kind(json!(i64::MAX as u64 + 1)).1,
            JsonErrorKind::IntegerOutOfRange
        );
        assert_eq!(kind(json!(u64::MAX)).1, JsonErrorKind::IntegerOutOfRange);
        assert_eq!(kind(json!(1e300)).1, JsonErrorKind::IntegerOutOfRange);
        assert_eq!(
            Value::from_json(&json!(9007199254740991i64)).unwrap(),
            Value::Integer(MAX_SAFE_INTEGER)
        );
    }

    #[test]
    fn type_rules() {
        assert_eq!(
            kind(json!({"r": {"$type": null}})),
            ("/r".into(), JsonErrorKind::Node(NodeError::TypeNotString))
        );
        assert_eq!(
            kind(json!({"$type": ""})).1,
            JsonErrorKind::Node(NodeError::TypeEmpty)
        );
    }

    #[test]
    fn depth_limit() {
        let mut ok = json!(null);
        for _ in 0..MAX_DEPTH {
            ok = json!([ok]);
        }
        assert!(Value::from_json(&ok).is_ok());
        let deep = json!({"a/b": [ok]});
        let (path, kind) = kind(deep);
        assert_eq!(kind, JsonErrorKind::TooDeep { max: MAX_DEPTH });
        assert!(path.starts_with("/a~1b/0"), "{path}");
    }

    #[test]
    fn links_at_the_depth_limit_are_not_containers() {
        let mut json = json!({"$link": CID});
        for _ in 0..MAX_DEPTH {
            json = json!([json]);
        }
        let value = Value::from_json(&json).unwrap();
        let bytes = value.to_drisl().unwrap();
        assert_eq!(Value::from_drisl(&bytes).unwrap(), value);
        assert_eq!(serde_json::from_value::<Value>(json).unwrap(), value);
        let too_deep = json!([{ "a": 1 }]);
        let mut nested = too_deep;
        for _ in 0..MAX_DEPTH - 1 {
            nested = json!([nested]);
        }
        assert!(matches!(
            kind(nested.clone()).1,
            JsonErrorKind::TooDeep { .. }
        ));
        assert!(serde_json::from_value::<Value>(nested).is_err());
    }

    #[test]
    fn deep_objects_stop_at_the_limit() {
        let mut json = json!(1);
        for _ in 0..1000 {
            json = json!({ "a": json });
        }
        // The error is raised one level past the limit, not at the bottom of the input.
        let (path, kind) = kind(json.clone());
        assert_eq!(kind, JsonErrorKind::TooDeep { max: MAX_DEPTH });
        assert_eq!(path, "/a".repeat(MAX_DEPTH + 1));
        assert!(serde_json::from_value::<Value>(json).is_err());
    }

    #[test]
    fn objects_only() {
        assert_eq!(
            Map::from_json(&json!("blah")).unwrap_err().kind,
            JsonErrorKind::NotAnObject
        );
        assert_eq!(
            Map::from_json(&json!({"$link": CID})).unwrap_err().kind,
            JsonErrorKind::NotAnObject
        );
        assert!(Map::from_json(&json!({"a": 1})).is_ok());
    }
}
