//! Property tests of the data model: decoders never panic, and values round-trip through both encodings with the same CID.
#![allow(clippy::unwrap_used)]

use lexgen::model::{Cid, DecodeErrorKind, Map, Value, drisl};
use proptest::prelude::*;

/// Map keys: short, often of equal length (to exercise canonical order), never the reserved ones.
fn key() -> impl Strategy<Value = String> {
    prop_oneof!["[a-c]{0,3}", "\\$?[a-zA-Z]{1,8}", "\\PC{0,6}",].prop_filter("reserved key", |k| {
        !matches!(k.as_str(), "$type" | "$link" | "$bytes")
    })
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (lexgen::model::MIN_SAFE_INTEGER..=lexgen::model::MAX_SAFE_INTEGER)
            .prop_map(Value::Integer),
        (-300i64..300).prop_map(Value::Integer),
        "\\PC{0,12}".prop_map(Value::String),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(Value::Bytes),
        (any::<bool>(), any::<[u8; 4]>()).prop_map(|(raw, seed)| Value::Link(if raw {
            Cid::for_raw(&seed)
        } else {
            Cid::for_dag_cbor(&seed)
        })),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..6)
                .prop_map(|entries| Value::Map(entries.into_iter().collect::<Map>())),
        ]
    })
}

/// JSON that is often, but not always, valid atproto data.
fn json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::{Value as J, json};
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        any::<u64>().prop_map(J::from),
        any::<f64>().prop_map(J::from),
        (-5i32..5).prop_map(|i| J::from(f64::from(i))),
        "\\PC{0,10}".prop_map(J::String),
        "[A-Za-z0-9+/=_-]{0,12}".prop_map(|s| json!({ "$bytes": s })),
        "b[a-z2-7]{0,60}".prop_map(|s| json!({ "$link": s })),
        Just(json!({"$link": "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity"})),
    ];
    leaf.prop_recursive(8, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(J::Array),
            proptest::collection::vec(
                (
                    prop_oneof![key(), Just("$type".to_owned()), Just("$link".to_owned())],
                    inner
                ),
                0..6
            )
            .prop_map(|entries| J::Object(entries.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn values_round_trip_with_the_same_cid(value in value()) {
        let bytes = value.to_drisl().unwrap();
        let cid = Cid::for_dag_cbor(&bytes);
        let decoded = Value::from_drisl(&bytes).unwrap();
        prop_assert_eq!(&decoded, &value);
        prop_assert_eq!(decoded.cid().unwrap(), cid);
        let from_json = Value::from_json(&value.to_json()).unwrap();
        prop_assert_eq!(&from_json, &value);
        prop_assert_eq!(from_json.cid().unwrap(), cid);
        // JSON text, as a client would send it
        let text = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value.clone());
        // the serde path agrees byte for byte, both ways
        prop_assert_eq!(drisl::to_vec(&value).unwrap(), bytes.clone());
        prop_assert_eq!(drisl::from_slice::<Value>(&bytes).unwrap(), value);
        // an independent DAG-CBOR implementation reads our bytes and writes them back identically
        let ipld = serde_ipld_dagcbor::from_slice::<ipld_core::ipld::Ipld>(&bytes).unwrap();
        prop_assert_eq!(serde_ipld_dagcbor::to_vec(&ipld).unwrap(), bytes);
    }

    /// Our CID bytes and strings agree with the ecosystem `cid` crate.
    #[test]
    fn cids_agree_with_the_cid_crate(content in proptest::collection::vec(any::<u8>(), 0..64), raw in any::<bool>()) {
        let cid = if raw { Cid::for_raw(&content) } else { Cid::for_dag_cbor(&content) };
        let theirs = ipld_core::cid::Cid::try_from(&cid.to_bytes()[..]).unwrap();
        prop_assert_eq!(theirs.to_string(), cid.to_string());
        prop_assert_eq!(theirs.codec(), u64::from(cid.codec().code()));
        prop_assert_eq!(theirs.hash().code(), 0x12);
        prop_assert_eq!(theirs.hash().digest(), &cid.digest()[..]);
        prop_assert_eq!(cid.to_string().parse::<Cid>().unwrap(), cid);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        check_decoders_agree(&bytes)?;
    }

    #[test]
    fn mutated_encodings_never_panic(value in value(), index in any::<usize>(), byte in any::<u8>(), cut in any::<bool>()) {
        let mut bytes = value.to_drisl().unwrap();
        let index = index % bytes.len();
        if cut {
            bytes.truncate(index);
        } else {
            bytes[index] = byte;
        }
        check_decoders_agree(&bytes)?;
    }

    #[test]
    fn arbitrary_json_never_panics(json in json()) {
        // the tree conversion and the serde visitor (used for JSON text) agree
        let via_serde = serde_json::from_value::<Value>(json.clone()).ok();
        prop_assert_eq!(&via_serde, &Value::from_json(&json).ok());
        if let Some(value) = via_serde {
            prop_assert_eq!(Value::from_json(&value.to_json()).unwrap(), value.clone());
            let bytes = value.to_drisl().unwrap();
            prop_assert_eq!(Value::from_drisl(&bytes).unwrap(), value);
        }
    }
}

/// Whatever the strict decoder accepts is canonical (re-encodes to the same bytes), and the
/// check-only decoder agrees with it except for the reserved-key rules it does not apply.
fn check_decoders_agree(bytes: &[u8]) -> Result<(), TestCaseError> {
    let decoded = Value::from_drisl(bytes);
    let checked = drisl::check(bytes);
    match (&decoded, &checked) {
        (Ok(value), Ok(())) => {
            prop_assert_eq!(value.to_drisl().unwrap(), bytes.to_vec());
            // serde_ipld_dagcbor's own strict DAG-CBOR decoder accepts all we accept.
            let ipld = serde_ipld_dagcbor::from_slice::<ipld_core::ipld::Ipld>(bytes);
            prop_assert!(ipld.is_ok(), "{:?}", ipld);
        }
        (Err(e), Ok(())) => prop_assert!(matches!(e.kind, DecodeErrorKind::Node(_)), "{e}"),
        (Err(a), Err(b)) => prop_assert_eq!(a, b),
        (Ok(_), Err(e)) => prop_assert!(false, "check rejected what decode accepted: {e}"),
    }
    // the serde path never accepts what the strict decoder rejects
    if checked.is_err() {
        prop_assert!(drisl::from_slice::<Value>(bytes).is_err());
    }
    Ok(())
}
