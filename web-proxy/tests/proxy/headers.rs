//! Header fixes through a live proxy: forwarding headers (trusted/untrusted/conflicting), Sec-Fetch synthesis, hop-by-hop removal, Host preservation.

use hyper::StatusCode;

use crate::support::{self, get, upstream};

#[tokio::test]
async fn forwarding_headers_from_an_untrusted_peer_are_replaced() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "public_scheme = \"https\"").await;
    let spoofed = [
        ("x-forwarded-for", "6.6.6.6"),
        ("x-forwarded-proto", "http"),
        ("x-forwarded-host", "evil.example"),
        ("forwarded", "for=6.6.6.6"),
    ];
    get(proxy.addr, "atmos.cv", "/xrpc/x", &spoofed).await;
    let seen = pds.last("/xrpc/x").headers;
    assert_eq!(seen["x-forwarded-for"], "127.0.0.1");
    assert_eq!(seen["x-forwarded-proto"], "https");
    assert_eq!(seen["x-forwarded-host"], "atmos.cv");
    assert_eq!(seen["forwarded"], "for=127.0.0.1;host=atmos.cv;proto=https");
    assert_eq!(seen["host"], "atmos.cv");
}

#[tokio::test]
async fn forwarding_headers_from_a_trusted_edge_are_extended() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let extra = "[forwarding]\ntrusted_proxies = [\"127.0.0.0/8\"]";
    let proxy = support::proxy(pds.addr, app.addr, extra).await;
    let edge = [
        ("x-forwarded-for", "203.0.113.7"),
        ("x-forwarded-proto", "https"),
        ("x-forwarded-host", "atmos.cv"),
        ("forwarded", "for=203.0.113.7;proto=https"),
    ];
    get(proxy.addr, "internal:8080", "/xrpc/x", &edge).await;
    let seen = pds.last("/xrpc/x").headers;
    assert_eq!(seen["x-forwarded-for"], "203.0.113.7, 127.0.0.1");
    assert_eq!(seen["x-forwarded-proto"], "https");
    assert_eq!(seen["x-forwarded-host"], "atmos.cv");
    assert_eq!(
        seen["forwarded"],
        "for=203.0.113.7;proto=https, for=127.0.0.1;host=\"internal:8080\";proto=https"
    );
    assert_eq!(seen["host"], "internal:8080", "Host is forwarded unchanged");
}

#[tokio::test]
async fn absent_forwarding_headers_are_created() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    get(proxy.addr, "dave.atmos.cv", "/", &[]).await;
    let seen = app.last("/").headers;
    assert_eq!(seen["x-forwarded-for"], "127.0.0.1");
    assert_eq!(seen["x-forwarded-proto"], "http");
    assert_eq!(seen["x-forwarded-host"], "dave.atmos.cv");
}

#[tokio::test]
async fn same_origin_api_call_gets_same_origin_fetch_metadata() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "public_scheme = \"https\"").await;
    let headers = [
        ("origin", "https://atmos.cv"),
        ("referer", "https://atmos.cv/account"),
        ("accept", "application/json"),
    ];
    get(
        proxy.addr,
        "atmos.cv",
        "/@atproto/oauth-provider/~api/device-sessions",
        &headers,
    )
    .await;
    let seen = pds
        .last("/@atproto/oauth-provider/~api/device-sessions")
        .headers;
    assert_eq!(seen["sec-fetch-site"], "same-origin");
    assert_eq!(seen["sec-fetch-mode"], "same-origin");
    assert_eq!(seen["sec-fetch-dest"], "empty");
    assert!(!seen.contains_key("sec-fetch-user"));
}

#[tokio::test]
async fn present_sec_fetch_headers_arrive_unchanged() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    let browser = [
        ("accept", "text/html"),
        ("sec-fetch-site", "same-site"),
        ("sec-fetch-mode", "navigate"),
        ("sec-fetch-dest", "document"),
    ];
    let got = get(proxy.addr, "atmos.cv", "/oauth/authorize", &browser).await;
    assert_eq!(got.status, StatusCode::OK);
    let seen = pds.last("/oauth/authorize").headers;
    assert_eq!(seen["sec-fetch-site"], "same-site");
    assert!(!seen.contains_key("sec-fetch-user"));
}

#[tokio::test]
async fn synthesis_can_be_switched_off() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(
        pds.addr,
        app.addr,
        "[forwarding]\nsynthesize_sec_fetch = false",
    )
    .await;
    let got = get(
        proxy.addr,
        "atmos.cv",
        "/oauth/authorize",
        support::NAVIGATION,
    )
    .await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn hop_by_hop_headers_are_removed_both_ways() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    let request = [
        ("connection", "x-client-secret"),
        ("x-client-secret", "1"),
        ("te", "trailers"),
        ("proxy-authorization", "Basic Zm9vOmJhcg=="),
        ("x-end-to-end", "kept"),
    ];
    let got = get(proxy.addr, "atmos.cv", "/hop-by-hop", &request).await;
    let seen = app.last("/hop-by-hop").headers;
    for name in ["x-client-secret", "te", "proxy-authorization"] {
        assert!(!seen.contains_key(name), "{name} reached the upstream");
    }
    assert_eq!(seen["x-end-to-end"], "kept");
    assert!(
        !got.headers.contains_key("x-internal"),
        "Connection-listed response header leaked"
    );
    assert!(!got.headers.contains_key("keep-alive"));
    assert_eq!(got.header("x-kept"), "yes");
}
