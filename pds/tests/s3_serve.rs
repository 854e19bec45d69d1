//! The real `pds serve` binary with its blobs in an S3-compatible server (moto on loopback, configured
//! with the reference's `PDS_BLOBSTORE_S3_*` variables): upload, a post embedding the image, getBlob, the
//! objects in the bucket (promoted to `blocks/`, the stray upload under `tmp/`), then across restarts
//! (the lifecycle runs as the server starts; the grace period is 0 here): the referenced blob is kept, the
//! stray upload collected, and once the post is deleted the image goes too. The same with the official
//! client, `@atproto/api` (tests/js/blob-lifecycle.mjs). Skipped without `tests/py/.venv` (moto) or
//! node, failed under `CI`.

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use atmos_tests::s3::S3Server;
use serde_json::{Value, json};

const BUCKET: &str = "pds-blobs";

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Starts the binary on a free port with its blobs in `s3`'s bucket.
    fn start(data_dir: &std::path::Path, s3: &S3Server) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
            .arg("serve")
            .env("PDS_DATA_DIR", data_dir)
            .env("PDS_PORT", "0")
            .env("RUST_LOG", "warn")
            .env("PDS_BLOBSTORE_S3_BUCKET", BUCKET)
            .env("PDS_BLOBSTORE_S3_ENDPOINT", s3.endpoint())
            .env("PDS_BLOBSTORE_S3_REGION", "us-east-1")
            .env("PDS_BLOBSTORE_S3_ACCESS_KEY_ID", "test")
            .env("PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY", "test")
            .env("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE", "true")
            .env("PDS_BLOB_GRACE_SECS", "0")
            .env("PDS_BLOB_UPLOAD_LIMIT", (16 * 1024 * 1024).to_string())
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = BufReader::new(stderr).lines();
        let port = loop {
            let line = lines.next().expect("pds exited before listening").unwrap();
            if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
                break rest.trim().parse::<u16>().unwrap();
            }
        };
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                eprintln!("pds: {line}");
            }
        });
        Server {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Stops it with SIGTERM (graceful shutdown).
    fn stop(mut self) {
        let stopped = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(stopped.success());
        assert!(self.child.wait().unwrap().success());
    }
}

struct Client {
    http: reqwest::Client,
    url: String,
    token: String,
}

impl Client {
    async fn post(&self, nsid: &str, body: Value) -> (u16, Value) {
        let mut request = self
            .http
            .post(format!("{}/xrpc/{nsid}", self.url))
            .header("content-type", "application/json")
            .body(body.to_string());
        if !self.token.is_empty() {
            request = request.bearer_auth(&self.token);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let bytes = response.bytes().await.unwrap();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    async fn upload(&self, bytes: Vec<u8>) -> Value {
        let response = self
            .http
            .post(format!("{}/xrpc/com.atproto.repo.uploadBlob", self.url))
            .header("content-type", "image/png")
            .bearer_auth(&self.token)
            .body(bytes)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200);
        let reply: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
        reply["blob"].clone()
    }

    /// getBlob: `(status, content type, bytes)`.
    async fn get_blob(&self, did: &str, cid: &str) -> (u16, String, Vec<u8>) {
        let response = self
            .http
            .get(format!(
                "{}/xrpc/com.atproto.sync.getBlob?did={did}&cid={cid}",
                self.url
            ))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (
            status,
            content_type,
            response.bytes().await.unwrap().to_vec(),
        )
    }
}

/// A PNG signature followed by `len` bytes of a pattern.
fn image(len: usize, seed: u8) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..len).map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed)));
    bytes
}

/// An MP4 `ftyp` box followed by `len` bytes of a pattern.
fn video(len: usize) -> Vec<u8> {
    let mut bytes = b"\0\0\0\x18ftypisom".to_vec();
    bytes.extend((0..len).map(|i| (i as u8).wrapping_mul(17)));
    bytes
}

/// Waits (up to 10 s) until `done` holds: the lifecycle runs in the background as the server starts.
async fn eventually(what: &str, mut done: impl AsyncFnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done().await {
        assert!(Instant::now() < deadline, "{what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blobs_live_in_s3_across_restarts() {
    if !atmos_tests::s3::available("pds serve with S3 blobs").unwrap() {
        return;
    }
    let s3 = S3Server::start().unwrap();
    s3.create_bucket(BUCKET).unwrap();
    let _ = rustls::crypto::ring::default_provider().install_default();
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), &s3);
    let mut client = Client {
        http: reqwest::Client::new(),
        url: server.url.clone(),
        token: String::new(),
    };
    let (status, account) = client
        .post(
            "com.atproto.server.createAccount",
            json!({"handle": "alice.test", "email": "alice@example.com", "password": "hunter2hunter2"}),
        )
        .await;
    assert_eq!(status, 200, "{account}");
    let did = account["did"].as_str().unwrap().to_owned();
    client.token = account["accessJwt"].as_str().unwrap().to_owned();

    // Larger than one multipart part (5 MiB), so the upload streams as a multipart upload.
    let picture = video(6 * 1024 * 1024);
    let blob = client.upload(picture.clone()).await;
    assert_eq!(blob["mimeType"], "video/mp4");
    assert_eq!(blob["size"], picture.len());
    let cid = blob["ref"]["$link"].as_str().unwrap().to_owned();
    let stray = client.upload(image(1000, 2)).await;
    let stray_cid = stray["ref"]["$link"].as_str().unwrap().to_owned();
    let record = json!({"$type": "app.bsky.feed.post", "text": "a video",
        "createdAt": "2026-01-01T00:00:00.000Z",
        "embed": {"$type": "app.bsky.embed.video", "video": blob, "alt": "pattern"}});
    let (status, post) = client
        .post(
            "com.atproto.repo.createRecord",
            json!({"repo": did, "collection": "app.bsky.feed.post", "record": record}),
        )
        .await;
    assert_eq!(status, 200, "{post}");
    let (status, content_type, bytes) = client.get_blob(&did, &cid).await;
    assert_eq!((status, content_type.as_str()), (200, "video/mp4"));
    assert!(bytes == picture, "getBlob returns the uploaded bytes");
    assert_eq!(
        s3.keys(BUCKET, &format!("blocks/{did}/")).unwrap(),
        [format!("blocks/{did}/{cid}")],
        "the referenced blob was promoted"
    );
    assert_eq!(
        s3.keys(BUCKET, &format!("tmp/{did}/")).unwrap(),
        [format!("tmp/{did}/{stray_cid}")],
        "the stray upload is temporary"
    );

    // Restart: the referenced blob stays, the stray upload (grace 0) is collected.
    server.stop();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let server = Server::start(data.path(), &s3);
    client.url = server.url.clone();
    eventually(
        "the stray upload is collected after the restart",
        async || s3.keys(BUCKET, &format!("tmp/{did}/")).unwrap().is_empty(),
    )
    .await;
    assert_eq!(client.get_blob(&did, &stray_cid).await.0, 400);
    let (status, _, bytes) = client.get_blob(&did, &cid).await;
    assert_eq!(status, 200);
    assert!(bytes == picture, "the video survives the restart");

    // Delete the post, restart: the video is no longer referenced and goes.
    // A new port is a new service DID (did:web:localhost%3A<port>) here: sign in again.
    client.token.clear();
    let (status, session) = client
        .post(
            "com.atproto.server.createSession",
            json!({"identifier": "alice.test", "password": "hunter2hunter2"}),
        )
        .await;
    assert_eq!(status, 200, "{session}");
    client.token = session["accessJwt"].as_str().unwrap().to_owned();
    let rkey = post["uri"].as_str().unwrap().rsplit('/').next().unwrap();
    let (status, reply) = client
        .post(
            "com.atproto.repo.deleteRecord",
            json!({"repo": did, "collection": "app.bsky.feed.post", "rkey": rkey}),
        )
        .await;
    assert_eq!(status, 200, "{reply}");
    server.stop();
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let server = Server::start(data.path(), &s3);
    client.url = server.url.clone();
    eventually("the video is collected once unreferenced", async || {
        s3.keys(BUCKET, &format!("blocks/{did}/"))
            .unwrap()
            .is_empty()
    })
    .await;
    assert_eq!(client.get_blob(&did, &cid).await.0, 400);
    assert!(s3.keys(BUCKET, &format!("tmp/{did}/")).unwrap().is_empty());
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_official_client_s_blob_scenario_on_s3_across_restarts() {
    if !atmos_tests::s3::available("official client blobs on S3").unwrap()
        || !atmos_tests::node::available("official client blobs on S3").unwrap()
    {
        return;
    }
    let s3 = S3Server::start().unwrap();
    s3.create_bucket(BUCKET).unwrap();
    let data = tempfile::tempdir().unwrap();
    let script = |server: &Server, args: &[&str]| {
        let url = server.url.replace("127.0.0.1", "localhost");
        let mut all = vec![url.as_str()];
        all.extend_from_slice(args);
        let summary = atmos_tests::node::run_script("blob-lifecycle.mjs", &all).unwrap();
        assert_eq!(summary["ok"], true, "{summary}");
        summary
    };

    let server = Server::start(data.path(), &s3);
    let posted = script(&server, &["post"]);
    let (handle, did, cid) = (
        posted["handle"].as_str().unwrap(),
        posted["did"].as_str().unwrap(),
        posted["cid"].as_str().unwrap(),
    );
    assert_eq!(
        s3.keys(BUCKET, &format!("blocks/{did}/")).unwrap(),
        [format!("blocks/{did}/{cid}")]
    );
    server.stop();

    let server = Server::start(data.path(), &s3);
    let deleted = script(&server, &["delete", handle]);
    assert_eq!(deleted["cid"], cid);
    server.stop();

    // Restarted after the grace period (0 here): the image is collected as the server starts.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let server = Server::start(data.path(), &s3);
    eventually("the image is collected once unreferenced", async || {
        s3.keys(BUCKET, &format!("blocks/{did}/"))
            .unwrap()
            .is_empty()
    })
    .await;
    script(&server, &["gone", handle, cid]);
    assert!(s3.keys(BUCKET, &format!("tmp/{did}/")).unwrap().is_empty());
    server.stop();
}
