//! The firehose over a real WebSocket: live events (also for an empty `?cursor=`), cursor replay with cutover, FutureCursor, OutdatedCursor
//! (window and pruning), ConsumerTooSlow, lifecycle events, and the HTTP errors before an upgrade.

use std::net::SocketAddr;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use futures_util::StreamExt;
use lexgen::model::{Value, drisl};
use lexgen::xrpc::{Frame, decode_frame};
use lexicons::com::atproto::sync::subscribe_repos;
use pds::firehose::{FirehoseConfig, Outgoing, lifecycle};
use pds::hosting::{AccountStatus, InactiveStatus};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{WebSocketStream, client_async};
use tower::ServiceExt;

use super::support::{Server, create};

type Socket = WebSocketStream<TcpStream>;

/// What a subscriber received.
#[derive(Debug)]
enum Received {
    /// Header `t` (or `None` for an error frame) and payload.
    Frame(Option<String>, Value),
    Close(u16, String),
}

async fn serve(server: &Server) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = server.app.clone();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    addr
}

async fn connect(addr: SocketAddr, query: &str) -> Socket {
    let stream = TcpStream::connect(addr).await.unwrap();
    let url = format!("ws://{addr}/xrpc/com.atproto.sync.subscribeRepos{query}");
    let (socket, _) = client_async(url, stream).await.unwrap();
    // Let the server open its subscription before the test writes.
    tokio::time::sleep(Duration::from_millis(100)).await;
    socket
}

fn decode(bytes: &[u8]) -> Received {
    let (header, rest) = drisl::decode_prefix(bytes).unwrap();
    let payload = drisl::decode(rest).unwrap();
    let t = header.get("t").and_then(Value::as_str).map(str::to_owned);
    match header.get("op").and_then(Value::as_integer) {
        Some(1) => {
            // Every message also reads as the lexicon's union.
            let message =
                decode_frame::<subscribe_repos::Message>(bytes, subscribe_repos::NSID).unwrap();
            assert!(matches!(message, Frame::Message(_)));
        }
        Some(-1) => assert!(t.is_none(), "error frames have no `t`"),
        op => panic!("unexpected op {op:?}"),
    }
    Received::Frame(t, payload)
}

async fn receive(socket: &mut Socket) -> Received {
    loop {
        let message = tokio::time::timeout(Duration::from_secs(10), socket.next())
            .await
            .expect("a frame within 10 s")
            .expect("the stream is open")
            .unwrap();
        match message {
            Message::Binary(bytes) => return decode(&bytes),
            Message::Close(frame) => {
                let frame = frame.unwrap();
                return Received::Close(frame.code.into(), frame.reason.to_string());
            }
            _ => {}
        }
    }
}

/// The seq of a received `#commit`.
async fn commit_seq(socket: &mut Socket) -> i64 {
    match receive(socket).await {
        Received::Frame(Some(t), payload) if t == "#commit" => {
            payload.get("seq").and_then(Value::as_integer).unwrap()
        }
        other => panic!("expected a #commit, got {other:?}"),
    }
}

#[tokio::test]
async fn live_events_follow_the_writes() {
    let server = Server::new().await;
    let addr = serve(&server).await;
    let (alice, _) = server.account(1).await;
    let mut socket = connect(addr, "").await;
    let first = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "one")],
        )
        .await;
    let second = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000002", "two")],
        )
        .await;
    match receive(&mut socket).await {
        Received::Frame(Some(t), payload) => {
            assert_eq!(t, "#commit");
            assert_eq!(payload.get("seq").and_then(Value::as_integer), first.seq);
            assert_eq!(
                payload.get("repo").and_then(Value::as_str),
                Some(alice.as_str())
            );
            assert_eq!(
                payload.get("commit").and_then(Value::as_link),
                Some(first.commit)
            );
            assert_eq!(
                payload.get("rev").and_then(Value::as_str),
                Some(first.rev.to_string().as_str())
            );
            assert!(payload.get("$type").is_none());
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(Some(commit_seq(&mut socket).await), second.seq);
}

#[tokio::test]
async fn an_empty_cursor_is_no_cursor() {
    // `@atproto/xrpc-server` writes an absent cursor as `?cursor=`: live, as without one.
    let server = Server::new().await;
    let addr = serve(&server).await;
    let (alice, _) = server.account(1).await;
    let mut socket = connect(addr, "?cursor=").await;
    let written = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "one")],
        )
        .await;
    assert_eq!(Some(commit_seq(&mut socket).await), written.seq);
}

#[tokio::test]
async fn a_cursor_replays_then_follows_without_gaps_or_duplicates() {
    let server = Server::new().await;
    let addr = serve(&server).await;
    let (alice, genesis) = server.account(1).await;
    let mut seqs = vec![genesis.seq.unwrap()];
    for i in 0..4 {
        let committed = server
            .write(
                &alice,
                vec![create(&format!("app.bsky.feed.post/3k000000000{i}"), "x")],
            )
            .await;
        seqs.push(committed.seq.unwrap());
    }
    let mut socket = connect(addr, &format!("?cursor={}", seqs[1])).await;
    for i in 0..4 {
        let committed = server
            .write(
                &alice,
                vec![create(&format!("app.bsky.feed.post/3k100000000{i}"), "y")],
            )
            .await;
        seqs.push(committed.seq.unwrap());
    }
    let mut received = Vec::new();
    for _ in 2..seqs.len() {
        received.push(commit_seq(&mut socket).await);
    }
    assert_eq!(
        received,
        seqs[2..].to_vec(),
        "seq > cursor, in order, once each"
    );

    // cursor=0 replays the whole window.
    let mut socket = connect(addr, "?cursor=0").await;
    let mut all = Vec::new();
    for _ in 0..seqs.len() {
        all.push(commit_seq(&mut socket).await);
    }
    assert_eq!(all, seqs);
}

#[tokio::test]
async fn replay_longer_than_the_buffer_still_cuts_over_cleanly() {
    let config = FirehoseConfig {
        max_buffer: 4,
        page_size: 3,
        ..FirehoseConfig::default()
    };
    let server = Server::with_config(config).await;
    let addr = serve(&server).await;
    let (alice, genesis) = server.account(1).await;
    let mut seqs = vec![genesis.seq.unwrap()];
    for i in 0..20 {
        seqs.push(
            server
                .write(
                    &alice,
                    vec![create(&format!("app.bsky.feed.post/3k00000000{i:02}"), "x")],
                )
                .await
                .seq
                .unwrap(),
        );
    }
    let mut socket = connect(addr, "?cursor=0").await;
    let mut received = Vec::new();
    for _ in 0..seqs.len() {
        received.push(commit_seq(&mut socket).await);
    }
    assert_eq!(received, seqs);
}

#[tokio::test]
async fn a_future_cursor_is_an_error_then_close() {
    let server = Server::new().await;
    let addr = serve(&server).await;
    let (_, genesis) = server.account(1).await;
    let mut socket = connect(addr, &format!("?cursor={}", genesis.seq.unwrap() + 10)).await;
    match receive(&mut socket).await {
        Received::Frame(None, payload) => {
            assert_eq!(
                payload.get("error").and_then(Value::as_str),
                Some("FutureCursor")
            );
            assert_eq!(
                payload.get("message").and_then(Value::as_str),
                Some("Cursor in the future.")
            );
        }
        other => panic!("{other:?}"),
    }
    match receive(&mut socket).await {
        Received::Close(code, reason) => {
            assert_eq!((code, reason.as_str()), (1008, "FutureCursor"))
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_bad_cursor_is_an_invalid_request() {
    let server = Server::new().await;
    let addr = serve(&server).await;
    let mut socket = connect(addr, "?cursor=abc").await;
    match receive(&mut socket).await {
        Received::Frame(None, payload) => {
            assert_eq!(
                payload.get("error").and_then(Value::as_str),
                Some("InvalidRequest")
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        receive(&mut socket).await,
        Received::Close(1008, _)
    ));
}

#[tokio::test]
async fn an_outdated_cursor_gets_info_then_the_window() {
    let config = FirehoseConfig {
        backfill_window: Duration::from_millis(300),
        ..FirehoseConfig::default()
    };
    let server = Server::with_config(config).await;
    let addr = serve(&server).await;
    let (alice, _) = server.account(1).await;
    server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000001", "old")],
        )
        .await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    let recent = server
        .write(
            &alice,
            vec![create("app.bsky.feed.post/3k0000000002", "new")],
        )
        .await;

    let expect_info = |received: Received| match received {
        Received::Frame(Some(t), payload) => {
            assert_eq!(t, "#info");
            assert_eq!(
                payload.get("name").and_then(Value::as_str),
                Some("OutdatedCursor")
            );
            assert!(payload.get("seq").is_none());
        }
        other => panic!("{other:?}"),
    };
    let mut socket = connect(addr, "?cursor=0").await;
    expect_info(receive(&mut socket).await);
    assert_eq!(Some(commit_seq(&mut socket).await), recent.seq);

    // After pruning, the old events are gone, and a cursor before them is still told so.
    assert_eq!(server.firehose.prune().await.unwrap(), 2);
    let mut socket = connect(addr, "?cursor=1").await;
    expect_info(receive(&mut socket).await);
    assert_eq!(Some(commit_seq(&mut socket).await), recent.seq);
    // A cursor inside the window gets no info.
    let mut socket = connect(addr, &format!("?cursor={}", recent.seq.unwrap() - 1)).await;
    assert_eq!(Some(commit_seq(&mut socket).await), recent.seq);
}

#[tokio::test]
async fn a_slow_consumer_is_cut_off() {
    let config = FirehoseConfig {
        max_buffer: 2,
        ..FirehoseConfig::default()
    };
    let server = Server::with_config(config).await;
    let (alice, _) = server.account(1).await;
    let mut subscription = server.firehose.subscribe(None).await;
    for i in 0..6 {
        server
            .write(
                &alice,
                vec![create(&format!("app.bsky.feed.post/3k000000000{i}"), "x")],
            )
            .await;
    }
    // The tail announces after each commit; give it time to push all six past the two-event buffer.
    tokio::time::sleep(Duration::from_millis(300)).await;
    match subscription.next().await {
        Some(Outgoing::Close { reason, frame }) => {
            assert_eq!(reason, "ConsumerTooSlow");
            match decode(&frame) {
                Received::Frame(None, payload) => {
                    assert_eq!(
                        payload.get("error").and_then(Value::as_str),
                        Some("ConsumerTooSlow")
                    )
                }
                other => panic!("{other:?}"),
            }
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(subscription.next().await, None);
}

#[tokio::test]
async fn lifecycle_events_are_sequenced_and_match_the_lexicon() {
    let server = Server::new().await;
    let addr = serve(&server).await;
    let (alice, genesis) = server.account(1).await;
    let mut socket = connect(addr, "").await;
    let (did, handle) = (alice.clone(), "alice.test".parse().unwrap());
    server
        .repos
        .storage()
        .write(move |conn| {
            let to_storage =
                |e: pds::firehose::FirehoseError| pds::storage::StorageError::Worker(e.to_string());
            lifecycle::append_identity(conn, &did, Some(&handle)).map_err(to_storage)?;
            lifecycle::append_account(
                conn,
                &did,
                AccountStatus::Inactive(InactiveStatus::Deactivated),
            )
            .map_err(to_storage)?;
            lifecycle::append_account(conn, &did, AccountStatus::Active).map_err(to_storage)?;
            lifecycle::append_sync(conn, &did).map_err(to_storage)?;
            Ok(())
        })
        .await
        .unwrap();
    let mut frames = Vec::new();
    for _ in 0..4 {
        match receive(&mut socket).await {
            Received::Frame(Some(t), payload) => frames.push((t, payload)),
            other => panic!("{other:?}"),
        }
    }
    let kinds: Vec<&str> = frames.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(kinds, ["#identity", "#account", "#account", "#sync"]);
    assert_eq!(
        frames[0].1.get("handle").and_then(Value::as_str),
        Some("alice.test")
    );
    assert_eq!(
        frames[1].1.get("active").and_then(Value::as_bool),
        Some(false)
    );
    assert_eq!(
        frames[1].1.get("status").and_then(Value::as_str),
        Some("deactivated")
    );
    assert_eq!(
        frames[2].1.get("active").and_then(Value::as_bool),
        Some(true)
    );
    assert!(frames[2].1.get("status").is_none());
    let sync = &frames[3].1;
    assert_eq!(
        sync.get("rev").and_then(Value::as_str),
        Some(genesis.rev.to_string().as_str())
    );
    let (roots, blocks) =
        super::support::read_car(sync.get("blocks").and_then(Value::as_bytes).unwrap());
    assert_eq!(roots, vec![genesis.commit]);
    assert_eq!(blocks.len(), 1, "#sync carries only the commit block");
    let seqs: Vec<i64> = frames
        .iter()
        .map(|(_, p)| p.get("seq").and_then(Value::as_integer).unwrap())
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
}

#[tokio::test]
async fn http_errors_before_the_upgrade() {
    let server = Server::new().await;
    let post = Request::post("/xrpc/com.atproto.sync.subscribeRepos")
        .body(Body::empty())
        .unwrap();
    let response = server.app.clone().oneshot(post).await.unwrap();
    assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);
    let get = Request::get("/xrpc/com.atproto.sync.subscribeRepos")
        .body(Body::empty())
        .unwrap();
    let response = server.app.clone().oneshot(get).await.unwrap();
    assert_eq!(response.status(), StatusCode::UPGRADE_REQUIRED);
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(body["error"], "InvalidRequest");
}
