//! Unit tests of the style rules: each rule fires where it should, and stays quiet on good style.

use serde_json::{Value, json};

use crate::lexicon::{Code, parse_document};
use crate::lint::lint_value;

fn lint(id: &str, defs: Value) -> Vec<(Code, String)> {
    lint_value(&json!({"lexicon": 1, "id": id, "defs": defs}))
        .into_iter()
        .map(|d| (d.code, d.path))
        .collect()
}

fn record(properties: Value) -> Value {
    json!({"main": {"type": "record", "key": "tid", "record": {"type": "object", "properties": properties}}})
}

fn has(found: &[(Code, String)], code: Code, path: &str) {
    assert!(
        found.iter().any(|(c, p)| *c == code && p == path),
        "expected {code} at {path}, found {found:?}"
    );
}

#[test]
fn good_style_is_quiet() {
    let mut defs = record(json!({
        "text": {"type": "string", "maxLength": 3000, "maxGraphemes": 300},
        "kind": {"type": "string", "maxLength": 64, "knownValues": ["com.example.fooBar#big", "small"]},
        "at": {"type": "string", "format": "datetime"},
        "image": {"type": "blob", "accept": ["image/*"], "maxSize": 1000000},
        "next": {"type": "ref", "ref": "#other"}
    }));
    defs["big"] = json!({"type": "token"});
    defs["other"] = json!({"type": "object", "properties": {}});
    let found = lint("com.example.fooBar", defs.clone());
    assert!(found.is_empty(), "{found:?}");
    let parsed = parse_document(&json!({"lexicon": 1, "id": "com.example.fooBar", "defs": defs}));
    let document = parsed.document.unwrap();
    assert!(super::style(&document, None).is_empty());
}

#[test]
fn naming() {
    let found = lint(
        "com.Example.foo_bar",
        record(json!({"Created_at": {"type": "string", "format": "datetime"}})),
    );
    has(&found, Code::InvalidNsid, "$.id");
    let found = lint(
        "com.Example.FooBar",
        json!({"Main": {"type": "token"}, "x": {"type": "token"}}),
    );
    has(&found, Code::NamingStyle, "$.id");
    has(&found, Code::NamingStyle, "$.defs.Main");
    let found = lint(
        "com.example.foo",
        record(json!({"Created_at": {"type": "string", "format": "datetime"}})),
    );
    has(
        &found,
        Code::NamingStyle,
        "$.defs.main.record.properties.Created_at",
    );
    let found = lint(
        "com.example.foo",
        json!({"main": {"type": "query", "errors": [{"name": "not_found"}]}}),
    );
    has(&found, Code::NamingStyle, "$.defs.main.errors[0].name");
}

#[test]
fn main_placement_and_record_keys() {
    has(
        &lint("com.example.defs", json!({"main": {"type": "token"}})),
        Code::MainPlacement,
        "$.defs.main",
    );
    has(
        &lint(
            "com.example.things",
            json!({"a": {"type": "token"}, "b": {"type": "token"}}),
        ),
        Code::MainPlacement,
        "$.defs",
    );
    let found = lint(
        "com.example.settings",
        json!({"main": {"type": "record", "key": "literal:settings", "record": {"type": "object", "properties": {}}}}),
    );
    has(&found, Code::RecordKeyChoice, "$.defs.main.key");
}

#[test]
fn limits() {
    let found = lint(
        "com.example.foo",
        record(json!({
            "a": {"type": "string", "maxGraphemes": 10},
            "b": {"type": "string", "maxGraphemes": 100, "maxLength": 100},
            "c": {"type": "string"},
            "d": {"type": "blob"},
            "e": {"type": "unknown"}
        })),
    );
    has(
        &found,
        Code::GraphemesWithoutLength,
        "$.defs.main.record.properties.a.maxGraphemes",
    );
    has(
        &found,
        Code::IneffectiveLimit,
        "$.defs.main.record.properties.b.maxGraphemes",
    );
    has(
        &found,
        Code::UnboundedText,
        "$.defs.main.record.properties.c",
    );
    has(
        &found,
        Code::UnboundedBlob,
        "$.defs.main.record.properties.d",
    );
    has(
        &found,
        Code::UnknownInRecord,
        "$.defs.main.record.properties.e",
    );
    // Outside records, free text is not flagged.
    let found = lint(
        "com.example.foo",
        json!({"o": {"type": "object", "properties": {"c": {"type": "string"}}}}),
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn enums_and_known_values() {
    let found = lint(
        "com.example.foo",
        json!({"o": {"type": "object", "properties": {
            "a": {"type": "string", "enum": ["x"]},
            "b": {"type": "string", "enum": ["x", "y"], "knownValues": ["z"]},
            "c": {"type": "integer", "enum": []},
            "d": {"type": "string", "format": "did", "knownValues": ["did:web:x"]},
            "e": {"type": "string", "knownValues": ["#local", "com.example.foo#o", "com.example.foo#gone"]}
        }}}),
    );
    has(&found, Code::EnumStyle, "$.defs.o.properties.a.enum");
    has(&found, Code::EnumStyle, "$.defs.o.properties.b.knownValues");
    has(
        &found,
        Code::ContradictoryLimits,
        "$.defs.o.properties.c.enum",
    );
    has(&found, Code::EnumStyle, "$.defs.o.properties.d.knownValues");
    has(
        &found,
        Code::ReferenceStyle,
        "$.defs.o.properties.e.knownValues[0]",
    );
    has(
        &found,
        Code::ReferenceStyle,
        "$.defs.o.properties.e.knownValues[1]",
    );
    has(
        &found,
        Code::ReferenceStyle,
        "$.defs.o.properties.e.knownValues[2]",
    );
}

#[test]
fn references() {
    let found = lint(
        "com.example.foo",
        json!({"o": {"type": "object", "properties": {
            "a": {"type": "ref", "ref": "com.example.bar#main"},
            "b": {"type": "ref", "ref": "com.example.foo#o"},
            "c": {"type": "union", "refs": ["#o", "com.example.foo#o", "com.example.bar#main"]}
        }}}),
    );
    has(&found, Code::ReferenceStyle, "$.defs.o.properties.a.ref");
    has(&found, Code::ReferenceStyle, "$.defs.o.properties.b.ref");
    has(
        &found,
        Code::ReferenceStyle,
        "$.defs.o.properties.c.refs[1]",
    );
}

#[test]
fn permission_sets_stay_in_their_namespace() {
    let set = json!({"main": {"type": "permission-set", "title": "All", "permissions": [
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.event", "app.bsky.feed.post"]},
        {"type": "permission", "resource": "rpc", "lxm": ["com.example.calendar.list", "com.examplex.list"], "aud": "*"}
    ]}});
    let found = lint("com.example.authAll", set);
    let namespace: Vec<&str> = found
        .iter()
        .filter(|(c, _)| *c == Code::PermissionNamespace)
        .map(|(_, p)| p.as_str())
        .collect();
    assert_eq!(
        namespace,
        [
            "$.defs.main.permissions[0].collection[1]",
            "$.defs.main.permissions[1].lxm[1]"
        ]
    );
    let inside = json!({"main": {"type": "permission-set", "permissions": [
        {"type": "permission", "resource": "repo", "collection": ["com.example.calendar.event"]}
    ]}});
    let found = lint("com.example.authAll", inside);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn permission_targets_have_the_right_kind() {
    use crate::catalog::Catalog;
    let doc = |id: &str, main: Value| {
        parse_document(&json!({"lexicon": 1, "id": id, "defs": {"main": main}}))
            .document
            .unwrap()
    };
    let mut catalog = Catalog::new();
    catalog.insert(doc("com.example.token", json!({"type": "token"})), None);
    catalog.insert(
        doc(
            "com.example.post",
            json!({"type": "record", "key": "tid", "record": {"type": "object", "properties": {}}}),
        ),
        None,
    );
    let set = doc(
        "com.example.authAll",
        json!({"type": "permission-set", "permissions": [
            {"type": "permission", "resource": "repo", "collection": ["com.example.post", "com.example.token", "com.example.unknown"]},
            {"type": "permission", "resource": "rpc", "lxm": ["com.example.post"], "inheritAud": true}
        ]}),
    );
    let found: Vec<(Code, String)> = super::style(&set, Some(&catalog))
        .into_iter()
        .map(|d| (d.code, d.path))
        .collect();
    assert_eq!(
        found,
        [
            (
                Code::PermissionTarget,
                "$.defs.main.permissions[0].collection[1]".to_owned()
            ),
            (
                Code::PermissionTarget,
                "$.defs.main.permissions[1].lxm[0]".to_owned()
            ),
        ]
    );
}
