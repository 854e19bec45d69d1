//! Forwarding: routes a request, fixes its headers, sends it upstream without following redirects, streams both bodies, and hands WebSocket upgrades to a tunnel.

mod tunnel;

use std::io;
use std::net::SocketAddr;
use std::time::Instant;

use hyper::body::Incoming;
use hyper::header::{EXPECT, HOST, HeaderValue, LOCATION};
use hyper::http::{Extensions, uri};
use hyper::{Request, Response, StatusCode, Uri, Version};
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tokio::sync::watch;

use crate::body::{self, ProxyBody};
use crate::config::{App, Config, Upstream};
use crate::forwarded::{self, Hop};
use crate::hop_by_hop;
use crate::origin::{Origin, Scheme};
use crate::routing::{Decision, Host, Target, has_dot_segments};
use crate::sec_fetch::{self, RequestFacts};
use crate::static_files::StaticFiles;

pub(crate) struct Proxy {
    config: Config,
    /// Pooled keep-alive HTTP/1.1 client. It never follows redirects: a 3xx is a response
    /// like any other, so `Location` and every `Set-Cookie` reach the browser.
    client: Client<HttpConnector, Incoming>,
    app: AppBackend,
    stop_tunnels: watch::Receiver<bool>,
}

impl Proxy {
    pub(crate) fn new(config: Config, stop_tunnels: watch::Receiver<bool>) -> io::Result<Proxy> {
        let app = match &config.app {
            App::Static(dir) => AppBackend::Static(StaticFiles::new(dir)?),
            App::Upstream(upstream) => AppBackend::Upstream(upstream.clone()),
        };
        let mut connector = HttpConnector::new();
        connector.set_nodelay(true);
        connector.set_connect_timeout(Some(config.timeouts.connect));
        let client = Client::builder(TokioExecutor::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(config.timeouts.pool_idle)
            .build(connector);
        Ok(Proxy {
            config,
            client,
            app,
            stop_tunnels,
        })
    }

    pub(crate) async fn handle(
        &self,
        request: Request<Incoming>,
        peer: SocketAddr,
    ) -> Response<ProxyBody> {
        if !tracing::enabled!(tracing::Level::DEBUG) {
            return self.route(request, peer).await;
        }
        let started = Instant::now();
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let response = self.route(request, peer).await;
        tracing::debug!(
            %peer, %method, path, status = response.status().as_u16(),
            micros = started.elapsed().as_micros() as u64, "request"
        );
        response
    }

    async fn route(&self, mut request: Request<Incoming>, peer: SocketAddr) -> Response<ProxyBody> {
        // An absolute-form target's authority wins over `Host` (RFC 9112 §3.2.2).
        if let Some(authority) = request.uri().authority()
            && let Ok(value) = HeaderValue::from_str(authority.as_str())
        {
            request.headers_mut().insert(HOST, value);
        }
        if request.headers().get_all(HOST).iter().nth(1).is_some() {
            return body::text(
                StatusCode::BAD_REQUEST,
                "400 Bad Request: more than one Host header\n".into(),
            );
        }
        let Some(host_text) = request
            .headers()
            .get(HOST)
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
        else {
            return body::text(
                StatusCode::BAD_REQUEST,
                "400 Bad Request: missing Host header\n".into(),
            );
        };
        let Ok(host) = Host::parse(&host_text) else {
            return body::text(
                StatusCode::BAD_REQUEST,
                "400 Bad Request: invalid Host header\n".into(),
            );
        };
        let path = request.uri().path();
        if has_dot_segments(path) {
            return body::text(
                StatusCode::BAD_REQUEST,
                "400 Bad Request: dot segments in path\n".into(),
            );
        }

        let trusted = self.config.trusted_proxies.contains(peer.ip());
        let headers = request.headers();
        let scheme = forwarded::public_scheme(headers, trusted, self.config.public_scheme);
        let public_host = forwarded::forwarded_host(headers, trusted)
            .and_then(|h| Host::parse(h).ok())
            .unwrap_or_else(|| host.clone());

        match self
            .config
            .routes
            .decide(scheme, &public_host, path, request.uri().query())
        {
            Decision::Redirect { location, status } => redirect(status, &location),
            Decision::Forward(Target::App) => match &self.app {
                AppBackend::Upstream(upstream) => {
                    let context = Context {
                        peer,
                        trusted,
                        scheme,
                        host_text,
                        public_host,
                    };
                    self.forward(request, upstream, context).await
                }
                AppBackend::Static(files) => {
                    files.serve(request.method(), path, request.headers()).await
                }
            },
            Decision::Forward(Target::Pds) => {
                let context = Context {
                    peer,
                    trusted,
                    scheme,
                    host_text,
                    public_host,
                };
                self.forward(request, &self.config.pds, context).await
            }
        }
    }

    async fn forward(
        &self,
        mut request: Request<Incoming>,
        upstream: &Upstream,
        cx: Context,
    ) -> Response<ProxyBody> {
        let websocket = hop_by_hop::is_websocket_upgrade(request.headers());
        let client_upgrade = websocket.then(|| hyper::upgrade::on(&mut request));
        let (mut parts, body) = request.into_parts();

        let headers = &mut parts.headers;
        hop_by_hop::strip(headers);
        if websocket {
            hop_by_hop::restore_websocket_upgrade(headers);
        }
        // hyper answers `100 Continue` itself when the body is first read; the upstream must not wait for one.
        headers.remove(EXPECT);
        let hop = Hop {
            peer: cx.peer.ip(),
            trusted: cx.trusted,
            proto: cx.scheme,
            host: &cx.host_text,
        };
        forwarded::apply(headers, hop);
        if self.config.synthesize_sec_fetch {
            let own_origin = Origin::of_request(cx.scheme, &cx.public_host);
            let facts = RequestFacts {
                method: &parts.method,
                path: parts.uri.path(),
                own_origin: &own_origin,
                apex: self.config.routes.apex(),
            };
            sec_fetch::apply(headers, facts);
        }

        let path_and_query = parts
            .uri
            .path_and_query()
            .cloned()
            .unwrap_or_else(|| uri::PathAndQuery::from_static("/"));
        parts.uri = match Uri::builder()
            .scheme("http")
            .authority(upstream.authority.clone())
            .path_and_query(path_and_query)
            .build()
        {
            Ok(uri) => uri,
            Err(err) => {
                tracing::warn!(%err, "cannot build upstream URI");
                return body::text(
                    StatusCode::BAD_REQUEST,
                    "400 Bad Request: invalid request target\n".into(),
                );
            }
        };
        parts.version = Version::HTTP_11;
        parts.extensions = Extensions::new();

        let timeout = self.config.timeouts.response_header;
        let sent = tokio::time::timeout(
            timeout,
            self.client.request(Request::from_parts(parts, body)),
        )
        .await;
        let mut response = match sent {
            Ok(Ok(response)) => response,
            Ok(Err(err)) => {
                let cause = root_cause(&err);
                tracing::warn!(upstream = upstream.name, authority = %upstream.authority, cause, "upstream request failed");
                let what = if err.is_connect() {
                    "is unreachable"
                } else {
                    "failed"
                };
                return body::text(
                    StatusCode::BAD_GATEWAY,
                    format!(
                        "502 Bad Gateway: the {} upstream {what} ({cause}).\n",
                        upstream.name
                    ),
                );
            }
            Err(_) => {
                tracing::warn!(
                    upstream = upstream.name,
                    ?timeout,
                    "upstream response timed out"
                );
                return body::text(
                    StatusCode::GATEWAY_TIMEOUT,
                    format!(
                        "504 Gateway Timeout: the {} upstream sent no response within {} ms.\n",
                        upstream.name,
                        timeout.as_millis()
                    ),
                );
            }
        };

        if let Some(client_upgrade) = client_upgrade
            && response.status() == StatusCode::SWITCHING_PROTOCOLS
        {
            let upstream_upgrade = hyper::upgrade::on(&mut response);
            tunnel::spawn(client_upgrade, upstream_upgrade, self.stop_tunnels.clone());
            let (mut parts, _) = response.into_parts();
            hop_by_hop::strip(&mut parts.headers);
            hop_by_hop::restore_websocket_upgrade(&mut parts.headers);
            return Response::from_parts(parts, body::empty());
        }

        let (mut parts, body) = response.into_parts();
        hop_by_hop::strip(&mut parts.headers);
        Response::from_parts(parts, body::boxed(body))
    }
}

/// Where web-app requests go, resolved once at startup.
enum AppBackend {
    Upstream(Upstream),
    Static(StaticFiles),
}

/// What routing learned about the request, for the forwarding headers.
struct Context {
    peer: SocketAddr,
    trusted: bool,
    scheme: Scheme,
    /// `Host` as received, forwarded unchanged (the PDS answers per host).
    host_text: String,
    /// The public host (a trusted `X-Forwarded-Host`, else `Host`).
    public_host: Host,
}

fn redirect(status: StatusCode, location: &str) -> Response<ProxyBody> {
    let mut response = body::text(status, format!("Redirecting to {location}\n"));
    match HeaderValue::from_str(location) {
        Ok(value) => {
            response.headers_mut().insert(LOCATION, value);
            response
        }
        Err(_) => body::text(
            StatusCode::BAD_REQUEST,
            "400 Bad Request: invalid request target\n".into(),
        ),
    }
}

/// The innermost error message ("Connection refused (os error 111)"), the useful part for operators.
fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = err;
    while let Some(source) = current.source() {
        current = source;
    }
    current.to_string()
}
