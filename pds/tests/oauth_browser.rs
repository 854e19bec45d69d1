//! The OAuth pages in a real browser, through the deployment's path: headless Chromium (the Debian package)
//! → a hop that strips `Sec-Fetch-*` (as a CDN may) → `web-proxy` → the `pds serve` binary, whose public URL
//! is the hop's. `tests/js/oauth-browser.mjs` runs the hop, @atproto/oauth-client-node (PAR, PKCE, DPoP) and
//! puppeteer-core: sign in, sign up (`prompt=create`), password reset, sign in with the email second
//! factor's mailed code, each ending in a token that writes a record. Skipped when chromium or node is missing, except under `CI` (`.ci/run` installs chromium).
//! Screenshots land in `$OAUTH_SCREENSHOTS` when set (docs/oauth/ holds copies), else a temporary directory.

#![allow(clippy::unwrap_used)]

#[path = "support/server.rs"]
mod server;

use std::path::{Path, PathBuf};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Whether chromium is here; its absence fails under `CI`.
fn chromium_available() -> bool {
    if Path::new(CHROMIUM).is_file() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{CHROMIUM} is missing, and CI requires the browser test (.ci/run installs chromium)"
    );
    eprintln!("warning: oauth browser test skipped: {CHROMIUM} is missing");
    false
}

/// A loopback port free right now (the hop listens there; the PDS must know its public URL first).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_signs_in_signs_up_and_resets_through_web_proxy_behind_a_stripping_hop() {
    if !chromium_available() || !atmos_tests::node::available("oauth browser").unwrap() {
        return;
    }
    let hop_port = free_port();
    let public = format!("http://localhost:{hop_port}");
    let pds = server::Server::start(&[("PDS_PUBLIC_URL", public.clone())]);
    let config = web_proxy::Config::from_toml(
        &format!(
            "listen = \"127.0.0.1:0\"\npublic_scheme = \"http\"\n[pds]\nurl = \"http://127.0.0.1:{}\"\n\
             [app]\nurl = \"http://127.0.0.1:9\"\n",
            pds.port
        ),
        Path::new("."),
    )
    .unwrap();
    let proxy = web_proxy::Server::bind(config).await.unwrap();
    let proxy_url = format!("http://{}", proxy.local_addr());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(proxy.serve(async move {
        let _ = stopped.await;
    }));

    let temporary = tempfile::tempdir().unwrap();
    let shots = std::env::var_os("OAUTH_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| temporary.path().to_owned());
    std::fs::create_dir_all(&shots).unwrap();
    let args = [
        public.clone(),
        hop_port.to_string(),
        proxy_url,
        format!("http://127.0.0.1:{}/plc", pds.port),
        pds.data.path().join("outbox").display().to_string(),
        shots.display().to_string(),
        CHROMIUM.to_owned(),
    ];
    let summary = tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        atmos_tests::node::run_script("oauth-browser.mjs", &args)
    })
    .await
    .unwrap();
    let _ = stop.send(());
    serving.await.unwrap();
    let summary = summary.unwrap();
    eprintln!("oauth-browser.mjs: {summary}");

    assert_eq!(summary["ok"], true, "{summary}");
    assert!(summary["stripped"].as_u64().unwrap() > 0, "{summary}");
    assert!(
        summary["handleStatus"]
            .as_str()
            .unwrap()
            .ends_with("is available."),
        "{summary}"
    );
    assert!(summary["secondFactor"].as_str().is_some(), "{summary}");
    for name in ["sign-in", "sign-up", "sign-in-code", "consent"] {
        let png = std::fs::read(shots.join(format!("{name}.png"))).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name}.png is a PNG");
    }
}
