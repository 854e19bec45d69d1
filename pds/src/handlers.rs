//! The HTTP surface: the generated route tables of `com.atproto.{server,repo,identity,sync}` over this
//! server's implementations of their service traits (auth decisions in [`crate::auth::policy`]), the
//! preferences endpoints, the well-known routes, the embedded PLC directory under `/plc` (its per-DID
//! routes also at the root), per-endpoint body limits, and XRPC-shaped errors for anything axum rejects.

pub mod identity;
mod preferences;
pub mod repo;
pub mod server;
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

/// Body limit of endpoints not listed otherwise.
const DEFAULT_BODY_LIMIT: usize = 150 * 1024;

/// The whole router without the sync endpoints and the firehose (for tests that do not need them).
pub fn router(app: AppState) -> Router {
    router_with(app, Router::new())
}

/// The whole router: every endpoint, `com.atproto.sync.*` over this server's accounts and blobs, and
/// `subscribeRepos` over `firehose`.
pub fn full_router(app: AppState, firehose: crate::firehose::Firehose) -> Router {
    let sync = Arc::new(crate::sync::SyncService::new(
        app.repos.clone(),
        crate::hosted::Host(app.clone()),
    ));
    router_with(app, crate::sync::router::<_, AppState>(sync, firehose))
}

/// The whole router plus `extra` routes sharing the state and layers (e.g. `com.atproto.sync.*` and the
/// firehose, mounted by their own modules).
pub fn router_with(app: AppState, extra: Router<AppState>) -> Router {
    let limits = BodyLimits::new(&app.config);
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
        .merge(extra)
        .route("/xrpc/_health", get(well_known::health))
        .route("/.well-known/atproto-did", get(well_known::atproto_did))
        .route("/.well-known/did.json", get(well_known::did_json))
        .route("/", get(well_known::root))
        .fallback(not_found_or_plc)
        .layer(axum::middleware::from_fn(move |request, next| {
            body_limit(limits, request, next)
        }))
        .with_state(app.clone());
    if let Some(directory) = &app.embedded_plc {
        router = router.nest("/plc", crate::plc::server::router(directory.clone()));
    }
    router
        .layer(axum::middleware::map_response(xrpc_shaped))
        .layer(axum::middleware::from_fn(private_when_authenticated))
        .layer(axum::middleware::from_fn(cors))
}

/// The request body limits: record writes, blob uploads and repository imports have their own.
#[derive(Clone, Copy)]
struct BodyLimits {
    records: usize,
    blob: usize,
    import: usize,
}

impl BodyLimits {
    fn new(config: &crate::config::Config) -> Self {
        let bytes = |limit: u64| usize::try_from(limit).unwrap_or(usize::MAX);
        BodyLimits {
            records: config.json_limit,
            // One byte over the limit is read so the handler can tell "too large" apart.
            blob: bytes(config.blob_upload_limit).saturating_add(1),
            import: bytes(config.import_limit()).saturating_add(1),
        }
    }

    fn for_path(self, path: &str) -> usize {
        match path.strip_prefix("/xrpc/") {
            Some("com.atproto.repo.uploadBlob") => self.blob,
            Some("com.atproto.repo.importRepo") => self.import,
            Some(
                "com.atproto.repo.createRecord"
                | "com.atproto.repo.putRecord"
                | "com.atproto.repo.deleteRecord"
                | "com.atproto.repo.applyWrites",
            ) => self.records,
            _ => DEFAULT_BODY_LIMIT,
        }
    }
}

/// Applies the body limit of the request's endpoint (axum's `DefaultBodyLimit`, per path).
async fn body_limit(
    limits: BodyLimits,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    use tower::{Layer as _, ServiceExt as _};
    let limit = limits.for_path(request.uri().path());
    match DefaultBodyLimit::max(limit)
        .layer(next)
        .oneshot(request)
        .await
    {
        Ok(response) => response,
        Err(never) => match never {},
    }
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
async fn xrpc_shaped(response: Response) -> Response {
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let status = response.status();
    let replacement = match status {
        StatusCode::PAYLOAD_TOO_LARGE if !is_json => {
            Some(("PayloadTooLarge", "request entity too large"))
        }
        StatusCode::METHOD_NOT_ALLOWED if !is_json => {
            Some(("InvalidRequest", "Incorrect HTTP method"))
        }
        StatusCode::UNSUPPORTED_MEDIA_TYPE if !is_json => {
            Some(("InvalidRequest", "Wrong content type"))
        }
        _ => None,
    };
    match replacement {
        Some((error, message)) => (
            status,
            axum::Json(serde_json::json!({"error": error, "message": message})),
        )
            .into_response(),
        None => response,
    }
}
