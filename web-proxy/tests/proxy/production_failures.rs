//! The production failures from issue 7, each reproduced against a plain upstream and shown fixed through the proxy.

use http_body_util::BodyExt;
use hyper::{Request, StatusCode};

use crate::support::{self, NAVIGATION, REDIRECT_LOCATION, SET_COOKIES, get, upstream};

/// Failure 1: the edge stripped `Sec-Fetch-*`, so the PDS rejected its own authorize page.
#[tokio::test]
async fn stripped_sec_fetch_headers_broke_oauth_authorize_and_are_synthesized() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(
        pds.addr,
        app.addr,
        "public_scheme = \"https\"\n[domain]\napex = \"atmos.cv\"",
    )
    .await;

    // Reproduced: a browser navigation with its Fetch Metadata stripped, sent straight to the PDS.
    let direct = get(
        pds.addr,
        "atmos.cv",
        "/oauth/authorize?request_uri=urn:x",
        NAVIGATION,
    )
    .await;
    assert_eq!(direct.status, StatusCode::BAD_REQUEST);
    assert_eq!(direct.body, "Missing sec-fetch-site header");

    // Fixed: the same request through the proxy (the user followed a link from the client app).
    let mut headers = NAVIGATION.to_vec();
    headers.push(("referer", "https://client.example/login"));
    let proxied = get(
        proxy.addr,
        "atmos.cv",
        "/oauth/authorize?request_uri=urn:x",
        &headers,
    )
    .await;
    assert_eq!(proxied.status, StatusCode::OK, "{}", proxied.body);
    let seen = pds.last("/oauth/authorize").headers;
    assert_eq!(seen["sec-fetch-site"], "cross-site");
    assert_eq!(seen["sec-fetch-mode"], "navigate");
    assert_eq!(seen["sec-fetch-dest"], "document");
    assert_eq!(seen["sec-fetch-user"], "?1");
}

/// Failure 1, the other side: headers that did arrive are never overwritten, so an iframe
/// embedding (`Sec-Fetch-Dest: iframe`) is still refused by the PDS.
#[tokio::test]
async fn arrived_sec_fetch_headers_are_never_overwritten() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;

    let mut framed = NAVIGATION.to_vec();
    framed.extend([
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-mode", "navigate"),
        ("sec-fetch-dest", "iframe"),
    ]);
    let got = get(proxy.addr, "atmos.cv", "/oauth/authorize", &framed).await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    assert_eq!(got.body, "Forbidden sec-fetch-dest header \"iframe\"");
    let seen = pds.last("/oauth/authorize").headers;
    assert_eq!(seen["sec-fetch-dest"], "iframe");
    assert!(
        !seen.contains_key("sec-fetch-user"),
        "absent Sec-Fetch-User must stay absent when others arrived"
    );

    // Conflicting duplicates pass through as they came; the PDS decides (400 "Invalid").
    let mut doubled = NAVIGATION.to_vec();
    doubled.extend([("sec-fetch-site", "none"), ("sec-fetch-site", "cross-site")]);
    let got = get(proxy.addr, "atmos.cv", "/oauth/authorize", &doubled).await;
    assert_eq!(got.body, "Invalid sec-fetch-site header");
}

/// Failure 2: the edge followed redirects itself, swallowing the PDS's 303 and its cookies.
#[tokio::test]
async fn redirect_following_swallowed_303_and_set_cookie_and_the_proxy_passes_them_through() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "").await;

    // Reproduced: a naive proxy that follows the 303 answers with the *target's* response.
    let client = support::client();
    let first = client
        .request(
            Request::get(format!("http://{}/oauth/authorize/redirect", pds.addr))
                .header("host", "atmos.cv")
                .body(support::TestBody::default())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::SEE_OTHER);
    // Follow it the way the broken edge did (to a stand-in for the client app, reached over loopback).
    let followed = client
        .request(
            Request::get(format!("http://{}/callback", app.addr))
                .header("host", "client.example")
                .body(support::TestBody::default())
                .unwrap(),
        )
        .await
        .unwrap();
    let (status, cookies) = (
        followed.status(),
        followed.headers().get_all("set-cookie").iter().count(),
    );
    followed.into_body().collect().await.unwrap();
    assert_eq!(
        (status, cookies),
        (StatusCode::OK, 0),
        "the browser would see 200 and no cookies"
    );

    // Fixed: through the proxy the browser gets the 303, the exact Location and every cookie.
    let got = get(proxy.addr, "atmos.cv", "/oauth/authorize/redirect", &[]).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER);
    assert_eq!(got.header("location"), REDIRECT_LOCATION);
    let cookies: Vec<&str> = got
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap())
        .collect();
    assert_eq!(cookies, SET_COOKIES);
    assert_eq!(
        app.count(),
        1,
        "the proxy must not have followed the redirect"
    );
}

/// Failure 3: the OAuth UI's assets under `/@atproto/oauth-provider/~assets/*` went to the web app.
#[tokio::test]
async fn oauth_ui_assets_went_to_the_web_app_and_now_reach_the_pds() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let proxy = support::proxy(pds.addr, app.addr, "public_scheme = \"https\"").await;

    // Reproduced: the web app has no such asset (it answers with its own page).
    let direct = get(
        app.addr,
        "atmos.cv",
        "/@atproto/oauth-provider/~assets/main.js",
        &[],
    )
    .await;
    assert_eq!(direct.body, "app");

    // Fixed: a `<script src>` load from the authorize page (Fetch Metadata stripped) reaches the PDS,
    // and the synthesized `Sec-Fetch-Dest: script` passes the asset route's check.
    let headers = [
        ("accept", "*/*"),
        (
            "referer",
            "https://atmos.cv/oauth/authorize?request_uri=urn:x",
        ),
    ];
    let got = get(
        proxy.addr,
        "atmos.cv",
        "/@atproto/oauth-provider/~assets/main.js",
        &headers,
    )
    .await;
    assert_eq!(got.header("x-upstream"), "pds");
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    assert_eq!(got.header("content-type"), "text/javascript");
    let seen = pds.last("/@atproto/oauth-provider/~assets/main.js").headers;
    assert_eq!(
        (
            seen["sec-fetch-site"].to_str().unwrap(),
            seen["sec-fetch-dest"].to_str().unwrap()
        ),
        ("same-origin", "script")
    );

    let api = get(
        proxy.addr,
        "atmos.cv",
        "/@atproto/oauth-provider/~api/sign-in",
        &[],
    )
    .await;
    assert_eq!(api.header("x-upstream"), "pds");
}

/// Failure 4: `dave.atmos.cv` was redirected to the non-existent `www.dave.atmos.cv`.
#[tokio::test]
async fn handle_subdomain_was_redirected_to_www_and_now_resolves() {
    let pds = upstream("pds").await;
    let app = upstream("app").await;
    let extra = "public_scheme = \"https\"\n[domain]\napex = \"atmos.cv\"\ncanonical = \"www\"";
    let proxy = support::proxy(pds.addr, app.addr, extra).await;

    let did = get(proxy.addr, "dave.atmos.cv", "/.well-known/atproto-did", &[]).await;
    assert_eq!(
        (did.status, did.body.as_str(), did.header("x-upstream")),
        (StatusCode::OK, "did:plc:dave", "pds")
    );
    let page = get(proxy.addr, "dave.atmos.cv", "/", NAVIGATION).await;
    assert_eq!(
        (
            page.status,
            page.header("x-upstream"),
            page.header("location")
        ),
        (StatusCode::OK, "app", "")
    );

    // The configured redirect still applies, to the apex only.
    let apex = get(
        proxy.addr,
        "atmos.cv",
        "/profile/dave?tab=posts",
        NAVIGATION,
    )
    .await;
    assert_eq!(apex.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        apex.header("location"),
        "https://www.atmos.cv/profile/dave?tab=posts"
    );
    // ...and never to the PDS's endpoints on the apex (the OAuth issuer origin must not move).
    let apex_did = get(proxy.addr, "atmos.cv", "/.well-known/atproto-did", &[]).await;
    assert_eq!(
        (apex_did.status, apex_did.body.as_str()),
        (StatusCode::OK, "did:plc:atmos")
    );
    let www = get(proxy.addr, "www.atmos.cv", "/", NAVIGATION).await;
    assert_eq!(
        (www.status, www.header("x-upstream")),
        (StatusCode::OK, "app")
    );
}
