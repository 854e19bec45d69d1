//! The request text of record writes: the generated handler decodes the body into the endpoint's `Input`
//! (which the record's DAG-CBOR is encoded from), and the record's own JSON text, found in the same bytes
//! without building anything, goes to the validator's text fast path. An uploadBlob body is not read by
//! the generated handler at all: it is set aside here and streamed by the handler into the blob store.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use lexicons::server::BodySlot;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The body bytes of a record write, once the generated handler has read them (none for other requests):
/// a shared buffer, not a copy. For uploadBlob, the body itself, unread.
#[derive(Clone, Debug, Default)]
pub(crate) struct RawBody(BodySlot, UploadBody);

/// An uploadBlob body set aside before the generated handler runs (which then reads an empty one).
#[derive(Clone, Debug, Default)]
struct UploadBody(Arc<Mutex<Option<Body>>>);

impl<S: Send + Sync> FromRequestParts<S> for RawBody {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(RawBody(
            parts
                .extensions
                .get::<BodySlot>()
                .cloned()
                .unwrap_or_default(),
            parts
                .extensions
                .get::<UploadBody>()
                .cloned()
                .unwrap_or_default(),
        ))
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

/// Gives a record write a [`BodySlot`], which the generated handler fills with the body it reads (after
/// the parameters and the caller, as always), for [`RawBody`]; sets an upload's body aside, for
/// [`RawBody::take_upload`] (read after the parameters and the caller too, by the handler).
pub(crate) async fn keep(mut request: Request, next: Next) -> Response {
    if carries_records(request.uri().path()) {
        request.extensions_mut().insert(BodySlot::default());
    }
    if request.uri().path() == "/xrpc/com.atproto.repo.uploadBlob" {
        let (mut parts, body) = request.into_parts();
        parts
            .extensions
            .insert(UploadBody(Arc::new(Mutex::new(Some(body)))));
        request = Request::from_parts(parts, Body::empty());
    }
    next.run(request).await
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
    /// The uploadBlob body set aside for streaming (once; `None` for other requests).
    pub(crate) fn take_upload(&self) -> Option<Body> {
        self.1
            .0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
    }

    fn bytes(&self) -> &[u8] {
        self.0.get().map_or(&[], |bytes| bytes)
    }

    /// The text of `record` in a createRecord / putRecord body (`None` if it cannot be found).
    pub(crate) fn record(&self) -> Option<&str> {
        serde_json::from_slice::<RecordBody<'_>>(self.bytes())
            .ok()
            .map(|body| body.record.get())
    }

    /// The text of each write's `value` in an applyWrites body, in order (empty if they cannot be found).
    pub(crate) fn write_values(&self) -> Vec<Option<&str>> {
        serde_json::from_slice::<WritesBody<'_>>(self.bytes())
            .map(|body| {
                body.writes
                    .into_iter()
                    .map(|w| w.value.map(RawValue::get))
                    .collect()
            })
            .unwrap_or_default()
    }
}
