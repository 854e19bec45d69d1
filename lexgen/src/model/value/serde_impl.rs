//! `Serialize`/`Deserialize` for `Value`: atproto JSON form for human-readable formats, the data
//! model itself (bytes, tag-42 links) for binary ones such as [`crate::model::drisl`].
//!
//! Deserializing does not trust `is_human_readable()` (serde's buffering for `flatten` and
//! internally tagged enums reports `true` even inside DAG-CBOR): one visitor accepts both forms,
//! with the JSON rules shared with [`crate::model::json`]. Binary input has been checked strictly
//! by [`crate::model::drisl::check`] before serde sees it, so no float or `$link` map gets here.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

use super::map::Key;
use super::{MAX_DEPTH, Map, Value};
use crate::model::bytes::Bytes;
use crate::model::cid::CidLink;
use crate::model::cid::link::LinkVisitor;
use crate::model::json;

impl serde::Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_none(),
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Integer(i) => serializer.serialize_i64(*i),
            Value::String(s) => serializer.serialize_str(s),
            Value::Bytes(b) => Bytes::serialize_slice(b, serializer),
            Value::Link(cid) => CidLink(*cid).serialize(serializer),
            Value::Array(items) => serializer.collect_seq(items),
            Value::Map(map) => map.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        ValueSeed { depth: 0 }.deserialize(deserializer)
    }
}

impl serde::Serialize for Map {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_map(Some(self.len()))?;
        for (k, v) in self {
            out.serialize_entry(k, v)?;
        }
        out.end()
    }
}

impl<'de> Deserialize<'de> for Map {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Map, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::Map(map) => Ok(map),
            other => Err(de::Error::custom(format_args!(
                "expected a map, found {}",
                other.kind()
            ))),
        }
    }
}

/// Deserializes one data-model value that sits inside `depth` containers.
struct ValueSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl ValueSeed {
    fn enter<E: de::Error>(&self) -> Result<ValueSeed, E> {
        if self.depth >= MAX_DEPTH {
            return Err(E::custom(format_args!("nesting deeper than {MAX_DEPTH}")));
        }
        Ok(ValueSeed {
            depth: self.depth + 1,
        })
    }
}

fn integer<E: de::Error>(i: i128) -> Result<Value, E> {
    match i64::try_from(i) {
        Ok(i) => Ok(Value::Integer(i)),
        Err(_) => Err(E::custom(format_args!(
            "integer {i} outside the 64-bit signed range"
        ))),
    }
}

impl<'de> Visitor<'de> for ValueSeed {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an atproto data-model value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
        integer(i.into())
    }

    fn visit_u64<E: de::Error>(self, i: u64) -> Result<Value, E> {
        integer(i.into())
    }

    fn visit_i128<E: de::Error>(self, i: i128) -> Result<Value, E> {
        integer(i)
    }

    fn visit_u128<E: de::Error>(self, i: u128) -> Result<Value, E> {
        integer(i128::try_from(i).unwrap_or(i128::MAX))
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        json::float(f).map_err(E::custom)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<Value, E> {
        Ok(Value::Bytes(b.to_vec()))
    }

    fn visit_byte_buf<E: de::Error>(self, b: Vec<u8>) -> Result<Value, E> {
        Ok(Value::Bytes(b))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        // serde_ipld_dagcbor hands tag-42 links over as a newtype around the CID bytes.
        LinkVisitor
            .visit_newtype_struct(d)
            .map(|link| Value::Link(link.0))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.enter()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element_seed(ValueSeed { depth: inner.depth })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        // As in `json`: an object exactly at the limit may still be a link or bytes, so its depth
        // is checked once we know it is a map; one past the limit cannot be valid.
        if self.depth > MAX_DEPTH {
            return Err(de::Error::custom(format_args!(
                "nesting deeper than {MAX_DEPTH}"
            )));
        }
        let mut map = Map::new();
        while let Some(key) = access.next_key_seed(KeySeed)? {
            let value = access.next_value_seed(ValueSeed {
                depth: self.depth + 1,
            })?;
            if map.insert_key(key, value).is_some() {
                return Err(de::Error::custom("duplicate map key"));
            }
        }
        json::object(map, self.depth).map_err(de::Error::custom)
    }
}

/// Reads a map key straight into a [`Key`] (no `String` for a short key).
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string map key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(Key::new(key))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key, E> {
        Ok(Key::from_string(key))
    }

    // As `String`'s own visitor: UTF-8 bytes are a string.
    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<Key, E> {
        match std::str::from_utf8(key) {
            Ok(key) => Ok(Key::new(key)),
            Err(_) => Err(de::Error::invalid_value(de::Unexpected::Bytes(key), &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_round_trip() {
        let text = r#"{"a":{"$bytes":"AQID"},"b":[1,null,true],"c":{"$link":"bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity"}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(value.get("a"), Some(&Value::Bytes(vec![1, 2, 3])));
        assert_eq!(serde_json::to_string(&value).unwrap(), text);
        assert!(serde_json::from_str::<Value>(r#"{"a":1.5}"#).is_err());
    }

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Open {
        text: String,
        #[serde(flatten)]
        extra: Map,
    }

    #[test]
    fn unknown_fields_survive_in_a_flattened_map() {
        let json = serde_json::json!({"text": "hi", "n": 1, "b": {"$bytes": "AQ"}});
        let open: Open = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(open.extra.get("b"), Some(&Value::Bytes(vec![1])));
        assert_eq!(serde_json::to_value(&open).unwrap(), json);
        let bytes = crate::model::drisl::to_vec(&open).unwrap();
        assert_eq!(bytes, Value::from_json(&json).unwrap().to_drisl().unwrap());
        assert_eq!(
            crate::model::drisl::from_slice::<Open>(&bytes).unwrap(),
            open
        );
    }

    #[test]
    fn binary_visitor_rejects_what_the_model_forbids() {
        use serde::de::value::Error;
        let seed = || ValueSeed { depth: 0 };
        assert!(Visitor::visit_f64::<Error>(seed(), 1.5).is_err());
        assert!(Visitor::visit_u64::<Error>(seed(), 1 << 63).is_err());
        assert_eq!(
            Visitor::visit_i64::<Error>(seed(), i64::MIN).unwrap(),
            Value::Integer(i64::MIN)
        );
        assert!(ValueSeed { depth: MAX_DEPTH }.enter::<Error>().is_err());
    }
}
