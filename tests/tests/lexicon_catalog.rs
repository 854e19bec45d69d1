//! The lexicon catalog: loading directories, duplicate ids, file paths, reference targets and
//! required-reference cycles.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use atmos_tests::project_lexicons_dir;
use lexgen::catalog::Catalog;
use lexgen::lexicon::{Code, Document, parse_document};
use serde_json::{Value, json};

fn document(id: &str, defs: Value) -> Document {
    let parsed = parse_document(&json!({"lexicon": 1, "id": id, "defs": defs}));
    assert!(parsed.is_valid(), "{:?}", parsed.diagnostics);
    parsed.document.unwrap()
}

fn catalog(documents: Vec<Document>) -> Catalog {
    let mut catalog = Catalog::new();
    for document in documents {
        assert!(catalog.insert(document, None).is_none());
    }
    catalog
}

fn codes(catalog: &Catalog) -> Vec<(Code, String, String)> {
    catalog
        .check()
        .into_iter()
        .map(|d| (d.code, d.nsid.unwrap_or_default(), d.path))
        .collect()
}

fn object(required: &[&str], properties: Value) -> Value {
    json!({"type": "object", "required": required, "properties": properties})
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atmos-lexicon-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_project_lexicons_load_and_resolve() {
    let loaded = Catalog::load_dir(&project_lexicons_dir());
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.diagnostic.is_error())
        .map(|d| format!("{:?}: {}", d.file, d.diagnostic))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(loaded.catalog.len() >= 259 + 9, "{}", loaded.catalog.len());
    let problems: Vec<String> = loaded
        .catalog
        .check()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        loaded
            .catalog
            .def("app.bsky.feed.post", "replyRef")
            .is_some()
    );
    assert!(loaded.catalog.source("cv.atmos.portfolio.entry").is_some());
}

#[test]
fn missing_and_wrong_targets() {
    let catalog = catalog(vec![
        document(
            "com.example.a",
            json!({
                "main": object(&[], json!({
                    "gone": {"type": "ref", "ref": "com.example.nowhere"},
                    "noDef": {"type": "ref", "ref": "#nope"},
                    "token": {"type": "ref", "ref": "#tok"},
                    "query": {"type": "ref", "ref": "com.example.q"},
                    "members": {"type": "union", "refs": ["#tok", "#str", "#obj", "com.example.nowhere#x"]}
                })),
                "tok": {"type": "token"},
                "str": {"type": "string"},
                "obj": object(&[], json!({}))
            }),
        ),
        document("com.example.q", json!({"main": {"type": "query"}})),
    ]);
    let found = codes(&catalog);
    let expect = |code: Code, path: &str| {
        assert!(
            found
                .iter()
                .any(|(c, n, p)| *c == code && n == "com.example.a" && p == path),
            "expected {code} at {path} in {found:#?}"
        );
    };
    expect(Code::MissingTarget, "$.defs.main.properties.gone.ref");
    expect(Code::MissingTarget, "$.defs.main.properties.noDef.ref");
    expect(Code::BadTarget, "$.defs.main.properties.token.ref");
    expect(Code::BadTarget, "$.defs.main.properties.query.ref");
    expect(Code::BadTarget, "$.defs.main.properties.members.refs[0]");
    expect(Code::BadTarget, "$.defs.main.properties.members.refs[1]");
    expect(
        Code::MissingTarget,
        "$.defs.main.properties.members.refs[3]",
    );
    assert_eq!(found.len(), 7, "{found:#?}");
}

#[test]
fn required_cycles_that_never_terminate_are_reported() {
    // a → b → a through required refs, across two documents.
    let catalog = catalog(vec![
        document(
            "com.example.a",
            json!({"main": object(&["b"], json!({"b": {"type": "ref", "ref": "com.example.b"}}))}),
        ),
        document(
            "com.example.b",
            json!({"main": object(&["a"], json!({"a": {"type": "ref", "ref": "com.example.a"}}))}),
        ),
    ]);
    let found = codes(&catalog);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found
            .iter()
            .all(|(c, _, p)| *c == Code::RequiredCycle && p == "$.defs.main")
    );

    // A record whose required field is a closed union of only cyclic members.
    let closed = catalog_of(json!({
        "main": {"type": "record", "key": "tid", "record": object(&["u"], json!({
            "u": {"type": "union", "closed": true, "refs": ["#node"]}
        }))},
        "node": object(&["next"], json!({"next": {"type": "ref", "ref": "#node"}}))
    }));
    let found = codes(&closed);
    assert!(
        found
            .iter()
            .any(|(c, _, p)| *c == Code::RequiredCycle && p == "$.defs.node"),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|(c, _, p)| *c == Code::RequiredCycle && p == "$.defs.main"),
        "{found:#?}"
    );

    // A non-empty array of itself never ends either.
    let array = catalog_of(json!({"main": object(&["kids"], json!({
        "kids": {"type": "array", "minLength": 1, "items": {"type": "ref", "ref": "#main"}}
    }))}));
    assert_eq!(codes(&array).len(), 1);
}

fn catalog_of(defs: Value) -> Catalog {
    catalog(vec![document("com.example.c", defs)])
}

#[test]
fn cycles_that_can_terminate_are_fine() {
    for defs in [
        // Optional link.
        json!({"main": object(&[], json!({"next": {"type": "ref", "ref": "#main"}}))}),
        // Required but nullable.
        json!({"main": {"type": "object", "required": ["next"], "nullable": ["next"],
            "properties": {"next": {"type": "ref", "ref": "#main"}}}}),
        // Through an array that may be empty.
        json!({"main": object(&["kids"], json!({"kids": {"type": "array", "items": {"type": "ref", "ref": "#main"}}}))}),
        // Through an open union.
        json!({"main": object(&["u"], json!({"u": {"type": "union", "refs": ["#main"]}}))}),
        // Through a closed union with a finite member.
        json!({"main": object(&["u"], json!({"u": {"type": "union", "closed": true, "refs": ["#main", "#leaf"]}})),
               "leaf": object(&[], json!({}))}),
    ] {
        let found = codes(&catalog_of(defs.clone()));
        assert!(found.is_empty(), "{defs}: {found:#?}");
    }
}

#[test]
fn duplicate_ids_and_misplaced_files() {
    let dir = scratch("catalog");
    let write = |relative: &str, id: &str| {
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let text = json!({"lexicon": 1, "id": id, "defs": {"main": {"type": "token"}}}).to_string();
        std::fs::write(path, text).unwrap();
    };
    write("com/example/right.json", "com.example.right");
    write("com/example/wrong.json", "com.example.elsewhere");
    write("com/example/twice.json", "com.example.right");
    std::fs::write(dir.join("com/example/broken.json"), "{ not json").unwrap();
    let loaded = Catalog::load_dir(&dir);
    let found: Vec<(Code, String)> = loaded
        .diagnostics
        .iter()
        .map(|d| {
            let file = d
                .file
                .as_ref()
                .unwrap()
                .strip_prefix(&dir)
                .unwrap()
                .display()
                .to_string();
            (d.diagnostic.code, file)
        })
        .collect();
    assert!(
        found.contains(&(Code::PathMismatch, "com/example/wrong.json".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Code::PathMismatch, "com/example/twice.json".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Code::DuplicateId, "com/example/twice.json".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&(Code::InvalidJson, "com/example/broken.json".into())),
        "{found:?}"
    );
    assert_eq!(found.len(), 4, "{found:?}");
    let _ = std::fs::remove_dir_all(&dir);
}
