//! The `com.atproto.sync` read endpoints on the generated [`Service`] trait, over [`Repositories`] and the
//! [`crate::hosting`] interface, and [`router`]: those routes plus the firehose WebSocket, ready to mount.
//!
//! Relay-only endpoints (`requestCrawl`, `notifyOfUpdate`, `getHostStatus`, `listHosts`) answer 501
//! `MethodNotImplemented`, as the reference PDS does for methods it does not serve.

mod access;
mod blob_headers;
mod cars;
mod lists;
mod service;
mod stream_blob;
mod stream_repo;

use std::sync::Arc;

use axum::Router;
use axum::extract::FromRequestParts;
use lexicons::com::atproto::sync::Service;

use crate::firehose::Firehose;
use crate::hosting::{AccountSource, BlobSource};
use crate::repository::Repositories;

/// The sync endpoints of one server. `H` is the host: the account store and the blob store.
pub struct SyncService<H> {
    repos: Repositories,
    host: H,
}

impl<H: AccountSource + BlobSource> SyncService<H> {
    pub fn new(repos: Repositories, host: H) -> Self {
        Self { repos, host }
    }
}

/// The sync routes (the generated `com.atproto.sync` router over `service`, with `getBlob`'s safety headers and
/// streaming `getRepo` and `getBlob` for active accounts) and `subscribeRepos` over `firehose`.
pub fn router<H, St>(service: Arc<SyncService<H>>, firehose: Firehose) -> Router<St>
where
    H: AccountSource + BlobSource,
    H::Ctx: FromRequestParts<St>,
    SyncService<H>: Service<H::Ctx>,
    St: Clone + Send + Sync + 'static,
{
    let streaming = service.clone();
    let streaming_blobs = service.clone();
    lexicons::com::atproto::sync::router::<_, H::Ctx, St>(service)
        .layer(axum::middleware::from_fn(move |request, next| {
            stream_blob::intercept(streaming_blobs.clone(), request, next)
        }))
        .layer(axum::middleware::from_fn(blob_headers::add))
        .layer(axum::middleware::from_fn(move |request, next| {
            stream_repo::intercept(streaming.clone(), request, next)
        }))
        .route(crate::firehose::PATH, crate::firehose::route(firehose))
}
