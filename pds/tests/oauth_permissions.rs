//! OAuth permissions enforced at the endpoints, in process: the router driven as an OAuth session through
//! the hidden request-extension hook (`oauth::permissions::testing::TestGrant`; nothing on the network can
//! set it). Writes inside and outside the granted `repo:` scope, blob MIME types, `rpc:` audiences on
//! getServiceAuth and the proxy, importRepo's `account:repo?action=manage`, account control refused,
//! unknown scope values ignored, password sessions unchanged.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use pds::auth::OAuthGrant;
use pds::oauth::permissions::testing::TestGrant;
use serde_json::{Value, json};
use tower::ServiceExt as _;

const APPVIEW: &str = "did:web:appview.test#bsky_appview";

struct Harness {
    router: Router,
    _dir: tempfile::TempDir,
}

struct Reply {
    status: StatusCode,
    json: Value,
    bytes: Vec<u8>,
}

/// An access session: its token, and the OAuth scope it carries (`None`: a password session).
struct Session<'a> {
    token: &'a str,
    scope: Option<&'a str>,
}

impl Harness {
    async fn new() -> Harness {
        // A stand-in AppView answering every call, for the proxied requests that are allowed.
        let appview = Router::new().fallback(|| async { axum::Json(json!({"proxied": true})) });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, appview).await.unwrap() });
        let dir = tempfile::tempdir().unwrap();
        let mut config = pds::config::Config::load(None, |_| None).unwrap();
        config.data_dir = dir.path().to_owned();
        config.appview_did = Some(APPVIEW.into());
        config.appview_url = Some(format!("http://127.0.0.1:{port}"));
        let app = pds::app::App::open(config, 2583).unwrap();
        let firehose = pds::firehose::Firehose::start(app.storage.clone(), Default::default())
            .await
            .unwrap();
        Harness {
            router: pds::handlers::full_router(app, firehose),
            _dir: dir,
        }
    }

    async fn send(&self, session: &Session<'_>, mut request: Request<Body>) -> Reply {
        request.headers_mut().insert(
            header::AUTHORIZATION,
            format!("Bearer {}", session.token).parse().unwrap(),
        );
        if let Some(scope) = session.scope {
            request
                .extensions_mut()
                .insert(TestGrant(Arc::new(OAuthGrant {
                    client_id: "https://client.example.com/oauth-client-metadata.json".to_owned(),
                    scope: scope.to_owned(),
                })));
        }
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec();
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            json,
            bytes,
        }
    }

    async fn post(&self, session: &Session<'_>, nsid: &str, body: Value) -> Reply {
        let request = Request::post(format!("/xrpc/{nsid}"))
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap();
        self.send(session, request).await
    }

    async fn get(&self, session: &Session<'_>, path: &str) -> Reply {
        self.send(session, Request::get(path).body(Body::empty()).unwrap())
            .await
    }

    /// Creates `<name>.test`; returns its DID and access token.
    async fn account(&self, name: &str) -> (String, String) {
        let request = Request::post("/xrpc/com.atproto.server.createAccount")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                json!({"handle": format!("{name}.test"), "email": format!("{name}@example.com"),
                       "password": "hunter2hunter2"})
                .to_string(),
            ))
            .unwrap();
        let response = self.router.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let json: Value = serde_json::from_slice(&bytes).unwrap();
        (
            json["did"].as_str().unwrap().to_owned(),
            json["accessJwt"].as_str().unwrap().to_owned(),
        )
    }
}

#[track_caller]
fn ok(reply: &Reply) {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
}

#[track_caller]
fn missing(reply: &Reply, scope: &str) {
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.json);
    assert_eq!(reply.json["error"], "ScopeMissingError", "{}", reply.json);
    assert_eq!(
        reply.json["message"],
        format!("Missing required scope \"{scope}\""),
    );
}

fn post(text: &str) -> Value {
    json!({"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-01-01T00:00:00.000Z"})
}

fn like() -> Value {
    json!({"$type": "app.bsky.feed.like", "createdAt": "2026-01-01T00:00:00.000Z",
           "subject": {"uri": "at://did:plc:abc/app.bsky.feed.post/3k", "cid": "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"}})
}

#[tokio::test]
async fn record_writes_need_the_granted_repo_scope() {
    let h = Harness::new().await;
    let (did, token) = h.account("alice").await;
    let oauth = Session {
        token: &token,
        // Unknown and malformed values are ignored, not fatal.
        scope: Some(
            "atproto repo:app.bsky.feed.post?action=create&action=delete unknown:thing repo:",
        ),
    };
    let create = |collection: &str, record: Value| json!({"repo": did, "collection": collection, "record": record});
    // Inside the scope.
    let created = h
        .post(
            &oauth,
            "com.atproto.repo.createRecord",
            create("app.bsky.feed.post", post("hi")),
        )
        .await;
    ok(&created);
    let rkey = created.json["uri"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    // Outside it: another collection, an action not granted.
    let refused = h
        .post(
            &oauth,
            "com.atproto.repo.createRecord",
            create("app.bsky.feed.like", like()),
        )
        .await;
    missing(&refused, "repo:app.bsky.feed.like?action=create");
    let put = json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": post("edited")});
    missing(
        &h.post(&oauth, "com.atproto.repo.putRecord", put.clone())
            .await,
        "repo:app.bsky.feed.post?action=update",
    );
    // applyWrites: every (action, collection) pair, before anything is written.
    let writes = json!({"repo": did, "writes": [
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.post", "value": post("a")},
        {"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.like", "value": like()},
    ]});
    missing(
        &h.post(&oauth, "com.atproto.repo.applyWrites", writes).await,
        "repo:app.bsky.feed.like?action=create",
    );
    let listed = h
        .get(
            &oauth,
            &format!("/xrpc/com.atproto.repo.listRecords?repo={did}&collection=app.bsky.feed.post"),
        )
        .await;
    assert_eq!(listed.json["records"].as_array().unwrap().len(), 1);
    let delete = json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey});
    ok(&h
        .post(&oauth, "com.atproto.repo.deleteRecord", delete)
        .await);

    // A grant for everything the app writes (an expanded permission set) allows putRecord.
    let wide = Session {
        token: &token,
        scope: Some("atproto repo:*"),
    };
    ok(&h
        .post(&wide, "com.atproto.repo.putRecord", put.clone())
        .await);
    // transition:generic is what an app password may do.
    let generic = Session {
        token: &token,
        scope: Some("atproto transition:generic"),
    };
    ok(&h
        .post(
            &generic,
            "com.atproto.repo.createRecord",
            create("app.bsky.feed.like", like()),
        )
        .await);
    // The same token without a grant is a password session: unchanged.
    let password = Session {
        token: &token,
        scope: None,
    };
    ok(&h
        .post(
            &password,
            "com.atproto.repo.createRecord",
            create("app.bsky.feed.like", like()),
        )
        .await);
}

#[tokio::test]
async fn blob_uploads_need_the_mime_type() {
    let h = Harness::new().await;
    let (_, token) = h.account("bob").await;
    let oauth = Session {
        token: &token,
        scope: Some("atproto blob:image/*"),
    };
    let upload = |content_type: &str| {
        Request::post("/xrpc/com.atproto.repo.uploadBlob")
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(vec![1u8, 2, 3]))
            .unwrap()
    };
    ok(&h.send(&oauth, upload("image/png")).await);
    missing(&h.send(&oauth, upload("video/mp4")).await, "blob:video/mp4");
}

#[tokio::test]
async fn service_tokens_and_proxied_calls_need_rpc_for_their_audience() {
    let h = Harness::new().await;
    let (_, token) = h.account("carol").await;
    let oauth = Session {
        token: &token,
        scope: Some(
            "atproto rpc:app.bsky.feed.getTimeline?aud=did:web:appview.test%23bsky_appview \
             rpc:app.bsky.actor.getPreferences?aud=*",
        ),
    };
    let service_auth = |lxm: &str, aud: &str| {
        format!(
            "/xrpc/com.atproto.server.getServiceAuth?aud={}&lxm={lxm}",
            aud.replace('#', "%23")
        )
    };
    ok(&h
        .get(&oauth, &service_auth("app.bsky.feed.getTimeline", APPVIEW))
        .await);
    missing(
        &h.get(
            &oauth,
            &service_auth(
                "app.bsky.feed.getTimeline",
                "did:web:other.test#bsky_appview",
            ),
        )
        .await,
        "rpc:app.bsky.feed.getTimeline?aud=did:web:other.test%23bsky_appview",
    );
    missing(
        &h.get(
            &oauth,
            &service_auth("app.bsky.feed.getAuthorFeed", APPVIEW),
        )
        .await,
        "rpc:app.bsky.feed.getAuthorFeed?aud=did:web:appview.test%23bsky_appview",
    );
    // A method-less token needs a wildcard `lxm`.
    let no_lxm = format!(
        "/xrpc/com.atproto.server.getServiceAuth?aud={}",
        APPVIEW.replace('#', "%23")
    );
    missing(
        &h.get(&oauth, &no_lxm).await,
        "rpc:*?aud=did:web:appview.test%23bsky_appview",
    );

    // The proxy: the configured AppView is the audience, or the atproto-proxy header's target.
    let proxied = h.get(&oauth, "/xrpc/app.bsky.feed.getTimeline").await;
    ok(&proxied);
    assert_eq!(proxied.json["proxied"], true);
    let elsewhere = Request::get("/xrpc/app.bsky.feed.getTimeline")
        .header("atproto-proxy", "did:web:other.test#bsky_appview")
        .body(Body::empty())
        .unwrap();
    missing(
        &h.send(&oauth, elsewhere).await,
        "rpc:app.bsky.feed.getTimeline?aud=did:web:other.test%23bsky_appview",
    );
    missing(
        &h.get(&oauth, "/xrpc/app.bsky.feed.getAuthorFeed?actor=x")
            .await,
        "rpc:app.bsky.feed.getAuthorFeed?aud=did:web:appview.test%23bsky_appview",
    );
    // Preferences are served here, decided as if proxied to the AppView.
    ok(&h.get(&oauth, "/xrpc/app.bsky.actor.getPreferences").await);
    missing(
        &h.post(
            &oauth,
            "app.bsky.actor.putPreferences",
            json!({"preferences": []}),
        )
        .await,
        "rpc:app.bsky.actor.putPreferences?aud=did:web:appview.test%23bsky_appview",
    );
}

#[tokio::test]
async fn account_control() {
    let h = Harness::new().await;
    let (did, token) = h.account("dave").await;
    let car = h
        .get(
            &Session {
                token: &token,
                scope: None,
            },
            &format!("/xrpc/com.atproto.sync.getRepo?did={did}"),
        )
        .await;
    ok(&car);
    let import = |car: Vec<u8>| {
        Request::post("/xrpc/com.atproto.repo.importRepo")
            .header(header::CONTENT_TYPE, "application/vnd.ipld.car")
            .body(Body::from(car))
            .unwrap()
    };
    let generic = Session {
        token: &token,
        scope: Some("atproto transition:generic account:repo"),
    };
    missing(
        &h.send(&generic, import(car.bytes.clone())).await,
        "account:repo?action=manage",
    );
    let manage = Session {
        token: &token,
        scope: Some("atproto account:repo?action=manage"),
    };
    ok(&h.send(&manage, import(car.bytes.clone())).await);

    // Refused to OAuth whatever the scope, as the reference.
    let everything = Session {
        token: &token,
        scope: Some("atproto transition:generic account:repo?action=manage identity:*"),
    };
    let reply = h
        .post(
            &everything,
            "com.atproto.server.createAppPassword",
            json!({"name": "x"}),
        )
        .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.json);
    assert_eq!(reply.json["error"], "Forbidden");
    assert_eq!(
        reply.json["message"],
        "OAuth credentials are not supported for this endpoint"
    );
    // Handles need identity:handle.
    let handle = json!({"handle": "dave2.test"});
    missing(
        &h.post(
            &Session {
                token: &token,
                scope: Some("atproto transition:generic"),
            },
            "com.atproto.identity.updateHandle",
            handle.clone(),
        )
        .await,
        "identity:handle",
    );
    ok(&h
        .post(
            &Session {
                token: &token,
                scope: Some("atproto identity:handle"),
            },
            "com.atproto.identity.updateHandle",
            handle,
        )
        .await);
    // A grant without `atproto` is no atproto grant.
    let bare = h
        .get(
            &Session {
                token: &token,
                scope: Some("transition:generic"),
            },
            "/xrpc/com.atproto.server.getSession",
        )
        .await;
    assert_eq!(bare.status, StatusCode::BAD_REQUEST);
    assert_eq!(bare.json["error"], "InvalidToken");
    // getSession shows the email only with account:email (or transition:email).
    let session = h
        .get(
            &Session {
                token: &token,
                scope: Some("atproto"),
            },
            "/xrpc/com.atproto.server.getSession",
        )
        .await;
    ok(&session);
    assert!(session.json.get("email").is_none(), "{}", session.json);
    let session = h
        .get(
            &Session {
                token: &token,
                scope: Some("atproto account:email"),
            },
            "/xrpc/com.atproto.server.getSession",
        )
        .await;
    assert_eq!(session.json["email"], "dave@example.com");
}

#[tokio::test]
async fn a_grant_expanded_from_the_atmos_permission_set() {
    let h = Harness::new().await;
    let (did, token) = h.account("erin").await;
    let dir = tempfile::tempdir().unwrap();
    let lexicons = Arc::new(pds::lexicon_catalog::Lexicons::open(
        pds::lexicon_catalog::builtin(),
        dir.path().join("lexicons"),
    ));
    let sets = pds::oauth::permissions::PermissionSets::new(lexicons, None);
    let granted = sets
        .expand("atproto include:cv.atmos.authFull blob:image/*")
        .await
        .unwrap()
        .to_string();
    let oauth = Session {
        token: &token,
        scope: Some(&granted),
    };
    let board = json!({"$type": "cv.atmos.board.board", "name": "Moodboard",
                       "createdAt": "2026-01-01T00:00:00.000Z"});
    let create = |collection: &str, record: Value| json!({"repo": did, "collection": collection, "record": record});
    ok(&h
        .post(
            &oauth,
            "com.atproto.repo.createRecord",
            create("cv.atmos.board.board", board),
        )
        .await);
    missing(
        &h.post(
            &oauth,
            "com.atproto.repo.createRecord",
            create("app.bsky.feed.post", post("x")),
        )
        .await,
        "repo:app.bsky.feed.post?action=create",
    );
}
