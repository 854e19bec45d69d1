//! In-process tests of the XRPC surface (router driven with `tower::ServiceExt::oneshot`): each endpoint
//! group's success path, its error shapes and statuses, and isolation between accounts.

#![allow(clippy::unwrap_used)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt as _;

struct Harness {
    router: Router,
    app: pds::app::AppState,
    _dir: tempfile::TempDir,
}

/// `request` with `body` as JSON, or with no body (and no `Content-Type`) for `Value::Null`.
fn json_body(request: axum::http::request::Builder, body: &Value) -> Request<Body> {
    if body.is_null() {
        return request.body(Body::empty()).unwrap();
    }
    request
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn harness_with(configure: impl FnOnce(&mut pds::config::Config)) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = dir.path().to_owned();
    configure(&mut config);
    let app = pds::app::App::open(config, 2583).unwrap();
    Harness {
        router: pds::handlers::router(app.clone()),
        app,
        _dir: dir,
    }
}

fn harness() -> Harness {
    harness_with(|_| {})
}

struct Reply {
    status: StatusCode,
    json: Value,
    headers: axum::http::HeaderMap,
}

impl Harness {
    async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let json = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
        Reply {
            status,
            json,
            headers,
        }
    }

    async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        let mut request = Request::get(path);
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(request.body(Body::empty()).unwrap()).await
    }

    /// POSTs `body` as JSON, or no body at all for `Value::Null` (a method without input).
    async fn post(&self, nsid: &str, token: Option<&str>, body: Value) -> Reply {
        let mut request = Request::post(format!("/xrpc/{nsid}"));
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        self.send(json_body(request, &body)).await
    }

    async fn upload(&self, token: &str, content_type: &str, bytes: Vec<u8>) -> Reply {
        let request = Request::post("/xrpc/com.atproto.repo.uploadBlob")
            .header(header::CONTENT_TYPE, content_type)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(bytes))
            .unwrap();
        self.send(request).await
    }

    /// Creates `<name>.test` and returns `(did, accessJwt, refreshJwt)`.
    async fn account(&self, name: &str) -> (String, String, String) {
        let reply = self
            .post(
                "com.atproto.server.createAccount",
                None,
                json!({"handle": format!("{name}.test"), "email": format!("{name}@example.com"), "password": "hunter2hunter2"}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
        (
            reply.json["did"].as_str().unwrap().to_owned(),
            reply.json["accessJwt"].as_str().unwrap().to_owned(),
            reply.json["refreshJwt"].as_str().unwrap().to_owned(),
        )
    }
}

fn assert_error(reply: &Reply, status: u16, error: &str) {
    assert_eq!(reply.status.as_u16(), status, "{}", reply.json);
    assert_eq!(reply.json["error"], error, "{}", reply.json);
    assert!(reply.json["message"].is_string(), "{}", reply.json);
}

fn post_record(text: &str) -> Value {
    json!({"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-01-01T00:00:00.000Z"})
}

#[tokio::test]
async fn server_description_health_and_well_known() {
    let h = harness();
    let reply = h.get("/xrpc/com.atproto.server.describeServer", None).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.json["availableUserDomains"], json!([".test"]));
    assert_eq!(reply.json["did"], "did:web:localhost%3A2583");
    assert_eq!(h.get("/xrpc/_health", None).await.status, StatusCode::OK);
    let (did, _, _) = h.account("alice").await;
    let request = Request::get("/.well-known/atproto-did")
        .header(header::HOST, "alice.test")
        .body(Body::empty())
        .unwrap();
    let reply = h.send(request).await;
    assert_eq!(reply.json, Value::String(did));
    let request = Request::get("/.well-known/atproto-did")
        .header(header::HOST, "nobody.test")
        .body(Body::empty())
        .unwrap();
    assert_eq!(h.send(request).await.status, StatusCode::NOT_FOUND);
    let reply = h.get("/.well-known/did.json", None).await;
    assert_eq!(
        reply.json["service"][0]["serviceEndpoint"],
        "http://localhost:2583"
    );
    let reply = h.get("/xrpc/com.atproto.nothing.here", None).await;
    assert_error(&reply, 501, "MethodNotImplemented");
    assert_eq!(reply.headers[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
    let preflight = Request::options("/xrpc/com.atproto.repo.createRecord")
        .header(header::ORIGIN, "https://app.example.com")
        .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
        .header(
            header::ACCESS_CONTROL_REQUEST_HEADERS,
            "authorization,content-type",
        )
        .body(Body::empty())
        .unwrap();
    let reply = h.send(preflight).await;
    assert_eq!(reply.status, StatusCode::NO_CONTENT);
    assert_eq!(
        reply.headers[header::ACCESS_CONTROL_ALLOW_HEADERS],
        "authorization,content-type"
    );
}

#[tokio::test]
async fn account_creation_checks_handle_email_password_and_uniqueness() {
    let h = harness();
    let create = |body: Value| h.post("com.atproto.server.createAccount", None, body);
    let reply =
        create(json!({"handle": "bob.example.com", "email": "b@example.com", "password": "pw"}))
            .await;
    assert_error(&reply, 400, "UnsupportedDomain");
    let reply =
        create(json!({"handle": "ab.test", "email": "b@example.com", "password": "pw"})).await;
    assert_error(&reply, 400, "InvalidHandle");
    let reply = create(json!({"handle": "bob.test", "password": "pw"})).await;
    assert_error(&reply, 400, "InvalidRequest");
    let reply = create(json!({"handle": "bob.test", "email": "b@example.com"})).await;
    assert_error(&reply, 400, "InvalidRequest");
    let reply =
        create(json!({"handle": "not a handle", "email": "b@example.com", "password": "pw"})).await;
    assert_error(&reply, 400, "InvalidRequest");
    h.account("bob").await;
    let reply =
        create(json!({"handle": "bob.test", "email": "other@example.com", "password": "pw"})).await;
    assert_error(&reply, 400, "HandleNotAvailable");
    let reply =
        create(json!({"handle": "bobby.test", "email": "bob@example.com", "password": "pw"})).await;
    assert_error(&reply, 400, "InvalidRequest");
    // A DID without a service token proving it is refused.
    let reply = create(json!({"handle": "carol.test", "email": "c@example.com", "password": "pw", "did": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"})).await;
    assert_error(&reply, 401, "AuthenticationRequired");
}

#[tokio::test]
async fn invite_codes_are_required_when_configured() {
    let h = harness_with(|c| c.invite_required = true);
    let reply = h
        .post(
            "com.atproto.server.createAccount",
            None,
            json!({"handle": "dan.test", "email": "d@example.com", "password": "pw"}),
        )
        .await;
    assert_error(&reply, 400, "InvalidInviteCode");
}

/// Session responses carry the DID document only when `enable_did_doc_with_session` is set (the reference's
/// `PDS_ENABLE_DID_DOC_WITH_SESSION`): a client following it would leave the server it logged in to.
#[tokio::test]
async fn session_responses_carry_the_did_doc_only_when_configured() {
    for enabled in [false, true] {
        let h = harness_with(|config| config.enable_did_doc_with_session = enabled);
        let created = h
            .post(
                "com.atproto.server.createAccount",
                None,
                json!({"handle": "doc.test", "email": "doc@example.com", "password": "hunter2hunter2"}),
            )
            .await;
        assert_eq!(created.status, StatusCode::OK, "{}", created.json);
        let did = created.json["did"].as_str().unwrap().to_owned();
        let login = h
            .post(
                "com.atproto.server.createSession",
                None,
                json!({"identifier": "doc.test", "password": "hunter2hunter2"}),
            )
            .await;
        let access = login.json["accessJwt"].as_str().unwrap().to_owned();
        let refresh = login.json["refreshJwt"].as_str().unwrap().to_owned();
        let got = h
            .get("/xrpc/com.atproto.server.getSession", Some(&access))
            .await;
        let refreshed = h
            .post(
                "com.atproto.server.refreshSession",
                Some(&refresh),
                Value::Null,
            )
            .await;
        for (name, reply) in [
            ("createAccount", &created),
            ("createSession", &login),
            ("getSession", &got),
            ("refreshSession", &refreshed),
        ] {
            assert_eq!(reply.status, StatusCode::OK, "{name}: {}", reply.json);
            assert_eq!(reply.json["did"], did.as_str(), "{name}");
            match enabled {
                true => assert_eq!(reply.json["didDoc"]["id"], did.as_str(), "{name}"),
                false => assert!(reply.json.get("didDoc").is_none(), "{name}: {}", reply.json),
            }
        }
    }
}

#[tokio::test]
async fn sessions_login_refresh_with_grace_and_logout() {
    let h = harness();
    let (did, access, refresh) = h.account("alice").await;
    let login = |identifier: &str, password: &str| {
        h.post(
            "com.atproto.server.createSession",
            None,
            json!({"identifier": identifier, "password": password}),
        )
    };
    assert_error(
        &login("alice.test", "wrong").await,
        401,
        "AuthenticationRequired",
    );
    assert_error(
        &login("nobody.test", "hunter2hunter2").await,
        401,
        "AuthenticationRequired",
    );
    let by_email = login("ALICE@example.com", "hunter2hunter2").await;
    assert_eq!(by_email.json["did"], did.as_str());
    assert!(by_email.json.get("didDoc").is_none(), "{}", by_email.json);

    let reply = h
        .get("/xrpc/com.atproto.server.getSession", Some(&access))
        .await;
    assert_eq!(reply.json["handle"], "alice.test");
    assert_eq!(reply.headers[header::VARY], "Authorization");
    assert_eq!(reply.headers[header::CACHE_CONTROL], "private");
    assert_error(
        &h.get("/xrpc/com.atproto.server.getSession", None).await,
        401,
        "AuthMissing",
    );
    assert_error(
        &h.get("/xrpc/com.atproto.server.getSession", Some("garbage"))
            .await,
        400,
        "InvalidToken",
    );
    // A refresh token is not an access token, and vice versa.
    assert_error(
        &h.get("/xrpc/com.atproto.server.getSession", Some(&refresh))
            .await,
        400,
        "InvalidToken",
    );
    assert_error(
        &h.post(
            "com.atproto.server.refreshSession",
            Some(&access),
            Value::Null,
        )
        .await,
        400,
        "InvalidToken",
    );

    let first = h
        .post(
            "com.atproto.server.refreshSession",
            Some(&refresh),
            Value::Null,
        )
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.json);
    // Within the grace window the old token still works and leads to the same successor.
    let again = h
        .post(
            "com.atproto.server.refreshSession",
            Some(&refresh),
            Value::Null,
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    let jti = |token: &str| {
        use base64::Engine as _;
        let payload = token.split('.').nth(1).unwrap();
        let claims: Value = serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload)
                .unwrap(),
        )
        .unwrap();
        claims["jti"].clone()
    };
    assert_eq!(
        jti(first.json["refreshJwt"].as_str().unwrap()),
        jti(again.json["refreshJwt"].as_str().unwrap())
    );
    let next = first.json["refreshJwt"].as_str().unwrap();
    let reply = h
        .post("com.atproto.server.deleteSession", Some(next), Value::Null)
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_error(
        &h.post("com.atproto.server.refreshSession", Some(next), Value::Null)
            .await,
        400,
        "InvalidToken",
    );
}

#[tokio::test]
async fn app_passwords_get_their_own_scope() {
    let h = harness();
    let (_, access, _) = h.account("alice").await;
    let created = h
        .post(
            "com.atproto.server.createAppPassword",
            Some(&access),
            json!({"name": "phone"}),
        )
        .await;
    let password = created.json["password"].as_str().unwrap().to_owned();
    assert_eq!(password.len(), 19);
    let duplicate = h
        .post(
            "com.atproto.server.createAppPassword",
            Some(&access),
            json!({"name": "phone"}),
        )
        .await;
    assert_error(&duplicate, 400, "InvalidRequest");
    let login = h
        .post(
            "com.atproto.server.createSession",
            None,
            json!({"identifier": "alice.test", "password": password}),
        )
        .await;
    let app_access = login.json["accessJwt"].as_str().unwrap().to_owned();
    // App passwords can write records but not manage app passwords or list them.
    let wrote = h
        .post("com.atproto.repo.createRecord", Some(&app_access), json!({"repo": "alice.test", "collection": "app.bsky.feed.post", "record": post_record("hi")}))
        .await;
    assert_eq!(wrote.status, StatusCode::OK, "{}", wrote.json);
    let refused = h
        .post(
            "com.atproto.server.createAppPassword",
            Some(&app_access),
            json!({"name": "x"}),
        )
        .await;
    assert_error(&refused, 400, "InvalidToken");
    assert_error(
        &h.get(
            "/xrpc/com.atproto.server.listAppPasswords",
            Some(&app_access),
        )
        .await,
        400,
        "InvalidToken",
    );
    let listed = h
        .get("/xrpc/com.atproto.server.listAppPasswords", Some(&access))
        .await;
    assert_eq!(listed.json["passwords"][0]["name"], "phone");
    // Revoking ends the password's sessions.
    let refresh = login.json["refreshJwt"].as_str().unwrap().to_owned();
    h.post(
        "com.atproto.server.revokeAppPassword",
        Some(&access),
        json!({"name": "phone"}),
    )
    .await;
    assert_error(
        &h.post(
            "com.atproto.server.refreshSession",
            Some(&refresh),
            Value::Null,
        )
        .await,
        400,
        "InvalidToken",
    );
    let login = h
        .post(
            "com.atproto.server.createSession",
            None,
            json!({"identifier": "alice.test", "password": password}),
        )
        .await;
    assert_error(&login, 401, "AuthenticationRequired");
}

#[tokio::test]
async fn records_create_read_list_put_delete() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let created = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("one")}),
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.json);
    assert_eq!(created.json["validationStatus"], "valid");
    let uri = created.json["uri"].as_str().unwrap();
    let rkey = uri.rsplit('/').next().unwrap();
    let got = h
        .get(&format!("/xrpc/com.atproto.repo.getRecord?repo={did}&collection=app.bsky.feed.post&rkey={rkey}"), None)
        .await;
    assert_eq!(got.json["value"]["text"], "one");
    assert_eq!(got.json["cid"], created.json["cid"]);
    for text in ["two", "three"] {
        h.post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record(text)}),
        )
        .await;
    }
    let page = h.get("/xrpc/com.atproto.repo.listRecords?repo=alice.test&collection=app.bsky.feed.post&limit=2", None).await;
    assert_eq!(page.json["records"].as_array().unwrap().len(), 2);
    let cursor = page.json["cursor"].as_str().unwrap();
    let rest = h
        .get(&format!("/xrpc/com.atproto.repo.listRecords?repo=alice.test&collection=app.bsky.feed.post&limit=2&cursor={cursor}"), None)
        .await;
    assert_eq!(rest.json["records"].as_array().unwrap().len(), 1);
    assert!(rest.json.get("cursor").is_none());
    let reversed = h.get("/xrpc/com.atproto.repo.listRecords?repo=alice.test&collection=app.bsky.feed.post&reverse=true", None).await;
    assert_eq!(reversed.json["records"][0]["value"]["text"], "three");

    // putRecord: create, update, and an identical put is a no-op without a commit.
    let profile = json!({"$type": "app.bsky.actor.profile", "displayName": "Alice"});
    let put = |record: Value| {
        h.post("com.atproto.repo.putRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.actor.profile", "rkey": "self", "record": record}))
    };
    let first = put(profile.clone()).await;
    assert!(first.json["commit"].is_object(), "{}", first.json);
    let same = put(profile.clone()).await;
    assert_eq!(same.status, StatusCode::OK);
    assert!(same.json.get("commit").is_none(), "{}", same.json);
    let described = h
        .get(
            &format!("/xrpc/com.atproto.repo.describeRepo?repo={did}"),
            None,
        )
        .await;
    assert_eq!(described.json["handleIsCorrect"], true);
    assert_eq!(
        described.json["collections"],
        json!(["app.bsky.actor.profile", "app.bsky.feed.post"])
    );

    let deleted = h
        .post(
            "com.atproto.repo.deleteRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey}),
        )
        .await;
    assert!(deleted.json["commit"].is_object());
    let gone = h
        .get(&format!("/xrpc/com.atproto.repo.getRecord?repo={did}&collection=app.bsky.feed.post&rkey={rkey}"), None)
        .await;
    assert_error(&gone, 400, "RecordNotFound");
    // Deleting again is a no-op.
    let again = h
        .post(
            "com.atproto.repo.deleteRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey}),
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.json.get("commit").is_none());
}

#[tokio::test]
async fn validation_type_and_key_rules() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let create = |collection: &str, rkey: Option<&str>, record: Value, validate: Option<bool>| {
        let mut body = json!({"repo": did, "collection": collection, "record": record});
        if let Some(rkey) = rkey {
            body["rkey"] = json!(rkey);
        }
        if let Some(validate) = validate {
            body["validate"] = json!(validate);
        }
        h.post("com.atproto.repo.createRecord", Some(&access), body)
    };
    let unknown = json!({"$type": "com.example.thing", "x": 1});
    assert_error(
        &create("com.example.thing", None, unknown.clone(), Some(true)).await,
        400,
        "InvalidRequest",
    );
    let reply = create("com.example.thing", None, unknown.clone(), None).await;
    assert_eq!(reply.json["validationStatus"], "unknown");
    let reply = create("com.example.thing", None, unknown, Some(false)).await;
    assert!(
        reply.json.get("validationStatus").is_none(),
        "{}",
        reply.json
    );
    // A post without its required text is invalid unless validation is off.
    let bad = json!({"$type": "app.bsky.feed.post", "createdAt": "2026-01-01T00:00:00Z"});
    assert_error(
        &create("app.bsky.feed.post", None, bad.clone(), None).await,
        400,
        "InvalidRequest",
    );
    assert_eq!(
        create("app.bsky.feed.post", None, bad, Some(false))
            .await
            .status,
        StatusCode::OK
    );
    // $type must match the collection; a missing one is filled in.
    let mismatched =
        json!({"$type": "app.bsky.feed.like", "text": "x", "createdAt": "2026-01-01T00:00:00Z"});
    assert_error(
        &create("app.bsky.feed.post", None, mismatched, None).await,
        400,
        "InvalidRequest",
    );
    let untyped = json!({"text": "x", "createdAt": "2026-01-01T00:00:00Z"});
    assert_eq!(
        create("app.bsky.feed.post", None, untyped, None).await.json["validationStatus"],
        "valid"
    );
    // Record-key types: a profile lives at `self`, posts at TIDs.
    let profile = json!({"$type": "app.bsky.actor.profile"});
    assert_error(
        &create("app.bsky.actor.profile", Some("other"), profile, None).await,
        400,
        "InvalidRequest",
    );
    assert_error(
        &create(
            "app.bsky.feed.post",
            Some("not-a-tid"),
            post_record("x"),
            None,
        )
        .await,
        400,
        "InvalidRequest",
    );
    // cv.atmos lexicons are known too.
    let entry = json!({"$type": "cv.atmos.portfolio.entry", "title": "Work", "createdAt": "2026-01-01T00:00:00Z"});
    assert_eq!(
        create("cv.atmos.portfolio.entry", None, entry, None)
            .await
            .json["validationStatus"],
        "valid"
    );
    let entry = json!({"$type": "cv.atmos.portfolio.entry", "createdAt": "2026-01-01T00:00:00Z"});
    assert_error(
        &create("cv.atmos.portfolio.entry", None, entry, None).await,
        400,
        "InvalidRequest",
    );
}

#[tokio::test]
async fn swaps_and_batch_limits() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let created = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("x")}),
        )
        .await;
    let cid = created.json["cid"].as_str().unwrap();
    let rkey = created.json["uri"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let stale_commit = "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm";
    let reply = h
        .post("com.atproto.repo.createRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("y"), "swapCommit": stale_commit}))
        .await;
    assert_error(&reply, 400, "InvalidSwap");
    let current_commit = created.json["commit"]["cid"].as_str().unwrap();
    let reply = h
        .post("com.atproto.repo.createRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("y"), "swapCommit": current_commit}))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let put = |swap: Value| {
        h.post("com.atproto.repo.putRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": post_record("z"), "swapRecord": swap}))
    };
    assert_error(&put(Value::Null).await, 400, "InvalidSwap");
    assert_error(&put(json!(stale_commit)).await, 400, "InvalidSwap");
    assert_eq!(put(json!(cid)).await.status, StatusCode::OK);
    let reply = h
        .post("com.atproto.repo.deleteRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey, "swapRecord": cid}))
        .await;
    assert_error(&reply, 400, "InvalidSwap");

    let writes: Vec<Value> = (0..201)
        .map(|_| json!({"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": post_record("w")}))
        .collect();
    let reply = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": writes}),
        )
        .await;
    assert_error(&reply, 400, "InvalidRequest");
    let writes = json!([
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": "3jzfcijpj2z2a", "value": post_record("a")},
        {"$type": "com.atproto.repo.applyWrites#update", "collection": "app.bsky.feed.post", "rkey": rkey, "value": post_record("b")},
        {"$type": "com.atproto.repo.applyWrites#delete", "collection": "app.bsky.feed.post", "rkey": "3jzfcijpj2z2a"},
    ]);
    let reply = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": writes}),
        )
        .await;
    assert_error(&reply, 400, "InvalidRequest");
    let writes = json!([
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "rkey": "3jzfcijpj2z2a", "value": post_record("a")},
        {"$type": "com.atproto.repo.applyWrites#update", "collection": "app.bsky.feed.post", "rkey": rkey, "value": post_record("b")},
    ]);
    let reply = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": writes}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    assert_eq!(
        reply.json["results"][0]["$type"],
        "com.atproto.repo.applyWrites#createResult"
    );
    assert_eq!(
        reply.json["results"][1]["$type"],
        "com.atproto.repo.applyWrites#updateResult"
    );
}

#[tokio::test]
async fn one_account_can_never_write_another_accounts_repo_or_use_its_blobs() {
    let h = harness();
    let (alice, alice_token, _) = h.account("alice").await;
    let (_bob, bob_token, _) = h.account("bob").await;
    for repo in [alice.as_str(), "alice.test"] {
        let reply = h
            .post("com.atproto.repo.createRecord", Some(&bob_token), json!({"repo": repo, "collection": "app.bsky.feed.post", "record": post_record("x")}))
            .await;
        assert_error(&reply, 401, "AuthenticationRequired");
        let reply = h
            .post("com.atproto.repo.putRecord", Some(&bob_token), json!({"repo": repo, "collection": "app.bsky.actor.profile", "rkey": "self", "record": {}}))
            .await;
        assert_error(&reply, 401, "AuthenticationRequired");
        let reply = h
            .post(
                "com.atproto.repo.deleteRecord",
                Some(&bob_token),
                json!({"repo": repo, "collection": "app.bsky.actor.profile", "rkey": "self"}),
            )
            .await;
        assert_error(&reply, 401, "AuthenticationRequired");
        let reply = h
            .post(
                "com.atproto.repo.applyWrites",
                Some(&bob_token),
                json!({"repo": repo, "writes": []}),
            )
            .await;
        assert_error(&reply, 401, "AuthenticationRequired");
    }
    let png = b"\x89PNG\r\n\x1a\n0000".to_vec();
    let uploaded = h.upload(&alice_token, "image/png", png).await;
    let blob = uploaded.json["blob"].clone();
    let with_image = |blob: Value| {
        json!({"$type": "app.bsky.feed.post", "text": "img", "createdAt": "2026-01-01T00:00:00Z",
               "embed": {"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}]}})
    };
    let reply = h
        .post("com.atproto.repo.createRecord", Some(&bob_token), json!({"repo": "bob.test", "collection": "app.bsky.feed.post", "record": with_image(blob.clone())}))
        .await;
    assert_error(&reply, 400, "BlobNotFound");
    let reply = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&alice_token),
            json!({"repo": alice, "collection": "app.bsky.feed.post", "record": with_image(blob)}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
}

#[tokio::test]
async fn blob_uploads_are_sniffed_limited_and_checked_when_referenced() {
    let h = harness_with(|c| c.blob_upload_limit = 64);
    let (did, access, _) = h.account("alice").await;
    let uploaded = h
        .upload(
            &access,
            "application/octet-stream",
            b"\xFF\xD8\xFF\xE0jpeg".to_vec(),
        )
        .await;
    assert_eq!(uploaded.json["blob"]["mimeType"], "image/jpeg");
    assert_eq!(uploaded.json["blob"]["size"], 8);
    let too_big = h.upload(&access, "image/png", vec![0; 65]).await;
    assert_error(&too_big, 413, "PayloadTooLarge");
    let mut blob = uploaded.json["blob"].clone();
    blob["mimeType"] = json!("image/png");
    let record = json!({"$type": "app.bsky.feed.post", "text": "img", "createdAt": "2026-01-01T00:00:00Z",
        "embed": {"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}]}});
    let reply = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": record}),
        )
        .await;
    assert_error(&reply, 400, "InvalidMimeType");
    // Unreferenced uploads are cleaned up after the grace period, not before.
    assert_eq!(pds::serve::cleanup(&h.app).await.unwrap(), 0);
}

#[tokio::test]
async fn bad_bodies_and_methods_get_xrpc_errors() {
    let h = harness();
    let (_, access, _) = h.account("alice").await;
    let request = Request::post("/xrpc/com.atproto.server.createSession")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{not json"))
        .unwrap();
    assert_error(&h.send(request).await, 400, "InvalidRequest");
    let request = Request::post("/xrpc/com.atproto.repo.createRecord")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Bearer {access}"))
        .body(Body::from(vec![b' '; 1_100_000]))
        .unwrap();
    assert_error(&h.send(request).await, 413, "PayloadTooLarge");
    let reply = h.get("/xrpc/com.atproto.server.createSession", None).await;
    assert_error(&reply, 400, "InvalidRequest");
    assert_eq!(
        reply.json["message"],
        "Incorrect HTTP method (GET) expected POST"
    );
    let request = Request::post("/xrpc/com.atproto.server.createSession")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from(
            r#"{"identifier":"alice.test","password":"hunter2hunter2"}"#,
        ))
        .unwrap();
    assert_error(&h.send(request).await, 400, "InvalidRequest");
    let request = Request::post("/xrpc/com.atproto.server.createSession")
        .body(Body::empty())
        .unwrap();
    assert_error(&h.send(request).await, 400, "InvalidRequest");
    let reply = h
        .get("/xrpc/com.atproto.repo.getRecord?repo=alice.test", None)
        .await;
    assert_error(&reply, 400, "InvalidRequest");
}

#[tokio::test]
async fn every_method_with_an_auth_policy_is_mounted_and_nothing_else() {
    let h = harness();
    let firehose = pds::firehose::Firehose::start(h.app.storage.clone(), Default::default())
        .await
        .unwrap();
    let full = Harness {
        router: pds::handlers::full_router(h.app.clone(), firehose),
        app: h.app.clone(),
        _dir: tempfile::tempdir().unwrap(),
    };
    // Relay methods are mounted and answer MethodNotImplemented on purpose.
    let relay_only = [
        "com.atproto.sync.getHostStatus",
        "com.atproto.sync.listHosts",
        "com.atproto.sync.notifyOfUpdate",
        "com.atproto.sync.requestCrawl",
    ];
    for method in pds::auth::Method::all() {
        let path = format!("/xrpc/{}", method.nsid());
        for verb in ["GET", "POST"] {
            let request = Request::builder()
                .method(verb)
                .uri(&path)
                .body(Body::empty())
                .unwrap();
            let reply = full.send(request).await;
            assert_ne!(reply.status, StatusCode::NOT_FOUND, "{path} is not mounted");
            assert_ne!(
                reply.status,
                StatusCode::INTERNAL_SERVER_ERROR,
                "{path}: {}",
                reply.json
            );
            if !relay_only.contains(&method.nsid()) {
                assert_ne!(
                    reply.status,
                    StatusCode::NOT_IMPLEMENTED,
                    "{path} is not mounted"
                );
            }
        }
    }
    // The namespaces served on their generated service traits: every endpoint there has a policy.
    for namespace in ["server", "repo", "identity", "sync"] {
        let dir = format!(
            "{}/../lexicons/com/atproto/{namespace}",
            env!("CARGO_MANIFEST_DIR")
        );
        for entry in std::fs::read_dir(dir).unwrap() {
            let doc: Value =
                serde_json::from_slice(&std::fs::read(entry.unwrap().path()).unwrap()).unwrap();
            let kind = doc["defs"]["main"]["type"].as_str().unwrap_or_default();
            if ["query", "procedure"].contains(&kind) {
                let nsid = doc["id"].as_str().unwrap();
                assert!(
                    pds::auth::Method::from_nsid(nsid).is_some(),
                    "{nsid} has no policy"
                );
            }
        }
    }
    assert_error(
        &full
            .get("/xrpc/com.atproto.server.noSuchMethod", None)
            .await,
        501,
        "MethodNotImplemented",
    );
    // Sync reads go through the same auth: a bad token is refused, none is fine.
    let (did, access, _) = h.account("alice").await;
    let reply = full
        .get(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={did}"),
            None,
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let reply = full
        .get(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={did}"),
            Some("bad"),
        )
        .await;
    assert_error(&reply, 400, "InvalidToken");
    // An owner may read their own deactivated repository; others may not.
    h.post(
        "com.atproto.server.deactivateAccount",
        Some(&access),
        json!({}),
    )
    .await;
    let reply = full
        .get(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={did}"),
            None,
        )
        .await;
    assert_error(&reply, 400, "RepoDeactivated");
    let reply = full
        .get(
            &format!("/xrpc/com.atproto.sync.getLatestCommit?did={did}"),
            Some(&access),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let reply = full
        .get(
            &format!("/xrpc/com.atproto.sync.getRepoStatus?did={did}"),
            None,
        )
        .await;
    assert_eq!(reply.json["status"], "deactivated", "{}", reply.json);
}

#[tokio::test]
async fn preferences_are_private_per_account() {
    let h = harness();
    let (_, alice, _) = h.account("alice").await;
    let (_, bob, _) = h.account("bob").await;
    let prefs = json!({"preferences": [{"$type": "app.bsky.actor.defs#adultContentPref", "enabled": true}]});
    let reply = h
        .post("app.bsky.actor.putPreferences", Some(&alice), prefs.clone())
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let mine = h
        .get("/xrpc/app.bsky.actor.getPreferences", Some(&alice))
        .await;
    assert_eq!(mine.json, prefs);
    let theirs = h
        .get("/xrpc/app.bsky.actor.getPreferences", Some(&bob))
        .await;
    assert_eq!(theirs.json, json!({"preferences": []}));
    assert_error(
        &h.get("/xrpc/app.bsky.actor.getPreferences", None).await,
        401,
        "AuthMissing",
    );
}

#[tokio::test]
async fn identity_resolution_and_handle_updates() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let reply = h
        .get(
            "/xrpc/com.atproto.identity.resolveHandle?handle=alice.test",
            None,
        )
        .await;
    assert_eq!(reply.json["did"], did.as_str());
    assert_error(
        &h.get(
            "/xrpc/com.atproto.identity.resolveHandle?handle=nobody.test",
            None,
        )
        .await,
        400,
        "HandleNotFound",
    );
    let reply = h
        .get(
            &format!("/xrpc/com.atproto.identity.resolveDid?did={did}"),
            None,
        )
        .await;
    assert_eq!(reply.json["didDoc"]["id"], did.as_str());
    let reply = h
        .get(
            "/xrpc/com.atproto.identity.resolveIdentity?identifier=alice.test",
            None,
        )
        .await;
    assert_eq!(reply.json["handle"], "alice.test");
    assert_eq!(reply.json["did"], did.as_str());
    let reply = h
        .post(
            "com.atproto.identity.updateHandle",
            Some(&access),
            json!({"handle": "alice2.test"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let reply = h
        .get(
            &format!("/xrpc/com.atproto.identity.resolveIdentity?identifier={did}"),
            None,
        )
        .await;
    assert_eq!(reply.json["handle"], "alice2.test", "{}", reply.json);
    let reply = h
        .post(
            "com.atproto.identity.refreshIdentity",
            None,
            json!({"identifier": "alice2.test"}),
        )
        .await;
    assert_eq!(reply.json["did"], did.as_str(), "{}", reply.json);
    assert_eq!(reply.json["didDoc"]["id"], did.as_str());
    let reply = h
        .post(
            "com.atproto.identity.refreshIdentity",
            None,
            json!({"identifier": "alice.test"}),
        )
        .await;
    assert_error(&reply, 400, "HandleNotFound");
    let reply = h
        .post(
            "com.atproto.identity.refreshIdentity",
            None,
            json!({"identifier": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"}),
        )
        .await;
    assert_error(&reply, 400, "DidNotFound");
    let (_, bob, _) = h.account("bob").await;
    let reply = h
        .post(
            "com.atproto.identity.updateHandle",
            Some(&bob),
            json!({"handle": "alice2.test"}),
        )
        .await;
    assert_error(&reply, 400, "HandleNotAvailable");
    let reply = h
        .get(
            "/xrpc/com.atproto.identity.getRecommendedDidCredentials",
            Some(&access),
        )
        .await;
    assert_eq!(reply.json["alsoKnownAs"], json!(["at://alice2.test"]));
    assert_eq!(
        reply.json["services"]["atproto_pds"]["endpoint"],
        "http://localhost:2583"
    );
}

#[tokio::test]
async fn email_token_flows_use_the_outbox() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let token_from_outbox = || {
        let dir = h.app.mailer.outbox().to_owned();
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let text = std::fs::read_to_string(files.last().unwrap()).unwrap();
        text.split_whitespace()
            .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
            .unwrap()
            .to_owned()
    };
    h.post(
        "com.atproto.server.requestEmailConfirmation",
        Some(&access),
        Value::Null,
    )
    .await;
    let wrong = h
        .post(
            "com.atproto.server.confirmEmail",
            Some(&access),
            json!({"email": "alice@example.com", "token": "AAAAA-AAAAA"}),
        )
        .await;
    assert_error(&wrong, 400, "InvalidToken");
    h.post(
        "com.atproto.server.requestEmailConfirmation",
        Some(&access),
        Value::Null,
    )
    .await;
    let token = token_from_outbox();
    let ok = h
        .post(
            "com.atproto.server.confirmEmail",
            Some(&access),
            json!({"email": "alice@example.com", "token": token}),
        )
        .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.json);
    assert_eq!(
        h.get("/xrpc/com.atproto.server.getSession", Some(&access))
            .await
            .json["emailConfirmed"],
        true
    );

    h.post(
        "com.atproto.server.requestPasswordReset",
        None,
        json!({"email": "alice@example.com"}),
    )
    .await;
    let token = token_from_outbox();
    let reply = h
        .post(
            "com.atproto.server.resetPassword",
            None,
            json!({"token": token, "password": "new-password-1"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let login = h
        .post(
            "com.atproto.server.createSession",
            None,
            json!({"identifier": "alice.test", "password": "new-password-1"}),
        )
        .await;
    assert_eq!(login.status, StatusCode::OK);
    let access = login.json["accessJwt"].as_str().unwrap().to_owned();

    h.post(
        "com.atproto.server.requestAccountDelete",
        Some(&access),
        Value::Null,
    )
    .await;
    let token = token_from_outbox();
    let reply = h
        .post(
            "com.atproto.server.deleteAccount",
            None,
            json!({"did": did, "password": "wrong", "token": token}),
        )
        .await;
    assert_error(&reply, 401, "AuthenticationRequired");
    let reply = h
        .post(
            "com.atproto.server.deleteAccount",
            None,
            json!({"did": did, "password": "new-password-1", "token": token}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    assert_error(
        &h.get("/xrpc/com.atproto.server.getSession", Some(&access))
            .await,
        403,
        "AccountNotFound",
    );
}

#[tokio::test]
async fn deactivation_blocks_writes_until_activation() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let status = h
        .get("/xrpc/com.atproto.server.checkAccountStatus", Some(&access))
        .await;
    assert_eq!(status.json["activated"], true);
    assert_eq!(status.json["validDid"], true, "{}", status.json);
    h.post(
        "com.atproto.server.deactivateAccount",
        Some(&access),
        json!({}),
    )
    .await;
    let reply = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("x")}),
        )
        .await;
    assert_error(&reply, 401, "AccountDeactivated");
    let reply = h
        .get(
            &format!("/xrpc/com.atproto.repo.describeRepo?repo={did}"),
            None,
        )
        .await;
    assert_error(&reply, 400, "RepoDeactivated");
    let reply = h
        .post(
            "com.atproto.server.activateAccount",
            Some(&access),
            Value::Null,
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let reply = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": post_record("x")}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn service_auth_and_admin_invites() {
    let h = harness_with(|c| c.admin_password = Some("sesame".into()));
    let (_, access, _) = h.account("alice").await;
    let reply = h.get("/xrpc/com.atproto.server.getServiceAuth?aud=did:web:api.example.com&lxm=app.bsky.feed.getTimeline", Some(&access)).await;
    assert!(reply.json["token"].as_str().unwrap().split('.').count() == 3);
    let reply = h.get("/xrpc/com.atproto.server.getServiceAuth?aud=did:web:api.example.com&lxm=com.atproto.server.getSession", Some(&access)).await;
    assert_error(&reply, 400, "InvalidRequest");
    let reply = h
        .get(
            "/xrpc/com.atproto.server.getServiceAuth?aud=did:web:api.example.com&exp=1",
            Some(&access),
        )
        .await;
    assert_error(&reply, 400, "BadExpiration");
    let admin = |password: &str| {
        use base64::Engine as _;
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("admin:{password}"))
        )
    };
    let invite = |auth: String| {
        Request::post("/xrpc/com.atproto.server.createInviteCode")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::AUTHORIZATION, auth)
            .body(Body::from(json!({"useCount": 1}).to_string()))
            .unwrap()
    };
    assert_error(&h.send(invite(admin("wrong"))).await, 401, "AuthRequired");
    assert_error(
        &h.send(invite(format!("Bearer {access}"))).await,
        401,
        "AuthRequired",
    );
    let code = h.send(invite(admin("sesame"))).await;
    assert!(
        code.json["code"]
            .as_str()
            .unwrap()
            .starts_with("localhost-")
    );
}

#[tokio::test]
async fn unknown_bsky_calls_are_proxied_to_the_appview_with_a_service_token() {
    use axum::routing::get;
    let appview = Router::new().route(
        "/xrpc/app.bsky.feed.getTimeline",
        get(
            |headers: axum::http::HeaderMap, uri: axum::http::Uri| async move {
                let auth = headers[header::AUTHORIZATION].to_str().unwrap().to_owned();
                axum::Json(json!({"auth": auth, "query": uri.query()}))
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move { axum::serve(listener, appview).await.unwrap() });
    let h = harness_with(|c| {
        c.appview_did = Some("did:web:appview.test#bsky_appview".into());
        c.appview_url = Some(format!("http://127.0.0.1:{port}"));
    });
    let (did, access, _) = h.account("alice").await;
    let reply = h
        .get("/xrpc/app.bsky.feed.getTimeline?limit=5", Some(&access))
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    assert_eq!(reply.json["query"], "limit=5");
    let token = reply.json["auth"]
        .as_str()
        .unwrap()
        .strip_prefix("Bearer ")
        .unwrap();
    let claims: Value = {
        use base64::Engine as _;
        let payload = token.split('.').nth(1).unwrap();
        serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload)
                .unwrap(),
        )
        .unwrap()
    };
    assert_eq!(claims["iss"], did.as_str());
    assert_eq!(claims["aud"], "did:web:appview.test");
    assert_eq!(claims["lxm"], "app.bsky.feed.getTimeline");
    assert_error(
        &h.get("/xrpc/app.bsky.feed.getTimeline", None).await,
        401,
        "AuthMissing",
    );
    assert_error(
        &h.get("/xrpc/com.example.unknown.method", Some(&access))
            .await,
        501,
        "MethodNotImplemented",
    );
    let bad = Request::get("/xrpc/com.example.unknown.method")
        .header("atproto-proxy", "did:web:x.test")
        .body(Body::empty())
        .unwrap();
    assert_error(&h.send(bad).await, 400, "InvalidRequest");
}

#[tokio::test]
async fn the_embedded_plc_directory_answers_at_the_root_too() {
    let h = harness();
    let (did, _, _) = h.account("alice").await;
    for prefix in ["", "/plc"] {
        let doc = h.get(&format!("{prefix}/{did}"), None).await;
        assert_eq!(doc.status, StatusCode::OK, "{prefix}: {}", doc.json);
        assert_eq!(doc.json["id"], did.as_str());
        let audit = h.get(&format!("{prefix}/{did}/log/audit"), None).await;
        assert_eq!(audit.status, StatusCode::OK, "{prefix}");
        assert_eq!(audit.json[0]["did"], did.as_str());
        let last = h.get(&format!("{prefix}/{did}/log/last"), None).await;
        assert_eq!(last.status, StatusCode::OK, "{prefix}");
    }
    // As `@atproto/identity` asks for it: the DID through `encodeURIComponent`.
    let encoded = h.get(&format!("/{}", did.replace(':', "%3A")), None).await;
    assert_eq!(encoded.status, StatusCode::OK, "{}", encoded.json);
    assert_eq!(encoded.json["id"], did.as_str());
    let missing = h.get("/did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", None).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(
        missing.json["message"],
        "DID not registered: did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"
    );
    // A bad operation at the root reaches the directory, which refuses it.
    let submit = Request::post(format!("/{did}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from("{}"))
        .unwrap();
    assert_eq!(h.send(submit).await.status, StatusCode::BAD_REQUEST);
    // Other unrouted paths are still the server's own 404.
    assert_error(&h.get("/favicon.ico", None).await, 404, "NotFound");
    assert_error(&h.get("/did:web:x.test", None).await, 404, "NotFound");
}

/// The claims of a service token (signature not checked: the proxy tests only look at what was minted).
fn service_claims(authorization: &str) -> Value {
    use base64::Engine as _;
    let token = authorization.strip_prefix("Bearer ").unwrap();
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(payload)
            .unwrap(),
    )
    .unwrap()
}

/// Registers, in the harness's embedded PLC directory, a DID whose document names a labeler at `endpoint`.
async fn labeler_did(h: &Harness, endpoint: &str) -> String {
    use lexgen::crypto::{Algorithm, Keypair};
    use pds::plc::{Operation, PlcOperation, Service};
    let key = Keypair::generate(Algorithm::K256).unwrap();
    let mut op = PlcOperation::atproto(
        &key.did_key(),
        "labeler.test",
        "https://pds.example.com",
        vec![key.did_key()],
        None,
    );
    op.services.insert(
        "atproto_labeler".into(),
        Service {
            kind: "AtprotoLabeler".into(),
            endpoint: endpoint.to_owned(),
        },
    );
    let signed = Operation::Plc(op).sign(&key).unwrap();
    let did = signed.did().unwrap();
    h.app.plc.submit(&did, signed).await.unwrap();
    did.to_string()
}

#[tokio::test]
async fn a_bare_appview_did_and_http_services_in_development_mode() {
    use axum::routing::get;
    // One loopback server plays the AppView and a local labeler (plain http).
    let service = Router::new().route(
        "/xrpc/{nsid}",
        get(|headers: axum::http::HeaderMap| async move {
            let auth = headers[header::AUTHORIZATION].to_str().unwrap().to_owned();
            axum::Json(json!({ "claims": service_claims(&auth) }))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });

    // `None`: the localhost default, which is development mode.
    for dev_mode in [None, Some(true), Some(false)] {
        let h = harness_with(|c| {
            // The reference's form of the setting: the bare DID, service `#bsky_appview` implied.
            c.appview_did = Some("did:web:appview.test".into());
            c.appview_url = Some(url.clone());
            c.dev_mode = dev_mode;
        });
        let (did, access, _) = h.account("alice").await;
        let reply = h
            .get("/xrpc/app.bsky.feed.getTimeline", Some(&access))
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
        assert_eq!(reply.json["claims"]["aud"], "did:web:appview.test");
        // The configured URL also answers an explicit `atproto-proxy` naming the AppView.
        let explicit = Request::get("/xrpc/app.bsky.feed.getTimeline")
            .header(header::AUTHORIZATION, format!("Bearer {access}"))
            .header("atproto-proxy", "did:web:appview.test#bsky_appview")
            .body(Body::empty())
            .unwrap();
        assert_eq!(h.send(explicit).await.status, StatusCode::OK);

        let labeler = labeler_did(&h, &url).await;
        let proxied = Request::get("/xrpc/com.example.labeler.hello")
            .header(header::AUTHORIZATION, format!("Bearer {access}"))
            .header("atproto-proxy", format!("{labeler}#atproto_labeler"))
            .body(Body::empty())
            .unwrap();
        let reply = h.send(proxied).await;
        if dev_mode == Some(false) {
            assert_error(&reply, 400, "InvalidRequest");
            assert!(
                reply.json["message"].as_str().unwrap().contains("https"),
                "{}",
                reply.json
            );
        } else {
            assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
            assert_eq!(reply.json["claims"]["aud"], labeler.as_str());
            assert_eq!(reply.json["claims"]["iss"], did.as_str());
            assert_eq!(reply.json["claims"]["lxm"], "com.example.labeler.hello");
        }
    }
}

#[tokio::test]
async fn blobs_become_permanent_when_referenced_and_go_with_their_last_record() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let uploaded = h
        .upload(&access, "image/png", b"\x89PNG\r\n\x1a\nabc".to_vec())
        .await;
    let blob = uploaded.json["blob"].clone();
    let cid = blob["ref"]["$link"].as_str().unwrap().to_owned();
    let parsed: lexgen::model::Did = did.parse().unwrap();
    assert!(h.app.blobs.read_all(&parsed, &cid).await.unwrap().is_some());
    let record = |text: &str| {
        json!({"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-01-01T00:00:00Z",
               "embed": {"$type": "app.bsky.embed.images", "images": [{"image": blob, "alt": ""}]}})
    };
    let mut uris = Vec::new();
    for text in ["a", "b"] {
        let reply = h
            .post(
                "com.atproto.repo.createRecord",
                Some(&access),
                json!({"repo": did, "collection": "app.bsky.feed.post", "record": record(text)}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
        uris.push(
            reply.json["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned(),
        );
    }
    let delete = |rkey: String| {
        h.post(
            "com.atproto.repo.deleteRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey}),
        )
    };
    let list = |since: Option<&'static str>| {
        let did = did.clone();
        h.app
            .storage
            .read(move |conn| pds::storage::blobs::list_blobs(conn, &did, since, None, 10))
    };
    assert_eq!(list(None).await.unwrap(), vec![cid.clone()]);
    assert!(list(Some("3zzzzzzzzzzzz")).await.unwrap().is_empty());
    assert_eq!(
        list(Some("2222222222222")).await.unwrap(),
        vec![cid.clone()]
    );
    delete(uris[0].clone()).await;
    assert!(
        h.app.blobs.read_all(&parsed, &cid).await.unwrap().is_some(),
        "still referenced by the second post"
    );
    delete(uris[1].clone()).await;
    assert!(list(None).await.unwrap().is_empty(), "no longer listed");
    let now = pds::auth::now_secs();
    pds::serve::cleanup_at(&h.app, now).await.unwrap();
    assert!(
        h.app.blobs.read_all(&parsed, &cid).await.unwrap().is_some(),
        "kept for the grace period after the last reference went"
    );
    let grace = h.app.config.blob_grace_secs;
    assert_eq!(
        pds::serve::cleanup_at(&h.app, now + grace + 1)
            .await
            .unwrap(),
        1
    );
    assert!(
        h.app.blobs.read_all(&parsed, &cid).await.unwrap().is_none(),
        "deleted after the grace period"
    );
    let status = h
        .get("/xrpc/com.atproto.server.checkAccountStatus", Some(&access))
        .await;
    assert_eq!(status.json["importedBlobs"], 0);
}

/// A plaintext SMTP relay for one message: returns its port and the message text once received.
fn fake_smtp() -> (u16, std::sync::mpsc::Receiver<(String, String)>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        writer.write_all(b"220 fake ESMTP\r\n").unwrap();
        let (mut commands, mut data) = (String::new(), String::new());
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap() == 0 {
                break;
            }
            commands.push_str(&line);
            let reply: &[u8] = match line.split_whitespace().next().unwrap_or_default() {
                "EHLO" => b"250-fake\r\n250 AUTH PLAIN\r\n",
                "AUTH" => b"235 ok\r\n",
                "MAIL" | "RCPT" => b"250 ok\r\n",
                "DATA" => {
                    writer.write_all(b"354 go\r\n").unwrap();
                    loop {
                        let mut line = String::new();
                        reader.read_line(&mut line).unwrap();
                        if line == ".\r\n" {
                            break;
                        }
                        data.push_str(&line);
                    }
                    b"250 queued\r\n"
                }
                "QUIT" => {
                    writer.write_all(b"221 bye\r\n").unwrap();
                    break;
                }
                _ => b"500 what\r\n",
            };
            writer.write_all(reply).unwrap();
        }
        tx.send((commands, data)).unwrap();
    });
    (port, rx)
}

#[tokio::test]
async fn mail_goes_through_the_configured_smtp_relay() {
    let (port, received) = fake_smtp();
    let h =
        harness_with(|c| c.smtp_url = Some(format!("smtp+plain://pds:secret@127.0.0.1:{port}")));
    h.account("alice").await;
    let reply = h
        .post(
            "com.atproto.server.requestPasswordReset",
            None,
            json!({"email": "alice@example.com"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let (commands, data) = received
        .recv_timeout(std::time::Duration::from_secs(10))
        .unwrap();
    assert!(
        commands.contains("RCPT TO:<alice@example.com>"),
        "{commands}"
    );
    assert!(
        commands.contains("AUTH PLAIN AHBkcwBzZWNyZXQ="),
        "{commands}"
    );
    assert!(data.contains("Subject: Password reset"), "{data}");
    assert!(
        !h.app.mailer.outbox().exists(),
        "nothing written to the outbox"
    );
}

#[tokio::test]
async fn create_record_replaces_an_earlier_like_or_follow_of_the_same_subject() {
    let h = harness();
    let (did, access, _) = h.account("alice").await;
    let subject = json!({"uri": format!("at://{did}/app.bsky.feed.post/3jzfcijpj2z2a"), "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"});
    let like = json!({"$type": "app.bsky.feed.like", "subject": subject, "createdAt": "2026-01-01T00:00:00Z"});
    for _ in 0..2 {
        let reply = h
            .post(
                "com.atproto.repo.createRecord",
                Some(&access),
                json!({"repo": did, "collection": "app.bsky.feed.like", "record": like}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    }
    let likes = h
        .get(
            &format!("/xrpc/com.atproto.repo.listRecords?repo={did}&collection=app.bsky.feed.like"),
            None,
        )
        .await;
    assert_eq!(likes.json["records"].as_array().unwrap().len(), 1);
    // Without validation (and in applyWrites) nothing is de-duplicated.
    let reply = h
        .post("com.atproto.repo.createRecord", Some(&access), json!({"repo": did, "collection": "app.bsky.feed.like", "record": like, "validate": false}))
        .await;
    assert_eq!(reply.status, StatusCode::OK);
    let follow = json!({"$type": "app.bsky.graph.follow", "subject": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", "createdAt": "2026-01-01T00:00:00Z"});
    let writes = json!([
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.graph.follow", "value": follow},
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.graph.follow", "value": follow},
    ]);
    let reply = h
        .post(
            "com.atproto.repo.applyWrites",
            Some(&access),
            json!({"repo": did, "writes": writes}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let likes = h
        .get(
            &format!("/xrpc/com.atproto.repo.listRecords?repo={did}&collection=app.bsky.feed.like"),
            None,
        )
        .await;
    assert_eq!(likes.json["records"].as_array().unwrap().len(), 2);
    let reply = h
        .post(
            "com.atproto.repo.createRecord",
            Some(&access),
            json!({"repo": did, "collection": "app.bsky.graph.follow", "record": follow}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
    let follows = h
        .get(
            &format!(
                "/xrpc/com.atproto.repo.listRecords?repo={did}&collection=app.bsky.graph.follow"
            ),
            None,
        )
        .await;
    assert_eq!(follows.json["records"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn signing_keys_are_reserved_without_auth() {
    let h = harness();
    let first = h
        .post("com.atproto.server.reserveSigningKey", None, json!({}))
        .await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.json);
    let key = first.json["signingKey"].as_str().unwrap();
    assert!(key.starts_with("did:key:zQ3s"), "a k256 did:key: {key}");
    let second = h
        .post("com.atproto.server.reserveSigningKey", None, json!({}))
        .await;
    assert_ne!(second.json, first.json, "each anonymous reservation is new");
    let named = json!({"did": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa"});
    let once = h
        .post("com.atproto.server.reserveSigningKey", None, named.clone())
        .await;
    let again = h
        .post("com.atproto.server.reserveSigningKey", None, named)
        .await;
    assert_eq!(once.json, again.json, "a DID keeps its reservation");
    let reply = h
        .post(
            "com.atproto.server.reserveSigningKey",
            None,
            json!({"did": "not a did"}),
        )
        .await;
    assert_error(&reply, 400, "InvalidRequest");
}
