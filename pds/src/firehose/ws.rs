//! The `subscribeRepos` WebSocket route: 405 for other methods, 426 without an upgrade, the `cursor`
//! parameter, then frames until the subscription ends (an error frame is followed by close code 1008).

use std::net::SocketAddr;

use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, Query};
use axum::http::HeaderMap;
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, any};
use axum::{Extension, Json};
use futures_util::stream::SplitStream;
use futures_util::{FutureExt, Sink, SinkExt, StreamExt};
use lexgen::xrpc::{ErrorBody, Params};
use lexicons::com::atproto::sync::subscribe_repos;

use super::{Firehose, Outgoing, Peer, Subscription, fanout, messages};

/// How often an open subscription is pinged.
const HEARTBEAT: std::time::Duration = std::time::Duration::from_secs(30);

/// The socket's read buffer. Subscribers only send pings, pongs and a close; and every poll for their input
/// zero-fills the buffer's spare capacity before reading, so tungstenite's default of 128 KiB cost a 128 KiB
/// memset per poll (20% of the server's CPU with 100 subscribers, when input was polled once per frame sent).
/// Longer messages still arrive: the buffer grows to fit a frame.
const READ_BUFFER: usize = 4096;

/// How many bytes of frames one socket write may carry (see [`send_batch`]).
const BATCH_BYTES: usize = 256 * 1024;

/// The path of the route.
pub(crate) const PATH: &str = "/xrpc/com.atproto.sync.subscribeRepos";

/// The method router to mount at `/xrpc/com.atproto.sync.subscribeRepos`.
pub(crate) fn route<S: Clone + Send + Sync + 'static>(firehose: Firehose) -> MethodRouter<S> {
    any(
        move |method: Method,
              uri: Uri,
              headers: HeaderMap,
              remote: Option<Extension<ConnectInfo<SocketAddr>>>,
              upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>| {
            let firehose = firehose.clone();
            let peer = Peer {
                remote: remote.map(|Extension(ConnectInfo(addr))| addr),
                forwarded_for: headers
                    .get("x-forwarded-for")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned),
            };
            async move { handle(firehose, method, uri, peer, upgrade) }
        },
    )
}

fn error(status: StatusCode, error: &str, message: &str) -> Response {
    (
        status,
        Json(ErrorBody {
            error: error.to_owned(),
            message: Some(message.to_owned()),
        }),
    )
        .into_response()
}

fn handle(
    firehose: Firehose,
    method: Method,
    uri: Uri,
    peer: Peer,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    if method != Method::GET {
        return error(
            StatusCode::METHOD_NOT_ALLOWED,
            "InvalidRequest",
            "subscriptions are read with GET",
        );
    }
    let upgrade = match upgrade {
        Ok(upgrade) => upgrade,
        Err(_) => {
            return error(
                StatusCode::UPGRADE_REQUIRED,
                "InvalidRequest",
                "subscriptions need a WebSocket upgrade",
            );
        }
    };
    let cursor = Query::<Vec<(String, String)>>::try_from_uri(&uri)
        .map_err(|e| e.body_text())
        .and_then(|Query(pairs)| {
            subscribe_repos::Params::from_pairs(&pairs).map_err(|e| e.to_string())
        })
        .map(|params| params.cursor);
    upgrade
        .read_buffer_size(READ_BUFFER)
        .on_upgrade(move |socket| serve(socket, firehose, cursor, peer))
}

/// Opens the subscription here, on the request runtime, as soon as the socket is upgraded (a subscriber
/// without a cursor is live from that moment), then sends its frames from the fan-out thread.
async fn serve(
    mut socket: WebSocket,
    firehose: Firehose,
    cursor: Result<Option<i64>, String>,
    peer: Peer,
) {
    let subscription = match cursor {
        Ok(cursor) => firehose.subscribe_from(cursor, peer).await,
        Err(message) => {
            if let Ok((frame, reason)) =
                messages::error_frame(&messages::StreamError::InvalidRequest(message))
            {
                close(&mut socket, frame, reason).await;
            }
            return;
        }
    };
    fanout::run(stream(socket, subscription)).await;
}

/// Sends the subscription's frames until it ends or the peer leaves; pings the peer every [`HEARTBEAT`].
async fn stream(socket: WebSocket, mut subscription: Subscription) {
    // The subscriber's input is read by a task of its own, woken only when input arrives. Read in the same
    // `select!` as the frames, the socket was polled for input (and its wakers registered again) every time
    // a frame went out.
    let (mut sink, input) = socket.split();
    let mut reader = Reader(tokio::spawn(read_until_closed(input)));
    // Pings keep idle connections (and proxies in between) alive, and find dead peers.
    let mut heartbeat = tokio::time::interval(HEARTBEAT);
    heartbeat.tick().await;
    loop {
        tokio::select! {
            biased;
            out = subscription.next() => match out {
                Some(Outgoing::Frame(frame)) => {
                    // Every frame already waiting goes out in the same socket write.
                    match send_batch(&mut sink, &mut subscription, frame).await {
                        Ok(None) => {}
                        Ok(Some((frame, reason))) => {
                            close(&mut sink, frame, reason).await;
                            return;
                        }
                        Err(_) => return,
                    }
                }
                Some(Outgoing::Close { frame, reason }) => {
                    close(&mut sink, frame, reason).await;
                    return;
                }
                None => {
                    let _ = sink.send(Message::Close(None)).await;
                    return;
                }
            },
            // The peer closed, or the connection failed.
            _ = &mut reader.0 => return,
            _ = heartbeat.tick() => {
                if sink.send(Message::Ping(axum::body::Bytes::new())).await.is_err() {
                    return;
                }
            }
        }
    }
}

/// The task reading a subscriber's input, stopped when the subscription ends.
struct Reader(tokio::task::JoinHandle<()>);

impl Drop for Reader {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Reads until the peer closes or the connection fails. Pings are answered by the socket itself (the reply
/// goes out with the next read or write); anything else from a subscriber is ignored.
async fn read_until_closed(mut input: SplitStream<WebSocket>) {
    while let Some(Ok(message)) = input.next().await {
        if let Message::Close(_) = message {
            return;
        }
    }
}

/// Queues `first` and then every frame the subscription has ready without waiting or reading the log (up to
/// [`BATCH_BYTES`]), and writes them with one flush: a subscriber that is behind (a replay, a burst of writes) costs one
/// socket write per batch instead of one per event. Returns the close to send when the stream ended in one.
async fn send_batch(
    socket: &mut (impl Sink<Message, Error = axum::Error> + Unpin),
    subscription: &mut Subscription,
    first: axum::body::Bytes,
) -> Result<Option<(axum::body::Bytes, &'static str)>, axum::Error> {
    let mut queued = first.len();
    socket.feed(Message::Binary(first)).await?;
    let mut ended = None;
    while queued < BATCH_BYTES && subscription.at_hand() {
        match subscription.next().now_or_never() {
            Some(Some(Outgoing::Frame(frame))) => {
                queued += frame.len();
                socket.feed(Message::Binary(frame)).await?;
            }
            Some(Some(Outgoing::Close { frame, reason })) => {
                ended = Some((frame, reason));
                break;
            }
            // Nothing in the broadcast yet (the future is dropped: `next` is cancel-safe, and following the
            // broadcast it starts no read), or the stream ended (the loop's next `next` sees that again).
            Some(None) | None => break,
        }
    }
    socket.flush().await?;
    Ok(ended)
}

/// Sends the error frame, then closes with 1008 (policy violation) and the error name, as the reference does.
async fn close(
    socket: &mut (impl Sink<Message, Error = axum::Error> + Unpin),
    frame: axum::body::Bytes,
    reason: &'static str,
) {
    if socket.send(Message::Binary(frame)).await.is_ok() {
        let _ = socket
            .send(Message::Close(Some(CloseFrame {
                code: 1008,
                reason: reason.into(),
            })))
            .await;
    }
}
