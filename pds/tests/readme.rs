//! The README's "Run the PDS" section as a newcomer follows it: the TypeScript snippet, taken from README.md at
//! test time, runs (twice: it must not trip over its own handle) against the real `pds serve` binary under
//! the pinned node 22 and `@atproto/api` of tests/js, which is the version the README tells readers to
//! install; and an `app.bsky.*` read with no AppView configured answers 501 naming the settings the
//! README's "Configure an AppView" paragraph gives. The README's Rust blocks are doctests of `atmos-tests`.
//! Needs node and tests/js/node_modules: skipped with a warning without them, failed under `CI`.

#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// The URL the README's snippet talks to, replaced by the test server's.
const README_SERVICE: &str = "http://localhost:2583";

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the binary on a free port with a fresh data directory and the default configuration.
fn start(data_dir: &Path) -> (Server, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pds"))
        .arg("serve")
        .env("PDS_DATA_DIR", data_dir)
        .env("PDS_PORT", "0")
        .env("RUST_LOG", "warn")
        .env_remove("PDS_BSKY_APP_VIEW_DID")
        .env_remove("PDS_BSKY_APP_VIEW_URL")
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

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md")).unwrap()
}

/// The body of the README's first ```js block.
fn js_snippet(readme: &str) -> String {
    let start = readme
        .find("\n```js\n")
        .expect("README.md has a ```js block")
        + "\n```js\n".len();
    let len = readme[start..].find("\n```").unwrap();
    readme[start..start + len + 1].to_owned()
}

/// Runs the snippet as `hello.mjs` in a fresh directory whose `node_modules` is tests/js's, as a reader who
/// ran the README's `npm install` would; returns its stdout.
fn run_snippet(snippet: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(
        atmos_tests::node::js_dir().join("node_modules"),
        dir.path().join("node_modules"),
    )
    .unwrap();
    let file = dir.path().join("hello.mjs");
    std::fs::write(&file, snippet).unwrap();
    let output = atmos_tests::node::command().arg(&file).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "hello.mjs failed ({}):\n{stdout}{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// A plain `GET` on the server; returns the status code and body.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

#[test]
fn readme_typescript_example_runs_as_written() {
    let readme = readme();
    let pinned: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(atmos_tests::node::js_dir().join("package.json")).unwrap(),
    )
    .unwrap();
    let version = pinned["dependencies"]["@atproto/api"].as_str().unwrap();
    assert!(
        readme.contains(&format!("npm install @atproto/api@{version}\n")),
        "README.md should tell readers to install the pinned @atproto/api {version}"
    );
    if !atmos_tests::node::available("README example").unwrap() {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let (_server, port) = start(data.path());
    let service = format!("http://localhost:{port}");
    let snippet = js_snippet(&readme);
    assert!(
        snippet.contains(README_SERVICE),
        "the snippet no longer talks to {README_SERVICE}:\n{snippet}"
    );
    let snippet = snippet.replace(README_SERVICE, &service);
    let mut handles = Vec::new();
    for _ in 0..2 {
        let out = run_snippet(&snippet);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        let created = lines[0].strip_prefix("created ").unwrap();
        let (handle, rest) = created.split_once(' ').unwrap();
        assert!(
            handle.starts_with("alice-") && handle.ends_with(".test"),
            "{out}"
        );
        assert!(rest.starts_with("(did:plc:"), "{out}");
        assert!(rest.ends_with(&format!(") on {service}")), "{out}");
        let uri = lines[1].strip_prefix("posted at://did:plc:").unwrap();
        assert!(uri.contains("/app.bsky.feed.post/"), "{out}");
        assert_eq!(lines[2], "read back: \"hello from my own PDS\"");
        handles.push(handle.to_owned());
    }
    assert_ne!(handles[0], handles[1]);
}

#[test]
fn appview_reads_without_an_appview_name_the_settings() {
    let readme = readme();
    let data = tempfile::tempdir().unwrap();
    let (_server, port) = start(data.path());
    let (status, body) = get(port, "/xrpc/app.bsky.actor.getProfile?actor=alice.test");
    assert_eq!(status, 501, "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["error"], "MethodNotImplemented");
    let message = body["message"].as_str().unwrap();
    for setting in ["PDS_BSKY_APP_VIEW_DID", "PDS_BSKY_APP_VIEW_URL"] {
        assert!(message.contains(setting), "{message}");
        assert!(readme.contains(setting), "README.md lacks {setting}");
    }
    // Other unknown methods keep the plain answer.
    let (status, body) = get(port, "/xrpc/com.example.nothing.here");
    assert_eq!(status, 501, "{body}");
    assert!(!body.contains("AppView"), "{body}");
}
