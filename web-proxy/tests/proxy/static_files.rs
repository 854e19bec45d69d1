//! The web app served from a directory: content types, SPA fallback, 404s, traversal, HEAD, 405, ETag/304.

use std::path::PathBuf;

use hyper::{Method, StatusCode};

use crate::support::{self, get, send, upstream};

struct Site {
    dir: PathBuf,
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn site(name: &str) -> Site {
    let dir = std::env::temp_dir().join(format!("web-proxy-static-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<!doctype html><title>Atmos</title>",
    )
    .unwrap();
    std::fs::write(dir.join("assets/app.js"), "console.log('app')").unwrap();
    std::fs::write(dir.join("assets/style.css"), "body{}").unwrap();
    std::fs::write(dir.join("docs/index.html"), "docs").unwrap();
    std::fs::write(dir.join(".env"), "SECRET=1").unwrap();
    Site { dir }
}

async fn static_proxy(site: &Site, pds: std::net::SocketAddr) -> support::Proxy {
    let toml = format!(
        "listen = \"127.0.0.1:0\"\n[pds]\nurl = \"http://{pds}\"\n[app]\nstatic_dir = {:?}\n",
        site.dir.display().to_string()
    );
    support::proxy_from(&toml).await
}

#[tokio::test]
async fn files_with_content_types_and_directory_index() {
    let site = site("types");
    let pds = upstream("pds").await;
    let proxy = static_proxy(&site, pds.addr).await;
    let js = get(proxy.addr, "atmos.cv", "/assets/app.js", &[]).await;
    assert_eq!(
        (js.status, js.body.as_str()),
        (StatusCode::OK, "console.log('app')")
    );
    assert_eq!(js.header("content-type"), "text/javascript; charset=utf-8");
    assert_eq!(js.header("content-length"), "18");
    let css = get(proxy.addr, "atmos.cv", "/assets/style.css", &[]).await;
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/docs/", &[]).await.body,
        "docs"
    );
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/", &[])
            .await
            .header("content-type"),
        "text/html; charset=utf-8"
    );
    // PDS paths still go to the PDS.
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/xrpc/x", &[])
            .await
            .header("x-upstream"),
        "pds"
    );
}

#[tokio::test]
async fn spa_fallback_for_pages_but_404_for_missing_files() {
    let site = site("spa");
    let pds = upstream("pds").await;
    let proxy = static_proxy(&site, pds.addr).await;
    let page = get(
        proxy.addr,
        "atmos.cv",
        "/profile/dave.atmos.cv",
        &[("accept", "text/html")],
    )
    .await;
    assert_eq!(
        (page.status, page.body.as_str()),
        (StatusCode::OK, "<!doctype html><title>Atmos</title>")
    );
    assert_eq!(page.header("cache-control"), "no-cache");
    let route = get(proxy.addr, "atmos.cv", "/settings", &[]).await;
    assert_eq!(route.status, StatusCode::OK);
    let missing = get(proxy.addr, "atmos.cv", "/assets/missing.js", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn traversal_and_dotfiles_are_refused() {
    let site = site("traversal");
    let pds = upstream("pds").await;
    let proxy = static_proxy(&site, pds.addr).await;
    for path in [
        "/../../etc/passwd",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets%2f..%2f..%2fetc%2fpasswd",
    ] {
        let got = get(proxy.addr, "atmos.cv", path, &[]).await;
        assert_eq!(got.status, StatusCode::BAD_REQUEST, "{path}: {}", got.body);
    }
    assert_eq!(
        get(proxy.addr, "atmos.cv", "/.env", &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn head_405_and_etag() {
    let site = site("etag");
    let pds = upstream("pds").await;
    let proxy = static_proxy(&site, pds.addr).await;
    let head = send(proxy.addr, Method::HEAD, "atmos.cv", "/assets/app.js", &[]).await;
    assert_eq!(
        (
            head.status,
            head.body.as_str(),
            head.header("content-length")
        ),
        (StatusCode::OK, "", "18")
    );
    let post = send(proxy.addr, Method::POST, "atmos.cv", "/assets/app.js", &[]).await;
    assert_eq!(
        (post.status, post.header("allow")),
        (StatusCode::METHOD_NOT_ALLOWED, "GET, HEAD")
    );
    let first = get(proxy.addr, "atmos.cv", "/assets/app.js", &[]).await;
    let etag = first.header("etag").to_owned();
    assert!(etag.starts_with("W/\""), "{etag}");
    let again = get(
        proxy.addr,
        "atmos.cv",
        "/assets/app.js",
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(
        (again.status, again.body.as_str()),
        (StatusCode::NOT_MODIFIED, "")
    );
}

#[tokio::test]
async fn missing_static_dir_fails_at_startup() {
    let toml = "listen = \"127.0.0.1:0\"\n[pds]\nurl = \"http://127.0.0.1:1\"\n[app]\nstatic_dir = \"/nonexistent/web-proxy-dist\"\n";
    let config = web_proxy::Config::from_toml(toml, std::path::Path::new(".")).unwrap();
    let err = web_proxy::Server::bind(config).await.err().unwrap();
    assert!(
        err.to_string().contains("/nonexistent/web-proxy-dist"),
        "{err}"
    );
}
