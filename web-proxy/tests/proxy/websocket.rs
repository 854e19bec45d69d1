//! WebSocket upgrade passthrough (the firehose): a real echo server behind the proxy, a real client in front.

use std::sync::{Arc, Mutex};

use futures_util::{SinkExt, StreamExt};
use hyper::header::HeaderMap;
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

use crate::support::{self, upstream};

/// An echo WebSocket server that records the handshake headers it received.
async fn echo_server() -> (std::net::SocketAddr, Arc<Mutex<Option<HeaderMap>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let handshake = Arc::new(Mutex::new(None));
    let recorder = handshake.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let recorder = recorder.clone();
            tokio::spawn(async move {
                // The callback's signature is tungstenite's; its error type is not ours to shrink.
                #[allow(clippy::result_large_err)]
                let callback = move |request: &Request, response: Response| {
                    *recorder.lock().unwrap() = Some(request.headers().clone());
                    Ok(response)
                };
                let Ok(mut socket) = tokio_tungstenite::accept_hdr_async(stream, callback).await
                else {
                    return;
                };
                while let Some(Ok(message)) = socket.next().await {
                    if message.is_text() || message.is_binary() {
                        if socket.send(message).await.is_err() {
                            return;
                        }
                    } else if message.is_close() {
                        return;
                    }
                }
            });
        }
    });
    (addr, handshake)
}

#[tokio::test]
async fn websocket_echo_through_the_proxy() {
    let (pds, handshake) = echo_server().await;
    let app = upstream("app").await;
    let mut proxy = support::proxy(pds, app.addr, "[timeouts]\nshutdown_grace_ms = 200").await;

    let stream = TcpStream::connect(proxy.addr).await.unwrap();
    let url = "ws://atmos.cv/xrpc/com.atproto.sync.subscribeRepos?cursor=0";
    let (mut socket, response) = tokio_tungstenite::client_async(url, stream).await.unwrap();
    assert_eq!(response.status(), 101);

    socket.send(Message::text("hello firehose")).await.unwrap();
    assert_eq!(
        socket.next().await.unwrap().unwrap(),
        Message::text("hello firehose")
    );
    let blob = vec![7u8; 256 * 1024];
    socket.send(Message::binary(blob.clone())).await.unwrap();
    assert_eq!(socket.next().await.unwrap().unwrap(), Message::binary(blob));

    let seen = handshake.lock().unwrap().clone().unwrap();
    assert_eq!(seen["host"], "atmos.cv");
    assert_eq!(seen["x-forwarded-for"], "127.0.0.1");
    assert_eq!(seen["sec-fetch-mode"], "websocket");
    assert!(
        seen["upgrade"]
            .to_str()
            .unwrap()
            .eq_ignore_ascii_case("websocket")
    );

    // Graceful shutdown closes the tunnel once HTTP connections are drained.
    proxy.begin_shutdown();
    let closed = tokio::time::timeout(std::time::Duration::from_secs(5), async {
        loop {
            match socket.next().await {
                None | Some(Err(_)) => return,
                Some(Ok(message)) if message.is_close() => return,
                Some(Ok(_)) => {}
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "tunnel still open after shutdown");
    proxy.finished().await;
}
