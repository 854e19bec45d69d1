//! Request bodies as handlers read them: the endpoint's size limit (a declared `Content-Length` over it is
//! refused without reading a byte), `Content-Encoding` decoded (gzip, deflate, br; the limit is on the
//! decoded size, so a compression bomb stops at the limit), an idle timeout between reads and a total one.
//! Nothing is read here: the body is wrapped, and whatever goes wrong while the handler reads it (after
//! checking the parameters and the caller, as the reference does) is a [`BodyRefused`] error that the
//! handler answers as an XRPC error (408, 413, 415, 400).

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use hyper::body::{Frame, SizeHint};
use lexicons::server::BodyRefused;
use tower::ServiceExt as _;
use tower_http::decompression::RequestDecompression;
use tower_http::timeout::{TimeoutBody, TimeoutError};

use crate::auth::Method;

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

    /// The largest body accepted at `path`, by the input its lexicon declares: binary (`*/*`, blob uploads)
    /// and CAR files (repository imports) have their own, JSON written into a repository (`com.atproto.repo`
    /// writes) the records' one; the embedded PLC directory limits its bodies itself (its own 413), so only
    /// the timeouts apply.
    fn limit(&self, path: &str) -> usize {
        if path.starts_with("/plc/") {
            return usize::MAX;
        }
        let Some(method) = path.strip_prefix("/xrpc/").and_then(Method::from_nsid) else {
            return DEFAULT_BODY_LIMIT;
        };
        match (method, method.input_encoding()) {
            (_, Some(BINARY)) => self.blob,
            (_, Some(CAR)) => self.import,
            (Method::Repo(_), Some(JSON)) => self.records,
            _ => DEFAULT_BODY_LIMIT,
        }
    }
}

/// The input encodings with limits of their own, as lexicons spell them.
const BINARY: &str = "*/*";
const CAR: &str = "application/vnd.ipld.car";
const JSON: &str = "application/json";

/// The middleware: wraps the request body under `rules` and runs the rest of the stack with it.
pub(crate) async fn read(rules: BodyRules, request: Request, next: Next) -> Response {
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let limit = rules.limit(request.uri().path());
    let (mut parts, body) = request.into_parts();
    let refused = if body.size_hint().lower() > limit as u64 {
        Some(too_large())
    } else if normalize_encoding(&mut parts.headers).is_err() {
        parts.headers.remove(header::CONTENT_ENCODING);
        Some(unsupported_encoding())
    } else {
        None
    };
    if let Some(refused) = refused {
        // The first read fails; until then nothing of the body is read.
        let body = Body::new(Refused(Some(refused)));
        return closing(next.run(Request::from_parts(parts, body)).await);
    }
    let finished = Arc::new(AtomicBool::new(false));
    let request = Request::from_parts(parts, TimeoutBody::new(rules.idle, body));
    let read_to_end = finished.clone();
    let inner = tower::service_fn(move |request: Request<_>| {
        let next = next.clone();
        let finished = read_to_end.clone();
        async move {
            let request =
                request.map(|body| Body::new(Bounded::new(body, limit, rules.total, finished)));
            Ok::<_, Infallible>(next.run(request).await)
        }
    });
    let response = match RequestDecompression::new(inner).oneshot(request).await {
        Ok(response) => response.map(Body::new),
        Err(never) => match never {},
    };
    if finished.load(Ordering::Relaxed) {
        response
    } else {
        closing(response)
    }
}

/// The answer to a request whose body was not read to its end (refused, or not needed): the rest of it
/// is not read either, so the connection closes after the answer, and says so.
fn closing(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
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

/// A body refused before any of it was read.
struct Refused(Option<BodyRefused>);

impl HttpBody for Refused {
    type Data = Bytes;
    type Error = BodyRefused;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BodyRefused>>> {
        Poll::Ready(self.0.take().map(Err))
    }
}

/// A (decoded) body held to a size limit and a total read time, its errors turned into refusals.
struct Bounded<B> {
    inner: Pin<Box<B>>,
    limit: usize,
    read: usize,
    total: Duration,
    /// Started by the first read.
    deadline: Option<Pin<Box<tokio::time::Sleep>>>,
    /// Set when the body has been read to its end.
    finished: Arc<AtomicBool>,
}

impl<B> Bounded<B> {
    fn new(inner: B, limit: usize, total: Duration, finished: Arc<AtomicBool>) -> Self {
        Bounded {
            inner: Box::pin(inner),
            limit,
            read: 0,
            total,
            deadline: None,
            finished,
        }
    }
}

impl<B> HttpBody for Bounded<B>
where
    B: HttpBody<Data = Bytes>,
    B::Error: Into<tower_http::BoxError>,
{
    type Data = Bytes;
    type Error = BodyRefused;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BodyRefused>>> {
        let this = &mut *self;
        let total = this.total;
        let deadline = this
            .deadline
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(total)));
        if deadline.as_mut().poll(cx).is_ready() {
            return Poll::Ready(Some(Err(timed_out())));
        }
        match ready!(this.inner.as_mut().poll_frame(cx)) {
            None => {
                this.finished.store(true, Ordering::Relaxed);
                Poll::Ready(None)
            }
            Some(Err(error)) => Poll::Ready(Some(Err(refusal(&*error.into())))),
            Some(Ok(frame)) => {
                this.read += frame.data_ref().map_or(0, Bytes::len);
                if this.read > this.limit {
                    return Poll::Ready(Some(Err(too_large())));
                }
                Poll::Ready(Some(Ok(frame)))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Why a body could not be read: idle too long, or broken (a connection closed early, data that does not
/// decode).
fn refusal(error: &(dyn std::error::Error + 'static)) -> BodyRefused {
    if caused_by::<TimeoutError>(error) {
        timed_out()
    } else {
        tracing::debug!(%error, "request body unreadable");
        BodyRefused {
            status: StatusCode::BAD_REQUEST,
            error: "InvalidRequest",
            message: "Request body could not be read or decoded".into(),
        }
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

fn too_large() -> BodyRefused {
    BodyRefused {
        status: StatusCode::PAYLOAD_TOO_LARGE,
        error: "PayloadTooLarge",
        message: "request entity too large".into(),
    }
}

fn timed_out() -> BodyRefused {
    BodyRefused {
        status: StatusCode::REQUEST_TIMEOUT,
        error: "RequestTimeout",
        message: "Request body was not received in time".into(),
    }
}

fn unsupported_encoding() -> BodyRefused {
    BodyRefused {
        status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
        error: "UnsupportedMediaType",
        message: "unsupported content-encoding".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(values: &[&str]) -> Option<Option<String>> {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(header::CONTENT_ENCODING, HeaderValue::from_str(value).ok()?);
        }
        normalize_encoding(&mut headers).ok()?;
        Some(
            headers
                .get(header::CONTENT_ENCODING)
                .map(|v| v.to_str().unwrap_or_default().to_owned()),
        )
    }

    #[test]
    fn encodings_are_read_as_the_reference_reads_them() {
        assert_eq!(normalized(&[]), Some(None));
        assert_eq!(normalized(&["identity"]), Some(None));
        for gzip in ["gzip", "GZIP", " x-gzip ", "identity, gzip"] {
            assert_eq!(normalized(&[gzip]), Some(Some("gzip".into())), "{gzip}");
        }
        assert_eq!(normalized(&["Deflate"]), Some(Some("deflate".into())));
        assert_eq!(normalized(&["br"]), Some(Some("br".into())));
        assert_eq!(normalized(&["identity", "br"]), Some(Some("br".into())));
        for refused in [
            &["zstd"][..],
            &["gzip, br"],
            &["gzip", "gzip"],
            &["bogus"],
            &["gzip;q=1"],
        ] {
            assert_eq!(normalized(refused), None, "{refused:?}");
        }
    }

    #[test]
    fn limits_follow_the_endpoint() {
        let config = crate::config::Config {
            json_limit: 10,
            blob_upload_limit: 20,
            repo_import_limit: Some(30),
            ..Default::default()
        };
        let rules = BodyRules::new(&config);
        assert_eq!(rules.limit("/xrpc/com.atproto.repo.applyWrites"), 10);
        assert_eq!(rules.limit("/xrpc/com.atproto.repo.uploadBlob"), 20);
        assert_eq!(rules.limit("/xrpc/com.atproto.repo.importRepo"), 30);
        assert_eq!(
            rules.limit("/xrpc/com.atproto.server.createSession"),
            DEFAULT_BODY_LIMIT
        );
        assert_eq!(rules.limit("/xrpc/com.atproto.repo.createRecord"), 10);
        assert_eq!(rules.limit("/xrpc/com.atproto.repo.deleteRecord"), 10);
        assert_eq!(
            rules.limit("/xrpc/app.bsky.actor.putPreferences"),
            DEFAULT_BODY_LIMIT
        );
        assert_eq!(
            rules.limit("/xrpc/app.bsky.video.uploadVideo"),
            DEFAULT_BODY_LIMIT
        );
        assert_eq!(rules.limit("/oauth/par"), DEFAULT_BODY_LIMIT);
        assert_eq!(rules.limit("/plc/did:plc:x"), usize::MAX);
    }
}
