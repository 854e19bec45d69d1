//! Failure handling: an unreachable upstream (502 with a clear body), a slow upstream (504), and graceful shutdown.

use std::time::Duration;

use hyper::StatusCode;
use tokio::net::{TcpListener, TcpStream};

use crate::support::{self, Upstream, get, upstream};

/// Waits until the upstream has received a request, so shutdown surely finds it in flight.
async fn arrived(upstream: &Upstream) {
    for _ in 0..500 {
        if upstream.count() > 0 {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the request never reached the upstream");
}

#[tokio::test]
async fn upstream_down_is_a_502_with_a_clear_body() {
    let dead = {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        listener.local_addr().unwrap()
    };
    let app = upstream("app").await;
    let proxy = support::proxy(dead, app.addr, "").await;
    let got = get(
        proxy.addr,
        "atmos.cv",
        "/xrpc/com.atproto.server.describeServer",
        &[],
    )
    .await;
    assert_eq!(got.status, StatusCode::BAD_GATEWAY);
    assert!(
        got.body
            .starts_with("502 Bad Gateway: the pds upstream is unreachable ("),
        "{}",
        got.body
    );
    assert!(got.body.to_lowercase().contains("refused"), "{}", got.body);
    assert_eq!(got.header("content-type"), "text/plain; charset=utf-8");
    // The app upstream is unaffected.
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/", &[]).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn slow_upstream_is_a_504() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "[timeouts]\nresponse_header_ms = 150").await;
    let got = get(proxy.addr, "atmos.cv", "/slow?ms=2000", &[]).await;
    assert_eq!(got.status, StatusCode::GATEWAY_TIMEOUT);
    assert!(
        got.body
            .contains("the app upstream sent no response within 150 ms"),
        "{}",
        got.body
    );
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/slow?ms=10", &[]).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn graceful_shutdown_finishes_in_flight_requests_and_stops_accepting() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let mut proxy =
        support::proxy(pds.addr, app.addr, "[timeouts]\nshutdown_grace_ms = 5000").await;
    let addr = proxy.addr;
    let in_flight = tokio::spawn(async move { get(addr, "atmos.cv", "/slow?ms=600", &[]).await });
    arrived(&app).await;
    proxy.begin_shutdown();
    let got = in_flight.await.unwrap();
    assert_eq!((got.status, got.body.as_str()), (StatusCode::OK, "slow"));
    proxy.finished().await;
    assert!(
        TcpStream::connect(addr).await.is_err(),
        "still accepting after shutdown"
    );
}

#[tokio::test]
async fn shutdown_cuts_requests_that_outlive_the_grace_period() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let mut proxy = support::proxy(pds.addr, app.addr, "[timeouts]\nshutdown_grace_ms = 100").await;
    let addr = proxy.addr;
    let client = support::client();
    let request = hyper::Request::get(format!("http://{addr}/slow?ms=10000"))
        .header("host", "atmos.cv")
        .body(support::TestBody::default())
        .unwrap();
    let in_flight = tokio::spawn(async move { client.request(request).await });
    arrived(&app).await;
    proxy.begin_shutdown();
    let finished = tokio::time::timeout(Duration::from_secs(3), proxy.finished()).await;
    assert!(
        finished.is_ok(),
        "shutdown did not respect the grace period"
    );
    assert!(
        in_flight.await.unwrap().is_err(),
        "the cut request cannot have succeeded"
    );
}
