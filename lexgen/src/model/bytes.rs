//! `Bytes`: a byte string in the data model (`{"$bytes": base64}` in JSON, a CBOR byte string in DRISL).

use std::fmt;

use base64::Engine;
use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, NO_PAD_INDIFFERENT, STANDARD_NO_PAD};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};

/// Bytes for Lexicon `bytes` fields: serde picks the JSON or the binary form by
/// `is_human_readable()`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Bytes(pub Vec<u8>);

/// Standard base64 (RFC 4648 §4) as the spec says: written without padding (as the interop
/// fixtures are), read with or without it. Reading ignores non-zero bits after the last full byte
/// (`"123"` reads as two bytes), as the reference implementation does and as the Lexicon interop
/// vector `record-data-valid.json` ("full", `{"$bytes": "123"}`) requires.
pub(crate) fn encode_base64(bytes: &[u8]) -> String {
    STANDARD_NO_PAD.encode(bytes)
}

pub(crate) fn decode_base64(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    const LENIENT: GeneralPurpose = GeneralPurpose::new(
        &alphabet::STANDARD,
        NO_PAD_INDIFFERENT.with_decode_allow_trailing_bits(true),
    );
    LENIENT.decode(text)
}

impl Bytes {
    pub(crate) fn serialize_slice<S: Serializer>(
        bytes: &[u8],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("$bytes", &encode_base64(bytes))?;
            map.end()
        } else {
            serializer.serialize_bytes(bytes)
        }
    }
}

impl serde::Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Bytes::serialize_slice(&self.0, serializer)
    }
}

impl<'de> serde::Deserialize<'de> for Bytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        struct BytesVisitor;
        impl<'de> Visitor<'de> for BytesVisitor {
            type Value = Bytes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("bytes")
            }
            fn visit_bytes<E: de::Error>(self, b: &[u8]) -> Result<Bytes, E> {
                Ok(Bytes(b.to_vec()))
            }
            fn visit_byte_buf<E: de::Error>(self, b: Vec<u8>) -> Result<Bytes, E> {
                Ok(Bytes(b))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Bytes, A::Error> {
                let mut out = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key != "$bytes" || out.is_some() {
                        return Err(de::Error::custom(
                            "a bytes object has exactly one key, `$bytes`",
                        ));
                    }
                    let text = map.next_value::<String>()?;
                    out = Some(decode_base64(&text).map_err(de::Error::custom)?);
                }
                out.map(Bytes)
                    .ok_or_else(|| de::Error::custom("missing `$bytes`"))
            }
        }
        // See `CidLink`: the form is taken from the data, not from `is_human_readable()`.
        deserializer.deserialize_any(BytesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_flavour() {
        assert_eq!(encode_base64(&[1, 2, 3, 4]), "AQIDBA");
        assert_eq!(decode_base64("AQIDBA").unwrap(), [1, 2, 3, 4]);
        assert_eq!(decode_base64("AQIDBA==").unwrap(), [1, 2, 3, 4]);
        assert!(decode_base64("AQIDBA-_").is_err()); // URL-safe alphabet is not accepted
        let b: Bytes = serde_json::from_str(r#"{"$bytes":"+/8"}"#).unwrap();
        assert_eq!(b.0, [0xfb, 0xff]);
        assert_eq!(serde_json::to_string(&b).unwrap(), r#"{"$bytes":"+/8"}"#);
        assert!(serde_json::from_str::<Bytes>(r#"{"$bytes":"AQ","x":1}"#).is_err());
    }
}
