//! The accept loop: every connection is served by hyper's HTTP/1 with the configured header limits and
//! timeouts (see [`super::head_timer`]), upgrades allowed (the firehose's WebSocket), at most
//! `max_connections_per_ip` at a time per client address (more are answered 429 and closed), and a graceful
//! shutdown that stops accepting and lets the requests in flight finish.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tower::ServiceExt as _;

use super::head_timer::{Clock, HeadTimer, Watched};
use super::per_ip::{PerIp, Slot};
use crate::config::Connections;

/// Serves `router` on `listener` until `shutdown`, then waits for the open connections to finish.
pub(super) async fn serve(
    listener: TcpListener,
    router: Router,
    limits: Connections,
    shutdown: impl Future<Output = ()>,
) {
    let per_ip = PerIp::new(limits.max_connections_per_ip);
    // Each connection holds a receiver: shutdown is signalled through it, and is over when all are gone.
    let (stop, _) = watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    accept_failed(error).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Without TCP_NODELAY, Nagle's algorithm holds back the tail of streamed responses (getRepo) by ~40 ms.
        let _ = tcp.set_nodelay(true);
        match per_ip.take(peer.ip()) {
            Some(slot) => {
                let router = router.clone();
                // Connection info: the firehose lists each subscriber's address.
                let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                    let mut request = request.map(axum::body::Body::new);
                    request.extensions_mut().insert(ConnectInfo(peer));
                    router.clone().oneshot(request)
                });
                let (io, builder) = connection(tcp, Some(slot), &limits);
                let conn = builder.serve_connection(io, service).with_upgrades();
                tokio::spawn(drive(conn, stop.subscribe(), peer));
            }
            None => {
                tracing::debug!(%peer, "too many connections from this address");
                let service =
                    hyper::service::service_fn(|_| async { Ok::<_, Infallible>(too_many()) });
                let (io, builder) = connection(tcp, None, &limits);
                let conn = builder.serve_connection(io, service).with_upgrades();
                tokio::spawn(drive(conn, stop.subscribe(), peer));
            }
        }
    }
    drop(listener);
    let _ = stop.send(());
    stop.closed().await;
}

/// Runs one connection; on shutdown, lets its request in flight finish and closes it.
async fn drive<S, B>(
    conn: http1::UpgradeableConnection<TokioIo<Watched>, S>,
    mut stop: watch::Receiver<()>,
    peer: std::net::SocketAddr,
) where
    S: hyper::service::HttpService<Incoming, ResBody = B>,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let mut conn = std::pin::pin!(conn);
    let ended = tokio::select! {
        ended = conn.as_mut() => ended,
        _ = stop.changed() => {
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(error) = ended {
        tracing::debug!(%error, %peer, "connection ended with an error");
    }
}

/// The IO and hyper settings of one connection.
fn connection(
    tcp: TcpStream,
    slot: Option<Slot>,
    limits: &Connections,
) -> (TokioIo<Watched>, http1::Builder) {
    let clock = Arc::new(Clock::default());
    let headers = Duration::from_millis(limits.headers_timeout_ms);
    let mut builder = http1::Builder::new();
    builder
        .timer(HeadTimer {
            clock: clock.clone(),
            headers,
            keep_alive: Duration::from_millis(limits.keep_alive_timeout_ms),
        })
        .header_read_timeout(headers)
        .max_headers(limits.max_headers)
        .max_header_size(limits.max_header_size)
        .keep_alive(true);
    (TokioIo::new(Watched::new(tcp, clock, slot)), builder)
}

/// The answer on a connection over the per-address cap.
fn too_many() -> Response {
    let mut response = (
        StatusCode::TOO_MANY_REQUESTS,
        axum::Json(serde_json::json!({
            "error": "RateLimitExceeded",
            "message": "Too many open connections from this address",
        })),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// Accepting failed: a connection reset before it was accepted is nothing; running out of file descriptors
/// (or anything else) waits a moment so the loop does not spin.
async fn accept_failed(error: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::warn!(%error, "accept failed");
    tokio::time::sleep(Duration::from_millis(100)).await;
}
