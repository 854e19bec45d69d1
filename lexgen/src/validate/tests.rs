//! Unit tests of the validator against a small inline catalog: every constraint, both modes, params, bodies.

use serde_json::json;

use super::*;
use crate::catalog::Catalog;
use crate::lexicon::{StringFormat, parse_document};
use crate::model::Value;

const CID: &str = "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity";

fn catalog() -> Catalog {
    let docs = [
        json!({"lexicon": 1, "id": "com.example.post", "defs": {
            "main": {"type": "record", "key": "tid", "record": {"type": "object",
                "required": ["text", "createdAt"], "nullable": ["maybe"],
                "properties": {
                    "text": {"type": "string", "maxLength": 20, "maxGraphemes": 5},
                    "createdAt": {"type": "string", "format": "datetime"},
                    "maybe": {"type": "string"},
                    "count": {"type": "integer", "minimum": 1, "maximum": 3},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "tags": {"type": "array", "items": {"type": "string", "maxLength": 3}, "maxLength": 2},
                    "image": {"type": "blob", "accept": ["image/*"], "maxSize": 100},
                    "embed": {"type": "union", "refs": ["#images", "com.example.other"]},
                    "closed": {"type": "union", "refs": ["#images"], "closed": true},
                    "reply": {"type": "ref", "ref": "#images"},
                    "extra": {"type": "unknown"},
                    "data": {"type": "bytes", "maxLength": 2},
                    "link": {"type": "cid-link"},
                    "flag": {"type": "boolean", "const": true},
                    "cid": {"type": "string", "format": "cid"}
                }}},
            "images": {"type": "object", "required": ["alt"], "properties": {
                "alt": {"type": "string", "maxLength": 5}}}
        }}),
        json!({"lexicon": 1, "id": "com.example.other", "defs": {
            "main": {"type": "object", "properties": {"n": {"type": "integer"}}}
        }}),
        json!({"lexicon": 1, "id": "com.example.search", "defs": {
            "main": {"type": "query",
                "parameters": {"type": "params", "required": ["q"], "properties": {
                    "q": {"type": "string", "maxLength": 5},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 50},
                    "exact": {"type": "boolean"},
                    "ids": {"type": "array", "items": {"type": "integer"}, "maxLength": 2}}},
                "output": {"encoding": "application/json", "schema": {"type": "object",
                    "required": ["hits"], "properties": {"hits": {"type": "integer"}}}}}
        }}),
        json!({"lexicon": 1, "id": "com.example.stream", "defs": {
            "main": {"type": "subscription", "message": {"schema": {"type": "union", "refs": ["#tick"]}}},
            "tick": {"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}}
        }}),
    ];
    let mut catalog = Catalog::new();
    for doc in docs {
        let parsed = parse_document(&doc);
        assert!(
            parsed.diagnostics.iter().all(|d| !d.is_error()),
            "{:?}",
            parsed.diagnostics
        );
        catalog.insert(parsed.document.unwrap(), None);
    }
    catalog
}

fn post(extra: serde_json::Value) -> Value {
    let mut record =
        json!({"$type": "com.example.post", "text": "hi", "createdAt": "2024-01-01T00:00:00Z"});
    for (k, v) in extra.as_object().unwrap() {
        record[k] = v.clone();
    }
    Value::from_json(&record).unwrap()
}

fn check(mode: Mode, extra: serde_json::Value) -> Vec<String> {
    let catalog = catalog();
    Validator::new(&catalog, mode)
        .record("com.example.post", &post(extra))
        .iter()
        .map(|d| format!("{} {}", d.path, d.code))
        .collect()
}

fn strict(extra: serde_json::Value) -> Vec<String> {
    check(Mode::Strict, extra)
}

fn blob(mime: &str, size: i64) -> serde_json::Value {
    json!({"$type": "blob", "ref": {"$link": CID}, "mimeType": mime, "size": size})
}

/// The shortcut for a lone primary language subtag agrees with the full language check.
#[test]
fn primary_language_shortcut_agrees_with_the_full_check() {
    let bytes: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').chain(*b"09-_").collect();
    let mut tags: Vec<String> = Vec::new();
    for &a in &bytes {
        tags.push(char::from(a).to_string());
        for &b in &bytes {
            tags.push([a, b].iter().map(|&c| char::from(c)).collect());
            for &c in [b'a', b'Z', b'1', b'-'].iter() {
                tags.push([a, b, c].iter().map(|&c| char::from(c)).collect());
            }
        }
    }
    tags.extend(["", "i-ami", "x-a", "en-US", "abcd", "éa"].map(str::to_owned));
    for tag in &tags {
        for mode in [Mode::Strict, Mode::Lenient] {
            assert_eq!(
                constraints::format(tag, StringFormat::Language, mode).is_ok(),
                crate::model::Language::check_str(tag).is_ok(),
                "{tag:?}"
            );
        }
    }
}

/// Found by the `record_text` fuzz target: a five-byte key before `$type` in canonical order hid it.
#[test]
fn type_found_after_other_five_byte_keys() {
    assert!(strict(json!({"$abcd": 1, "!abcd": 2})).is_empty());
    let embed = json!({"#tags": 1, "$type": "com.example.post#images", "alt": "a"});
    assert!(strict(json!({ "embed": embed })).is_empty());
}

#[test]
fn valid_record() {
    assert!(strict(json!({})).is_empty());
    let all = json!({
        "maybe": null, "count": 2, "kind": "a", "tags": ["x", "yz"], "image": blob("image/png", 50),
        "embed": {"$type": "com.example.post#images", "alt": "a"}, "closed": {"$type": "com.example.post#images", "alt": "b"},
        "reply": {"alt": "c"}, "extra": {"anything": [1, 2]}, "data": {"$bytes": "AQI"},
        "link": {"$link": CID}, "flag": true, "cid": CID
    });
    assert_eq!(strict(all), Vec::<String>::new());
}

#[test]
fn collects_every_error_with_paths() {
    let found = strict(json!({
        "text": "a very long text here!", "count": 9, "kind": "c", "tags": ["long", "a", "b"],
        "reply": {"alt": "toolong"}, "flag": false, "data": {"$bytes": "AQID"}
    }));
    assert_eq!(
        found,
        [
            "$.count integer-too-large",
            "$.data bytes-too-long",
            "$.flag const-mismatch",
            "$.kind not-in-enum",
            "$.reply.alt string-too-long",
            "$.tags array-too-long",
            "$.tags[0] string-too-long",
            "$.text string-too-long",
            "$.text too-many-graphemes",
        ]
    );
}

#[test]
fn record_type_rules() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let mut value = post(json!({}));
    if let Value::Map(map) = &mut value {
        map.insert("$type", Value::from("com.example.other"));
    }
    let found = validator.record("com.example.post", &value);
    assert_eq!(found[0].code, Code::TypeMismatch);
    assert_eq!(found[0].path, "$.$type");
    if let Value::Map(map) = &mut value {
        map.remove("$type");
    }
    assert_eq!(
        validator.record("com.example.post", &value)[0].code,
        Code::MissingType
    );
    assert_eq!(
        validator.record("com.example.nothing", &value)[0].code,
        Code::UnresolvedReference
    );
    assert_eq!(
        validator.record("com.example.post", &Value::from(1))[0].code,
        Code::WrongType
    );
}

#[test]
fn required_nullable_optional() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let value = Value::from_json(
        &json!({"$type": "com.example.post", "createdAt": "2024-01-01T00:00:00Z", "text": null}),
    )
    .unwrap();
    let found: Vec<_> = validator
        .record("com.example.post", &value)
        .into_iter()
        .map(|d| (d.path, d.code))
        .collect();
    assert_eq!(found, [("$.text".to_owned(), Code::NullNotAllowed)]);
    let value = Value::from_json(
        &json!({"$type": "com.example.post", "createdAt": "2024-01-01T00:00:00Z"}),
    )
    .unwrap();
    assert_eq!(
        validator.record("com.example.post", &value)[0].code,
        Code::MissingRequired
    );
    assert!(strict(json!({"maybe": null})).is_empty());
    assert_eq!(strict(json!({"count": null})), ["$.count null-not-allowed"]);
}

#[test]
fn unions() {
    assert_eq!(
        strict(json!({"embed": {"alt": "x"}})),
        ["$.embed missing-type"]
    );
    assert_eq!(strict(json!({"embed": 3})), ["$.embed wrong-type"]);
    // open union: unknown types pass unvalidated; known ones are validated
    assert!(strict(json!({"embed": {"$type": "com.example.unknown", "x": 1}})).is_empty());
    assert_eq!(
        strict(json!({"embed": {"$type": "com.example.other", "n": "x"}})),
        ["$.embed.n wrong-type"]
    );
    assert_eq!(
        strict(json!({"embed": {"$type": "com.example.other#main", "n": "x"}})),
        ["$.embed.n wrong-type"]
    );
    assert_eq!(
        strict(json!({"closed": {"$type": "com.example.other", "n": 1}})),
        ["$.closed.$type type-not-in-union"]
    );
    assert_eq!(
        strict(json!({"closed": {"$type": "com.example.post#images"}})),
        ["$.closed.alt missing-required"]
    );
}

#[test]
fn blobs_and_modes() {
    assert_eq!(
        strict(json!({"image": blob("text/plain", 500)})),
        ["$.image blob-type-not-accepted", "$.image blob-too-large"]
    );
    // Readers must accept legacy blobs, in both modes.
    let legacy = json!({"image": {"cid": CID, "mimeType": "image/png"}});
    assert!(strict(legacy.clone()).is_empty());
    assert!(check(Mode::Lenient, legacy).is_empty());
    let legacy_text = json!({"image": {"cid": CID, "mimeType": "text/plain"}});
    assert_eq!(strict(legacy_text), ["$.image blob-type-not-accepted"]);
    assert_eq!(strict(json!({"image": "x"})), ["$.image wrong-type"]);
    let mut extra = blob("image/png", 1);
    extra["alt"] = json!("x");
    assert_eq!(strict(json!({"image": extra})), ["$.image invalid-blob"]);
}

#[test]
fn unknown_must_be_a_non_blob_object() {
    assert_eq!(
        strict(json!({"extra": false})),
        ["$.extra unknown-not-object"]
    );
    assert_eq!(
        strict(json!({"extra": [1]})),
        ["$.extra unknown-not-object"]
    );
    assert_eq!(
        strict(json!({"extra": blob("image/png", 1)})),
        ["$.extra unknown-not-object"]
    );
    assert_eq!(
        strict(json!({"extra": {"$bytes": "AQI"}})),
        ["$.extra unknown-not-object"]
    );
}

#[test]
fn ref_type_is_strict_only() {
    let wrong = json!({"reply": {"$type": "com.example.other", "alt": "x"}});
    assert_eq!(strict(wrong.clone()), ["$.reply.$type type-mismatch"]);
    assert!(check(Mode::Lenient, wrong).is_empty());
    assert!(strict(json!({"reply": {"$type": "com.example.post#images", "alt": "x"}})).is_empty());
}

#[test]
fn datetime_modes_and_cid_strings() {
    let no_tz = json!({"createdAt": "2024-01-01T00:00:00"});
    assert_eq!(strict(no_tz.clone()), ["$.createdAt invalid-format"]);
    assert!(check(Mode::Lenient, no_tz).is_empty());
    assert_eq!(
        check(Mode::Lenient, json!({"createdAt": "yesterday"})),
        ["$.createdAt invalid-format"]
    );
    // A `cid` string is any CIDv1 (this one dag-cbor in base58btc), in both modes; a CIDv0 only
    // in lenient mode.
    let other = json!({"cid": "zdpuAyvkgEDQm9TenwGkd5eNaosSxjgEYd8QatfPetgB1CdEZ"});
    assert!(strict(other.clone()).is_empty());
    assert!(check(Mode::Lenient, other).is_empty());
    let v0 = json!({"cid": "QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"});
    assert_eq!(strict(v0.clone()), ["$.cid invalid-format"]);
    assert!(check(Mode::Lenient, v0).is_empty());
}

#[test]
fn primitives() {
    use constraints::*;
    assert!(string_length("héllo", None, Some(6)).is_ok());
    assert_eq!(
        string_length("héllo", None, Some(5)).unwrap_err().code,
        Code::StringTooLong
    );
    assert_eq!(grapheme_count("👩‍👩‍👦‍👦"), 1);
    assert_eq!(grapheme_count("a\r\nb"), 3);
    assert!(graphemes("👩‍👩‍👦‍👦👩‍👩‍👦‍👦", Some(2), Some(2)).is_ok());
    assert_eq!(
        graphemes("👩‍👩‍👦‍👦", Some(2), None).unwrap_err().code,
        Code::TooFewGraphemes
    );
    assert!(mime_matches("image/png", "image/*"));
    assert!(mime_matches("video/mp4", "*/*"));
    assert!(mime_matches("IMAGE/PNG", "image/png"));
    assert!(!mime_matches("image", "image/*"));
    assert!(!mime_matches("text/plain", "image/*"));
    // Whitespace around the type (ASCII or not) and parameters are ignored, as `str::trim` does.
    for mime in [
        " image/png",
        "image/png\t",
        "\u{a0}image/png\u{2003}",
        "image/png ; q=1",
        "\x0bimage/png",
    ] {
        assert!(mime_matches(mime, "image/png"), "{mime:?}");
        assert!(mime_matches(mime, "image/*"), "{mime:?}");
    }
    assert!(!mime_matches("\x1cimage/png", "image/png"));
    assert!(!mime_matches("imagé/png", "image/*"));
    assert!(!mime_matches("image/", "image/*"));
    assert!(!mime_matches("a/b/c", "a/b/*"));
    assert!(mime_matches("Image/svg+xml", "image/*"));
    assert!(blob_accept("image/png", &["video/*", "image/png"]).is_ok());
    assert!(blob_max_size(10, 10).is_ok());
    assert!(integer_range(5, Some(5), Some(5)).is_ok());
    assert_eq!(
        integer_range(4, Some(5), None).unwrap_err().code,
        Code::IntegerTooSmall
    );
    assert!(integer_enum(4, &[4, 9]).is_ok());
    assert!(string_enum("x", &["a"]).is_err());
    assert!(array_length(0, Some(1), None).is_err());
    use crate::lexicon::RecordKey as Key;
    assert!(record_key("3kznmn7xqxl22", &Key::Tid).is_ok());
    assert!(record_key("self", &Key::Tid).is_err());
    assert!(record_key("self", &Key::Literal("self".into())).is_ok());
    assert!(record_key("other", &Key::Literal("self".into())).is_err());
    assert!(record_key("app.bsky.feed.post", &Key::Nsid).is_ok());
    assert!(record_key("..", &Key::Any).is_err());
    assert!(format("did:plc:abc", StringFormat::Did, Mode::Strict).is_ok());
    let bad = format("nope", StringFormat::Handle, Mode::Strict).unwrap_err();
    assert_eq!(bad.code, Code::InvalidFormat);
    assert!(bad.found.starts_with("\"nope\" ("), "{}", bad.found);
}

#[test]
fn params_typed_and_raw() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let codes = |found: Vec<Diagnostic>| -> Vec<String> {
        found
            .iter()
            .map(|d| format!("{} {}", d.path, d.code))
            .collect()
    };
    assert!(
        validator
            .query_params(
                "com.example.search",
                &[("q", "cat"), ("ids", "1"), ("ids", "2")]
            )
            .is_empty()
    );
    assert_eq!(
        codes(validator.query_params(
            "com.example.search",
            &[
                ("limit", "+5"),
                ("exact", "yes"),
                ("ids", "1"),
                ("ids", "x"),
                ("other", "z")
            ]
        )),
        [
            "$.exact wrong-type",
            "$.ids[1] wrong-type",
            "$.limit wrong-type",
            "$.q missing-required"
        ]
    );
    assert_eq!(
        codes(validator.query_params(
            "com.example.search",
            &[
                ("q", "a"),
                ("q", "b"),
                ("limit", "500"),
                ("ids", "1"),
                ("ids", "2"),
                ("ids", "3")
            ]
        )),
        [
            "$.ids array-too-long",
            "$.limit integer-too-large",
            "$.q repeated-parameter"
        ]
    );
    // An empty value is absent (`?q=` is a missing `q`); integers are 64-bit, beyond 2^53 too.
    assert_eq!(
        codes(validator.query_params(
            "com.example.search",
            &[("q", ""), ("ids", ""), ("limit", "")]
        )),
        ["$.q missing-required"]
    );
    assert_eq!(
        codes(validator.query_params(
            "com.example.search",
            &[
                ("q", "a"),
                ("ids", "9007199254740993"),
                ("ids", "-9223372036854775808")
            ]
        )),
        Vec::<String>::new()
    );
    let typed = Value::from_json(&json!({"q": "toolong", "limit": 0})).unwrap();
    assert_eq!(
        codes(validator.params("com.example.search", &typed)),
        ["$.limit integer-too-small", "$.q string-too-long"]
    );
}

#[test]
fn bodies_and_messages() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let ok = Value::from_json(&json!({"hits": 3})).unwrap();
    assert!(validator.output("com.example.search", &ok).is_empty());
    let bad = Value::from_json(&json!({"hits": "3"})).unwrap();
    assert_eq!(
        validator.output("com.example.search", &bad)[0].code,
        Code::WrongType
    );
    assert_eq!(
        validator.input("com.example.search", &ok)[0].code,
        Code::UnsupportedSchema
    );
    let tick = Value::from_json(&json!({"$type": "com.example.stream#tick", "n": 1})).unwrap();
    assert!(validator.message("com.example.stream", &tick).is_empty());
    let untyped = Value::from_json(&json!({"n": 1})).unwrap();
    assert_eq!(
        validator.message("com.example.stream", &untyped)[0].code,
        Code::MissingType
    );
    assert!(
        validator
            .def(
                "com.example.post#images",
                &Value::from_json(&json!({"alt": "x"})).unwrap()
            )
            .is_empty()
    );
}

#[test]
fn json_entry_point() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let float = json!({"$type": "com.example.post", "text": "hi", "tags": ["a", {"x": 1.5}]});
    let found = validator.record_json(None, &float);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].path.as_str(), found[0].code),
        ("$.tags[1].x", Code::InvalidData)
    );
    let untyped = json!({"text": "hi"});
    assert_eq!(
        validator.record_json(None, &untyped)[0].code,
        Code::MissingType
    );
    assert_eq!(
        validator.record_json(Some("com.example.post"), &untyped)[0].code,
        Code::MissingType
    );
    let ok =
        json!({"$type": "com.example.post", "text": "hi", "createdAt": "2024-01-01T00:00:00Z"});
    assert!(validator.record_json(None, &ok).is_empty());
}

#[test]
fn diagnostics_sort_by_path_with_numeric_indices() {
    let catalog = catalog();
    let validator = Validator::new(&catalog, Mode::Strict);
    let tags: Vec<String> = (0..12).map(|_| "long".to_owned()).collect();
    let value = post(json!({"tags": tags}));
    let paths: Vec<String> = validator
        .record("com.example.post", &value)
        .into_iter()
        .map(|d| d.path)
        .collect();
    assert_eq!(paths[0], "$.tags");
    assert_eq!(paths[1], "$.tags[0]");
    assert_eq!(paths[3], "$.tags[2]");
    assert_eq!(paths[12], "$.tags[11]");
}

#[test]
fn objects_outside_the_index_are_checked_by_lookup() {
    let catalog = catalog();
    let index = index::Index::default();
    let mut walk = engine::Walk::new(&catalog, &index, Mode::Strict);
    let schema = match catalog.def("com.example.post", "images") {
        Some(crate::lexicon::Def::Field(crate::lexicon::Field::Object(object))) => object,
        other => panic!("{other:?}"),
    };
    let value = Value::from_json(&json!({"alt": 3})).unwrap();
    walk.object("com.example.post", schema, &value, None);
    let empty = Value::from_json(&json!({})).unwrap();
    walk.object("com.example.post", schema, &empty, None);
    let found: Vec<_> = walk
        .finish()
        .into_iter()
        .map(|d| (d.path, d.code))
        .collect();
    assert_eq!(
        found,
        [
            ("$.alt".to_owned(), Code::WrongType),
            ("$.alt".to_owned(), Code::MissingRequired)
        ]
    );
}

#[test]
fn a_ref_loop_stops_with_too_deep() {
    let doc = json!({"lexicon": 1, "id": "com.example.loop", "defs": {
        "main": {"type": "object", "properties": {"a": {"type": "ref", "ref": "#a"}}},
        "a": {"type": "ref", "ref": "#a"}
    }});
    let document = parse_document(&doc).document.unwrap();
    assert!(
        document.def("a").is_some(),
        "the parser keeps the (reported) ref def"
    );
    let mut catalog = Catalog::new();
    catalog.insert(document, None);
    let value = Value::from_json(&json!({"a": {}})).unwrap();
    let found = Validator::new(&catalog, Mode::Strict).def("com.example.loop", &value);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, Code::TooDeep);
}

/// The schema-driven text path (`text::direct`) on key orders and shapes it must not misread:
/// `$type` not first (root, union member), blob keys in any order, escaped and undeclared keys,
/// repeated keys, nulls. `record_text` must agree with `record_json` in both modes, with and
/// without an NSID; `Some(valid)` also pins the verdict (which also exercises `accept`).
#[test]
fn text_path_agrees_on_key_orders_and_shapes() {
    let catalog = catalog();
    let base = r#""text":"hi","createdAt":"2024-01-01T00:00:00Z""#;
    let typed = r#""$type":"com.example.post""#;
    let image =
        format!(r#"{{"size":10,"ref":{{"$link":"{CID}"}},"mimeType":"image/png","$type":"blob"}}"#);
    let cases: Vec<(String, Option<bool>)> = vec![
        (format!("{{{base},{typed}}}"), Some(true)),
        (format!(" {{ {typed} , {base} }} "), Some(true)),
        (
            format!(
                r#"{{{typed},{base},"embed":{{"alt":"a","$type":"com.example.post#images"}}}}"#
            ),
            Some(true),
        ),
        (
            format!(r#"{{{typed},{base},"embed":{{"$type":"com.example.other","n":1}}}}"#),
            Some(true),
        ),
        (
            format!(
                r#"{{{typed},{base},"embed":{{"$type":"com.example.unlisted","n":[1,{{"a":null}}]}}}}"#
            ),
            Some(true),
        ),
        (
            format!(r#"{{{typed},{base},"closed":{{"alt":"a","$type":"com.example.other"}}}}"#),
            Some(false),
        ),
        (format!(r#"{{{typed},{base},"image":{image}}}"#), Some(true)),
        (
            format!(
                r#"{{{typed},{base},"image":{}}}"#,
                image.replace("10,", "0,")
            ),
            Some(false),
        ),
        (
            format!(
                r#"{{{typed},{base},"image":{}}}"#,
                image.replace("10,", "10,\"x\":1,")
            ),
            Some(false),
        ),
        (
            format!(
                r#"{{{typed},{base},"image":{}}}"#,
                image.replace("image/png", "text/plain")
            ),
            Some(false),
        ),
        (
            format!(r#"{{{typed},{base},"link":{{"$link":"{CID}"}}}}"#),
            Some(true),
        ),
        (
            format!(r#"{{{typed},{base},"link":{{"$link":"{CID}","x":1}}}}"#),
            Some(false),
        ),
        (format!(r#"{{{typed},{base},"maybe":null}}"#), Some(true)),
        (
            format!(r#"{{{typed},"text":null,"createdAt":"2024-01-01T00:00:00Z"}}"#),
            Some(false),
        ),
        (
            format!(r#"{{{typed},"t\u0065xt":"hi","createdAt":"2024-01-01T00:00:00Z"}}"#),
            Some(true),
        ),
        (
            format!(r#"{{{typed},{base},"zz":1,"yy":{{"a":[1,2]}},"$other":true}}"#),
            Some(true),
        ),
        (format!(r#"{{{typed},{base},"zz":1,"zz":2}}"#), None),
        (format!(r#"{{{typed},{base},"text":"hello"}}"#), None),
        (format!(r#"{{{typed},{typed},{base}}}"#), None),
        (
            format!(r#"{{{typed},{base},"reply":{{"$type":"blob","alt":"a"}}}}"#),
            None,
        ),
        (
            format!(r#"{{{typed},{base},"reply":{{"alt":"a","$type":"com.example.other"}}}}"#),
            None,
        ),
        (
            format!(r#"{{{typed},{base},"extra":{{"$type":"blob"}}}}"#),
            Some(false),
        ),
        (
            format!(r#"{{{typed},{base},"tags":["a",null]}}"#),
            Some(false),
        ),
        (
            format!(r#"{{"$type":"com.example.other",{base}}}"#),
            Some(false),
        ),
        (format!(r#"{{{base}}}"#), Some(false)),
        (format!(r#"{{{typed},{base}}} x"#), None),
    ];
    for mode in [Mode::Strict, Mode::Lenient] {
        let validator = Validator::new(&catalog, mode);
        for (text, valid) in &cases {
            let json: serde_json::Value = match serde_json::from_str(text) {
                Ok(json) => json,
                Err(_) => {
                    assert!(validator.record_text(None, text).is_err(), "{text}");
                    continue;
                }
            };
            for nsid in [None, Some("com.example.post")] {
                let found = validator.record_text(nsid, text).unwrap();
                assert_eq!(
                    found,
                    validator.record_json(nsid, &json),
                    "{mode:?} {nsid:?} {text}"
                );
                if let (Some(valid), Some(_)) = (valid, nsid) {
                    assert_eq!(found.is_empty(), *valid, "{mode:?} {text}: {found:?}");
                }
            }
        }
    }
}
