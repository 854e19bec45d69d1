//! The request text of record writes: the generated handler decodes the body into the endpoint's `Input`
//! (which the record's DAG-CBOR is encoded from), and the record's own JSON text, found in the same bytes
//! without building anything, goes to the validator's text fast path.

use std::convert::Infallible;

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::value::RawValue;

/// The body bytes of a record write (empty for other requests): a shared buffer, not a copy.
#[derive(Clone, Debug, Default)]
pub struct RawBody(pub Bytes);

impl<S: Send + Sync> FromRequestParts<S> for RawBody {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<RawBody>()
            .cloned()
            .unwrap_or_default())
    }
}

/// Whether `path` is a record write whose body carries records.
fn carries_records(path: &str) -> bool {
    matches!(
        path.strip_prefix("/xrpc/"),
        Some(
            "com.atproto.repo.createRecord"
                | "com.atproto.repo.putRecord"
                | "com.atproto.repo.applyWrites"
        )
    )
}

/// Reads a record write's body (within the endpoint's body limit) and keeps a handle to it in the
/// request's extensions, for [`RawBody`]; the handler reads the same buffer.
pub async fn keep(request: Request, next: Next) -> Response {
    if !carries_records(request.uri().path()) {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    // The body limit travels in the extensions (`DefaultBodyLimit`).
    let mut limited = Request::new(body);
    *limited.extensions_mut() = parts.extensions.clone();
    let bytes = match Bytes::from_request(limited, &()).await {
        Ok(bytes) => bytes,
        Err(rejection) => return rejection.into_response(),
    };
    parts.extensions.insert(RawBody(bytes.clone()));
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

#[derive(Deserialize)]
struct RecordBody<'a> {
    #[serde(borrow)]
    record: &'a RawValue,
}

#[derive(Deserialize)]
struct WritesBody<'a> {
    #[serde(borrow)]
    writes: Vec<WriteItem<'a>>,
}

#[derive(Deserialize)]
struct WriteItem<'a> {
    #[serde(borrow, default)]
    value: Option<&'a RawValue>,
}

impl RawBody {
    /// The text of `record` in a createRecord / putRecord body (`None` if it cannot be found).
    pub fn record(&self) -> Option<&str> {
        serde_json::from_slice::<RecordBody<'_>>(&self.0)
            .ok()
            .map(|body| body.record.get())
    }

    /// The text of each write's `value` in an applyWrites body, in order (empty if they cannot be found).
    pub fn write_values(&self) -> Vec<Option<&str>> {
        serde_json::from_slice::<WritesBody<'_>>(&self.0)
            .map(|body| {
                body.writes
                    .into_iter()
                    .map(|w| w.value.map(RawValue::get))
                    .collect()
            })
            .unwrap_or_default()
    }
}
