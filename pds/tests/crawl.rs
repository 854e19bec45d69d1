//! Federation as an operator sees it, through the real `pds serve` binary: stand-in relays named in
//! `PDS_CRAWLERS` receive `requestCrawl` (on start, after writes but not within the interval, retried with a
//! doubling wait after a 500, and now when `pds federation crawl` says so); `pds federation status` shows the
//! relays and a connected firehose subscriber with its lag; `/metrics` parses as Prometheus text and moves
//! with writes.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;

const ADMIN_PASSWORD: &str = "admin-secret";
/// The least time between two requests to one relay, in this test.
const INTERVAL: Duration = Duration::from_millis(2000);
/// The first retry wait, in this test.
const RETRY: Duration = Duration::from_millis(200);

struct Server {
    child: Child,
    port: u16,
    _data: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// The binary on a free port, with `crawlers` and this test's interval and retry wait.
    fn start(crawlers: &[String]) -> Server {
        let data = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
            .arg("serve")
            .env("PDS_DATA_DIR", data.path())
            .env("PDS_PORT", "0")
            .env("PDS_ADMIN_PASSWORD", ADMIN_PASSWORD)
            .env("PDS_CRAWLERS", crawlers.join(","))
            .env("PDS_CRAWL_INTERVAL_MS", INTERVAL.as_millis().to_string())
            .env("PDS_CRAWL_RETRY_MS", RETRY.as_millis().to_string())
            .env("RUST_LOG", "warn")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let port = loop {
            let line = lines.next().expect("pds exited before listening").unwrap();
            if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
                break rest.trim().parse::<u16>().unwrap();
            }
        };
        // Keep draining the log so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            port,
            _data: data,
        }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// `pds federation <args>` against this server, as an operator runs it: port and password from the
    /// environment. Returns (success, stdout, stderr).
    fn federation(&self, password: &str, args: &[&str]) -> (bool, String, String) {
        let output = Command::new(env!("CARGO_BIN_EXE_pds"))
            .arg("federation")
            .args(args)
            .env("PDS_PORT", self.port.to_string())
            .env("PDS_ADMIN_PASSWORD", password)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    }

    async fn post(
        &self,
        nsid: &str,
        token: Option<&str>,
        body: serde_json::Value,
    ) -> serde_json::Value {
        let mut request = http()
            .post(format!("{}/xrpc/{nsid}", self.url()))
            .header("content-type", "application/json")
            .body(serde_json::to_vec(&body).unwrap());
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let json: serde_json::Value =
            serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        assert!(status.is_success(), "{nsid}: {status} {json}");
        json
    }

    /// A new account; returns its access token and DID.
    async fn create_account(&self, name: &str) -> (String, String) {
        let session = self
            .post(
                "com.atproto.server.createAccount",
                None,
                serde_json::json!({
                    "handle": format!("{name}.test"),
                    "email": format!("{name}@example.com"),
                    "password": "password-123",
                }),
            )
            .await;
        (
            session["accessJwt"].as_str().unwrap().to_owned(),
            session["did"].as_str().unwrap().to_owned(),
        )
    }

    async fn post_record(&self, token: &str, did: &str, text: &str) {
        self.post(
            "com.atproto.repo.createRecord",
            Some(token),
            serde_json::json!({
                "repo": did,
                "collection": "app.bsky.feed.post",
                "record": {
                    "$type": "app.bsky.feed.post",
                    "text": text,
                    "createdAt": "2026-12-07T00:00:00.000Z",
                },
            }),
        )
        .await;
    }

    /// `/metrics`, parsed: every sample by its name and labels as written.
    async fn metrics(&self) -> HashMap<String, f64> {
        let response = http()
            .get(format!("{}/metrics", self.url()))
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            content_type.starts_with("application/openmetrics-text"),
            "{content_type}"
        );
        parse_prometheus(&response.text().await.unwrap())
    }
}

fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap()
}

/// The Prometheus text format, strictly: `# HELP|TYPE|UNIT|EOF` comments, `name{labels} value` samples with
/// valid names and numbers, `# EOF` last. Panics on anything else.
fn parse_prometheus(text: &str) -> HashMap<String, f64> {
    let mut samples = HashMap::new();
    let mut ended = false;
    for line in text.lines() {
        assert!(!ended, "text after # EOF: {line}");
        if line == "# EOF" {
            ended = true;
            continue;
        }
        if let Some(comment) = line.strip_prefix("# ") {
            let kind = comment.split(' ').next().unwrap();
            assert!(["HELP", "TYPE", "UNIT"].contains(&kind), "comment {line}");
            continue;
        }
        let (series, value) = line
            .rsplit_once(' ')
            .unwrap_or_else(|| panic!("sample {line}"));
        let name = series.split('{').next().unwrap();
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
                && !name.starts_with(|c: char| c.is_ascii_digit()),
            "metric name {name:?}"
        );
        if let Some(labels) = series.strip_prefix(name) {
            assert!(
                labels.is_empty() || (labels.starts_with('{') && labels.ends_with('}')),
                "labels of {line}"
            );
        }
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            other => other.parse().unwrap_or_else(|_| panic!("value of {line}")),
        };
        assert!(
            samples.insert(series.to_owned(), value).is_none(),
            "duplicate {series}"
        );
    }
    assert!(ended, "no # EOF");
    samples
}

/// A stand-in relay: records every `requestCrawl` (when, which hostname) and answers 500 to the first
/// `failures` of them, 200 after.
#[derive(Clone)]
struct Relay {
    seen: Arc<Mutex<Vec<(Instant, String)>>>,
    url: String,
}

impl Relay {
    async fn start(failures: usize) -> Relay {
        let seen: Arc<Mutex<Vec<(Instant, String)>>> = Arc::default();
        let recorded = seen.clone();
        let app = axum::Router::new().route(
            "/xrpc/com.atproto.sync.requestCrawl",
            axum::routing::post(move |body: axum::body::Bytes| {
                let recorded = recorded.clone();
                async move {
                    let input: serde_json::Value = serde_json::from_slice(&body).unwrap();
                    let hostname = input["hostname"].as_str().unwrap().to_owned();
                    let count = {
                        let mut seen = recorded.lock().unwrap();
                        seen.push((Instant::now(), hostname));
                        seen.len()
                    };
                    match count <= failures {
                        true => (
                            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                            r#"{"error":"InternalServerError","message":"try later"}"#,
                        ),
                        false => (axum::http::StatusCode::OK, "{}"),
                    }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Relay { seen, url }
    }

    fn seen(&self) -> Vec<(Instant, String)> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits (up to `within`) until no request has arrived for `quiet`; returns them all.
    async fn settled(&self, quiet: Duration, within: Duration) -> Vec<(Instant, String)> {
        let deadline = Instant::now() + within;
        loop {
            let before = self.seen().len();
            tokio::time::sleep(quiet).await;
            let seen = self.seen();
            if seen.len() == before {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "still asked after {within:?}: {seen:?}"
            );
        }
    }

    /// Waits (up to `within`) until at least `n` requests arrived; returns them.
    async fn wait_for(&self, n: usize, within: Duration) -> Vec<(Instant, String)> {
        let deadline = Instant::now() + within;
        loop {
            let seen = self.seen();
            if seen.len() >= n {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "{} requests, not {n}, after {within:?}",
                seen.len()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relays_are_asked_on_start_after_writes_not_within_the_interval_and_again_after_a_500() {
    let healthy = Relay::start(0).await;
    let flaky = Relay::start(2).await;
    let broken = Relay::start(usize::MAX).await;
    let server = Server::start(&[
        healthy.url.clone(),
        format!("{}/", flaky.url),
        broken.url.clone(),
    ]);
    let hostname = format!("localhost:{}", server.port);

    // On start, with this server's hostname.
    let first = healthy.wait_for(1, Duration::from_secs(10)).await;
    assert_eq!(first[0].1, hostname);
    // The flaky relay: 500, then again after the retry wait, then after twice that, then accepted.
    let tries = flaky.wait_for(3, Duration::from_secs(10)).await;
    assert!(tries.iter().all(|(_, name)| *name == hostname));
    let gaps = [tries[1].0 - tries[0].0, tries[2].0 - tries[1].0];
    assert!(gaps[0] >= RETRY - Duration::from_millis(20), "{gaps:?}");
    assert!(gaps[1] >= 2 * RETRY - Duration::from_millis(20), "{gaps:?}");
    assert!(gaps[1] > gaps[0], "{gaps:?}");

    // Writes (an account: its events commit in three groups): the relay is asked again once the interval
    // since the last request is over, never sooner, and then no more once nothing new happens. (On a slow
    // machine the account may take longer than the interval: a request sent halfway is followed by one
    // more, still an interval later.)
    let writing = Instant::now();
    server.create_account("alice").await;
    let asked = healthy
        .settled(INTERVAL + INTERVAL / 2, INTERVAL * 10)
        .await;
    assert!(asked.len() >= 2, "{asked:?}");
    assert!(asked[0].0 < writing && asked[1].0 >= writing, "{asked:?}");
    for pair in asked.windows(2) {
        assert!(
            pair[1].0 - pair[0].0 >= INTERVAL - Duration::from_millis(20),
            "{asked:?}"
        );
    }
    assert!(asked.iter().all(|(_, name)| *name == hostname));

    // The operator's view: both relays, their last answers.
    let (ok, status, stderr) = server.federation(ADMIN_PASSWORD, &["status"]);
    assert!(ok, "{stderr}");
    assert!(status.contains("relays: 3"), "{status}");
    let relay_line = |url: &str| {
        status
            .lines()
            .find(|line| line.trim_start().starts_with(url))
            .unwrap_or_else(|| panic!("no line for {url}: {status}"))
            .to_owned()
    };
    assert!(
        relay_line(&healthy.url).contains(": accepted (200)"),
        "{status}"
    );
    assert!(
        relay_line(&flaky.url).contains(": accepted (200); last accepted"),
        "{status}"
    );
    let broken_line = relay_line(&broken.url);
    assert!(
        broken_line.contains(": refused (500 InternalServerError): try later;")
            && broken_line.contains(" failures in a row; next request "),
        "{status}"
    );
    assert!(broken.seen().len() >= 4, "{:?}", broken.seen());

    // Metrics: each relay's failures in a row (none now) and when it last accepted a request.
    let metrics = server.metrics().await;
    for relay in [&healthy, &flaky] {
        let failures = format!(r#"pds_crawl_relay_failures{{relay="{}"}}"#, relay.url);
        assert_eq!(metrics[&failures], 0.0, "{failures}");
        let accepted = format!(
            r#"pds_crawl_relay_last_accepted_timestamp_seconds{{relay="{}"}}"#,
            relay.url
        );
        assert!(metrics[&accepted] > 1.7e9, "{accepted}");
    }
    let failures = format!(r#"pds_crawl_relay_failures{{relay="{}"}}"#, broken.url);
    assert!(metrics[&failures] >= 4.0, "{failures}");
    let accepted = format!(
        r#"pds_crawl_relay_last_accepted_timestamp_seconds{{relay="{}"}}"#,
        broken.url
    );
    assert!(!metrics.contains_key(&accepted));

    // `pds federation crawl`: every relay again, now, whatever the interval.
    let before = (healthy.seen().len(), flaky.seen().len());
    let (ok, answers, stderr) = server.federation(ADMIN_PASSWORD, &["crawl"]);
    assert!(ok, "{stderr}");
    assert_eq!(answers.matches("accepted (200)").count(), 2, "{answers}");
    assert_eq!(answers.matches("refused (500").count(), 1, "{answers}");
    assert_eq!(
        (healthy.seen().len(), flaky.seen().len()),
        (before.0 + 1, before.1 + 1)
    );

    // Only the administrator.
    let (ok, _, stderr) = server.federation("wrong", &["status"]);
    assert!(!ok);
    assert!(stderr.contains("401"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_shows_subscribers_and_their_lag_and_metrics_move_with_writes() {
    let server = Server::start(&[]);
    let (token, did) = server.create_account("bob").await;
    server.post_record(&token, &did, "first").await;

    // A subscriber replaying from the start, read until it is idle.
    let (mut socket, _) = tokio_tungstenite::connect_async(format!(
        "ws://127.0.0.1:{}/xrpc/com.atproto.sync.subscribeRepos?cursor=0",
        server.port
    ))
    .await
    .unwrap();
    let mut frames = 0;
    while let Ok(Some(frame)) =
        tokio::time::timeout(Duration::from_millis(500), socket.next()).await
    {
        frame.unwrap();
        frames += 1;
    }
    assert!(frames >= 3, "{frames} frames");

    let (ok, json, stderr) = server.federation(ADMIN_PASSWORD, &["status", "--json"]);
    assert!(ok, "{stderr}");
    let status: serde_json::Value = serde_json::from_str(&json).unwrap();
    let head = status["seq"].as_i64().unwrap();
    assert_eq!(head, frames);
    assert_eq!(status["relays"], serde_json::json!([]));
    let subscriber = &status["subscribers"][0];
    assert_eq!(
        status["subscribers"].as_array().unwrap().len(),
        1,
        "{status}"
    );
    assert_eq!(subscriber["cursor"], 0);
    assert_eq!(subscriber["lastSeq"], head);
    assert_eq!(subscriber["behind"], 0);
    assert!(
        subscriber["remoteAddr"]
            .as_str()
            .unwrap()
            .starts_with("127.0.0.1:"),
        "{status}"
    );

    let (ok, text, stderr) = server.federation(ADMIN_PASSWORD, &["status"]);
    assert!(ok, "{stderr}");
    assert!(text.contains(&format!("head seq: {head}")), "{text}");
    assert!(text.contains("subscribers: 1"), "{text}");
    assert!(
        text.contains(&format!("cursor=0 sent={head} behind=0 since ")),
        "{text}"
    );

    // Metrics: accounts, the subscriber and its lag, the head, requests per method.
    let before = server.metrics().await;
    assert_eq!(before["pds_accounts"], 1.0);
    assert_eq!(before["pds_firehose_subscribers"], 1.0);
    assert_eq!(before["pds_firehose_head_seq"], head as f64);
    assert_eq!(
        before[r#"pds_firehose_subscriber_lag_events{subscriber="0"}"#],
        0.0
    );
    let created = r#"pds_xrpc_requests_total{method="com.atproto.repo.createRecord",status="200"}"#;
    assert_eq!(before[created], 1.0);
    assert!(before[r#"pds_events_total{kind="commit"}"#] >= 2.0);

    // A write and a blob: the counters and gauges move.
    server.post_record(&token, &did, "second").await;
    let blob = http()
        .post(format!("{}/xrpc/com.atproto.repo.uploadBlob", server.url()))
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body("twelve bytes")
        .send()
        .await
        .unwrap();
    assert!(blob.status().is_success());
    let after = server.metrics().await;
    assert_eq!(after[created], 2.0);
    assert_eq!(
        after[r#"pds_events_total{kind="commit"}"#],
        before[r#"pds_events_total{kind="commit"}"#] + 1.0
    );
    assert_eq!(after["pds_firehose_head_seq"], head as f64 + 1.0);
    assert!(after["pds_storage_group_jobs_count"] > before["pds_storage_group_jobs_count"]);
    assert!(
        after["pds_storage_commit_duration_seconds_count"]
            > before["pds_storage_commit_duration_seconds_count"]
    );
    let latency =
        r#"pds_xrpc_request_duration_seconds_count{method="com.atproto.repo.createRecord"}"#;
    assert_eq!(after[latency], 2.0);
    assert_eq!(after["pds_blob_bytes"], 12.0);
    assert_eq!(after["pds_blobs"], 1.0);

    // The subscriber is gone once it disconnects.
    socket.close(None).await.unwrap();
    drop(socket);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let metrics = server.metrics().await;
        if metrics["pds_firehose_subscribers"] == 0.0 {
            assert!(
                !metrics
                    .keys()
                    .any(|k| k.starts_with("pds_firehose_subscriber_lag_events"))
            );
            break;
        }
        assert!(Instant::now() < deadline, "the subscriber is still listed");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
