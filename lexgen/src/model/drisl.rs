//! DRISL, atproto's canonical DAG-CBOR: strict decoding, canonical encoding, and the serde bridge.
//!
//! Implementation choice: the `Value` encoder and the strict decoder are written by hand (about
//! 300 lines), because atproto is stricter than DAG-CBOR (no floats, integers within ±(2^53−1),
//! bounded nesting, reserved-key rules) and errors must say what is wrong and at which byte. There
//! is one decoder: it either builds a `Value` or only checks (the same code, generic over a sink).
//!
//! Typed values (generated records) go through serde with `serde_ipld_dagcbor`, which already
//! sorts map and struct keys canonically. Its output is then run through the strict checker, so a
//! typed value can never produce bytes the decoder would reject (floats, big integers, duplicate
//! keys from `flatten`); [`from_slice`] checks before handing bytes to `serde_ipld_dagcbor`.
//! Tests assert that the serde path and the `Value` path produce identical bytes.

mod decode;
mod encode;
mod error;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::model::value::Value;

pub use error::{DecodeError, DecodeErrorKind, EncodeError, LinkProblem};

/// Encodes a value canonically.
pub fn encode(value: &Value) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(128);
    encode::value(value, &mut out, 0)?;
    Ok(out)
}

/// Decodes exactly one value spanning all of `bytes`, strictly.
pub fn decode(bytes: &[u8]) -> Result<Value, DecodeError> {
    decode::all::<decode::Build>(bytes)
}

/// Decodes the first value in `bytes` and returns the rest (firehose frames are two values
/// back to back).
pub fn decode_prefix(bytes: &[u8]) -> Result<(Value, &[u8]), DecodeError> {
    let (value, used) = decode::prefix::<decode::Build>(bytes)?;
    Ok((value, bytes.get(used..).unwrap_or_default()))
}

/// Checks that `bytes` is exactly one strict DRISL value, without building it.
///
/// This skips only the `$type` and blob-shape rules, which need the built map.
pub fn check(bytes: &[u8]) -> Result<(), DecodeError> {
    decode::all::<decode::Check>(bytes)
}

/// Serializes any serde value to canonical DRISL (the same bytes as the `Value` path).
///
/// Use [`crate::model::CidLink`] for links and [`crate::model::Bytes`] for byte strings.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, EncodeError> {
    let bytes = serde_ipld_dagcbor::to_vec(value).map_err(|e| EncodeError::Serde(e.to_string()))?;
    check(&bytes).map_err(EncodeError::NotDrisl)?;
    Ok(bytes)
}

/// Deserializes a serde value from strict DRISL.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DecodeError> {
    check(bytes)?;
    serde_ipld_dagcbor::from_slice(bytes).map_err(|e| DecodeError {
        offset: 0,
        kind: DecodeErrorKind::Serde(e.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Bytes, Cid, CidLink};

    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Post {
        #[serde(rename = "$type")]
        ty: String,
        text: String,
        #[serde(rename = "createdAt")]
        created_at: String,
        langs: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reply: Option<i64>,
        link: CidLink,
        sig: Bytes,
    }

    fn post() -> Post {
        Post {
            ty: "app.bsky.feed.post".into(),
            text: "hello".into(),
            created_at: "2024-01-01T00:00:00.000Z".into(),
            langs: vec!["en".into()],
            reply: None,
            link: CidLink(Cid::for_raw(b"x")),
            sig: Bytes(vec![1, 2, 3]),
        }
    }

    #[test]
    fn struct_and_value_encode_identically() {
        let post = post();
        let bytes = to_vec(&post).unwrap();
        let value = Value::from_drisl(&bytes).unwrap();
        assert_eq!(value.to_drisl().unwrap(), bytes);
        assert_eq!(to_vec(&value).unwrap(), bytes);
        assert_eq!(from_slice::<Post>(&bytes).unwrap(), post);
        assert_eq!(from_slice::<Value>(&bytes).unwrap(), value);
        let json = serde_json::to_value(&post).unwrap();
        assert_eq!(Value::from_json(&json).unwrap(), value);
    }

    /// An open union as generated code may write it: internally tagged, so serde buffers the
    /// content and reports `is_human_readable() == true` even inside DAG-CBOR.
    #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
    #[serde(tag = "$type")]
    enum Embed {
        #[serde(rename = "app.bsky.embed.external")]
        External { thumb: CidLink, data: Bytes },
    }

    #[test]
    fn links_and_bytes_survive_serde_buffering() {
        let embed = Embed::External {
            thumb: CidLink(Cid::for_raw(b"t")),
            data: Bytes(vec![7]),
        };
        let bytes = to_vec(&embed).unwrap();
        assert_eq!(from_slice::<Embed>(&bytes).unwrap(), embed);
        let json = serde_json::to_value(&embed).unwrap();
        assert_eq!(
            serde_json::from_value::<Embed>(json.clone()).unwrap(),
            embed
        );
        assert_eq!(Value::from_json(&json).unwrap().to_drisl().unwrap(), bytes);
    }

    #[test]
    fn serde_path_rejects_floats_and_integers_beyond_64_bits() {
        assert!(matches!(to_vec(&1.5f64), Err(EncodeError::NotDrisl(_))));
        assert!(to_vec(&(1u64 << 53)).is_ok());
        assert!(matches!(
            to_vec(&(1u64 << 63)),
            Err(EncodeError::NotDrisl(_))
        ));
        // float bytes
        let float = [0xfb, 0x3f, 0xf8, 0, 0, 0, 0, 0, 0];
        assert!(from_slice::<f64>(&float).is_err());
    }

    #[test]
    fn decode_prefix_returns_rest() {
        let (value, rest) = decode_prefix(&[0x01, 0x02]).unwrap();
        assert_eq!(value, Value::Integer(1));
        assert_eq!(rest, [0x02]);
    }
}
