//! Unit tests of the strict parser: each diagnostic with its code and JSON path, and the model it builds.

use serde_json::{Value, json};

use super::*;
use crate::lexicon::schema::{Field, Permission, RecordKey, StringFormat};
use crate::lexicon::{Code, Severity};

fn doc(defs: Value) -> Value {
    json!({"lexicon": 1, "id": "com.example.test", "defs": defs})
}

/// `(code, path)` of every diagnostic.
fn found(value: &Value) -> Vec<(Code, String)> {
    parse_document(value)
        .diagnostics
        .into_iter()
        .map(|d| (d.code, d.path))
        .collect()
}

fn has(value: &Value, code: Code, path: &str) {
    let all = found(value);
    assert!(
        all.iter().any(|(c, p)| *c == code && p == path),
        "expected {code} at {path}, found {all:?}"
    );
}

#[test]
fn a_minimal_document_is_valid() {
    let parsed = parse_document(&doc(json!({"demo": {"type": "integer"}})));
    assert!(parsed.is_valid(), "{:?}", parsed.diagnostics);
    assert!(parsed.diagnostics.is_empty());
}

#[test]
fn document_level_errors() {
    assert_eq!(parse_str("{").diagnostics[0].code, Code::InvalidJson);
    let mut v = doc(json!({"a": {"type": "integer"}}));
    v["lexicon"] = json!("one");
    has(&v, Code::WrongType, "$.lexicon");
    v["lexicon"] = json!(2);
    has(&v, Code::UnsupportedVersion, "$.lexicon");
    v["lexicon"] = json!(1);
    v["id"] = json!(2);
    has(&v, Code::WrongType, "$.id");
    assert!(parse_document(&v).document.is_none());
    v["id"] = json!("one-two-three");
    has(&v, Code::InvalidNsid, "$.id");
    v["id"] = json!("com.example.test");
    v["extra"] = json!(true);
    has(&v, Code::UnknownAttribute, "$.extra");
    has(&doc(json!({})), Code::EmptyDefs, "$.defs");
    has(
        &doc(json!({"9x": {"type": "integer"}})),
        Code::InvalidName,
        "$.defs.9x",
    );
    let mut r = doc(json!({"a": {"type": "integer"}}));
    r["revision"] = json!(-1);
    has(&r, Code::WrongType, "$.revision");
    let diagnostic = &parse_document(&v).diagnostics[0];
    assert_eq!(diagnostic.nsid.as_deref(), Some("com.example.test"));
    assert_eq!(diagnostic.severity(), Severity::Error);
}

#[test]
fn named_def_restrictions() {
    has(
        &doc(json!({"demo": {"type": "unknown"}})),
        Code::TypeNotAllowedHere,
        "$.defs.demo.type",
    );
    has(
        &doc(json!({"demo": {"type": "ref", "ref": "com.atproto.repo.strongRef"}})),
        Code::TypeNotAllowedHere,
        "$.defs.demo.type",
    );
    has(
        &doc(json!({"demo": {"type": "union", "refs": []}})),
        Code::TypeNotAllowedHere,
        "$.defs.demo.type",
    );
    has(
        &doc(json!({"demo": {"type": "params", "properties": {}}})),
        Code::TypeNotAllowedHere,
        "$.defs.demo.type",
    );
    has(
        &doc(
            json!({"demo": {"type": "record", "key": "any", "record": {"type": "object", "properties": {}}}}),
        ),
        Code::PrimaryNotMain,
        "$.defs.demo",
    );
    has(
        &doc(json!({"demo": {"type": "float"}})),
        Code::UnknownType,
        "$.defs.demo.type",
    );
    has(
        &doc(json!({"demo": {"description": "x"}})),
        Code::MissingAttribute,
        "$.defs.demo",
    );
}

#[test]
fn record_errors() {
    has(
        &doc(
            json!({"main": {"type": "record", "key": "any", "record": {"properties": {"b": {"type": "boolean"}}}}}),
        ),
        Code::MissingAttribute,
        "$.defs.main.record",
    );
    has(
        &doc(json!({"main": {"type": "record", "key": "any", "record": {"type": "string"}}})),
        Code::TypeNotAllowedHere,
        "$.defs.main.record.type",
    );
    has(
        &doc(
            json!({"main": {"type": "record", "key": "uuid", "record": {"type": "object", "properties": {}}}}),
        ),
        Code::InvalidValue,
        "$.defs.main.key",
    );
    has(
        &doc(
            json!({"main": {"type": "record", "key": "literal:a/b", "record": {"type": "object", "properties": {}}}}),
        ),
        Code::InvalidValue,
        "$.defs.main.key",
    );
    has(
        &doc(json!({"main": {"type": "record", "record": {"type": "object", "properties": {}}}})),
        Code::MissingAttribute,
        "$.defs.main",
    );
}

#[test]
fn field_attribute_errors() {
    let props = |p: Value| doc(json!({"o": {"type": "object", "properties": p}}));
    has(
        &props(json!({"a": {"type": "string", "maxlength": 3}})),
        Code::UnknownAttribute,
        "$.defs.o.properties.a.maxlength",
    );
    has(
        &props(json!({"a": {"type": "string", "maxLength": "3"}})),
        Code::WrongType,
        "$.defs.o.properties.a.maxLength",
    );
    has(
        &props(json!({"a": {"type": "string", "maxLength": 1.5}})),
        Code::WrongType,
        "$.defs.o.properties.a.maxLength",
    );
    has(
        &props(json!({"a": {"type": "string", "format": "email"}})),
        Code::InvalidValue,
        "$.defs.o.properties.a.format",
    );
    has(
        &props(json!({"a": {"type": "string", "const": "x", "default": "x"}})),
        Code::ConflictingAttributes,
        "$.defs.o.properties.a.default",
    );
    has(
        &props(json!({"a": {"type": "string", "minGraphemes": 5, "maxLength": 4}})),
        Code::ContradictoryLimits,
        "$.defs.o.properties.a.minGraphemes",
    );
    has(
        &props(json!({"a": {"type": "string", "enum": ["x"], "default": "y"}})),
        Code::DefaultViolatesSchema,
        "$.defs.o.properties.a.default",
    );
    has(
        &props(json!({"a": {"type": "string", "maxLength": 2, "const": "xyz"}})),
        Code::DefaultViolatesSchema,
        "$.defs.o.properties.a.const",
    );
    has(
        &props(json!({"a": {"type": "integer", "enum": [1, 2], "const": 3}})),
        Code::DefaultViolatesSchema,
        "$.defs.o.properties.a.const",
    );
    has(
        &props(json!({"a": {"type": "integer", "enum": [1, "2"]}})),
        Code::WrongType,
        "$.defs.o.properties.a.enum[1]",
    );
    has(
        &props(json!({"a": {"type": "boolean", "default": "true"}})),
        Code::WrongType,
        "$.defs.o.properties.a.default",
    );
    has(
        &props(json!({"a": {"type": "bytes", "minLength": 3, "maxLength": 2}})),
        Code::ContradictoryLimits,
        "$.defs.o.properties.a.minLength",
    );
    has(
        &props(
            json!({"a": {"type": "array", "items": {"type": "integer"}, "minLength": 3, "maxLength": 2}}),
        ),
        Code::ContradictoryLimits,
        "$.defs.o.properties.a.minLength",
    );
    has(
        &props(json!({"a": {"type": "array"}})),
        Code::MissingAttribute,
        "$.defs.o.properties.a",
    );
    has(
        &props(json!({"a": {"type": "array", "items": {"type": "object", "properties": {}}}})),
        Code::Portability,
        "$.defs.o.properties.a.items.type",
    );
    has(
        &props(json!({"a": {"type": "blob", "accept": ["*"]}})),
        Code::InvalidValue,
        "$.defs.o.properties.a.accept[0]",
    );
    has(
        &props(json!({"a": {"type": "ref", "ref": "not a ref"}})),
        Code::InvalidReference,
        "$.defs.o.properties.a.ref",
    );
    has(
        &props(json!({"a": {"type": "ref", "ref": "#"}})),
        Code::InvalidReference,
        "$.defs.o.properties.a.ref",
    );
    has(
        &props(json!({"a": {"type": "union", "refs": [], "closed": true}})),
        Code::ConflictingAttributes,
        "$.defs.o.properties.a.closed",
    );
    has(
        &props(json!({"a": {"type": "union", "refs": ["#x", "#x"]}})),
        Code::DuplicateEntry,
        "$.defs.o.properties.a.refs[1]",
    );
    has(
        &props(json!({"a": {"type": "token"}})),
        Code::TypeNotAllowedHere,
        "$.defs.o.properties.a.type",
    );
    has(
        &props(json!({"a": {"type": "cid-link", "ref": "#x"}})),
        Code::UnknownAttribute,
        "$.defs.o.properties.a.ref",
    );
    has(
        &props(json!({"a": "string"})),
        Code::WrongType,
        "$.defs.o.properties.a",
    );
    has(
        &props(json!({"a b": {"type": "integer"}})),
        Code::InvalidName,
        "$.defs.o.properties[\"a b\"]",
    );
    has(
        &doc(
            json!({"o": {"type": "object", "required": ["a", "a"], "nullable": ["b"], "properties": {"a": {"type": "integer"}}}}),
        ),
        Code::UndefinedProperty,
        "$.defs.o.nullable[0]",
    );
    has(
        &doc(
            json!({"o": {"type": "object", "required": ["a", "a"], "properties": {"a": {"type": "integer"}}}}),
        ),
        Code::DuplicateEntry,
        "$.defs.o.required[1]",
    );
    has(
        &doc(json!({"o": {"type": "object"}})),
        Code::MissingAttribute,
        "$.defs.o",
    );
}

#[test]
fn endpoint_errors() {
    let query = |q: Value| doc(json!({"main": q}));
    has(
        &query(
            json!({"type": "query", "parameters": {"type": "params", "properties": {"o": {"type": "object", "properties": {}}}}}),
        ),
        Code::TypeNotAllowedHere,
        "$.defs.main.parameters.properties.o.type",
    );
    has(
        &query(
            json!({"type": "query", "parameters": {"type": "params", "properties": {"a": {"type": "array", "items": {"type": "ref", "ref": "#x"}}}}}),
        ),
        Code::TypeNotAllowedHere,
        "$.defs.main.parameters.properties.a.items.type",
    );
    has(
        &query(json!({"type": "query", "parameters": {"type": "object", "properties": {}}})),
        Code::TypeNotAllowedHere,
        "$.defs.main.parameters.type",
    );
    has(
        &query(
            json!({"type": "query", "parameters": {"type": "params", "nullable": [], "properties": {}}}),
        ),
        Code::UnknownAttribute,
        "$.defs.main.parameters.nullable",
    );
    has(
        &query(json!({"type": "query", "input": {"encoding": "application/json"}})),
        Code::UnknownAttribute,
        "$.defs.main.input",
    );
    has(
        &query(
            json!({"type": "query", "output": {"schema": {"type": "object", "properties": {}}}}),
        ),
        Code::MissingAttribute,
        "$.defs.main.output",
    );
    has(
        &query(json!({"type": "query", "output": {"encoding": "json"}})),
        Code::InvalidValue,
        "$.defs.main.output.encoding",
    );
    has(
        &query(
            json!({"type": "procedure", "input": {"encoding": "application/json", "schema": {"type": "string"}}}),
        ),
        Code::TypeNotAllowedHere,
        "$.defs.main.input.schema.type",
    );
    has(
        &query(json!({"type": "query", "errors": [{"name": "Bad Thing"}]})),
        Code::InvalidName,
        "$.defs.main.errors[0].name",
    );
    has(
        &query(json!({"type": "query", "errors": [{"name": "A"}, {"name": "A"}]})),
        Code::DuplicateEntry,
        "$.defs.main.errors[1].name",
    );
    has(
        &query(json!({"type": "query", "errors": {"name": "A"}})),
        Code::WrongType,
        "$.defs.main.errors",
    );
    has(
        &query(json!({"type": "subscription"})),
        Code::MissingAttribute,
        "$.defs.main",
    );
    has(
        &query(
            json!({"type": "subscription", "message": {"schema": {"type": "object", "properties": {}}}}),
        ),
        Code::TypeNotAllowedHere,
        "$.defs.main.message.schema.type",
    );
}

#[test]
fn permission_set_errors() {
    let set = |permissions: Value| {
        doc(json!({"main": {"type": "permission-set", "permissions": permissions}}))
    };
    has(
        &doc(json!({"main": {"type": "permission-set"}})),
        Code::MissingAttribute,
        "$.defs.main",
    );
    has(
        &set(json!([{"type": "permission", "resource": "repo"}])),
        Code::MissingAttribute,
        "$.defs.main.permissions[0]",
    );
    has(
        &set(json!([{"type": "permission", "resource": "repo", "collection": []}])),
        Code::InvalidValue,
        "$.defs.main.permissions[0].collection",
    );
    has(
        &set(json!([{"type": "permission", "resource": "repo", "collection": ["*"]}])),
        Code::InvalidValue,
        "$.defs.main.permissions[0].collection[0]",
    );
    has(
        &set(
            json!([{"type": "permission", "resource": "repo", "collection": ["a.b.c"], "action": ["write"]}]),
        ),
        Code::InvalidValue,
        "$.defs.main.permissions[0].action[0]",
    );
    has(
        &set(json!([{"type": "permission", "resource": "rpc", "lxm": ["a.b.c"]}])),
        Code::MissingAttribute,
        "$.defs.main.permissions[0]",
    );
    has(
        &set(
            json!([{"type": "permission", "resource": "rpc", "lxm": ["a.b.c"], "aud": "did:web:x"}]),
        ),
        Code::InvalidValue,
        "$.defs.main.permissions[0].aud",
    );
    has(
        &set(json!([{"type": "permission", "resource": "rpc", "lxm": ["*"], "aud": "*"}])),
        Code::ConflictingAttributes,
        "$.defs.main.permissions[0].aud",
    );
    has(
        &set(json!([{"type": "permission", "resource": "rpc", "lxm": ["*"], "inheritAud": true}])),
        Code::PermissionStyle,
        "$.defs.main.permissions[0].lxm[0]",
    );
    has(
        &set(json!([{"type": "permission", "resource": "blob", "accept": ["*/*"]}])),
        Code::PermissionStyle,
        "$.defs.main.permissions[0].resource",
    );
    has(
        &set(json!([{"type": "scope", "resource": "repo"}])),
        Code::TypeNotAllowedHere,
        "$.defs.main.permissions[0].type",
    );
    let mut v = set(json!([]));
    v["defs"]["main"]["title:lang"] = json!({"not a tag": "x"});
    has(
        &v,
        Code::InvalidValue,
        "$.defs.main[\"title:lang\"][\"not a tag\"]",
    );
}

#[test]
fn the_model_carries_every_attribute() {
    let value = doc(json!({
        "main": {"type": "record", "key": "literal:self", "description": "d", "record": {
            "type": "object", "required": ["s"], "nullable": ["u"], "properties": {
                "s": {"type": "string", "format": "datetime", "minLength": 1, "maxLength": 30, "minGraphemes": 1,
                      "maxGraphemes": 3, "knownValues": ["a"], "default": "a"},
                "u": {"type": "union", "refs": ["#o", "com.example.other#x", "com.example.other"], "closed": true},
                "a": {"type": "array", "minLength": 1, "maxLength": 2, "items": {"type": "blob", "accept": ["image/*"], "maxSize": 9}},
                "i": {"type": "integer", "minimum": -1, "maximum": 5, "enum": [1, 2], "const": 2}
            }}},
        "o": {"type": "object", "properties": {}},
        "perms": {"type": "token"}
    }));
    let parsed = parse_document(&value);
    assert!(parsed.is_valid(), "{:?}", parsed.diagnostics);
    let document = parsed.into_result().unwrap();
    let Some(Def::Record(record)) = document.def("main") else {
        panic!("no record")
    };
    assert_eq!(record.key, RecordKey::Literal("self".into()));
    assert_eq!(record.description.as_deref(), Some("d"));
    assert_eq!(record.record.nullable, vec!["u".to_owned()]);
    let Some(Field::String(s)) = record.record.properties.get("s") else {
        panic!("s")
    };
    assert_eq!(s.format, Some(StringFormat::Datetime));
    assert_eq!(
        (s.min_length, s.max_length, s.min_graphemes, s.max_graphemes),
        (Some(1), Some(30), Some(1), Some(3))
    );
    assert_eq!(s.default.as_deref(), Some("a"));
    let Some(Field::Union(u)) = record.record.properties.get("u") else {
        panic!("u")
    };
    assert!(u.closed);
    assert_eq!(
        u.refs[0].qualified("com.example.test"),
        "com.example.test#o"
    );
    assert_eq!(
        u.refs[1].resolve("com.example.test"),
        ("com.example.other", "x")
    );
    assert_eq!(
        u.refs[2].resolve("com.example.test"),
        ("com.example.other", "main")
    );
    let Some(Field::Array(a)) = record.record.properties.get("a") else {
        panic!("a")
    };
    let Field::Blob(b) = a.items.as_ref() else {
        panic!("blob")
    };
    assert_eq!(
        (b.max_size, b.accept.clone()),
        (Some(9), Some(vec!["image/*".to_owned()]))
    );
    let Some(Field::Integer(i)) = record.record.properties.get("i") else {
        panic!("i")
    };
    assert_eq!(
        (i.minimum, i.maximum, i.r#const),
        (Some(-1), Some(5), Some(2))
    );
}

#[test]
fn permission_model() {
    let value = doc(
        json!({"main": {"type": "permission-set", "title": "t", "title:lang": {"fr": "T"},
        "permissions": [
            {"type": "permission", "resource": "repo", "collection": ["a.b.c"], "action": ["create"]},
            {"type": "permission", "resource": "rpc", "lxm": ["a.b.d"], "inheritAud": true}
        ]}}),
    );
    let document = parse_document(&value).into_result().unwrap();
    let Some(Def::PermissionSet(set)) = document.def("main") else {
        panic!("set")
    };
    assert_eq!(set.title_lang.get("fr").map(String::as_str), Some("T"));
    assert_eq!(
        set.permissions[0],
        Permission::Repo {
            collection: vec!["a.b.c".into()],
            action: vec!["create".into()]
        }
    );
    assert!(matches!(
        &set.permissions[1],
        Permission::Rpc {
            inherit_aud: true,
            aud: None,
            ..
        }
    ));
}
