//! The lexicons records are validated against: the built-in catalog plus `<data dir>/lexicons/`, picked up
//! while the server runs (a lexicon added there is enforced on the next write once loaded, and a removed
//! one is forgotten), with bad documents, misplaced files and attempts to replace a built-in NSID skipped.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use pds::lexicon_catalog::{Lexicons, POLL_INTERVAL, builtin};
use serde_json::{Value, json};
use tower::ServiceExt as _;

/// A record type `com.example.note` (TID keys, `text` at most 10 bytes, an optional strong reference to
/// another record: a reference into the built-in lexicons).
fn note_lexicon() -> Value {
    json!({
        "lexicon": 1,
        "id": "com.example.note",
        "defs": {
            "main": {
                "type": "record",
                "key": "tid",
                "record": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "maxLength": 10},
                        "subject": {"type": "ref", "ref": "com.atproto.repo.strongRef"}
                    }
                }
            }
        }
    })
}

fn write(dir: &Path, relative: &str, contents: &str) {
    let path = dir.join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

struct Harness {
    router: Router,
    app: pds::app::AppState,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let mut config = pds::config::Config::load(None, |_| None).unwrap();
        config.data_dir = dir.path().to_owned();
        let app = pds::app::App::open(config, 2583).unwrap();
        Harness {
            router: pds::handlers::router(app.clone()),
            app,
            _dir: dir,
        }
    }

    async fn post(&self, nsid: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        let mut request =
            Request::post(format!("/xrpc/{nsid}")).header(header::CONTENT_TYPE, "application/json");
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        let request = request.body(Body::from(body.to_string())).unwrap();
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    /// Creates `alice.test`: `(did, accessJwt)`.
    async fn account(&self) -> (String, String) {
        let (status, reply) = self
            .post(
                "com.atproto.server.createAccount",
                None,
                json!({"handle": "alice.test", "email": "alice@example.com", "password": "hunter2hunter2"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{reply}");
        (
            reply["did"].as_str().unwrap().to_owned(),
            reply["accessJwt"].as_str().unwrap().to_owned(),
        )
    }
}

#[tokio::test]
async fn an_installed_lexicon_is_enforced_while_the_server_runs() {
    let h = Harness::new();
    let (did, access) = h.account().await;
    let create = |record: Value, rkey: Option<&str>, validate: Option<bool>| {
        let mut body = json!({"repo": did, "collection": "com.example.note", "record": record});
        if let Some(rkey) = rkey {
            body["rkey"] = json!(rkey);
        }
        if let Some(validate) = validate {
            body["validate"] = json!(validate);
        }
        h.post("com.atproto.repo.createRecord", Some(&access), body)
    };
    let long = json!({"$type": "com.example.note", "text": "far too long for a note"});
    let (status, reply) = create(long.clone(), None, None).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(reply["validationStatus"], "unknown");
    let (status, reply) = create(long.clone(), None, Some(true)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");

    write(
        h.app.lexicons.dir(),
        "com/example/note.json",
        &note_lexicon().to_string(),
    );
    // The watcher looks every POLL_INTERVAL; wait until a write sees the lexicon.
    let short = json!({"$type": "com.example.note", "text": "hello"});
    let deadline = Instant::now() + POLL_INTERVAL * 10;
    loop {
        let (status, reply) = create(short.clone(), None, None).await;
        assert_eq!(status, StatusCode::OK, "{reply}");
        if reply["validationStatus"] == "valid" {
            break;
        }
        assert!(Instant::now() < deadline, "the lexicon was not picked up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(h.app.lexicons.snapshot().installed(), 1);

    // Enforced from then on: the record, its key type, and the built-in lexicon it refers to.
    let (status, reply) = create(long.clone(), None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
    assert_eq!(reply["error"], "InvalidRequest");
    let message = reply["message"].as_str().unwrap();
    assert!(message.contains("$.text"), "{message}");
    let (status, reply) = create(short.clone(), Some("self"), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
    assert!(
        reply["message"].as_str().unwrap().contains("record key"),
        "{reply}"
    );
    let dangling = json!({"$type": "com.example.note", "text": "hi", "subject": {"uri": "at://x"}});
    let (status, reply) = create(dangling, None, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
    // Without `$type` (filled in by the server) the record is still validated.
    let (status, reply) = create(json!({"text": "untyped"}), None, Some(true)).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(reply["validationStatus"], "valid");
    // putRecord and applyWrites go through the same catalog.
    let (status, reply) = h
        .post(
            "com.atproto.repo.putRecord",
            Some(&access),
            json!({"repo": did, "collection": "com.example.note", "rkey": "3jzfcijpj2z2a", "record": long}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
    let (status, reply) = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": [
                {"$type": "com.atproto.repo.applyWrites#create", "collection": "com.example.note", "value": short},
                {"$type": "com.atproto.repo.applyWrites#create", "collection": "com.example.note", "value": {"$type": "com.example.note"}},
            ]}),
        )
        .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");
    assert!(
        reply["message"].as_str().unwrap().contains("$.text"),
        "{reply}"
    );
    let (status, reply) = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": [
                {"$type": "com.atproto.repo.applyWrites#create", "collection": "com.example.note", "value": short},
            ]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    assert_eq!(reply["results"][0]["validationStatus"], "valid");

    // Removing the file forgets the lexicon.
    std::fs::remove_file(h.app.lexicons.dir().join("com/example/note.json")).unwrap();
    let deadline = Instant::now() + POLL_INTERVAL * 10;
    loop {
        let (status, reply) = create(long.clone(), None, None).await;
        if status == StatusCode::OK {
            assert_eq!(reply["validationStatus"], "unknown");
            break;
        }
        assert!(Instant::now() < deadline, "the lexicon was not forgotten");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[test]
fn bad_misplaced_and_built_in_documents_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let lexicons = Lexicons::open(builtin(), dir.path().to_owned());
    assert!(!lexicons.refresh(), "nothing changed");
    assert_eq!(lexicons.snapshot().installed(), 0);

    write(
        dir.path(),
        "com/example/note.json",
        &note_lexicon().to_string(),
    );
    // Not JSON; a document that breaks the language; one at the wrong path.
    write(
        dir.path(),
        "com/example/broken.json",
        "{\"lexicon\": 1, \"id\":",
    );
    let mut wrong = note_lexicon();
    wrong["id"] = json!("com.example.wrong");
    wrong["defs"]["main"]["key"] = json!("sometimes");
    write(dir.path(), "com/example/wrong.json", &wrong.to_string());
    let mut misplaced = note_lexicon();
    misplaced["id"] = json!("com.example.elsewhere");
    write(dir.path(), "com/example/here.json", &misplaced.to_string());
    // A built-in NSID: a post that needs no text would be accepted if this replaced the built-in one.
    let lenient_post = json!({"lexicon": 1, "id": "app.bsky.feed.post", "defs": {"main": {
        "type": "record", "key": "tid", "record": {"type": "object", "properties": {}}}}});
    write(
        dir.path(),
        "app/bsky/feed/post.json",
        &lenient_post.to_string(),
    );
    // A reference to nothing, and a document whose only fault is referring to that one.
    let dangling = json!({"lexicon": 1, "id": "com.example.dangling", "defs": {"main": {
        "type": "record", "key": "any", "record": {"type": "object", "properties": {
            "x": {"type": "ref", "ref": "com.example.missing#thing"}}}}}});
    write(
        dir.path(),
        "com/example/dangling.json",
        &dangling.to_string(),
    );
    let dependent = json!({"lexicon": 1, "id": "com.example.dependent", "defs": {"main": {
        "type": "record", "key": "any", "record": {"type": "object", "properties": {
            "x": {"type": "ref", "ref": "com.example.dangling"}}}}}});
    write(
        dir.path(),
        "com/example/dependent.json",
        &dependent.to_string(),
    );

    assert!(lexicons.refresh());
    let snapshot = lexicons.snapshot();
    assert_eq!(snapshot.installed(), 1, "{snapshot:?}");
    assert!(snapshot.is_record_type("com.example.note"));
    for skipped in [
        "com.example.wrong",
        "com.example.elsewhere",
        "com.example.dangling",
        "com.example.dependent",
    ] {
        assert!(!snapshot.is_record_type(skipped), "{skipped}");
    }
    let untexted = r#"{"$type": "app.bsky.feed.post", "createdAt": "2026-01-01T00:00:00Z"}"#;
    assert!(
        !snapshot
            .check_record_text("app.bsky.feed.post", untexted)
            .unwrap()
            .is_empty(),
        "the built-in post lexicon was replaced"
    );
    assert!(!lexicons.refresh(), "nothing changed since");

    // An edit in place is picked up (same path, new contents).
    let mut longer = note_lexicon();
    longer["defs"]["main"]["record"]["properties"]["text"]["maxLength"] = json!(100);
    std::thread::sleep(Duration::from_millis(20));
    write(dir.path(), "com/example/note.json", &longer.to_string());
    assert!(lexicons.refresh());
    let text = r#"{"$type": "com.example.note", "text": "now this is long enough"}"#;
    assert_eq!(
        lexicons
            .snapshot()
            .check_record_text("com.example.note", text)
            .unwrap(),
        Vec::new()
    );
}
