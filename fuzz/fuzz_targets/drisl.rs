//! DAG-CBOR (DRISL) decoding: the hand-written `Value` decoder against the serde path
//! (`drisl::from_slice`), the check-only mode, canonical re-encoding, and a generated record type.
#![no_main]

use lexgen::model::{Value, drisl};
use lexgen::typed::{Path, Typed};
use lexicons::app::bsky::feed::post::Post;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let decoded = drisl::decode(bytes);
    let checked = drisl::check(bytes);
    let serde = drisl::from_slice::<Value>(bytes);
    match &decoded {
        Ok(value) => {
            // Strict decoding accepts only canonical bytes: encoding again gives them back, both ways.
            assert!(checked.is_ok(), "decode accepted what check refuses");
            assert_eq!(drisl::encode(value).expect("encode").as_slice(), bytes);
            assert_eq!(drisl::to_vec(value).expect("to_vec").as_slice(), bytes);
            assert_eq!(serde.as_ref().expect("serde path refused"), value);
            // The prefix decoder reads the same value and leaves nothing.
            let (prefix, rest) = drisl::decode_prefix(bytes).expect("decode_prefix");
            assert!(rest.is_empty());
            assert_eq!(&prefix, value);
            // JSON form round trip (atproto JSON keeps every value of the data model).
            assert_eq!(
                &Value::from_json(&value.to_json()).expect("from_json"),
                value
            );
            // A generated record type: the serde path and `from_value` agree, and writing back loses nothing.
            let typed = Post::from_value(value.clone(), Path::ROOT);
            let via_serde = drisl::from_slice::<Post>(bytes);
            assert_eq!(typed.is_ok(), via_serde.is_ok());
            if let (Ok(typed), Ok(via_serde)) = (typed, via_serde) {
                assert!(typed == via_serde);
                assert_eq!(&typed.to_value(), value);
            }
        }
        Err(_) => {
            // The serde path checks strictly first: it never accepts what the decoder refuses, except
            // the data-model rules check skips (`$type`, blob shapes), which its visitor applies.
            assert!(serde.is_err(), "serde path accepted {bytes:?}");
        }
    }
    if checked.is_err() {
        assert!(decoded.is_err());
    }
});
