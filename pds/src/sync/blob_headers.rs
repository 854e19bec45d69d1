//! The headers `getBlob` responses carry so a browser never runs or sniffs user content: `nosniff`, a
//! sandboxing CSP, and attachment disposition.

use axum::extract::Request;
use axum::http::HeaderValue;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_SECURITY_POLICY, X_CONTENT_TYPE_OPTIONS};
use axum::middleware::Next;
use axum::response::Response;

const GET_BLOB: &str = "/xrpc/com.atproto.sync.getBlob";

pub(super) async fn add(request: Request, next: Next) -> Response {
    let blob = request.uri().path() == GET_BLOB;
    let mut response = next.run(request).await;
    if blob && response.status().is_success() {
        let headers = response.headers_mut();
        headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; sandbox"),
        );
        headers.insert(CONTENT_DISPOSITION, HeaderValue::from_static("attachment"));
    }
    response
}
