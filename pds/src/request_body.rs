//! Request bodies are read here, before any handler: the endpoint's size limit (a declared `Content-Length`
//! over it is refused unread), `Content-Encoding` decoded (gzip, deflate, br; the limit is on the decoded
//! size, so a compression bomb stops at the limit), an idle timeout between reads and a total one, each
//! failure an XRPC error (408, 413, 415, 400). Handlers get the whole body in memory.

use std::convert::Infallible;
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::{BodyExt as _, LengthLimitError, Limited};
use tower::ServiceExt as _;
use tower_http::decompression::RequestDecompression;
use tower_http::timeout::{TimeoutBody, TimeoutError};

use crate::app::AppState;
use crate::auth::extractor::Verified;
use crate::auth::policy::{Method, policy};

/// Body limit of endpoints not listed otherwise.
const DEFAULT_BODY_LIMIT: usize = 150 * 1024;

/// How request bodies are read: the limits per endpoint and the timeouts.
#[derive(Clone, Copy)]
pub(crate) struct BodyRules {
    records: usize,
    blob: usize,
    import: usize,
    /// Longest wait for the next piece of a body.
    idle: Duration,
    /// Longest time to read a whole body.
    total: Duration,
}

impl BodyRules {
    pub(crate) fn new(config: &crate::config::Config) -> Self {
        let bytes = |limit: u64| usize::try_from(limit).unwrap_or(usize::MAX);
        BodyRules {
            records: config.json_limit,
            blob: bytes(config.blob_upload_limit),
            import: bytes(config.import_limit()),
            idle: Duration::from_millis(config.connections.body_timeout_ms),
            total: Duration::from_millis(config.connections.request_timeout_ms),
        }
    }

    /// The largest body accepted at `path`: record writes, blob uploads, repository imports and the embedded
    /// PLC directory have their own.
    fn limit(&self, path: &str) -> usize {
        if path.starts_with("/plc/") {
            return crate::plc::server::MAX_BODY_BYTES;
        }
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

/// The middleware: reads the body under `rules`, then runs the rest of the stack with it in memory.
/// The caller of an XRPC method is verified first, as the reference does before reading a body: a caller
/// refused there gets its 401 at once, whatever the body (its verdict is passed on to the `Auth` extractor).
pub(crate) async fn read(
    rules: BodyRules,
    app: AppState,
    request: Request,
    next: Next,
) -> Response {
    use axum::body::HttpBody as _;
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let method = parts
        .uri
        .path()
        .strip_prefix("/xrpc/")
        .and_then(Method::from_nsid);
    if let Some(method) = method {
        match crate::auth::extractor::verify(&parts, &app, policy(method), method.nsid()).await {
            Ok(auth) => {
                parts.extensions.insert(Verified(auth));
            }
            Err(refused) => return refused.into_response(),
        }
    }
    let limit = rules.limit(parts.uri.path());
    if body.size_hint().lower() > limit as u64 {
        return too_large();
    }
    if normalize_encoding(&mut parts.headers).is_err() {
        return unsupported_encoding();
    }
    let request = Request::from_parts(parts, TimeoutBody::new(rules.idle, body));
    let collect = tower::service_fn(move |request: Request<_>| {
        let next = next.clone();
        async move {
            let (parts, body) = request.into_parts();
            let read = tokio::time::timeout(rules.total, Limited::new(body, limit).collect()).await;
            let response = match read {
                Ok(Ok(collected)) => {
                    let body = Body::from(collected.to_bytes());
                    next.run(Request::from_parts(parts, body)).await
                }
                Ok(Err(error)) => refusal(&*error),
                Err(_) => timed_out(),
            };
            Ok::<_, Infallible>(response)
        }
    });
    match RequestDecompression::new(collect).oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    }
}

/// Rewrites `Content-Encoding` as the decompression layer reads it (one of `gzip`, `deflate`, `br`, or
/// none), accepting what the reference does (any case, `x-gzip`, `identity`); anything else is 415. Stacked
/// codings (`gzip, br`) are refused too.
fn normalize_encoding(headers: &mut HeaderMap) -> Result<(), UnsupportedEncoding> {
    let mut codings = Vec::new();
    for value in headers.get_all(header::CONTENT_ENCODING) {
        let text = value.to_str().map_err(|_| UnsupportedEncoding)?;
        for coding in text.split(',').map(|c| c.trim().to_ascii_lowercase()) {
            match coding.as_str() {
                "identity" => {}
                "gzip" | "x-gzip" => codings.push("gzip"),
                "deflate" => codings.push("deflate"),
                "br" => codings.push("br"),
                _ => return Err(UnsupportedEncoding),
            }
        }
    }
    match codings[..] {
        [] => {
            headers.remove(header::CONTENT_ENCODING);
        }
        [coding] => {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        _ => return Err(UnsupportedEncoding),
    }
    Ok(())
}

/// A `Content-Encoding` the decompression layer cannot undo.
struct UnsupportedEncoding;

/// The answer to a body that could not be read: too large once decoded, idle too long, or broken (a
/// connection closed early, data that does not decode).
fn refusal(error: &(dyn std::error::Error + 'static)) -> Response {
    if caused_by::<LengthLimitError>(error) {
        too_large()
    } else if caused_by::<TimeoutError>(error) {
        timed_out()
    } else {
        tracing::debug!(%error, "request body unreadable");
        xrpc_error(
            StatusCode::BAD_REQUEST,
            "InvalidRequest",
            "Request body could not be read or decoded",
        )
    }
}

/// Whether `error` or one of its causes is a `T` (looking inside `io::Error`s, whose `source` skips the
/// error they wrap).
fn caused_by<T: std::error::Error + 'static>(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut next = Some(error);
    while let Some(error) = next {
        if error.is::<T>() {
            return true;
        }
        next = match error.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as _),
            None => error.source(),
        };
    }
    false
}

fn too_large() -> Response {
    xrpc_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "PayloadTooLarge",
        "request entity too large",
    )
}

fn timed_out() -> Response {
    xrpc_error(
        StatusCode::REQUEST_TIMEOUT,
        "RequestTimeout",
        "Request body was not received in time",
    )
}

fn unsupported_encoding() -> Response {
    xrpc_error(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "UnsupportedMediaType",
        "unsupported content-encoding",
    )
}

/// A refusal before the handler: the request is not read further, so the connection is closed after it.
fn xrpc_error(status: StatusCode, error: &str, message: &str) -> Response {
    let mut response = (
        status,
        axum::Json(serde_json::json!({"error": error, "message": message})),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}
