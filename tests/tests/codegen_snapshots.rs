//! Generated code for the edge-case fixture lexicons in `tests/fixtures/lexicons/codegen/`
//! (recursion, keyword-named properties, unions of one, empty params, nested arrays of unions,
//! odd knownValues, nullable and optional, tokens, a record with every field type): insta
//! snapshots of every generated file (CI never writes them), and the same lexicons generated at
//! compile time into `fixtures`, which must compile and behave.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use lexgen::catalog::Catalog;
use lexgen::codegen::{Options, generate};
use lexgen::model::Value;
use lexgen::typed::{Nullable, Typed, Validate};
use serde_json::json;

mod fixtures {
    lexgen_macros::include_lexicons!(dir = "fixtures/lexicons/codegen", root = "crate::fixtures");
}

use fixtures::com::example::{everything, keywords, ping, shapes, tree};

fn fixture_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/lexicons/codegen")
}

#[test]
fn generated_files_match_snapshots() {
    let loaded = Catalog::load_dir(&fixture_dir());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| d.diagnostic.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let files = generate(&loaded.catalog, &Options::default()).unwrap();
    assert!(
        files.len() >= 7,
        "{:?}",
        files.iter().map(|f| &f.path).collect::<Vec<_>>()
    );
    insta::with_settings!({
        snapshot_path => fixture_dir().join("snapshots"),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        for file in &files {
            let name = file.path.display().to_string().replace(['/', '.'], "_");
            insta::assert_snapshot!(name, file.contents);
        }
    });
}

fn round_trip<T: Typed>(json: &serde_json::Value) -> T {
    let typed = T::from_json(json).unwrap();
    let value = Value::from_json(json).unwrap();
    assert_eq!(typed.to_json(), value.to_json());
    let bytes = value.to_drisl().unwrap();
    assert_eq!(T::from_drisl(&bytes).unwrap().to_drisl().unwrap(), bytes);
    typed
}

#[test]
fn recursion_is_boxed_and_round_trips() {
    let json = json!({"root": {"label": "a", "parent": {"label": "p"},
        "children": [{"label": "b", "children": [{"label": "c"}]}],
        "next": {"$type": "com.example.tree#leaf", "value": 1}}});
    let tree: tree::Tree = round_trip(&json);
    assert_eq!(tree.root.children.as_ref().unwrap()[0].label, "b");
    assert!(tree.validate().is_empty());
    let deep = json!({"root": {"label": "a", "next": {"$type": "com.example.tree#node", "label": "x".repeat(65)}}});
    let violations = tree::Tree::from_json(&deep).unwrap().validate();
    assert_eq!(violations.len(), 1);
    assert_eq!(violations[0].path, "$.root.next.label");
}

#[test]
fn keyword_properties_and_odd_known_values() {
    for odd in [
        "",
        "with space",
        "UPPER",
        "a-b",
        "1starts",
        "emoji🎨",
        "com.example.keywords#odd",
        "self",
        "Self",
        "unlisted",
    ] {
        let json = json!({"type": "t", "self": true, "fn": 1, "match": odd, "extra": "e", "ref": "com.example.keywords#odd", "async": "yes", "more": 1});
        let k: keywords::Keywords = round_trip(&json);
        assert_eq!(k.r#match.as_ref().unwrap().as_str(), odd);
        assert_eq!(k.r#type, "t");
        assert!(k.extra_fields.contains_key("more"));
    }
    assert_eq!(keywords::ODD, "com.example.keywords#odd");
    let closed = json!({"type": "t", "self": true, "async": "maybe"});
    let error = keywords::Keywords::from_json(&closed).unwrap_err();
    assert_eq!(error.path, "$.async");
}

#[test]
fn unions_of_one_nested_arrays_and_nullables() {
    let json = json!({
        "only": {"$type": "com.example.shapes#circle", "radius": 2},
        "onlyClosed": {"$type": "com.example.shapes#circle", "radius": 3},
        "grid": [{"cells": [{"$type": "com.example.shapes#square", "side": 3}, {"$type": "com.example.other", "z": 1}]}],
        "nullableRequired": null,
        "nullableOptional": null
    });
    let s: shapes::Shapes = round_trip(&json);
    assert_eq!(s.nullable_required, Nullable::Null);
    assert_eq!(s.nullable_optional, Some(Nullable::Null));
    assert_eq!(s.plain_optional, None);
    let violations = s.validate();
    assert_eq!(violations.len(), 1, "{violations:?}");
    assert_eq!(violations[0].path, "$.grid[0].cells[0].side");

    let mut missing = json.clone();
    missing.as_object_mut().unwrap().remove("nullableRequired");
    assert!(shapes::Shapes::from_json(&missing).is_err());
    let mut closed = json.clone();
    closed["onlyClosed"] = json!({"$type": "com.example.shapes#square", "side": 1});
    assert_eq!(
        shapes::Shapes::from_json(&closed).unwrap_err().path,
        "$.onlyClosed.$type"
    );
}

#[test]
fn empty_params_and_named_errors() {
    use lexgen::xrpc::{Endpoint, EndpointError, Params};
    let params = <ping::Ping as Endpoint>::Params::from_pairs(&[("x".into(), "1".into())]).unwrap();
    assert!(params.to_pairs().is_empty());
    assert_eq!(
        ping::Error::from_name("not_snake").unwrap().name(),
        "not_snake"
    );
    assert_eq!(
        ping::Error::from_name("NotReady"),
        Some(ping::Error::NotReady)
    );
}

#[test]
fn record_with_every_field_type() {
    let cid = "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a";
    let json = json!({
        "$type": "com.example.everything",
        "flag": true, "count": 5, "level": 2, "fixed": 7, "text": "héllo", "fixedText": "hi",
        "atIdentifier": "Alice.Example.com", "atUri": "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3k2aa",
        "cid": cid, "createdAt": "2024-01-01T00:00:00.000Z", "did": "did:web:example.com",
        "handle": "Alice.Example.com", "nsid": "com.example.everything", "tid": "3jzfcijpj2z2a",
        "recordKey": "self", "uri": "https://example.com/x", "language": "pt-BR",
        "data": {"$bytes": "AQID"}, "link": {"$link": cid},
        "picture": {"$type": "blob", "ref": {"$link": cid}, "mimeType": "image/png", "size": 10},
        "anything": {"a": [1, 2]}, "tags": ["a", "b"], "inline": {"x": 1},
        "shape": {"radius": 1}, "either": {"$type": "com.example.shapes#square", "side": 4}
    });
    let record: everything::Everything = round_trip(&json);
    assert!(record.validate().is_empty(), "{:?}", record.validate());
    let mut bad = json.clone();
    bad["count"] = json!(6);
    bad["fixed"] = json!(8);
    bad["text"] = json!("");
    bad["tags"] = json!(["a", "b", "c", "d"]);
    bad["picture"]["mimeType"] = json!("text/plain");
    let paths: Vec<String> = everything::Everything::from_json(&bad)
        .unwrap()
        .validate()
        .into_iter()
        .map(|v| v.path)
        .collect();
    assert_eq!(
        paths,
        ["$.count", "$.fixed", "$.picture", "$.tags", "$.text"]
    );
}
