//! Serves the web app from a directory: safe path mapping, content types, ETag/304, HEAD, and SPA fallback for page paths.

mod content_type;
mod file_body;
mod safe_path;

use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use hyper::header::{
    ACCEPT, ALLOW, CACHE_CONTROL, CONTENT_LENGTH, CONTENT_TYPE, ETAG, HeaderMap, HeaderValue,
    IF_NONE_MATCH,
};
use hyper::{Method, Response, StatusCode};

use crate::body::{self, ProxyBody};
use crate::config::StaticDir;
use file_body::FileBody;
use safe_path::Unsafe;

pub(crate) struct StaticFiles {
    root: PathBuf,
    spa_fallback: Option<PathBuf>,
}

impl StaticFiles {
    /// Fails when the directory does not exist, so a typo is caught at startup.
    pub(crate) fn new(config: &StaticDir) -> io::Result<StaticFiles> {
        let root = std::fs::canonicalize(&config.dir)?;
        if !root.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is not a directory", root.display()),
            ));
        }
        let spa_fallback = config.spa_fallback.as_ref().map(|file| root.join(file));
        Ok(StaticFiles { root, spa_fallback })
    }

    pub(crate) async fn serve(
        &self,
        method: &Method,
        path: &str,
        headers: &HeaderMap,
    ) -> Response<ProxyBody> {
        if method != Method::GET && method != Method::HEAD {
            let mut response = body::text(
                StatusCode::METHOD_NOT_ALLOWED,
                "405 Method Not Allowed\n".into(),
            );
            response
                .headers_mut()
                .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
            return response;
        }
        let relative = match safe_path::relative(path) {
            Ok(relative) => relative,
            Err(Unsafe::Invalid) => {
                return body::text(
                    StatusCode::BAD_REQUEST,
                    "400 Bad Request: invalid path\n".into(),
                );
            }
            Err(Unsafe::Hidden) => return not_found(),
        };
        if let Some(file) = self.existing_file(&self.root.join(relative)).await {
            return respond(&file, method, headers, None).await;
        }
        match &self.spa_fallback {
            Some(fallback) if is_page_request(path, headers) => {
                respond(fallback, method, headers, Some("no-cache")).await
            }
            _ => not_found(),
        }
    }

    /// The file to serve for `candidate` (a directory serves its `index.html`), if it exists
    /// and, after resolving symlinks, is still inside the root.
    async fn existing_file(&self, candidate: &Path) -> Option<PathBuf> {
        let mut resolved = tokio::fs::canonicalize(candidate).await.ok()?;
        if tokio::fs::metadata(&resolved).await.ok()?.is_dir() {
            resolved = tokio::fs::canonicalize(resolved.join("index.html"))
                .await
                .ok()?;
        }
        let inside = resolved.starts_with(&self.root);
        (inside && tokio::fs::metadata(&resolved).await.ok()?.is_file()).then_some(resolved)
    }
}

/// Client-side routes are extension-less paths or requests that want HTML; a missing
/// `app.js` or `logo.png` must stay a 404 rather than become the HTML shell.
fn is_page_request(path: &str, headers: &HeaderMap) -> bool {
    let last = path.rsplit('/').next().unwrap_or("");
    let wants_html = headers
        .get(ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.contains("text/html"));
    !last.contains('.') || wants_html
}

fn not_found() -> Response<ProxyBody> {
    body::text(StatusCode::NOT_FOUND, "404 Not Found\n".into())
}

async fn respond(
    path: &Path,
    method: &Method,
    headers: &HeaderMap,
    cache_control: Option<&'static str>,
) -> Response<ProxyBody> {
    let file = match tokio::fs::File::open(path).await {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return not_found(),
        Err(err) => {
            tracing::warn!(path = %path.display(), %err, "cannot open static file");
            return body::text(
                StatusCode::INTERNAL_SERVER_ERROR,
                "500 Internal Server Error\n".into(),
            );
        }
    };
    let meta = match file.metadata().await {
        Ok(meta) => meta,
        Err(err) => {
            tracing::warn!(path = %path.display(), %err, "cannot stat static file");
            return body::text(
                StatusCode::INTERNAL_SERVER_ERROR,
                "500 Internal Server Error\n".into(),
            );
        }
    };
    let len = meta.len();
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!("W/\"{len:x}-{mtime:x}\"");
    let etag_value = HeaderValue::from_str(&etag).ok();

    let not_modified = headers
        .get(IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|list| {
            list.split(',')
                .map(str::trim)
                .any(|tag| tag == etag || tag == "*")
        });

    let (status, body) = if not_modified {
        (StatusCode::NOT_MODIFIED, body::empty())
    } else if method == Method::HEAD {
        (StatusCode::OK, body::empty())
    } else {
        (StatusCode::OK, body::boxed(FileBody::new(file, len)))
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let out = response.headers_mut();
    if let Some(etag) = etag_value {
        out.insert(ETAG, etag);
    }
    if let Some(cache_control) = cache_control {
        out.insert(CACHE_CONTROL, HeaderValue::from_static(cache_control));
    }
    if status == StatusCode::OK {
        out.insert(
            CONTENT_TYPE,
            HeaderValue::from_static(content_type::for_path(path)),
        );
        out.insert(CONTENT_LENGTH, HeaderValue::from(len));
        out.insert(
            "x-content-type-options",
            HeaderValue::from_static("nosniff"),
        );
    }
    response
}
