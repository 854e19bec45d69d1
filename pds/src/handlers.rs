//! The HTTP surface: the generated route tables of `com.atproto.{server,repo,identity,sync}` over this
//! server's implementations of their service traits (auth decisions in [`crate::auth::policy`]), the
//! preferences endpoints, the well-known routes, the embedded PLC directory under `/plc` (its per-DID
//! routes also at the root), request bodies held to per-endpoint limits ([`crate::request_body`]), and
//! XRPC-shaped errors for anything axum rejects.

mod federation;
pub(crate) mod identity;
mod preferences;
pub(crate) mod repo;
pub(crate) mod server;
mod well_known;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use lexicons::app::bsky::actor as a;
use lexicons::com::atproto::identity as i;
use lexicons::com::atproto::repo as r;
use lexicons::com::atproto::server as s;

use crate::app::AppState;
use crate::auth::Auth;
use crate::xrpc::mount;

/// The whole router without the sync endpoints and the firehose (for tests that do not need them).
pub fn router(app: AppState) -> Router {
    router_with(app, Router::new())
}

/// The whole router: every endpoint, `com.atproto.sync.*` over this server's accounts and blobs,
/// `subscribeRepos` over `firehose`, the federation status (`cv.atmos.server.*`) and `/metrics`.
pub fn full_router(app: AppState, firehose: crate::firehose::Firehose) -> Router {
    let sync = Arc::new(crate::sync::SyncService::new(
        app.repos.clone(),
        crate::hosted::Host(app.clone()),
    ));
    let federation = Arc::new(federation::FederationService {
        app: app.clone(),
        firehose: firehose.clone(),
    });
    let metrics = {
        let (app, firehose) = (app.clone(), firehose.clone());
        get(move || async move { crate::metrics::serve(&app, &firehose).await })
    };
    let extra = crate::sync::router::<_, AppState>(sync, firehose)
        .merge(lexicons::cv::atmos::server::router::<_, Auth, AppState>(
            federation,
        ))
        .route("/metrics", metrics);
    router_with(app, extra)
}

/// The whole router plus `extra` routes sharing the state and layers (e.g. `com.atproto.sync.*` and the
/// firehose, mounted by their own modules).
pub(crate) fn router_with(app: AppState, extra: Router<AppState>) -> Router {
    let body_rules = crate::request_body::BodyRules::new(&app.config);
    let preferences = Router::new();
    let preferences = mount::<a::get_preferences::GetPreferences, _, _>(
        preferences,
        &app,
        preferences::get_preferences,
    );
    let preferences = mount::<a::put_preferences::PutPreferences, _, _>(
        preferences,
        &app,
        preferences::put_preferences,
    );
    let mut router = Router::new()
        .merge(
            r::router::<_, repo::RepoCtx, AppState>(Arc::new(repo::RepoService(app.clone())))
                .layer(axum::middleware::from_fn(repo::keep_raw_body)),
        )
        .merge(s::router::<_, Auth, AppState>(Arc::new(
            server::ServerService(app.clone()),
        )))
        .merge(i::router::<_, Auth, AppState>(Arc::new(
            identity::IdentityService(app.clone()),
        )))
        .merge(preferences)
        .merge(crate::oauth::router())
        .merge(extra)
        .route("/xrpc/_health", get(well_known::health))
        .route("/.well-known/atproto-did", get(well_known::atproto_did))
        .route("/.well-known/did.json", get(well_known::did_json))
        .route("/", get(well_known::root))
        .fallback(not_found_or_plc)
        .with_state(app.clone());
    if let Some(directory) = &app.embedded_plc {
        router = router.nest("/plc", crate::plc::server::router(directory.clone()));
    }
    let metrics = app.metrics.clone();
    router
        // Bodies are limited (and decoded, and timed) by the wrapper `request_body` puts around them.
        .layer(DefaultBodyLimit::disable())
        .layer(axum::middleware::from_fn(move |request, next| {
            crate::request_body::read(body_rules, request, next)
        }))
        .layer(axum::middleware::from_fn(xrpc_shaped))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            crate::oauth::nonce_header,
        ))
        .layer(axum::middleware::from_fn(private_when_authenticated))
        .layer(axum::middleware::from_fn(cors))
        .layer(axum::middleware::from_fn(move |request, next| {
            crate::metrics::track(metrics.clone(), request, next)
        }))
}

/// Permissive CORS, as the reference PDS (`cors()`): any origin, preflights answered here with the
/// requested headers reflected and a one-day max age. Credentials travel in `Authorization`, not cookies.
async fn cors(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if request.method() == axum::http::Method::OPTIONS
        && request
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
    {
        let allow_headers = request
            .headers()
            .get(header::ACCESS_CONTROL_REQUEST_HEADERS)
            .cloned()
            .unwrap_or_else(|| HeaderValue::from_static("*"));
        let mut response = StatusCode::NO_CONTENT.into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
        headers.insert(
            header::ACCESS_CONTROL_ALLOW_METHODS,
            HeaderValue::from_static("GET,HEAD,PUT,PATCH,POST,DELETE"),
        );
        headers.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, allow_headers);
        headers.insert(
            header::ACCESS_CONTROL_MAX_AGE,
            HeaderValue::from_static("86400"),
        );
        return response;
    }
    let mut response = next.run(request).await;
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

/// Responses to requests carrying credentials are private to the caller (as the reference marks them).
async fn private_when_authenticated(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let authenticated = request.headers().contains_key(header::AUTHORIZATION);
    let mut response = next.run(request).await;
    if authenticated {
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private"));
        headers.insert(header::VARY, HeaderValue::from_static("Authorization"));
    }
    response
}

/// Unrouted paths: a DID at the root goes to the embedded PLC directory (so `DidResolver({ plcUrl })`
/// works with this server's address), anything else is [`not_found`].
async fn not_found_or_plc(state: State<AppState>, request: axum::extract::Request) -> Response {
    if let Some(directory) = &state.embedded_plc
        && crate::plc::server::is_did_path(request.uri().path())
    {
        use tower::ServiceExt as _;
        return match crate::plc::server::router(directory.clone())
            .oneshot(request)
            .await
        {
            Ok(response) => response,
            Err(never) => match never {},
        };
    }
    not_found(state, request).await
}

async fn not_found(State(app): State<AppState>, request: axum::extract::Request) -> Response {
    if request.uri().path().starts_with("/xrpc/") {
        // Not implemented here: proxied when a target service exists, else MethodNotImplemented.
        return crate::proxy::fallback(State(app), request).await;
    }
    (
        StatusCode::NOT_FOUND,
        axum::Json(serde_json::json!({"error": "NotFound", "message": "Not Found"})),
    )
        .into_response()
}

/// Rewrites axum's plain-text rejections (body too large, wrong method, media type) as XRPC error bodies.
/// An XRPC method called with the wrong HTTP method is a 400, as the reference answers.
async fn xrpc_shaped(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let method = request.method().clone();
    let xrpc = request.uri().path().starts_with("/xrpc/");
    let response = next.run(request).await;
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    let replacement = match status {
        StatusCode::PAYLOAD_TOO_LARGE if !is_json => Some((
            status,
            "PayloadTooLarge",
            "request entity too large".to_owned(),
        )),
        StatusCode::METHOD_NOT_ALLOWED if !is_json => {
            // XRPC has two: a route refusing one of them takes the other.
            let message = match method.as_str() {
                "GET" | "HEAD" => format!("Incorrect HTTP method ({method}) expected POST"),
                "POST" => format!("Incorrect HTTP method ({method}) expected GET"),
                _ => format!("Incorrect HTTP method ({method})"),
            };
            Some((
                if xrpc {
                    StatusCode::BAD_REQUEST
                } else {
                    status
                },
                "InvalidRequest",
                message,
            ))
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE if !is_json => {
            Some((status, "InvalidRequest", "Wrong content type".to_owned()))
        }
        _ => None,
    };
    match replacement {
        Some((status, error, message)) => (
            status,
            axum::Json(serde_json::json!({"error": error, "message": message})),
        )
            .into_response(),
        None => response,
    }
}
