//! The evolution rules on small documents: each breaking change reported once, with its kind and path;
//! compatible changes (new optional fields, looser limits, knownValues, open unions) pass.

use serde_json::json;

use super::{BreakingKind, breaking_changes};
use crate::lexicon::{Document, parse_document};

fn doc(value: serde_json::Value) -> Document {
    let parsed = parse_document(&value);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.document.unwrap()
}

fn record(properties: serde_json::Value, required: serde_json::Value) -> Document {
    doc(json!({
        "lexicon": 1,
        "id": "com.example.thing",
        "defs": {"main": {"type": "record", "key": "tid", "record": {
            "type": "object", "required": required, "properties": properties
        }}}
    }))
}

fn kinds(old: &Document, new: &Document) -> Vec<(BreakingKind, String)> {
    breaking_changes(old, new)
        .into_iter()
        .map(|b| (b.kind, b.path))
        .collect()
}

fn base() -> Document {
    record(
        json!({
            "text": {"type": "string", "maxLength": 100, "knownValues": ["a", "b"]},
            "kind": {"type": "string", "enum": ["x", "y"]},
            "count": {"type": "integer", "minimum": 0},
            "embed": {"type": "union", "refs": ["com.example.a", "com.example.b"], "closed": true}
        }),
        json!(["text"]),
    )
}

#[test]
fn compatible_changes_pass() {
    let new = record(
        json!({
            "text": {"type": "string", "maxLength": 200, "knownValues": ["c"]},
            "kind": {"type": "string", "enum": ["x", "y", "z"]},
            "count": {"type": "integer"},
            "embed": {"type": "union", "refs": ["com.example.a", "com.example.b", "com.example.c"], "closed": true},
            "extra": {"type": "boolean"}
        }),
        json!(["text"]),
    );
    assert_eq!(kinds(&base(), &new), []);
    assert_eq!(kinds(&base(), &base()), []);
}

#[test]
fn breaking_changes_are_named_with_their_paths() {
    let new = record(
        json!({
            "text": {"type": "string", "maxLength": 50},
            "kind": {"type": "string", "enum": ["x"]},
            "count": {"type": "string"},
            "embed": {"type": "union", "refs": ["com.example.a"], "closed": true},
            "extra": {"type": "boolean"}
        }),
        json!(["text", "extra"]),
    );
    let p = |name: &str| format!("$.defs.main.record.properties.{name}");
    assert_eq!(
        kinds(&base(), &new),
        [
            (BreakingKind::ChangedType, p("count")),
            (
                BreakingKind::NarrowedClosedSet,
                format!("{}.refs", p("embed"))
            ),
            (
                BreakingKind::NarrowedClosedSet,
                format!("{}.enum", p("kind"))
            ),
            (
                BreakingKind::NarrowedConstraint,
                format!("{}.maxLength", p("text"))
            ),
            (BreakingKind::NewlyRequired, p("extra")),
        ]
    );
}

#[test]
fn removed_fields_and_defs_and_record_keys() {
    let new = record(
        json!({"text": {"type": "string", "maxLength": 100}}),
        json!(["text"]),
    );
    let removed: Vec<BreakingKind> = kinds(&base(), &new).into_iter().map(|(k, _)| k).collect();
    assert_eq!(removed, [BreakingKind::RemovedField; 3]);
    let other_key = doc(json!({
        "lexicon": 1,
        "id": "com.example.thing",
        "defs": {"main": {"type": "record", "key": "any", "record": {"type": "object", "properties": {}}}}
    }));
    let found: Vec<BreakingKind> = kinds(&base(), &other_key)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert!(found.contains(&BreakingKind::ChangedRecordKey));
    let token =
        doc(json!({"lexicon": 1, "id": "com.example.thing", "defs": {"other": {"type": "token"}}}));
    assert_eq!(
        kinds(&base(), &token),
        [(BreakingKind::RemovedDef, "$.defs.main".to_owned())]
    );
}
