//! Streaming `getBlob`: for an active account (the public, common case) the blob streams from the store
//! into the response, so a large blob never sits in memory. Anything else (bad parameters, unknown or
//! inactive accounts, a blob that is not there, a store that fails before the first byte) goes on to the
//! generated handler, which checks access and answers with the right error. No `Range` support: the
//! reference has none either.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Query, Request};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lexgen::xrpc::Params;
use lexicons::com::atproto::sync::get_blob;

use super::SyncService;
use crate::hosting::{AccountSource, AccountStatus, BlobSource};

const GET_BLOB: &str = "/xrpc/com.atproto.sync.getBlob";

pub(super) async fn intercept<H: AccountSource + BlobSource>(
    service: Arc<SyncService<H>>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET || request.uri().path() != GET_BLOB {
        return next.run(request).await;
    }
    let params = Query::<Vec<(String, String)>>::try_from_uri(request.uri())
        .ok()
        .and_then(|Query(pairs)| get_blob::Params::from_pairs(&pairs).ok());
    let Some(params) = params else {
        return next.run(request).await;
    };
    let Ok(cid) = params.cid.to_cid() else {
        return next.run(request).await;
    };
    if service.host.status(&params.did).await != Some(AccountStatus::Active) {
        return next.run(request).await;
    }
    match service.host.blob_body(&params.did, &cid).await {
        Ok(Some(blob)) => (
            [
                (header::CONTENT_TYPE, blob.mime_type),
                (header::CONTENT_LENGTH, blob.len.to_string()),
            ],
            Body::from_stream(blob.stream),
        )
            .into_response(),
        Ok(None) | Err(_) => next.run(request).await,
    }
}
