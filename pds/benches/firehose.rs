//! Firehose load generator: write → `#commit` latency at N raw WebSocket subscribers, and the write rate with
//! and without subscribers, against any PDS by its base URL (ours or the reference, same generator).
//!
//! `cargo bench -p pds --bench firehose -- BASE_URL [--subscribers 1,100,1000] [--writes 200] [--rate 20]
//! [--saturate 400] [--writers 4] [--label NAME]`. `bench/firehose.sh` starts both servers and runs this against
//! each. Per run: one account is created; then, with 0 subscribers, `--saturate` posts are written by `--writers`
//! concurrent clients as fast as the server takes them (the baseline write rate). For each subscriber count N:
//! N sockets are opened on `com.atproto.sync.subscribeRepos` (live, no cursor) and a warm-up write is awaited
//! at every one of them; `--writes` posts are written one at a time at `--rate` per second, and for each, the
//! time from the createRecord request being sent to each subscriber receiving the `#commit` with the same
//! `rev` is taken (p50/p99 over subscribers × writes); then the saturating run again, with the N subscribers
//! listening (its write rate against the baseline, and its delivery latency). The baseline is measured again
//! at the end, to bracket drift on a shared machine.

#![allow(clippy::print_stdout)] // a bench binary reports on stdout

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use futures_util::StreamExt;
use lexgen::model::{Value as Cbor, drisl};
use serde_json::{Value, json};
use tokio::net::TcpStream;
use tokio_tungstenite::client_async_with_config;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

/// A TID `rev` as it appears in a commit frame.
type Rev = [u8; 13];

struct Options {
    base: String,
    subscribers: Vec<usize>,
    writes: usize,
    rate: f64,
    saturate: usize,
    writers: usize,
    label: String,
}

fn options() -> anyhow::Result<Options> {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let mut options = Options {
        base: String::new(),
        subscribers: vec![1, 100, 1000],
        writes: 200,
        rate: 20.0,
        saturate: 400,
        writers: 4,
        label: "server".to_owned(),
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--subscribers" => {
                options.subscribers = value()?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            "--writes" => options.writes = value()?.parse()?,
            "--rate" => options.rate = value()?.parse()?,
            "--saturate" => options.saturate = value()?.parse()?,
            "--writers" => options.writers = value()?.parse()?,
            "--label" => options.label = value()?,
            url if url.starts_with("http://") => {
                options.base = url.trim_end_matches('/').to_owned()
            }
            other => bail!("unknown argument {other}"),
        }
    }
    if options.base.is_empty() {
        bail!(
            "usage: firehose BASE_URL [--subscribers 1,100,1000] [--writes N] [--rate PER_S] [--saturate N] [--writers N] [--label NAME]"
        );
    }
    Ok(options)
}

fn main() -> anyhow::Result<()> {
    let options = options()?;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(options))
}

async fn run(options: Options) -> anyhow::Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(16)
        .build()?;
    let label = &options.label;
    let name = format!(
        "fh{}",
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)?
            .as_millis()
            % 100_000_000_000
    );
    let account = create_account(&http, &options.base, &name).await?;
    let writer = Writer {
        http: http.clone(),
        url: format!("{}/xrpc/com.atproto.repo.createRecord", options.base),
        account,
    };
    // Warm both sides up (connections, caches, JIT) before anything is measured.
    saturate(&writer, options.writers, options.saturate / 4).await?;

    let baseline = saturate(&writer, options.writers, options.saturate).await?;
    println!(
        "{label}: writes, 0 subscribers, {} writers: {} posts in {:.2} s = {:.0} writes/s",
        options.writers,
        baseline.writes.len(),
        baseline.elapsed.as_secs_f64(),
        baseline.rate()
    );
    println!("result {label} rate 0 {:.1}", baseline.rate());

    for &count in &options.subscribers {
        let subscribers = Subscribers::open(&options.base, count).await?;
        let warm = writer.write(0).await?;
        subscribers
            .wait_for(&[warm.rev], Duration::from_secs(30))
            .await?;

        let light = paced(&writer, options.writes, options.rate).await?;
        let revs: Vec<Rev> = light.writes.iter().map(|w| w.rev).collect();
        subscribers.wait_for(&revs, Duration::from_secs(30)).await?;
        let latency = subscribers.latencies(&light.writes);
        println!(
            "{label}: {count} subscribers, {} writes at {}/s: write → #commit p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms \
             ({} deliveries, {} missing); createRecord reply p50 {:.2} ms",
            light.writes.len(),
            options.rate,
            latency.at(0.50),
            latency.at(0.99),
            latency.at(1.0),
            latency.values.len(),
            latency.missing,
            Latency::of(light.writes.iter().map(|w| w.replied - w.sent)).at(0.50),
        );
        println!(
            "result {label} latency {count} {:.3} {:.3}",
            latency.at(0.50),
            latency.at(0.99)
        );

        let loaded = saturate(&writer, options.writers, options.saturate).await?;
        let revs: Vec<Rev> = loaded.writes.iter().map(|w| w.rev).collect();
        subscribers.wait_for(&revs, Duration::from_secs(60)).await?;
        let latency = subscribers.latencies(&loaded.writes);
        println!(
            "{label}: writes, {count} subscribers, {} writers: {} posts in {:.2} s = {:.0} writes/s ({:.2}× the 0-subscriber rate); \
             write → #commit p50 {:.2} ms, p99 {:.2} ms ({} missing)",
            options.writers,
            loaded.writes.len(),
            loaded.elapsed.as_secs_f64(),
            loaded.rate(),
            loaded.rate() / baseline.rate(),
            latency.at(0.50),
            latency.at(0.99),
            latency.missing,
        );
        println!("result {label} rate {count} {:.1}", loaded.rate());
        subscribers.close().await;
    }

    let after = saturate(&writer, options.writers, options.saturate).await?;
    println!(
        "{label}: writes, 0 subscribers again: {} posts in {:.2} s = {:.0} writes/s",
        after.writes.len(),
        after.elapsed.as_secs_f64(),
        after.rate()
    );
    println!("result {label} rate-after 0 {:.1}", after.rate());
    Ok(())
}

/// Writes posts to one account's repository.
#[derive(Clone)]
struct Writer {
    http: reqwest::Client,
    url: String,
    account: Account,
}

#[derive(Clone)]
struct Account {
    did: String,
    token: String,
}

/// One createRecord: when it was sent, when its reply came, and the commit's rev.
#[derive(Clone, Copy)]
struct Write {
    sent: Instant,
    replied: Instant,
    rev: Rev,
}

impl Writer {
    async fn write(&self, n: usize) -> anyhow::Result<Write> {
        let body = json!({
            "repo": self.account.did,
            "collection": "app.bsky.feed.post",
            "record": {
                "$type": "app.bsky.feed.post",
                "text": format!("firehose bench post {n}"),
                "createdAt": "2026-01-01T00:00:00.000Z",
            },
        });
        let sent = Instant::now();
        let reply = post(&self.http, &self.url, Some(&self.account.token), &body).await?;
        let replied = Instant::now();
        let rev = reply
            .pointer("/commit/rev")
            .and_then(Value::as_str)
            .with_context(|| format!("createRecord reply without commit.rev: {reply}"))?;
        let rev = Rev::try_from(rev.as_bytes())
            .with_context(|| format!("a rev of {} bytes: {rev}", rev.len()))?;
        Ok(Write { sent, replied, rev })
    }
}

/// The writes of one run and how long they took.
struct Run {
    writes: Vec<Write>,
    elapsed: Duration,
}

impl Run {
    fn rate(&self) -> f64 {
        self.writes.len() as f64 / self.elapsed.as_secs_f64()
    }
}

/// `total` writes, one at a time, started every `1 / rate` seconds (a late one starts at once).
async fn paced(writer: &Writer, total: usize, rate: f64) -> anyhow::Result<Run> {
    let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let started = Instant::now();
    let mut writes = Vec::with_capacity(total);
    for n in 0..total {
        ticks.tick().await;
        writes.push(writer.write(n).await?);
    }
    Ok(Run {
        writes,
        elapsed: started.elapsed(),
    })
}

/// `total` writes by `writers` concurrent clients, each writing back to back.
async fn saturate(writer: &Writer, writers: usize, total: usize) -> anyhow::Result<Run> {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..writers.max(1) {
        let writer = writer.clone();
        let count = total / writers.max(1) + usize::from(client < total % writers.max(1));
        tasks.push(tokio::spawn(async move {
            let mut writes = Vec::with_capacity(count);
            for n in 0..count {
                writes.push(writer.write(n).await?);
            }
            anyhow::Ok(writes)
        }));
    }
    let mut writes = Vec::with_capacity(total);
    for task in tasks {
        writes.extend(task.await??);
    }
    Ok(Run {
        writes,
        elapsed: started.elapsed(),
    })
}

/// What one subscriber received: each `#commit`'s rev and when it arrived.
type Received = Arc<Mutex<Vec<(Rev, Instant)>>>;

/// N open subscriptions, each read by its own task.
struct Subscribers {
    received: Vec<Received>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Subscribers {
    /// Opens `count` sockets, at most 50 handshakes at a time.
    async fn open(base: &str, count: usize) -> anyhow::Result<Self> {
        let host = base
            .strip_prefix("http://")
            .context("base URL is not http://")?
            .to_owned();
        let url = format!("ws://{host}/xrpc/com.atproto.sync.subscribeRepos");
        let mut sockets = Vec::with_capacity(count);
        let mut pending = futures_util::stream::iter((0..count).map(|_| {
            let (host, url) = (host.clone(), url.clone());
            async move {
                let stream = TcpStream::connect(&host).await?;
                stream.set_nodelay(true)?;
                // tungstenite zero-fills its read buffer's spare capacity before every read: 128 KiB by
                // default, per frame per subscriber. Frames here are a few KiB; the buffer grows for larger.
                let config = WebSocketConfig::default().read_buffer_size(16 * 1024);
                let (socket, _) = client_async_with_config(url, stream, Some(config)).await?;
                anyhow::Ok(socket)
            }
        }))
        .buffer_unordered(50);
        while let Some(socket) = pending.next().await {
            sockets.push(socket.context("opening a subscriber")?);
        }
        let mut subscribers = Self {
            received: Vec::with_capacity(count),
            tasks: Vec::with_capacity(count),
        };
        for mut socket in sockets {
            let received = Received::default();
            subscribers.received.push(received.clone());
            subscribers.tasks.push(tokio::spawn(async move {
                while let Some(Ok(message)) = socket.next().await {
                    let arrived = Instant::now();
                    if let Message::Binary(bytes) = message
                        && let Some(rev) = commit_rev(&bytes)
                    {
                        lock(&received).push((rev, arrived));
                    }
                }
            }));
        }
        Ok(subscribers)
    }

    /// Waits until every subscriber has received the newest of `revs` (the stream is in order, so the rest
    /// came before it or never will; those are counted as missing).
    async fn wait_for(&self, revs: &[Rev], limit: Duration) -> anyhow::Result<()> {
        let newest = revs.iter().max().context("no writes")?;
        let deadline = Instant::now() + limit;
        loop {
            let behind = self
                .received
                .iter()
                .filter(|r| lock(r).last().is_none_or(|(rev, _)| rev < newest))
                .count();
            if behind == 0 {
                return Ok(());
            }
            if Instant::now() > deadline {
                println!(
                    "warning: {behind} of {} subscribers have not received the last write after {limit:?}",
                    self.received.len()
                );
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// For every subscriber and write: arrival of its `#commit` minus the request's start.
    fn latencies(&self, writes: &[Write]) -> Latency {
        let mut values = Vec::with_capacity(writes.len() * self.received.len());
        let mut missing = 0;
        for received in &self.received {
            let got: HashMap<Rev, Instant> = lock(received).iter().copied().collect();
            for write in writes {
                match got.get(&write.rev) {
                    Some(&arrived) => values.push(arrived.saturating_duration_since(write.sent)),
                    None => missing += 1,
                }
            }
        }
        values.sort();
        Latency { values, missing }
    }

    async fn close(self) {
        for task in &self.tasks {
            task.abort();
        }
        for task in self.tasks {
            let _ = task.await;
        }
    }
}

fn lock(received: &Received) -> std::sync::MutexGuard<'_, Vec<(Rev, Instant)>> {
    received.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The `rev` of a `#commit` frame; `None` for any other frame. Only the small header is decoded; the rev is
/// found in the payload by its CBOR key (`"rev"` then a 13-byte text string; the commit block inside the
/// payload carries the same rev), so a thousand subscribers cost the generator little.
fn commit_rev(frame: &[u8]) -> Option<Rev> {
    let (header, payload) = drisl::decode_prefix(frame).ok()?;
    if header.get("t").and_then(Cbor::as_str) != Some("#commit") {
        return None;
    }
    const KEY: &[u8] = &[0x63, b'r', b'e', b'v', 0x6d];
    let at = payload.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    payload.get(at..at + 13)?.try_into().ok()
}

/// Sorted latencies, and how many deliveries never came.
struct Latency {
    values: Vec<Duration>,
    missing: usize,
}

impl Latency {
    fn of(values: impl Iterator<Item = Duration>) -> Self {
        let mut values: Vec<Duration> = values.collect();
        values.sort();
        Self { values, missing: 0 }
    }

    /// The `q` quantile in milliseconds (nearest rank).
    fn at(&self, q: f64) -> f64 {
        let i = ((self.values.len() as f64 * q).ceil() as usize).saturating_sub(1);
        self.values
            .get(i)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
    }
}

/// Creates `name.test` and returns its DID and access token.
async fn create_account(http: &reqwest::Client, base: &str, name: &str) -> anyhow::Result<Account> {
    let body = json!({
        "handle": format!("{name}.test"),
        "email": format!("{name}@example.com"),
        "password": "bench-password",
    });
    let url = format!("{base}/xrpc/com.atproto.server.createAccount");
    let reply = post(http, &url, None, &body).await?;
    let field = |key: &str| {
        reply
            .get(key)
            .and_then(Value::as_str)
            .map(str::to_owned)
            .with_context(|| format!("createAccount reply without {key}: {reply}"))
    };
    Ok(Account {
        did: field("did")?,
        token: field("accessJwt")?,
    })
}

/// POSTs a JSON body; the JSON reply, or an error with the status and body.
async fn post(
    http: &reqwest::Client,
    url: &str,
    token: Option<&str>,
    body: &Value,
) -> anyhow::Result<Value> {
    let mut request = http
        .post(url)
        .header("content-type", "application/json")
        .body(serde_json::to_vec(body)?);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let reply = request.send().await?;
    let status = reply.status();
    let bytes = reply.bytes().await?;
    if !status.is_success() {
        bail!("{url}: {status}: {}", String::from_utf8_lossy(&bytes));
    }
    Ok(serde_json::from_slice(&bytes)?)
}
