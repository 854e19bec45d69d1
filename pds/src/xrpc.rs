//! Mounting a single generated endpoint with its handler (decoding, validation and error bodies come from
//! `lexicons::server`), and the error constructors handlers share.

use std::future::Future;

use axum::Router;
use lexgen::xrpc::{Endpoint, XrpcError};

use crate::app::{App, AppState};
use crate::auth::Auth;

/// Mounts endpoint `E` at `/xrpc/<NSID>` with `handler`, for endpoints served one by one (those of a
/// namespace this server serves only in part, such as `app.bsky.actor`'s preferences). The auth decision
/// comes from [`crate::auth::policy`] through the [`Auth`] extractor.
pub(crate) fn mount<E, F, Fut>(
    router: Router<AppState>,
    app: &AppState,
    handler: F,
) -> Router<AppState>
where
    E: Endpoint + 'static,
    E::Input: 'static,
    F: Fn(AppState, Auth, E::Params, E::Input) -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<E::Output, XrpcError<E::Error>>> + Send,
{
    let route = lexicons::server::handler::<E, App, Auth, AppState, _, _>(app.clone(), handler);
    router.route(&format!("/xrpc/{}", E::NSID), route)
}

/// A server-side failure: logged with its cause, sent as a bare 500.
pub(crate) fn internal<E>(cause: impl std::fmt::Display) -> XrpcError<E> {
    tracing::error!(%cause, "request failed");
    XrpcError::Internal(cause.to_string())
}

/// A named 400 error that is not among the endpoint's declared ones (the wire shape is the same).
pub(crate) fn named<E>(name: &str, message: impl Into<String>) -> XrpcError<E> {
    XrpcError::Other {
        status: 400,
        name: name.to_owned(),
        message: message.into(),
    }
}

/// `InvalidRequest`.
/// A `cid`-format value (kept as written by the generated types) as a blessed CID, or `InvalidRequest`.
pub(crate) fn blessed<E>(
    cid: &lexgen::model::CidString,
) -> Result<lexgen::model::Cid, XrpcError<E>> {
    cid.to_cid()
        .map_err(|e| XrpcError::InvalidRequest(format!("invalid CID {cid}: {e}")))
}

/// [`blessed`] for an optional value.
pub(crate) fn blessed_opt<E>(
    cid: Option<&lexgen::model::CidString>,
) -> Result<Option<lexgen::model::Cid>, XrpcError<E>> {
    cid.map(blessed).transpose()
}

pub(crate) fn invalid<E>(message: impl Into<String>) -> XrpcError<E> {
    XrpcError::InvalidRequest(message.into())
}

/// 429 `RateLimitExceeded`, naming the limit (as the reference's message does).
pub(crate) fn rate_limited<E>(limit: &str) -> XrpcError<E> {
    XrpcError::Other {
        status: 429,
        name: "RateLimitExceeded".into(),
        message: format!("Rate Limit Exceeded ({limit})"),
    }
}

/// 401 `AuthenticationRequired`.
pub(crate) fn unauthorized<E>(message: impl Into<String>) -> XrpcError<E> {
    XrpcError::AuthenticationRequired(message.into())
}

/// The account of an access session (the policy guarantees one; anything else is a server bug).
pub(crate) fn session<E>(
    auth: &Auth,
) -> Result<(&lexgen::model::Did, &crate::storage::accounts::Account), XrpcError<E>> {
    auth.account()
        .ok_or_else(|| internal("endpoint needs an access session but got none"))
}

/// Resolves `repo` (a DID or handle) to a hosted account.
pub(crate) async fn hosted_account<E>(
    app: &App,
    repo: &lexgen::model::AtIdentifier,
) -> Result<Option<crate::storage::accounts::Account>, XrpcError<E>> {
    let (key, by_did) = match repo {
        lexgen::model::AtIdentifier::Did(did) => (did.to_string(), true),
        lexgen::model::AtIdentifier::Handle(handle) => (handle.to_string(), false),
    };
    app.storage
        .read(move |conn| {
            if by_did {
                crate::storage::accounts::account_by_did(conn, &key)
            } else {
                crate::storage::accounts::account_by_handle(conn, &key)
            }
        })
        .await
        .map_err(internal)
}
