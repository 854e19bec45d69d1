//! atproto JSON → `Value`: `Value::from_json` against `Value`'s serde `Deserialize` from JSON text, and
//! the JSON and DAG-CBOR round trips of every accepted value.
#![no_main]

use lexgen::model::{Map, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return;
    };
    let value = Value::from_json(&json);
    let via_serde = serde_json::from_value::<Value>(json.clone());
    assert_eq!(value.is_ok(), via_serde.is_ok(), "{json}");
    let Ok(value) = value else {
        return;
    };
    assert_eq!(via_serde.expect("checked above"), value);
    assert_eq!(Map::from_json(&json).is_ok(), value.as_map().is_some());
    // JSON keeps the value; DAG-CBOR keeps it and its encoding is canonical.
    assert_eq!(Value::from_json(&value.to_json()).expect("to_json"), value);
    let bytes = value.to_drisl().expect("a JSON-read value encodes");
    assert_eq!(Value::from_drisl(&bytes).expect("decode"), value);
    assert_eq!(
        value.cid().expect("cid"),
        lexgen::model::Cid::for_dag_cbor(&bytes)
    );
    let _ = value.blob_refs();
});
