//! The `web-proxy` binary: parses `--config`, sets up tracing, and serves until SIGINT or SIGTERM.

use std::path::PathBuf;

use anyhow::{Context, bail};
use tracing_subscriber::EnvFilter;
use web_proxy::{Config, Server};

const USAGE: &str = "usage: web-proxy --config <file.toml> [--check]\n\
    \n  --config, -c   the TOML config (see web-proxy/atmos.example.toml)\
    \n  --check        validate the config and exit\
    \n\nLog filter: RUST_LOG (default: info; `web_proxy=debug` logs every request).";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Logs go to stderr, colored only on a terminal.
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();

    let mut config_path: Option<PathBuf> = None;
    let mut check_only = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--config" | "-c" => {
                config_path = Some(args.next().context("--config needs a path")?.into())
            }
            "--check" => check_only = true,
            "--help" | "-h" => {
                eprintln!("{USAGE}");
                return Ok(());
            }
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    let config_path = config_path.context(USAGE)?;
    let config = Config::load(&config_path)?;
    if check_only {
        tracing::info!(path = %config_path.display(), "config is valid");
        return Ok(());
    }
    let server = Server::bind(config).await?;
    server.serve(shutdown_signal()).await;
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM (what container runtimes send).
async fn shutdown_signal() {
    let terminate = async {
        #[cfg(unix)]
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::warn!(%err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
        #[cfg(not(unix))]
        std::future::pending::<()>().await;
    };
    tokio::select! {
        result = tokio::signal::ctrl_c() => {
            if let Err(err) = result {
                tracing::warn!(%err, "cannot listen for Ctrl-C");
                std::future::pending::<()>().await;
            }
        }
        () = terminate => {}
    }
}
