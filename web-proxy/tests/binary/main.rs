//! The real `web-proxy` binary: `--check`, serving from a config file, bad arguments, and a clean exit on SIGTERM.
#![allow(clippy::unwrap_used)]

#[allow(dead_code)] // shared with the `proxy` test binary
#[path = "../proxy/support.rs"]
mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use hyper::StatusCode;

const BIN: &str = env!("CARGO_BIN_EXE_web-proxy");

#[test]
fn check_accepts_the_example_config() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/atmos.example.toml");
    let output = Command::new(BIN)
        .args(["--config", example, "--check"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn bad_arguments_and_configs_fail_with_a_message() {
    let output = Command::new(BIN).arg("--bogus").output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown argument"));
    let output = Command::new(BIN)
        .args(["--config", "/nonexistent/web-proxy.toml"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read config file"));
}

#[tokio::test]
async fn serves_and_exits_cleanly_on_sigterm() {
    let pds = support::upstream("pds").await;
    let app = support::upstream("app").await;
    let config = std::env::temp_dir().join(format!("web-proxy-binary-{}.toml", std::process::id()));
    std::fs::write(
        &config,
        format!(
            "listen = \"127.0.0.1:0\"\n[pds]\nurl = \"http://{}\"\n[app]\nurl = \"http://{}\"\n",
            pds.addr, app.addr
        ),
    )
    .unwrap();
    let mut child = Command::new(BIN)
        .arg("--config")
        .arg(&config)
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let listening = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        loop {
            line.clear();
            if stderr.read_line(&mut line).unwrap() == 0 {
                return None;
            }
            if let Some(rest) = line.split("local_addr=").nth(1) {
                let addr = rest
                    .split_whitespace()
                    .next()
                    .unwrap()
                    .parse::<std::net::SocketAddr>()
                    .unwrap();
                // Keep draining so the child never blocks on a full pipe.
                std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
                return Some(addr);
            }
        }
    });
    let addr = match tokio::time::timeout(Duration::from_secs(30), listening).await {
        Ok(Ok(Some(addr))) => addr,
        other => {
            let _ = child.kill();
            panic!("the binary never logged its listening address: {other:?}");
        }
    };

    let got = support::get(
        addr,
        "atmos.cv",
        "/xrpc/com.atproto.server.describeServer",
        &[],
    )
    .await;
    assert_eq!(
        (got.status, got.header("x-upstream")),
        (StatusCode::OK, "pds")
    );

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = tokio::time::timeout(
        Duration::from_secs(10),
        tokio::task::spawn_blocking(move || child.wait()),
    )
    .await
    .expect("binary did not exit after SIGTERM")
    .unwrap()
    .unwrap();
    assert!(status.success(), "exit status {status}");
    let _ = std::fs::remove_file(config);
}
