//! The request text of record writes: the generated handler decodes the body into the endpoint's `Input`
//! (which the record's DAG-CBOR is encoded from), and the record's own JSON text, found in the same bytes
//! without building anything, goes to the validator's text fast path.

use std::convert::Infallible;

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use lexicons::server::BodySlot;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The body bytes of a record write, once the generated handler has read them (none for other requests):
/// a shared buffer, not a copy.
#[derive(Clone, Debug, Default)]
pub struct RawBody(BodySlot);

impl<S: Send + Sync> FromRequestParts<S> for RawBody {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(RawBody(
            parts
                .extensions
                .get::<BodySlot>()
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
/// the parameters and the caller, as always), for [`RawBody`].
pub async fn keep(mut request: Request, next: Next) -> Response {
    if carries_records(request.uri().path()) {
        request.extensions_mut().insert(BodySlot::default());
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
    fn bytes(&self) -> &[u8] {
        self.0.get().map_or(&[], |bytes| bytes)
    }

    /// The text of `record` in a createRecord / putRecord body (`None` if it cannot be found).
    pub fn record(&self) -> Option<&str> {
        serde_json::from_slice::<RecordBody<'_>>(self.bytes())
            .ok()
            .map(|body| body.record.get())
    }

    /// The text of each write's `value` in an applyWrites body, in order (empty if they cannot be found).
    pub fn write_values(&self) -> Vec<Option<&str>> {
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
