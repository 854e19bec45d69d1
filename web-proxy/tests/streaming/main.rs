//! Large request and response bodies stream through the proxy in constant memory (its own binary, so peak RSS is this test's alone).
#![allow(clippy::unwrap_used)]

#[allow(dead_code)] // shared with the `proxy` test binary
#[path = "../proxy/support.rs"]
mod support;

use http_body_util::BodyExt;
use hyper::{Method, Request, StatusCode};

use support::{Generated, upstream};

const MIB: u64 = 1024 * 1024;

/// Peak resident memory of this process, in bytes (Linux).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

async fn upload(addr: std::net::SocketAddr, len: u64) -> String {
    let got = support::send_body(
        addr,
        Method::POST,
        "atmos.cv",
        "/xrpc/com.atproto.repo.uploadBlob",
        &[("content-type", "application/octet-stream")],
        Generated::new(len).boxed_unsync(),
    )
    .await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    assert_eq!(got.header("x-upstream"), "pds");
    got.body
}

/// Downloads and checks every byte against the generator's pattern without keeping the body.
async fn download(addr: std::net::SocketAddr, len: u64) {
    let request = Request::get(format!(
        "http://{addr}/xrpc/com.atproto.sync.getBlob?bytes={len}"
    ))
    .header("host", "atmos.cv")
    .body(support::TestBody::default())
    .unwrap();
    let response = support::client().request(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let mut body = response.into_body();
    let mut offset = 0u64;
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.unwrap().into_data() {
            for (i, byte) in data.iter().enumerate() {
                assert_eq!(
                    u64::from(*byte),
                    (offset + i as u64) % 251,
                    "byte {}",
                    offset + i as u64
                );
            }
            offset += data.len() as u64;
        }
    }
    assert_eq!(offset, len);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_upload_and_download_stream_in_constant_memory() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;

    // Warm up every buffer and pool once, then measure.
    upload(proxy.addr, MIB).await;
    download(proxy.addr, MIB).await;
    let baseline = peak_rss();

    let len = 64 * MIB;
    let expected = format!("{len} {}", Generated::checksum(len));
    assert_eq!(upload(proxy.addr, len).await, expected);
    download(proxy.addr, len).await;

    let growth = peak_rss().saturating_sub(baseline);
    eprintln!("peak RSS growth: {} KiB", growth / 1024);
    // Buffering either body whole would add at least 64 MiB (client, proxy and upstream share this process).
    assert!(
        growth < 24 * MIB,
        "peak RSS grew by {} MiB moving 2 x 64 MiB",
        growth / MIB
    );
}
