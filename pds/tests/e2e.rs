//! The judged end-to-end test: the real `pds serve` binary on loopback with a fresh data directory and no
//! other service, driven by the official TypeScript client (`@atproto/api`, tests/js/pds-e2e.mjs).
//! Afterwards the server is stopped with SIGTERM (graceful shutdown) and the account's repository, exported
//! from the data directory, is verified by `@atproto/repo` (signature, MST, every record).
//! A second scenario drives the binary with the Python SDK (`atproto` on PyPI, tests/py/pds_scenario.py).
//! Needs node and tests/js/node_modules, and tests/py/.venv: skipped with a warning without them, failed
//! under `CI`.

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary on a free port; returns it and the port.
fn start(data_dir: &std::path::Path) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("RUST_LOG", "warn")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
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

#[test]
fn official_client_creates_an_account_posts_and_reads_back() {
    if !atmos_tests::node::available("pds e2e").unwrap() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let (mut server, port) = start(data.path());
    let summary =
        atmos_tests::node::run_script("pds-e2e.mjs", &[&format!("http://localhost:{port}")])
            .unwrap();
    assert_eq!(summary["ok"], true, "{summary}");
    assert_eq!(summary["posts"], 1, "{summary}");
    assert_eq!(summary["repoRecords"], 6, "{summary}");
    assert!(summary["did"].as_str().unwrap().starts_with("did:plc:"));
    // Keys and secrets were generated under the data directory and are kept.
    assert!(data.path().join("secrets.toml").is_file());
    assert!(data.path().join("pds.sqlite").is_file());

    // Graceful shutdown on SIGTERM.
    let stopped = Command::new("kill")
        .args(["-TERM", &server.0.id().to_string()])
        .status()
        .unwrap();
    assert!(stopped.success());
    let exit = server.0.wait().unwrap();
    assert!(exit.success(), "pds exited with {exit}");

    // The repository as stored verifies with the reference implementation.
    let did: lexgen::model::Did = summary["did"].as_str().unwrap().parse().unwrap();
    let mut config = pds::config::Config::load(None, |_| None).unwrap();
    config.data_dir = data.path().to_owned();
    let app = pds::app::App::open(config, port).unwrap();
    let account = app
        .storage
        .read_blocking(|conn| pds::storage::accounts::account_by_did(conn, did.as_str()))
        .unwrap()
        .unwrap();
    let key = app.signing_key(&account).unwrap();
    let car_path = data.path().join("repo.car");
    let file = std::fs::File::create(&car_path).unwrap();
    app.repos.export_blocking(&did, None, file).unwrap();
    let verified = atmos_tests::node::run_script(
        "repo.mjs",
        &[
            "verify",
            car_path.to_str().unwrap(),
            did.as_str(),
            &key.did_key(),
        ],
    )
    .unwrap();
    // profile, the image post, the like, the follow, the portfolio entry, the app-password post.
    assert_eq!(verified["records"], 6, "{verified}");
}

/// Another SDK, written elsewhere: the Python `atproto` package (tests/py/pds_scenario.py) creates two
/// accounts, posts with an image, likes, reposts, follows, writes a `cv.atmos` portfolio entry, reads and
/// lists records, is refused an invalid post, logs in with an app password, refreshes, deletes, downloads
/// and parses the repository CAR, and replays the firehose from the start.
#[test]
fn python_sdk_scenario() {
    if !atmos_tests::python::available("pds python scenario").unwrap() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let (_server, port) = start(data.path());
    let summary =
        atmos_tests::python::run_script("pds_scenario.py", &[&format!("http://localhost:{port}")])
            .unwrap();
    assert_eq!(summary["ok"], true, "{summary}");
    assert_eq!(
        summary["collections"],
        serde_json::json!([
            "app.bsky.actor.profile",
            "app.bsky.feed.like",
            "app.bsky.feed.post",
            "app.bsky.feed.repost",
            "app.bsky.graph.follow",
            "cv.atmos.portfolio.entry"
        ]),
        "{summary}"
    );
    assert_eq!(summary["invalidError"], "InvalidRequest", "{summary}");
    // The image is unreferenced once its post is deleted.
    assert_eq!(summary["blobsAfterDelete"], 0, "{summary}");
    assert_eq!(
        summary["firehoseKinds"],
        serde_json::json!(["Account", "Commit", "Identity", "Sync"]),
        "{summary}"
    );
    // Two genesis commits and seven writes by the first account.
    assert!(
        summary["firehoseCommits"].as_u64().unwrap() >= 9,
        "{summary}"
    );
}
