//! Account migration between two PDS instances sharing a PLC directory (the first one's embedded directory,
//! served over loopback): reserveSigningKey, service-auth createAccount, importRepo, the PLC operation flow,
//! activation.

#![allow(clippy::unwrap_used)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt as _;

async fn call(router: &axum::Router, request: Request<Body>) -> (StatusCode, Value) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// POSTs `body` as JSON, or no body for `Value::Null` (a method without input).
fn post(nsid: &str, token: &str, body: Value) -> Request<Body> {
    let request = Request::post(format!("/xrpc/{nsid}"))
        .header(header::AUTHORIZATION, format!("Bearer {token}"));
    if body.is_null() {
        return request.body(Body::empty()).unwrap();
    }
    request
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

fn get(path: &str, token: &str) -> Request<Body> {
    Request::get(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn an_account_moves_from_one_pds_to_another() {
    // PDS A, on a real socket so B can reach its PLC directory.
    let dir_a = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port_a = listener.local_addr().unwrap().port();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = dir_a.path().to_owned();
    let app_a = pds::app::App::open(config, port_a).unwrap();
    let router_a = pds::handlers::router(app_a.clone());
    let served = router_a.clone();
    tokio::spawn(async move { axum::serve(listener, served).await.unwrap() });

    let dir_b = tempfile::tempdir().unwrap();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = dir_b.path().to_owned();
    config.plc_url = Some(format!("http://127.0.0.1:{port_a}/plc"));
    let app_b = pds::app::App::open(config, 2599).unwrap();
    let router_b = pds::handlers::router(app_b.clone());

    // An account with a post on A.
    let created = Request::post("/xrpc/com.atproto.server.createAccount")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"handle": "mover.test", "email": "m@example.com", "password": "pw-pw-pw-1"})
                .to_string(),
        ))
        .unwrap();
    let (_, account) = call(&router_a, created).await;
    let did = account["did"].as_str().unwrap().to_owned();
    let token_a = account["accessJwt"].as_str().unwrap().to_owned();
    let record = json!({"repo": did, "collection": "app.bsky.feed.post", "record": {"$type": "app.bsky.feed.post", "text": "before the move", "createdAt": "2026-01-01T00:00:00Z"}});
    assert_eq!(
        call(
            &router_a,
            post("com.atproto.repo.createRecord", &token_a, record)
        )
        .await
        .0,
        StatusCode::OK
    );

    // A mints a createAccount token for B; B creates the account (deactivated) for the existing DID.
    let aud = app_b.service_did.replace('%', "%25");
    let (status, auth) = call(
        &router_a,
        get(&format!("/xrpc/com.atproto.server.getServiceAuth?aud={aud}&lxm=com.atproto.server.createAccount"), &token_a),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{auth}");
    let service_token = auth["token"].as_str().unwrap();
    // B reserves the repo signing key first (no auth), the same one on a retry.
    let reserve = |did: &str| {
        Request::post("/xrpc/com.atproto.server.reserveSigningKey")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(json!({ "did": did }).to_string()))
            .unwrap()
    };
    let (status, reserved) = call(&router_b, reserve(&did)).await;
    assert_eq!(status, StatusCode::OK, "{reserved}");
    let reserved_key = reserved["signingKey"].as_str().unwrap().to_owned();
    assert!(reserved_key.starts_with("did:key:z"), "{reserved_key}");
    assert_eq!(call(&router_b, reserve(&did)).await.1, reserved);
    let body = json!({"did": did, "handle": "mover2.test", "email": "m2@example.com", "password": "pw-pw-pw-2"});
    let (status, bad) = call(
        &router_b,
        post("com.atproto.server.createAccount", &token_a, body.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{bad}");
    let (status, moved) = call(
        &router_b,
        post("com.atproto.server.createAccount", service_token, body),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{moved}");
    assert_eq!(moved["did"], did.as_str());
    // No DID document in the session: it still names A, and a client following it would send B's
    // requests (importRepo) to A.
    assert!(moved.get("didDoc").is_none(), "{moved}");
    // Creating it again while B holds the deactivated copy: the reference's `AlreadyExists`, whether the
    // handle is the same or another (not "Handle already taken").
    for handle in ["mover2.test", "mover3.test"] {
        let (_, again_auth) = call(
            &router_a,
            get(&format!("/xrpc/com.atproto.server.getServiceAuth?aud={aud}&lxm=com.atproto.server.createAccount"), &token_a),
        )
        .await;
        let body = json!({"did": did, "handle": handle, "email": "m2@example.com", "password": "pw-pw-pw-2"});
        let (status, again) = call(
            &router_b,
            post(
                "com.atproto.server.createAccount",
                again_auth["token"].as_str().unwrap(),
                body,
            ),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{again}");
        assert_eq!(again["error"], "AlreadyExists", "{again}");
        assert_eq!(again["message"], "Repo already exists", "{again}");
    }
    let token_b = moved["accessJwt"].as_str().unwrap().to_owned();
    let (_, status_b) = call(
        &router_b,
        get("/xrpc/com.atproto.server.checkAccountStatus", &token_b),
    )
    .await;
    assert_eq!(status_b["activated"], false);

    // The repository, exported from A, imports into B (verified against the DID document's key).
    let (repos, did_parsed) = (app_a.repos.clone(), did.parse().unwrap());
    let car = tokio::task::spawn_blocking(move || {
        let mut car = Vec::new();
        repos.export_blocking(&did_parsed, None, &mut car).unwrap();
        car
    })
    .await
    .unwrap();
    let import = Request::post("/xrpc/com.atproto.repo.importRepo")
        .header(header::CONTENT_TYPE, "application/vnd.ipld.car")
        .header(header::AUTHORIZATION, format!("Bearer {token_b}"))
        .body(Body::from(car))
        .unwrap();
    let (status, reply) = call(&router_b, import).await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let (_, status_b) = call(
        &router_b,
        get("/xrpc/com.atproto.server.checkAccountStatus", &token_b),
    )
    .await;
    assert_eq!(status_b["indexedRecords"], 1);
    assert_eq!(status_b["validDid"], false, "the DID still points at A");
    let (status, reply) = call(
        &router_b,
        post("com.atproto.server.activateAccount", &token_b, Value::Null),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{reply}");

    // Blobs and preferences move while the account is still deactivated on B.
    let upload = Request::post("/xrpc/com.atproto.repo.uploadBlob")
        .header(header::CONTENT_TYPE, "image/png")
        .header(header::AUTHORIZATION, format!("Bearer {token_b}"))
        .body(Body::from(b"\x89PNG\r\n\x1a\nblob".to_vec()))
        .unwrap();
    assert_eq!(call(&router_b, upload).await.0, StatusCode::OK);
    let prefs = json!({"preferences": [{"$type": "app.bsky.actor.defs#adultContentPref", "enabled": false}]});
    assert_eq!(
        call(
            &router_b,
            post("app.bsky.actor.putPreferences", &token_b, prefs)
        )
        .await
        .0,
        StatusCode::OK
    );

    // The PLC update: B recommends credentials, A signs them (email token), B submits.
    let (_, creds) = call(
        &router_b,
        get(
            "/xrpc/com.atproto.identity.getRecommendedDidCredentials",
            &token_b,
        ),
    )
    .await;
    assert_eq!(
        creds["verificationMethods"]["atproto"], reserved_key,
        "the account took the reserved key"
    );
    call(
        &router_a,
        post(
            "com.atproto.identity.requestPlcOperationSignature",
            &token_a,
            Value::Null,
        ),
    )
    .await;
    let outbox = app_a.mailer.outbox().to_owned();
    let mail = std::fs::read_dir(outbox)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let text = std::fs::read_to_string(mail).unwrap();
    let token = text
        .split_whitespace()
        .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
        .unwrap();
    let mut sign = creds.clone();
    sign["token"] = json!(token);
    let (status, signed) = call(
        &router_a,
        post("com.atproto.identity.signPlcOperation", &token_a, sign),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{signed}");
    let (status, reply) = call(
        &router_b,
        post("com.atproto.identity.submitPlcOperation", &token_b, signed),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");

    let (status, reply) = call(
        &router_b,
        post("com.atproto.server.activateAccount", &token_b, Value::Null),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{reply}");
    let (_, status_b) = call(
        &router_b,
        get("/xrpc/com.atproto.server.checkAccountStatus", &token_b),
    )
    .await;
    assert_eq!(status_b["activated"], true);
    assert_eq!(status_b["validDid"], true);
    let record = json!({"repo": did, "collection": "app.bsky.feed.post", "record": {"$type": "app.bsky.feed.post", "text": "after the move", "createdAt": "2026-01-02T00:00:00Z"}});
    assert_eq!(
        call(
            &router_b,
            post("com.atproto.repo.createRecord", &token_b, record)
        )
        .await
        .0,
        StatusCode::OK
    );
}
