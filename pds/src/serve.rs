//! `pds serve`: bind, open the application, serve until Ctrl-C or SIGTERM (finishing requests in flight),
//! and run the periodic cleanup (blobs temporary for longer than the grace period, expired refresh tokens). Connections
//! (timeouts, header limits, the per-address cap) are in [`connections`].

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::app::{App, AppState, StartError};
use crate::config::Config;

mod connections;
mod head_timer;
mod per_ip;

/// Why the server stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("could not listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Start(#[from] StartError),
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Runs the server until a shutdown signal.
pub async fn run(config: Config) -> Result<(), ServeError> {
    run_until(config, crate::shutdown::signal()).await
}

/// Runs the server until `shutdown` completes.
pub async fn run_until(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    bind(config).await?.serve(shutdown).await
}

/// A server that is listening and has opened its application, not yet serving.
pub struct Bound {
    listener: TcpListener,
    local: SocketAddr,
    app: AppState,
}

/// Binds the configured address and opens the application.
pub async fn bind(config: Config) -> Result<Bound, ServeError> {
    let addr = SocketAddr::new(config.bind, config.port);
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| ServeError::Bind { addr, source })?;
    let local = listener.local_addr()?;
    let app = App::open(config, local.port())?;
    Ok(Bound {
        listener,
        local,
        app,
    })
}

impl Bound {
    /// The address actually bound (the port when 0 was configured).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// The application the server will serve.
    pub fn app(&self) -> &AppState {
        &self.app
    }

    /// Serves until `shutdown` completes, then lets the requests in flight finish.
    pub async fn serve(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServeError> {
        let Bound {
            listener,
            local,
            app,
        } = self;
        tracing::info!(
            addr = %local,
            public_url = %app.public_url,
            did = %app.service_did,
            data_dir = %app.config.data_dir.display(),
            plc = if app.embedded_plc.is_some() { "embedded (/plc)" } else { "remote" },
            "PDS listening"
        );
        // Tests and scripts read the bound port from this line.
        eprintln!("pds listening on http://{local}");
        let cleanup = tokio::spawn(cleanup_loop(app.clone()));
        let firehose = crate::firehose::Firehose::start(
            app.storage.clone(),
            crate::firehose::FirehoseConfig::default(),
        )
        .await
        .map_err(|e| ServeError::Io(std::io::Error::other(e.to_string())))?;
        let crawling = app.crawlers.start(app.storage.clone());
        let router = crate::handlers::full_router(app.clone(), firehose);
        connections::serve(listener, router, app.config.connections.clone(), shutdown).await;
        cleanup.abort();
        drop(crawling);
        tracing::info!("PDS stopped");
        Ok(())
    }
}

async fn cleanup_loop(app: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        if let Err(e) = cleanup(&app).await {
            tracing::warn!(error = %e, "cleanup failed");
        }
    }
}

/// Drops blobs temporary for longer than the grace period and expired refresh tokens.
pub async fn cleanup(app: &App) -> Result<usize, crate::storage::StorageError> {
    cleanup_at(app, crate::auth::now_secs()).await
}

/// [`cleanup`] as if the clock read `now` (unix seconds).
pub async fn cleanup_at(app: &App, now: i64) -> Result<usize, crate::storage::StorageError> {
    app.storage
        .write(move |conn| crate::storage::sessions::prune_refresh_tokens(conn, now))
        .await?;
    crate::blob::lifecycle::collect(&app.storage, &app.blobs, now, app.config.blob_grace_secs).await
}
