//! Each routing rule through a live proxy: PDS paths, the web app, custom host rules, canonical redirects, bad hosts and paths.

use hyper::{Method, StatusCode};

use crate::support::{self, get, send, upstream};

#[tokio::test]
async fn every_pds_path_reaches_the_pds_with_host_and_path_intact() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    for path in [
        "/xrpc/com.atproto.server.describeServer",
        "/xrpc/com.atproto.repo.getRecord?repo=did:plc:x&collection=app.bsky.feed.post&rkey=3k",
        "/.well-known/atproto-did",
        "/.well-known/did.json",
        "/.well-known/oauth-protected-resource",
        "/.well-known/oauth-authorization-server",
        "/.well-known/change-password",
        "/oauth/par",
        "/oauth/token",
        "/oauth/jwks",
        "/@atproto/oauth-provider/~assets/app.css",
        "/@atproto/oauth-provider/~api/device-sessions",
        "/account",
        "/account/reset-password",
    ] {
        let got = get(proxy.addr, "atmos.cv", path, &[]).await;
        assert_eq!(got.header("x-upstream"), "pds", "{path}");
        let seen = pds.last(path.split('?').next().unwrap());
        assert_eq!(seen.path_and_query, path);
        assert_eq!(seen.headers["host"], "atmos.cv");
    }
    let post = send(
        proxy.addr,
        Method::POST,
        "atmos.cv",
        "/xrpc/com.atproto.repo.createRecord",
        &[],
    )
    .await;
    assert_eq!(post.header("x-upstream"), "pds");
    assert_eq!(
        pds.last("/xrpc/com.atproto.repo.createRecord").method,
        Method::POST
    );
}

#[tokio::test]
async fn everything_else_reaches_the_web_app() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    for path in [
        "/",
        "/profile/dave.atmos.cv",
        "/.well-known/assetlinks.json",
        "/accounts",
        "/xrpcfoo",
        "/static/app.js?v=1",
    ] {
        let got = get(proxy.addr, "atmos.cv", path, &[]).await;
        assert_eq!(
            (got.status, got.header("x-upstream")),
            (StatusCode::OK, "app"),
            "{path}"
        );
    }
    assert_eq!(pds.count(), 0);
}

#[tokio::test]
async fn custom_host_rule_sends_a_whole_host_to_the_pds() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let extra = "[[routes]]\nhost = \"pds.atmos.cv\"\npath = \"/*\"\nto = \"pds\"";
    let proxy = support::proxy(pds.addr, app.addr, extra).await;
    assert_eq!(
        get(proxy.addr, "pds.atmos.cv", "/", &[])
            .await
            .header("x-upstream"),
        "pds"
    );
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/", &[])
            .await
            .header("x-upstream"),
        "app"
    );
}

#[tokio::test]
async fn www_to_apex_redirect_keeps_port_path_and_query_and_spares_handles() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let extra = "[domain]\napex = \"atmos.cv\"\ncanonical = \"apex\"\nredirect_status = 301";
    let proxy = support::proxy(pds.addr, app.addr, extra).await;
    let got = get(proxy.addr, "www.atmos.cv:8080", "/a/b?c=d", &[]).await;
    assert_eq!(got.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(got.header("location"), "http://atmos.cv:8080/a/b?c=d");
    assert_eq!(
        get(proxy.addr, "www.atmos.cv", "/xrpc/x", &[])
            .await
            .header("x-upstream"),
        "pds"
    );
    assert_eq!(
        get(proxy.addr, "www.dave.atmos.cv", "/", &[]).await.status,
        StatusCode::OK
    );
    assert_eq!(
        get(proxy.addr, "dave.atmos.cv", "/", &[]).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn trusted_edge_scheme_is_used_in_redirects() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let extra = "[domain]\napex = \"atmos.cv\"\ncanonical = \"www\"\n[forwarding]\ntrusted_proxies = [\"127.0.0.1\"]";
    let proxy = support::proxy(pds.addr, app.addr, extra).await;
    let got = get(
        proxy.addr,
        "atmos.cv",
        "/",
        &[("x-forwarded-proto", "https")],
    )
    .await;
    assert_eq!(got.header("location"), "https://www.atmos.cv/");
}

#[tokio::test]
async fn bad_hosts_and_dot_segments_are_rejected() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;
    let got = get(proxy.addr, "bad host", "/", &[]).await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    let doubled = get(
        proxy.addr,
        "atmos.cv",
        "/xrpc/x",
        &[("host", "evil.example")],
    )
    .await;
    assert_eq!(doubled.status, StatusCode::BAD_REQUEST);
    assert!(
        doubled.body.contains("more than one Host"),
        "{}",
        doubled.body
    );
    for path in ["/static/../oauth/authorize", "/x/%2e%2e/account"] {
        let got = get(proxy.addr, "atmos.cv", path, &[]).await;
        assert_eq!(got.status, StatusCode::BAD_REQUEST, "{path}");
    }
    assert_eq!(pds.count() + app.count(), 0);
}
