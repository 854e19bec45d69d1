//! HTTP benchmark of the real `pds serve` binary: createRecord throughput/latency, RSS and getRepo timing.
//!
//! `cargo bench -p pds --bench http [-- SEQUENTIAL CONCURRENT]` (defaults 1,000 and 2,000 posts). Cargo
//! builds the `pds` binary with the bench (release) profile and hands its path over as `CARGO_BIN_EXE_pds`;
//! it is started on 127.0.0.1 with a fresh temporary data directory, the embedded PLC directory and rate
//! limits off (`PDS_RATE_LIMITS=false`, as the reference is measured), and driven by a tokio + reqwest load
//! generator in this process, so the server and the load share the machine. Scenarios:
//! - 1 client posting sequentially to its own repository;
//! - 8 clients, each on its own repository;
//! - 8 clients on one repository (which then holds the records of the getRepo measurement).
//!
//! Also reported: the server's idle RSS (after start, and after account creation) and the largest RSS sampled
//! during the load (`VmRSS` in /proc/<pid>/status), and the median of 20 full getRepo downloads.

#![allow(clippy::print_stdout)] // a bench binary reports on stdout

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

/// The server process, killed when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An account's DID and access token.
#[derive(Clone)]
struct Account {
    did: String,
    token: String,
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let sequential = number(0, 1_000);
    let concurrent = number(1, 2_000);
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(sequential, concurrent))
}

async fn run(sequential: usize, concurrent: usize) -> anyhow::Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let data = tempfile::tempdir()?;
    let server = start(data.path())?;
    let pid = server.child.id();
    let base = format!("http://127.0.0.1:{}", server.port);
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(16)
        .build()?;

    tokio::time::sleep(Duration::from_secs(1)).await;
    println!("idle RSS after start: {:.1} MiB", mib(rss_kib(pid)?));

    // One account for the sequential run, eight for eight repositories, one shared by eight clients.
    let mut accounts = Vec::new();
    for i in 0..10 {
        accounts.push(create_account(&http, &base, &format!("bench{i}")).await?);
    }
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!(
        "idle RSS after start + {} accounts: {:.1} MiB",
        accounts.len(),
        mib(rss_kib(pid)?)
    );

    let peak = Arc::new(AtomicU64::new(0));
    let sampling = Arc::new(AtomicBool::new(true));
    let sampler = tokio::spawn({
        let (peak, sampling) = (peak.clone(), sampling.clone());
        async move {
            while sampling.load(Ordering::Relaxed) {
                if let Ok(kib) = rss_kib(pid) {
                    peak.fetch_max(kib, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
    });

    let single = accounts.first().context("no account")?.clone();
    let report = load(&http, &base, vec![single], 1, sequential).await?;
    report.print("createRecord, 1 client, 1 repo");

    let eight: Vec<Account> = accounts.get(1..9).context("too few accounts")?.to_vec();
    let report = load(&http, &base, eight, 8, concurrent).await?;
    report.print("createRecord, 8 clients, 8 repos");

    let shared = accounts.get(9).context("too few accounts")?.clone();
    let report = load(&http, &base, vec![shared.clone()], 8, concurrent).await?;
    report.print("createRecord, 8 clients, 1 repo");

    sampling.store(false, Ordering::Relaxed);
    sampler.await?;
    println!(
        "loaded RSS (largest sample during createRecord load): {:.1} MiB",
        mib(peak.load(Ordering::Relaxed))
    );

    let url = format!("{base}/xrpc/com.atproto.sync.getRepo");
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..20 {
        let started = Instant::now();
        let reply = http
            .get(&url)
            .query(&[("did", shared.did.as_str())])
            .send()
            .await?;
        let status = reply.status();
        let body = reply.bytes().await?;
        times.push(started.elapsed());
        if !status.is_success() {
            bail!("getRepo: {status}: {}", String::from_utf8_lossy(&body));
        }
        size = body.len();
    }
    times.sort();
    let median = (ms(times.get(9).copied()) + ms(times.get(10).copied())) / 2.0;
    println!(
        "getRepo of a {concurrent}-record repo ({:.0} KiB CAR): median {median:.2} ms of 20 (min {:.2}, max {:.2})",
        size as f64 / 1024.0,
        ms(times.first().copied()),
        ms(times.last().copied()),
    );
    println!("RSS after getRepo: {:.1} MiB", mib(rss_kib(pid)?));
    Ok(())
}

/// Starts `pds serve` on a free loopback port with `data_dir`; waits until it listens.
fn start(data_dir: &std::path::Path) -> anyhow::Result<Server> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("PDS_RATE_LIMITS", "false")
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .context("starting pds")?;
    let stderr = child.stderr.take().context("no stderr")?;
    let mut server = Server { child, port: 0 };
    let mut lines = BufReader::new(stderr).lines();
    server.port = loop {
        let line = lines.next().context("pds exited before listening")??;
        if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
            break rest.trim().parse()?;
        }
    };
    // Keep draining the log so the server never blocks on a full pipe; show warnings.
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            eprintln!("pds: {line}");
        }
    });
    Ok(server)
}

/// Creates `name.test` and returns its DID and access token.
async fn create_account(http: &reqwest::Client, base: &str, name: &str) -> anyhow::Result<Account> {
    let body = json!({
        "handle": format!("{name}.test"),
        "email": format!("{name}@example.com"),
        "password": "bench-password",
    });
    let reply = post(
        http,
        &format!("{base}/xrpc/com.atproto.server.createAccount"),
        None,
        &body,
    )
    .await?;
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

/// Throughput and latencies of one scenario.
struct Report {
    posts: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

impl Report {
    fn print(&self, name: &str) {
        let at = |q: f64| {
            let i = ((self.latencies.len() as f64 * q).ceil() as usize).saturating_sub(1);
            ms(self.latencies.get(i).copied())
        };
        println!(
            "{name}: {} posts in {:.2} s = {:.0} records/s, latency p50 {:.2} ms, p99 {:.2} ms",
            self.posts,
            self.elapsed.as_secs_f64(),
            self.posts as f64 / self.elapsed.as_secs_f64(),
            at(0.50),
            at(0.99),
        );
    }
}

/// `clients` concurrent clients post `total` records in all, client `i` to `repos[i % repos.len()]`.
async fn load(
    http: &reqwest::Client,
    base: &str,
    repos: Vec<Account>,
    clients: usize,
    total: usize,
) -> anyhow::Result<Report> {
    let url = format!("{base}/xrpc/com.atproto.repo.createRecord");
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in 0..clients {
        let account = repos
            .get(client % repos.len())
            .context("no repository")?
            .clone();
        let (http, url) = (http.clone(), url.clone());
        let posts = total / clients + usize::from(client < total % clients);
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(posts);
            for n in 0..posts {
                let body = json!({
                    "repo": account.did,
                    "collection": "app.bsky.feed.post",
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": format!("bench post {n} from client {client}"),
                        "createdAt": "2026-01-01T00:00:00.000Z",
                    },
                });
                let sent = Instant::now();
                post(&http, &url, Some(&account.token), &body).await?;
                latencies.push(sent.elapsed());
            }
            anyhow::Ok(latencies)
        }));
    }
    let mut latencies = Vec::with_capacity(total);
    for task in tasks {
        latencies.extend(task.await??);
    }
    let elapsed = started.elapsed();
    latencies.sort();
    Ok(Report {
        posts: latencies.len(),
        elapsed,
        latencies,
    })
}

/// The process's resident set size in KiB.
fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("no VmRSS")?;
    Ok(line
        .trim_start_matches("VmRSS:")
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()?)
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}

fn ms(d: Option<Duration>) -> f64 {
    d.map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
}
