//! The typed client (`lexicons::client`) against a scripted server on loopback: a password session that
//! refreshes itself once on `ExpiredToken`, and retries with backoff on 429/5xx honouring `retry-after`.

#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use lexgen::xrpc::{NoParams, XrpcError};
use lexicons::client::{Client, RetryPolicy};
use lexicons::com::atproto::server::{describe_server, get_session};
use serde_json::json;

const DID: &str = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

/// What the scripted server saw: bearer tokens per call, and how many describeServer calls.
#[derive(Default)]
struct Seen {
    bearers: Mutex<Vec<String>>,
    describes: Mutex<u32>,
}

fn bearer(headers: &HeaderMap) -> String {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .trim_start_matches("Bearer ")
        .to_owned()
}

fn session_body(access: &str, refresh: &str) -> serde_json::Value {
    json!({"did": DID, "handle": "alice.test", "accessJwt": access, "refreshJwt": refresh})
}

fn error(status: StatusCode, name: &str) -> Response {
    (status, axum::Json(json!({"error": name, "message": name}))).into_response()
}

fn router(seen: &Arc<Seen>) -> Router {
    let (s1, s2, s3, s4) = (seen.clone(), seen.clone(), seen.clone(), seen.clone());
    Router::new()
        .route(
            "/xrpc/com.atproto.server.createSession",
            post(move |headers: HeaderMap| async move {
                s1.bearers.lock().unwrap().push(bearer(&headers));
                axum::Json(session_body("access-1", "refresh-1")).into_response()
            }),
        )
        .route(
            "/xrpc/com.atproto.server.refreshSession",
            post(move |headers: HeaderMap| async move {
                let token = bearer(&headers);
                s2.bearers.lock().unwrap().push(token.clone());
                match token.as_str() {
                    "refresh-1" => {
                        axum::Json(session_body("access-2", "refresh-2")).into_response()
                    }
                    _ => error(StatusCode::BAD_REQUEST, "InvalidToken"),
                }
            }),
        )
        .route(
            "/xrpc/com.atproto.server.getSession",
            get(move |headers: HeaderMap| async move {
                let token = bearer(&headers);
                s3.bearers.lock().unwrap().push(token.clone());
                match token.as_str() {
                    "access-2" => {
                        axum::Json(json!({"did": DID, "handle": "alice.test"})).into_response()
                    }
                    _ => error(StatusCode::BAD_REQUEST, "ExpiredToken"),
                }
            }),
        )
        .route(
            "/xrpc/com.atproto.server.describeServer",
            get(move || async move {
                let n = {
                    let mut count = s4.describes.lock().unwrap();
                    *count += 1;
                    *count
                };
                match n {
                    1 => {
                        let mut response =
                            error(StatusCode::TOO_MANY_REQUESTS, "RateLimitExceeded");
                        response
                            .headers_mut()
                            .insert("retry-after", "1".parse().unwrap());
                        response
                    }
                    2 => error(StatusCode::SERVICE_UNAVAILABLE, "Unavailable"),
                    _ => axum::Json(
                        json!({"did": "did:web:pds.test", "availableUserDomains": [".test"]}),
                    )
                    .into_response(),
                }
            }),
        )
}

async fn serve(seen: &Arc<Seen>) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = router(seen);
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (format!("http://{addr}"), server)
}

#[tokio::test]
async fn a_password_session_refreshes_once_on_expired_token() {
    let seen = Arc::new(Seen::default());
    let (base, server) = serve(&seen).await;
    let client = Client::new(base);
    let session = client.login("alice.test", "hunter2").await.unwrap();
    assert_eq!(session.access_jwt, "access-1");
    let output = client
        .call::<get_session::GetSession>(&NoParams, &())
        .await
        .unwrap();
    assert_eq!(output.did.as_str(), DID);
    assert_eq!(
        *seen.bearers.lock().unwrap(),
        ["", "access-1", "refresh-1", "access-2"],
        "login without a token, the expired call, the refresh, the call again"
    );
    assert_eq!(client.session().unwrap().refresh_jwt, "refresh-2");

    // A refresh that fails returns the call's own error, and is tried only once per call.
    client.logout();
    let mut stale = client.clone();
    stale.set_token(Some("access-1".into()));
    seen.bearers.lock().unwrap().clear();
    match stale.call::<get_session::GetSession>(&NoParams, &()).await {
        Err(XrpcError::Other {
            status: 400, name, ..
        }) => assert_eq!(name, "ExpiredToken"),
        other => panic!("expected ExpiredToken, got {other:?}"),
    }
    assert_eq!(
        *seen.bearers.lock().unwrap(),
        ["access-1"],
        "no session: no refresh"
    );
    server.abort();
}

#[tokio::test]
async fn rate_limits_and_unavailability_are_retried_with_backoff() {
    let seen = Arc::new(Seen::default());
    let (base, server) = serve(&seen).await;
    let mut client = Client::new(base);
    client.set_retry(RetryPolicy {
        max_attempts: 3,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_secs(5),
    });
    let started = std::time::Instant::now();
    let output: describe_server::Output = client
        .call::<describe_server::DescribeServer>(&NoParams, &())
        .await
        .unwrap();
    assert_eq!(output.available_user_domains, [".test"]);
    assert_eq!(*seen.describes.lock().unwrap(), 3);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "retry-after was honoured"
    );

    // Attempts are bounded: with one attempt the 429 comes back as is.
    *seen.describes.lock().unwrap() = 0;
    client.set_retry(RetryPolicy::none());
    match client
        .call::<describe_server::DescribeServer>(&NoParams, &())
        .await
    {
        Err(XrpcError::Other {
            status: 429, name, ..
        }) => assert_eq!(name, "RateLimitExceeded"),
        other => panic!("expected RateLimitExceeded, got {other:?}"),
    }
    assert_eq!(*seen.describes.lock().unwrap(), 1);
    server.abort();
}
