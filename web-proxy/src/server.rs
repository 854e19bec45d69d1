//! The accept loop: HTTP/1.1 connections with upgrades, a header-read timeout, and graceful shutdown.
//!
//! Shutdown: stop accepting, let every connection finish its in-flight request (idle keep-alive
//! connections close at once), cut whatever is left after the grace period, then close
//! WebSocket tunnels.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::config::{App, Config};
use crate::proxy::Proxy;

pub struct Server {
    listener: TcpListener,
    local_addr: SocketAddr,
    proxy: Arc<Proxy>,
    http: http1::Builder,
    grace: Duration,
    stop_tunnels: watch::Sender<bool>,
}

#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot serve static files from {dir}: {source}")]
    StaticDir {
        dir: PathBuf,
        source: std::io::Error,
    },
}

impl Server {
    /// Binds the listener (port 0 picks a free port, see [`Server::local_addr`]) and checks the static directory.
    pub async fn bind(config: Config) -> Result<Server, ServerError> {
        let addr = config.listen;
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| ServerError::Bind { addr, source })?;
        let local_addr = listener
            .local_addr()
            .map_err(|source| ServerError::Bind { addr, source })?;

        let mut http = http1::Builder::new();
        http.timer(TokioTimer::new())
            .header_read_timeout(config.timeouts.client_header);
        let grace = config.timeouts.shutdown_grace;
        let static_dir = match &config.app {
            App::Static(dir) => Some(dir.dir.clone()),
            App::Upstream(_) => None,
        };
        let (stop_tunnels, tunnels_rx) = watch::channel(false);
        let proxy = Proxy::new(config, tunnels_rx).map_err(|source| ServerError::StaticDir {
            dir: static_dir.unwrap_or_default(),
            source,
        })?;
        Ok(Server {
            listener,
            local_addr,
            proxy: Arc::new(proxy),
            http,
            grace,
            stop_tunnels,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Serves until `shutdown` completes, then shuts down gracefully.
    pub async fn serve(self, shutdown: impl Future<Output = ()>) {
        let Server {
            listener,
            local_addr,
            proxy,
            http,
            grace,
            stop_tunnels,
        } = self;
        tracing::info!(%local_addr, "web-proxy listening");
        let (stop_connections, stopping) = watch::channel(false);
        let mut connections = JoinSet::new();
        tokio::pin!(shutdown);

        loop {
            tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok((stream, peer)) => {
                        if let Err(err) = stream.set_nodelay(true) {
                            tracing::debug!(%err, "cannot set TCP_NODELAY");
                        }
                        let proxy = proxy.clone();
                        let http = http.clone();
                        let mut stopping = stopping.clone();
                        connections.spawn(async move {
                            let service = service_fn(move |request| {
                                let proxy = proxy.clone();
                                async move { Ok::<_, Infallible>(proxy.handle(request, peer).await) }
                            });
                            let connection = http.serve_connection(TokioIo::new(stream), service).with_upgrades();
                            tokio::pin!(connection);
                            let stop = async move {
                                // An error means the server is gone: stop too.
                                let _ = stopping.wait_for(|stop| *stop).await;
                            };
                            let result = tokio::select! {
                                result = connection.as_mut() => result,
                                () = stop => {
                                    connection.as_mut().graceful_shutdown();
                                    connection.await
                                }
                            };
                            if let Err(err) = result {
                                tracing::debug!(%peer, %err, "connection error");
                            }
                        });
                    }
                    Err(err) => {
                        // Usually EMFILE: back off instead of spinning.
                        tracing::warn!(%err, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
            }
        }

        drop(listener);
        tracing::info!(open = connections.len(), ?grace, "shutting down");
        // Receivers may all be gone already; nothing to tell then.
        let _ = stop_connections.send(true);
        let drained = tokio::time::timeout(grace, async {
            while connections.join_next().await.is_some() {}
        })
        .await;
        if drained.is_err() {
            tracing::warn!(
                open = connections.len(),
                "grace period over, closing remaining connections"
            );
            connections.shutdown().await;
        }
        let _ = stop_tunnels.send(true);
        tracing::info!("web-proxy stopped");
    }
}
