//! Hostile requests against a real server on 127.0.0.1 (short timeouts, 150 KiB body limits), spoken in raw
//! HTTP so lengths can lie and senders can stall: over 500 requests generated from every mounted method must
//! each get an XRPC error (4xx, `{"error","message"}`) within a second, and leave every account exactly as
//! it was. Also: the connection limits and timeouts one by one, compressed bodies that must work, and the
//! firehose's WebSocket upgrade and graceful shutdown on the new serve loop.

#![allow(clippy::unwrap_used)]

#[path = "hostile/cases.rs"]
mod cases;
#[path = "hostile/snapshot.rs"]
mod snapshot;
#[path = "hostile/wire.rs"]
mod wire;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;

use cases::{Account, Case, Delivery, Expect, World};
use wire::{Answer, PROMPT, exchange, read_answer, request};

/// Every body limit of the test server.
const LIMIT: usize = 150 * 1024;
const PASSWORD: &str = "hunter2hunter2";

struct Server {
    addr: SocketAddr,
    app: pds::app::AppState,
    dir: tempfile::TempDir,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<(), pds::serve::ServeError>>,
}

/// The test configuration: every timeout a few hundred milliseconds, so stalled clients are quick to test.
fn connections() -> pds::config::Connections {
    pds::config::Connections {
        headers_timeout_ms: 300,
        body_timeout_ms: 300,
        request_timeout_ms: 700,
        keep_alive_timeout_ms: 1000,
        max_headers: 100,
        max_header_size: 16 * 1024,
        max_connections_per_ip: 32,
    }
}

async fn start(connections: pds::config::Connections) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = dir.path().to_owned();
    config.port = 0;
    config.rate_limits = false;
    config.json_limit = LIMIT;
    config.blob_upload_limit = LIMIT as u64;
    config.repo_import_limit = Some(LIMIT as u64);
    config.connections = connections;
    let bound = pds::serve::bind(config).await.unwrap();
    let (addr, app) = (bound.local_addr(), bound.app().clone());
    let (stop, stopped) = tokio::sync::oneshot::channel();
    let task = tokio::spawn(bound.serve(async move {
        let _ = stopped.await;
    }));
    Server {
        addr,
        app,
        dir,
        stop,
        task,
    }
}

impl Server {
    /// Stops the server and waits for it (bounded): graceful shutdown must not hang.
    async fn shut_down(self) {
        let _ = self.stop.send(());
        let stopped = tokio::time::timeout(Duration::from_secs(5), self.task).await;
        assert!(
            matches!(stopped, Ok(Ok(Ok(())))),
            "graceful shutdown: {stopped:?}"
        );
    }

    /// A JSON call (or a bodiless one) with an optional bearer token.
    async fn call(
        &self,
        method: &str,
        nsid: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        let auth = token.map(|t| format!("Bearer {t}"));
        let mut headers = Vec::new();
        if let Some(auth) = &auth {
            headers.push(("authorization", auth.as_str()));
        }
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        if !body.is_empty() {
            headers.push(("content-type", "application/json"));
        }
        exchange(
            self.addr,
            &request(method, &format!("/xrpc/{nsid}"), &headers, body.as_bytes()),
        )
        .await
    }

    /// `<name>.test` with a post.
    async fn account(&self, name: &str) -> Account {
        let created = self
            .call(
                "POST",
                "com.atproto.server.createAccount",
                None,
                Some(json!({"handle": format!("{name}.test"), "email": format!("{name}@example.com"), "password": PASSWORD})),
            )
            .await;
        assert_eq!(created.status, 200, "{}", created.summary());
        let json = created.json();
        let (did, access) = (
            json["did"].as_str().unwrap(),
            json["accessJwt"].as_str().unwrap(),
        );
        let post = self.post(access, did).await;
        Account {
            did: did.to_owned(),
            handle: format!("{name}.test"),
            access: access.to_owned(),
            refresh: json["refreshJwt"].as_str().unwrap().to_owned(),
            post_rkey: post["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned(),
        }
    }

    async fn post(&self, token: &str, did: &str) -> Value {
        let record = json!({"$type": "app.bsky.feed.post", "text": "hello", "createdAt": "2024-01-01T00:00:00.000Z"});
        let posted = self
            .call(
                "POST",
                "com.atproto.repo.createRecord",
                Some(token),
                Some(json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})),
            )
            .await;
        assert_eq!(posted.status, 200, "{}", posted.summary());
        posted.json()
    }

    /// Two accounts with records, a blob, preferences and an app password, and the tokens the cases use.
    async fn world(&self) -> World {
        let alice = self.account("alice").await;
        let bob = self.account("bob").await;
        let blob = self
            .upload(
                &alice.access,
                &[("content-type", "image/png")],
                b"\x89PNG\r\n\x1a\nnot really",
            )
            .await;
        assert_eq!(blob.status, 200, "{}", blob.summary());
        let prefs = self
            .call(
                "POST",
                "app.bsky.actor.putPreferences",
                Some(&alice.access),
                Some(json!({"preferences": [{"$type": "app.bsky.actor.defs#adultContentPref", "enabled": false}]})),
            )
            .await;
        assert_eq!(prefs.status, 200, "{}", prefs.summary());
        let app_password = self
            .call(
                "POST",
                "com.atproto.server.createAppPassword",
                Some(&alice.access),
                Some(json!({"name": "hostile"})),
            )
            .await;
        assert_eq!(app_password.status, 200, "{}", app_password.summary());
        let login = self
            .call(
                "POST",
                "com.atproto.server.createSession",
                None,
                Some(json!({"identifier": alice.handle, "password": app_password.json()["password"]})),
            )
            .await;
        assert_eq!(login.status, 200, "{}", login.summary());
        let car = exchange(
            self.addr,
            &request(
                "GET",
                &format!("/xrpc/com.atproto.sync.getRepo?did={}", bob.did),
                &[],
                b"",
            ),
        )
        .await;
        assert_eq!(car.status, 200, "getRepo: {}", car.status);
        let now = pds::auth::now_secs();
        let claims = |iat: i64, exp: i64| pds::auth::jwt::SessionClaims {
            scope: pds::auth::SCOPE_ACCESS.to_owned(),
            aud: self.app.service_did.clone(),
            sub: alice.did.clone(),
            iat,
            exp,
            jti: None,
            lxm: None,
            cnf: None,
        };
        let secret = &self.app.secrets.jwt_secret;
        World {
            expired: pds::auth::jwt::sign_session(
                secret,
                "at+jwt",
                &claims(now - 7200, now - 3600),
            )
            .unwrap(),
            forged: pds::auth::jwt::sign_session(
                b"not the secret",
                "at+jwt",
                &claims(now, now + 3600),
            )
            .unwrap(),
            app_access: login.json()["accessJwt"].as_str().unwrap().to_owned(),
            bob_car: car.body,
            limit: LIMIT,
            alice,
            bob,
        }
    }

    async fn upload(&self, token: &str, headers: &[(&str, &str)], bytes: &[u8]) -> Answer {
        let auth = format!("Bearer {token}");
        let mut all = vec![("authorization", auth.as_str())];
        all.extend_from_slice(headers);
        exchange(
            self.addr,
            &request("POST", "/xrpc/com.atproto.repo.uploadBlob", &all, bytes),
        )
        .await
    }
}

/// Sends a case and reads its answer; the time counts from the last byte sent.
async fn run(addr: SocketAddr, case: &Case) -> Answer {
    match case.delivery {
        Delivery::All => exchange(addr, &case.bytes).await,
        Delivery::Trickle { at_once } => {
            let mut tcp = TcpStream::connect(addr).await.unwrap();
            let (first, rest) = case.bytes.split_at(at_once);
            tcp.write_all(first).await.unwrap();
            let mut last = Instant::now();
            for byte in rest {
                if tcp.write_all(&[*byte]).await.is_err() {
                    break;
                }
                last = Instant::now();
                tokio::select! {
                    _ = tcp.readable() => break,
                    () = tokio::time::sleep(Duration::from_millis(50)) => {}
                }
            }
            read_answer(&mut tcp, last).await
        }
    }
}

/// What is wrong with `answer` for `case`, if anything.
fn problem(case: &Case, answer: &Answer) -> Option<String> {
    if answer.elapsed > PROMPT {
        return Some(format!("answered after {:?}", answer.elapsed));
    }
    let client_error = (400..500).contains(&answer.status);
    let ok = match case.expect {
        Expect::Http => client_error,
        Expect::Unread => {
            client_error && ![408, 413].contains(&answer.status) && answer.is_xrpc_error()
        }
        Expect::Client => client_error && answer.is_xrpc_error(),
        Expect::Status(status) => answer.status == status && answer.is_xrpc_error(),
    };
    (!ok).then(|| format!("expected {:?}, got {}", case.expect, answer.summary()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_requests_get_prompt_xrpc_errors_and_change_nothing() {
    let server = start(connections()).await;
    let world = server.world().await;
    let cases = cases::all(&world);
    assert!(cases.len() >= 500, "only {} cases", cases.len());
    let before = snapshot::take(server.dir.path());
    let addr = server.addr;
    // A few at a time: stalled requests wait out the server's timeouts in parallel.
    let answers: Vec<(usize, Answer)> = futures_util::stream::iter(cases.iter().enumerate())
        .map(|(i, case)| async move { (i, run(addr, case).await) })
        .buffer_unordered(8)
        .collect()
        .await;
    let failures: Vec<String> = answers
        .iter()
        .filter_map(|(i, answer)| {
            problem(&cases[*i], answer).map(|p| format!("{}: {p}", cases[*i].name))
        })
        .collect();
    let after = snapshot::take(server.dir.path());
    assert!(
        failures.is_empty(),
        "{} of {} hostile requests were answered wrongly:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    let changed = snapshot::differences(&before, &after);
    assert!(changed.is_empty(), "state changed:\n{}", changed.join("\n"));
    // The snapshot is not vacuous: it sees the accounts, their records, blob, sessions and preferences.
    let rows: usize = before.values().map(Vec::len).sum();
    assert!(rows > 20, "{before:?}");
    eprintln!(
        "{} hostile requests, all refused promptly, no state changed",
        cases.len()
    );
    server.shut_down().await;
}

/// A request that keeps its connection open.
fn keep_alive(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nhost: localhost\r\n\r\n").into_bytes()
}

/// Whether the server closes `tcp` within `within` (reading nothing).
async fn closed_within(tcp: &mut TcpStream, within: Duration) -> bool {
    use tokio::io::AsyncReadExt as _;
    let mut buf = [0u8; 64];
    matches!(
        tokio::time::timeout(within, tcp.read(&mut buf)).await,
        Ok(Ok(0)) | Ok(Err(_))
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_are_timed_out_limited_and_capped_per_address() {
    let server = start(pds::config::Connections {
        max_connections_per_ip: 4,
        ..connections()
    })
    .await;
    let addr = server.addr;

    // A connection that never sends a byte is closed after the headers timeout, without an answer.
    let mut silent = TcpStream::connect(addr).await.unwrap();
    let since = Instant::now();
    assert!(closed_within(&mut silent, PROMPT).await);
    assert!(
        since.elapsed() >= Duration::from_millis(250),
        "{:?}",
        since.elapsed()
    );

    // Keep-alive: idle longer than the headers timeout but shorter than the keep-alive one, the connection
    // still serves; idle past the keep-alive timeout, it is closed.
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    tcp.write_all(&keep_alive("/xrpc/_health")).await.unwrap();
    assert_eq!(read_answer(&mut tcp, Instant::now()).await.status, 200);
    tokio::time::sleep(Duration::from_millis(600)).await;
    tcp.write_all(&keep_alive("/xrpc/_health")).await.unwrap();
    let second = read_answer(&mut tcp, Instant::now()).await;
    assert_eq!(second.status, 200, "{}", second.summary());
    let idle = Instant::now();
    assert!(closed_within(&mut tcp, Duration::from_secs(2)).await);
    let idle = idle.elapsed();
    assert!(idle >= Duration::from_millis(900), "closed after {idle:?}");

    // A body read to its end keeps the connection; one refused unread closes it, and says so.
    let post = |body: &str| {
        format!(
            "POST /xrpc/com.atproto.server.createSession HTTP/1.1\r\nhost: localhost\r\n\
             content-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .into_bytes()
    };
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    for _ in 0..2 {
        tcp.write_all(&post("{\"identifier\": 1}")).await.unwrap();
        let answer = read_answer(&mut tcp, Instant::now()).await;
        assert_eq!(answer.status, 400, "{}", answer.summary());
        assert_eq!(answer.header("connection"), None);
    }
    let unsupported =
        b"POST /xrpc/com.atproto.server.createSession HTTP/1.1\r\nhost: localhost\r\n\
        content-type: application/json\r\ncontent-encoding: zstd\r\ncontent-length: 2\r\n\r\n{}";
    tcp.write_all(unsupported).await.unwrap();
    let answer = read_answer(&mut tcp, Instant::now()).await;
    assert_eq!(answer.status, 415, "{}", answer.summary());
    assert_eq!(answer.header("connection"), Some("close"));
    assert!(closed_within(&mut tcp, PROMPT).await);
    // (The server lingers until the client closes too.)
    drop(tcp);

    // A head cut off gets 408 after the headers timeout, however long the connection was idle before.
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    tcp.write_all(&keep_alive("/xrpc/_health")).await.unwrap();
    assert_eq!(read_answer(&mut tcp, Instant::now()).await.status, 200);
    tokio::time::sleep(Duration::from_millis(500)).await;
    tcp.write_all(b"GET /xrpc/_health HTTP/1.1\r\nhost: loc")
        .await
        .unwrap();
    let cut = read_answer(&mut tcp, Instant::now()).await;
    assert_eq!(cut.status, 408, "{}", cut.summary());
    assert!(
        cut.is_xrpc_error() && cut.elapsed < PROMPT,
        "{}",
        cut.summary()
    );

    // Header count and size limits: 431 before any route.
    let many: Vec<(String, String)> = (0..101).map(|i| (format!("x-{i}"), "v".into())).collect();
    let many: Vec<(&str, &str)> = many.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    assert_eq!(
        exchange(addr, &request("GET", "/xrpc/_health", &many, b""))
            .await
            .status,
        431
    );
    let big = "v".repeat(17 * 1024);
    let answer = exchange(
        addr,
        &request("GET", "/xrpc/_health", &[("x-big", &big)], b""),
    )
    .await;
    assert_eq!(answer.status, 431);
    let fits = "v".repeat(8 * 1024);
    let answer = exchange(
        addr,
        &request("GET", "/xrpc/_health", &[("x-big", &fits)], b""),
    )
    .await;
    assert_eq!(answer.status, 200);

    // At most 4 connections per address: a fifth is answered 429 and closed; closing one frees a slot.
    // (The connections above are closed, but the server may take a moment to see it: retry until all 4 fit,
    // for longer than a lingering close.)
    drop(silent);
    let mut held = Vec::new();
    for _ in 0..150 {
        held.clear();
        for _ in 0..4 {
            let mut tcp = TcpStream::connect(addr).await.unwrap();
            tcp.write_all(&keep_alive("/xrpc/_health")).await.unwrap();
            if read_answer(&mut tcp, Instant::now()).await.status == 200 {
                held.push(tcp);
            }
        }
        if held.len() == 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(held.len(), 4, "4 connections fit");
    let refused = exchange(addr, &request("GET", "/xrpc/_health", &[], b"")).await;
    assert_eq!(refused.status, 429, "{}", refused.summary());
    assert!(refused.is_xrpc_error(), "{}", refused.summary());
    held.pop();
    let mut served = None;
    for _ in 0..20 {
        let answer = exchange(addr, &request("GET", "/xrpc/_health", &[], b"")).await;
        if answer.status == 200 {
            served = Some(answer);
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(served.is_some(), "a freed slot is usable again");
    drop(held);
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn compressed_bodies_are_decoded_before_the_handler() {
    use std::io::Write as _;
    let server = start(connections()).await;
    let alice = server.account("alice").await;
    let blob = b"0123456789";
    let gzip = {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(blob).unwrap();
        e.finish().unwrap()
    };
    let deflate = {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(blob).unwrap();
        e.finish().unwrap()
    };
    let br = {
        let mut out = Vec::new();
        let mut e = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
        e.write_all(blob).unwrap();
        drop(e);
        out
    };
    for (encoding, body) in [
        ("gzip", &gzip),
        ("x-gzip", &gzip),
        ("GZIP", &gzip),
        ("deflate", &deflate),
        ("br", &br),
        ("identity", &blob.to_vec()),
        ("identity, gzip", &gzip),
    ] {
        let headers = [
            ("content-type", "text/plain"),
            ("content-encoding", encoding),
        ];
        let uploaded = server.upload(&alice.access, &headers, body).await;
        assert_eq!(uploaded.status, 200, "{encoding}: {}", uploaded.summary());
        // The blob is the decoded bytes: 10, not the compressed size.
        assert_eq!(uploaded.json()["blob"]["size"], 10, "{encoding}");
    }
    let record = json!({"repo": alice.did, "collection": "app.bsky.feed.post", "record": {"$type": "app.bsky.feed.post", "text": "compressed", "createdAt": "2024-01-01T00:00:00.000Z"}});
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(record.to_string().as_bytes()).unwrap();
    let body = e.finish().unwrap();
    let auth = format!("Bearer {}", alice.access);
    let headers = [
        ("authorization", auth.as_str()),
        ("content-type", "application/json"),
        ("content-encoding", "gzip"),
    ];
    let created = exchange(
        server.addr,
        &request(
            "POST",
            "/xrpc/com.atproto.repo.createRecord",
            &headers,
            &body,
        ),
    )
    .await;
    assert_eq!(created.status, 200, "{}", created.summary());
    // A compressed body under the limit that decodes to just over it is refused; just under, accepted.
    for (size, status) in [(LIMIT + 1, 413), (LIMIT, 200)] {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&vec![b'x'; size]).unwrap();
        let body = e.finish().unwrap();
        let headers = [("content-type", "text/plain"), ("content-encoding", "gzip")];
        let answer = server.upload(&alice.access, &headers, &body).await;
        assert_eq!(answer.status, status, "{size}: {}", answer.summary());
    }
    server.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_firehose_upgrades_and_shutdown_stays_graceful() {
    use tokio_tungstenite::tungstenite::Message;
    let server = start(connections()).await;
    server.account("alice").await;
    let tcp = TcpStream::connect(server.addr).await.unwrap();
    let url = format!(
        "ws://{}/xrpc/com.atproto.sync.subscribeRepos?cursor=0",
        server.addr
    );
    let (mut socket, _) = tokio_tungstenite::client_async(url, tcp).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(2), socket.next()).await;
    assert!(
        matches!(first, Ok(Some(Ok(Message::Binary(_))))),
        "{first:?}"
    );
    // A request in flight when shutdown starts still gets its answer.
    let mut slow = TcpStream::connect(server.addr).await.unwrap();
    slow.write_all(b"POST /xrpc/com.atproto.server.createSession HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 50\r\n\r\n{\"identifier\"")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let answer = tokio::spawn(async move { read_answer(&mut slow, Instant::now()).await });
    server.shut_down().await;
    let answer = answer.await.unwrap();
    assert_eq!(answer.status, 408, "{}", answer.summary());
}
