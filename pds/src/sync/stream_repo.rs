//! Streaming `getRepo`: for an active account (the public, common case) the CAR is written by a blocking
//! export straight into the response in 64 KiB chunks, so a large repository never sits in memory. Anything
//! else (bad parameters, unknown or inactive accounts, whose answer depends on the caller) goes on to the
//! generated handler, which checks access and answers with the right error.

use std::io;
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::{Query, Request};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use lexgen::model::{Did, Tid};
use lexgen::xrpc::Params;
use lexicons::com::atproto::sync::get_repo;
use tokio::sync::mpsc;

use super::SyncService;
use crate::hosting::{AccountSource, AccountStatus, BlobSource};
use crate::repository::Repositories;

const GET_REPO: &str = "/xrpc/com.atproto.sync.getRepo";
const CHUNK: usize = 64 * 1024;
/// Chunks in flight between the export thread and the socket.
const IN_FLIGHT: usize = 4;

type Chunk = Result<Bytes, io::Error>;

pub(super) async fn intercept<H: AccountSource + BlobSource>(
    service: Arc<SyncService<H>>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::GET || request.uri().path() != GET_REPO {
        return next.run(request).await;
    }
    let params = Query::<Vec<(String, String)>>::try_from_uri(request.uri())
        .ok()
        .and_then(|Query(pairs)| get_repo::Params::from_pairs(&pairs).ok());
    let Some(params) = params else {
        return next.run(request).await;
    };
    if service.host.status(&params.did).await != Some(AccountStatus::Active) {
        return next.run(request).await;
    }
    match stream(service.repos.clone(), params.did, params.since).await {
        Some(response) => response,
        None => next.run(request).await,
    }
}

/// Starts the export; `None` if it failed before writing anything (the generated handler then reports it).
async fn stream(repos: Repositories, did: Did, since: Option<Tid>) -> Option<Response> {
    let (chunks, mut receiver) = mpsc::channel::<Chunk>(IN_FLIGHT);
    tokio::task::spawn_blocking(move || {
        let mut out = ChannelWriter {
            chunks: chunks.clone(),
            buffer: Vec::with_capacity(CHUNK),
        };
        if let Err(error) = repos.export_blocking(&did, since, &mut out) {
            // Cut the response short rather than end a truncated CAR cleanly.
            let _ = chunks.blocking_send(Err(io::Error::other(error.to_string())));
        }
    });
    let first = receiver.recv().await?.ok()?;
    let rest = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    });
    let body = futures_util::StreamExt::chain(futures_util::stream::iter([Ok(first)]), rest);
    Some(
        (
            [(header::CONTENT_TYPE, "application/vnd.ipld.car")],
            Body::from_stream(body),
        )
            .into_response(),
    )
}

/// An `io::Write` that hands full chunks to the response; fails once the client has gone.
struct ChannelWriter {
    chunks: mpsc::Sender<Chunk>,
    buffer: Vec<u8>,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(
            &mut self.buffer,
            Vec::with_capacity(CHUNK),
        ));
        self.chunks
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl io::Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK {
            self.send()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}
