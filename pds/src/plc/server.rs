//! The PLC directory HTTP API (the reference directory's routes and response shapes) over a
//! [`Directory`], and `run` for the standalone `pds plc-serve`.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use lexgen::model::Datetime;
use serde::Deserialize;
use tokio::net::TcpListener;

use super::directory::{Directory, DirectoryError, Resolution};
use super::operation::SignedOperation;
use super::store::{ExportAfter, Store, StoreError};

/// Largest request body accepted (an operation is at most 4000 bytes of CBOR; JSON is a little
/// larger).
pub(crate) const MAX_BODY_BYTES: usize = 64 * 1024;
/// Most lines one `/export` page returns.
pub(crate) const MAX_EXPORT_COUNT: usize = 1000;

const JSON: &str = "application/json; charset=utf-8";
const DID_JSON: &str = "application/did+ld+json; charset=utf-8";
const JSON_LINES: &str = "application/jsonlines";

/// Where and what the standalone directory serves.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// SQLite file, or `:memory:`.
    pub db: PathBuf,
}

/// Why the standalone directory could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("could not open the PLC database: {0}")]
    Store(#[from] StoreError),
    #[error("could not listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Opens the store, listens, and serves until Ctrl-C or SIGTERM (finishing requests in flight).
pub async fn run(config: ServeConfig) -> Result<(), ServeError> {
    let directory = Arc::new(Directory::new(Store::open(&config.db)?));
    let listener = TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let local = listener.local_addr()?;
    tracing::info!(addr = %local, db = %config.db.display(), "PLC directory listening");
    serve(listener, directory, crate::shutdown::signal()).await?;
    tracing::info!("PLC directory stopped");
    Ok(())
}

/// Serves the API on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    directory: Arc<Directory>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(directory))
        .with_graceful_shutdown(shutdown)
        .await
}

/// The routes: `/_health`, `/export`, `/:did`, `/:did/data`, `/:did/log`, `/:did/log/audit`,
/// `/:did/log/last`, and `POST /:did`.
pub(crate) fn router(directory: Arc<Directory>) -> Router {
    Router::new()
        .route("/_health", get(health))
        .route("/export", get(export))
        .route("/{did}", get(document).post(submit))
        .route("/{did}/data", get(data))
        .route("/{did}/log", get(log))
        .route("/{did}/log/audit", get(audit_log))
        .route("/{did}/log/last", get(last_op))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(directory)
}

/// Whether `path` is one of the per-DID routes of [`router`] (`/did:plc:...`, `/did:plc:.../log` ...),
/// which a PDS embedding the directory also answers at its root, where resolvers built on
/// `new URL('/' + did, plcUrl)` (`@atproto/identity`) look for them.
pub(crate) fn is_did_path(path: &str) -> bool {
    let first = path
        .strip_prefix('/')
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default();
    // `@atproto/identity` writes the DID with `encodeURIComponent` (`did%3Aplc%3A...`).
    first.starts_with("did:plc:")
        || first
            .get(.."did%3Aplc%3A".len())
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("did%3Aplc%3A"))
}

type Dir = State<Arc<Directory>>;

/// An error response: `{"message": ...}` like the reference server.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "message": self.1 }).to_string();
        (self.0, [(header::CONTENT_TYPE, JSON)], body).into_response()
    }
}

impl From<DirectoryError> for ApiError {
    fn from(error: DirectoryError) -> ApiError {
        match error {
            DirectoryError::Rejected(e) => ApiError(StatusCode::BAD_REQUEST, e.to_string()),
            DirectoryError::Store(e) => {
                tracing::error!(error = %e, "PLC store failure");
                ApiError(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Internal Server Error".into(),
                )
            }
        }
    }
}

fn not_registered(did: &str) -> ApiError {
    ApiError(StatusCode::NOT_FOUND, format!("DID not registered: {did}"))
}

fn not_available(did: &str) -> ApiError {
    ApiError(StatusCode::GONE, format!("DID not available: {did}"))
}

fn json_response(content_type: &'static str, value: &impl serde::Serialize) -> Response {
    match serde_json::to_string(value) {
        Ok(body) => (StatusCode::OK, [(header::CONTENT_TYPE, content_type)], body).into_response(),
        Err(e) => ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// Runs blocking directory work off the async threads.
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, DirectoryError> + Send + 'static,
) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result.map_err(ApiError::from),
        Err(e) => Err(ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())),
    }
}

async fn health(State(directory): Dir) -> Response {
    let version = env!("CARGO_PKG_VERSION");
    match blocking(move || directory.health()).await {
        Ok(()) => json_response(JSON, &serde_json::json!({ "version": version })),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, JSON)],
            serde_json::json!({ "version": version, "error": "Service Unavailable" }).to_string(),
        )
            .into_response(),
    }
}

async fn resolve(directory: Arc<Directory>, did: String) -> Result<super::DocumentData, ApiError> {
    let key = did.clone();
    match blocking(move || directory.resolve(&key)).await? {
        Resolution::NotRegistered => Err(not_registered(&did)),
        Resolution::Tombstoned => Err(not_available(&did)),
        Resolution::Active(data) => Ok(data),
    }
}

async fn document(State(directory): Dir, Path(did): Path<String>) -> Result<Response, ApiError> {
    let data = resolve(directory, did).await?;
    Ok(json_response(DID_JSON, &data.to_did_document()))
}

async fn data(State(directory): Dir, Path(did): Path<String>) -> Result<Response, ApiError> {
    let data = resolve(directory, did).await?;
    Ok(json_response(JSON, &data))
}

async fn log(State(directory): Dir, Path(did): Path<String>) -> Result<Response, ApiError> {
    let key = did.clone();
    let entries = blocking(move || directory.entries(&key, false)).await?;
    if entries.is_empty() {
        return Err(not_registered(&did));
    }
    let ops: Vec<SignedOperation> = entries.into_iter().map(|e| e.operation).collect();
    Ok(json_response(JSON, &ops))
}

async fn audit_log(State(directory): Dir, Path(did): Path<String>) -> Result<Response, ApiError> {
    let key = did.clone();
    let entries = blocking(move || directory.entries(&key, true)).await?;
    if entries.is_empty() {
        return Err(not_registered(&did));
    }
    Ok(json_response(JSON, &entries))
}

async fn last_op(State(directory): Dir, Path(did): Path<String>) -> Result<Response, ApiError> {
    let key = did.clone();
    match blocking(move || directory.last(&key)).await? {
        Some(entry) => Ok(json_response(JSON, &entry.operation)),
        None => Err(not_registered(&did)),
    }
}

async fn submit(
    State(directory): Dir,
    Path(did): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    let json: serde_json::Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("Request body is not JSON: {e}"),
        )
    })?;
    let op = SignedOperation::from_json(&json)
        .map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
    let accepted = blocking(move || directory.submit(&did, op, Datetime::now())).await?;
    tracing::info!(cid = %accepted.cid, nullified = accepted.nullified.len(), "PLC operation accepted");
    Ok(StatusCode::OK.into_response())
}

#[derive(Deserialize)]
struct ExportParams {
    count: Option<String>,
    after: Option<String>,
}

async fn export(
    State(directory): Dir,
    Query(params): Query<ExportParams>,
) -> Result<Response, ApiError> {
    let bad = |message: &str| ApiError(StatusCode::BAD_REQUEST, message.to_owned());
    let count = match params.count.as_deref() {
        None => MAX_EXPORT_COUNT,
        Some(text) => match text.parse::<usize>() {
            Ok(n) if n >= 1 => n.min(MAX_EXPORT_COUNT),
            _ => return Err(bad("Invalid count parameter")),
        },
    };
    let after = match params.after.as_deref() {
        None | Some("") => ExportAfter::Start,
        Some(text) => match text.parse::<i64>() {
            Ok(seq) if seq >= 0 => ExportAfter::Seq(seq),
            Ok(_) => return Err(bad("Invalid after parameter")),
            Err(_) => ExportAfter::Time(text.parse::<Datetime>().map_err(|_| {
                bad("Invalid after parameter: expected a sequence number or a datetime")
            })?),
        },
    };
    let sequenced = matches!(after, ExportAfter::Seq(_));
    let rows = blocking(move || directory.export(&after, count)).await?;
    let mut body = String::new();
    for (i, (seq, entry)) in rows.into_iter().enumerate() {
        if i > 0 {
            body.push('\n');
        }
        let mut line = serde_json::to_value(&entry)
            .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
        if sequenced && let Some(object) = line.as_object_mut() {
            object.insert("type".into(), "sequenced_op".into());
            object.insert("seq".into(), seq.into());
        }
        body.push_str(&line.to_string());
    }
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, JSON_LINES)], body).into_response())
}
