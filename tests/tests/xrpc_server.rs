//! The generated route tables driven in process (`tower::ServiceExt::oneshot`) and the typed
//! reqwest client against them on 127.0.0.1:0: parameter defaults, body validation (every
//! violation listed), named lexicon errors, handler errors, and the shape of unrouted requests.
//! Query values are decoded as the reference decodes them: an empty value is absent, and a required
//! array needs a value.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use lexgen::typed::Typed;
use lexgen::xrpc::{NoParams, XrpcError};
use lexicons::app::bsky::bookmark::{self, create_bookmark, delete_bookmark, get_bookmarks};
use lexicons::app::bsky::labeler::{self, get_services};
use lexicons::client::Client;
use lexicons::com::atproto::lexicon::{self, resolve_lexicon};
use lexicons::com::atproto::moderation::{self, create_report};
use serde_json::json;
use tower::ServiceExt;

/// Records what the handlers received.
#[derive(Default)]
struct Seen {
    services: Mutex<Vec<get_services::Params>>,
    bookmarks: Mutex<Vec<get_bookmarks::Params>>,
    reports: Mutex<usize>,
}

struct Test(Arc<Seen>);

impl bookmark::Service<()> for Test {
    async fn create_bookmark(
        &self,
        _ctx: (),
        _input: create_bookmark::Input,
    ) -> Result<create_bookmark::Output, XrpcError<create_bookmark::Error>> {
        Err(XrpcError::Forbidden("no bookmarks here".to_owned()))
    }

    async fn delete_bookmark(
        &self,
        _ctx: (),
        _input: delete_bookmark::Input,
    ) -> Result<delete_bookmark::Output, XrpcError<delete_bookmark::Error>> {
        Err(XrpcError::Forbidden("no bookmarks here".to_owned()))
    }

    async fn get_bookmarks(
        &self,
        _ctx: (),
        params: get_bookmarks::Params,
    ) -> Result<get_bookmarks::Output, XrpcError<get_bookmarks::Error>> {
        self.0.bookmarks.lock().unwrap().push(params);
        Ok(get_bookmarks::Output {
            bookmarks: Vec::new(),
            cursor: None,
            extra: Default::default(),
        })
    }
}

impl labeler::Service<()> for Test {
    async fn get_services(
        &self,
        _ctx: (),
        params: get_services::Params,
    ) -> Result<get_services::Output, XrpcError<get_services::Error>> {
        self.0.services.lock().unwrap().push(params);
        Ok(get_services::Output {
            views: Vec::new(),
            extra: Default::default(),
        })
    }
}

impl lexicon::Service<()> for Test {
    async fn resolve_lexicon(
        &self,
        _ctx: (),
        params: resolve_lexicon::Params,
    ) -> Result<resolve_lexicon::Output, XrpcError<resolve_lexicon::Error>> {
        Err(XrpcError::endpoint(
            resolve_lexicon::Error::LexiconNotFound,
            format!("no lexicon {}", params.nsid),
        ))
    }
}

impl moderation::Service<()> for Test {
    async fn create_report(
        &self,
        _ctx: (),
        _input: create_report::Input,
    ) -> Result<create_report::Output, XrpcError<create_report::Error>> {
        *self.0.reports.lock().unwrap() += 1;
        Err(XrpcError::Forbidden("reports are closed".to_owned()))
    }
}

fn router(seen: &Arc<Seen>) -> Router {
    let service = Arc::new(Test(Arc::clone(seen)));
    labeler::router::<_, (), ()>(Arc::clone(&service))
        .merge(lexicon::router::<_, (), ()>(Arc::clone(&service)))
        .merge(bookmark::router::<_, (), ()>(Arc::clone(&service)))
        .merge(moderation::router::<_, (), ()>(service))
}

async fn send(router: Router, request: Request<Body>) -> (StatusCode, serde_json::Value) {
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, body)
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post_json(uri: &str, body: &serde_json::Value) -> Request<Body> {
    Request::post(uri)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap()
}

const DID: &str = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";

#[tokio::test]
async fn params_are_decoded_with_defaults() {
    let seen = Arc::new(Seen::default());
    let uri = format!("/xrpc/app.bsky.labeler.getServices?dids={DID}&dids=did:web:example.com");
    let (status, body) = send(router(&seen), get(&uri)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body, json!({"views": []}));
    let params = seen.services.lock().unwrap().pop().unwrap();
    assert!(!params.detailed, "the lexicon default `false` applies");
    assert_eq!(params.dids.len(), 2);

    let (status, _) = send(router(&seen), get(&format!("{uri}&detailed=true"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(seen.services.lock().unwrap().pop().unwrap().detailed);
}

#[tokio::test]
async fn an_empty_query_value_is_absent() {
    let seen = Arc::new(Seen::default());
    // What `@atproto/xrpc-server`'s client sends for parameters it has no value for.
    let uri = "/xrpc/app.bsky.bookmark.getBookmarks?cursor=&limit=";
    let (status, body) = send(router(&seen), get(uri)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let params = seen.bookmarks.lock().unwrap().pop().unwrap();
    assert_eq!(
        params,
        get_bookmarks::Params {
            cursor: None,
            limit: 50
        },
        "no cursor, and the lexicon default limit"
    );

    let uri = "/xrpc/app.bsky.bookmark.getBookmarks?cursor=c&limit=7";
    let (status, _) = send(router(&seen), get(uri)).await;
    assert_eq!(status, StatusCode::OK);
    let params = seen.bookmarks.lock().unwrap().pop().unwrap();
    assert_eq!((params.cursor.as_deref(), params.limit), (Some("c"), 7));

    // An empty element of an array is left out too.
    let uri = format!("/xrpc/app.bsky.labeler.getServices?dids=&dids={DID}&detailed=");
    let (status, body) = send(router(&seen), get(&uri)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let params = seen.services.lock().unwrap().pop().unwrap();
    assert_eq!(params.dids.len(), 1);
    assert!(!params.detailed);
}

#[tokio::test]
async fn a_missing_required_array_is_invalid_request() {
    let seen = Arc::new(Seen::default());
    for uri in [
        "/xrpc/app.bsky.labeler.getServices",
        "/xrpc/app.bsky.labeler.getServices?detailed=true",
        "/xrpc/app.bsky.labeler.getServices?dids=",
    ] {
        let (status, body) = send(router(&seen), get(uri)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {body}");
        assert_eq!(body["error"], "InvalidRequest", "{uri}");
        assert!(
            body["message"].as_str().unwrap().contains("`dids`"),
            "{uri}: {body}"
        );
    }
    assert!(seen.services.lock().unwrap().is_empty());
}

#[tokio::test]
async fn bad_params_are_invalid_request() {
    let seen = Arc::new(Seen::default());
    let uri = format!("/xrpc/app.bsky.labeler.getServices?dids={DID}&detailed=maybe");
    let (status, body) = send(router(&seen), get(&uri)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "InvalidRequest");
    assert!(
        body["message"].as_str().unwrap().contains("detailed"),
        "{body}"
    );
    let (status, body) = send(
        router(&seen),
        get("/xrpc/com.atproto.lexicon.resolveLexicon"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["message"].as_str().unwrap().contains("nsid"), "{body}");
    assert!(seen.services.lock().unwrap().is_empty());
}

#[tokio::test]
async fn named_lexicon_error_has_its_name_and_status() {
    let seen = Arc::new(Seen::default());
    let uri = "/xrpc/com.atproto.lexicon.resolveLexicon?nsid=com.example.missing";
    let (status, body) = send(router(&seen), get(uri)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        json!({"error": "LexiconNotFound", "message": "no lexicon com.example.missing"})
    );
}

fn report(reason: &str) -> serde_json::Value {
    json!({
        "reasonType": "com.atproto.moderation.defs#reasonSpam",
        "reason": reason,
        "subject": {"$type": "com.atproto.admin.defs#repoRef", "did": DID}
    })
}

#[tokio::test]
async fn body_violations_are_all_reported() {
    let seen = Arc::new(Seen::default());
    let uri = "/xrpc/com.atproto.moderation.createReport";
    let (status, body) = send(router(&seen), post_json(uri, &report("spam"))).await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "valid input reaches the handler"
    );
    assert_eq!(body["error"], "Forbidden");
    assert_eq!(*seen.reports.lock().unwrap(), 1);

    // 2,001 graphemes and 24,000 bytes: both `maxGraphemes` and `maxLength` are broken.
    let (status, body) = send(router(&seen), post_json(uri, &report(&"é".repeat(12_000)))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"], "InvalidRequest");
    let message = body["message"].as_str().unwrap();
    assert!(message.starts_with("Input.reason: "), "{message}");
    assert_eq!(message.split("; ").count(), 2, "{message}");
    assert!(message.contains("string-too-long") && message.contains("too-many-graphemes"));

    let mut bad = report("spam");
    bad["subject"] = json!({"$type": "com.atproto.admin.defs#repoRef", "did": "nope"});
    let (status, body) = send(router(&seen), post_json(uri, &bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["message"].as_str().unwrap().contains("subject.did"),
        "{body}"
    );
    assert_eq!(
        *seen.reports.lock().unwrap(),
        1,
        "invalid input never reaches the handler"
    );
}

#[tokio::test]
async fn unrouted_requests() {
    let seen = Arc::new(Seen::default());
    let (status, _) = send(
        router(&seen),
        get("/xrpc/com.atproto.moderation.createReport"),
    )
    .await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let (status, _) = send(router(&seen), get("/xrpc/com.example.nothing")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn client_against_the_router() {
    let seen = Arc::new(Seen::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = router(&seen);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::new(format!("http://{addr}"));

    let params = get_services::Params {
        detailed: true,
        dids: vec![DID.parse().unwrap()],
    };
    let output = client
        .call::<get_services::GetServices>(&params, &())
        .await
        .unwrap();
    assert!(output.views.is_empty());
    assert_eq!(seen.services.lock().unwrap().pop().unwrap(), params);

    let params = resolve_lexicon::Params {
        nsid: "com.example.missing".parse().unwrap(),
    };
    match client
        .call::<resolve_lexicon::ResolveLexicon>(&params, &())
        .await
    {
        Err(XrpcError::Endpoint { error, message }) => {
            assert_eq!(error, resolve_lexicon::Error::LexiconNotFound);
            assert_eq!(message.as_deref(), Some("no lexicon com.example.missing"));
        }
        other => panic!("expected LexiconNotFound, got {other:?}"),
    }

    let input = create_report::Input::from_json(&report(&"x".repeat(20_001))).unwrap();
    match client
        .call::<create_report::CreateReport>(&NoParams, &input)
        .await
    {
        Err(XrpcError::InvalidRequest(message)) => assert!(message.contains("Input.reason")),
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    match client
        .call::<create_report::CreateReport>(
            &NoParams,
            &create_report::Input::from_json(&report("spam")).unwrap(),
        )
        .await
    {
        Err(XrpcError::Forbidden(message)) => assert_eq!(message, "reports are closed"),
        other => panic!("expected Forbidden, got {other:?}"),
    }
    server.abort();
}
