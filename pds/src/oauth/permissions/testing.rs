//! A test hook: an OAuth grant attached to an in-process request as a request extension, which nothing
//! on the network can set (extensions are Rust values that only in-process code inserts), so tests can
//! drive the router as an OAuth session without the authorization server's token path.

use std::sync::Arc;

use axum::http::request::Parts;

use crate::auth::OAuthGrant;

/// Insert into a request's extensions (in-process tests only) to make its access session an OAuth one.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct TestGrant(pub Arc<OAuthGrant>);

/// The grant a test attached to the request, if any.
pub(crate) fn grant(parts: &Parts) -> Option<Arc<OAuthGrant>> {
    parts.extensions.get::<TestGrant>().map(|g| g.0.clone())
}
