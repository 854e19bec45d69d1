//! The `pds` command line: parses arguments, sets up logging, and runs the chosen service.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(name = "pds", version, about = "The Atmos Personal Data Server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the PDS (configuration: `--config <file.toml>` and/or `PDS_*` environment variables).
    Serve(ServeArgs),
    /// Run a standalone PLC directory (did:plc registry) for local development and tests.
    PlcServe(PlcServeArgs),
}

#[derive(Args)]
struct ServeArgs {
    /// TOML configuration file; `PDS_*` environment variables override it.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Port to listen on (overrides the configuration; 0 picks a free one).
    #[arg(long)]
    port: Option<u16>,
    /// Data directory (overrides the configuration).
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

#[derive(Args)]
struct PlcServeArgs {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 2582)]
    port: u16,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// SQLite database file, or `:memory:`.
    #[arg(long, default_value = "plc.sqlite")]
    db: PathBuf,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();
    match cli.command {
        Command::Serve(args) => {
            let mut config =
                pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
            if let Some(port) = args.port {
                config.port = port;
            }
            if let Some(dir) = args.data_dir {
                config.data_dir = dir;
            }
            pds::serve::run(config).await?;
        }
        Command::PlcServe(args) => {
            pds::plc::server::run(pds::plc::server::ServeConfig {
                addr: SocketAddr::new(args.host, args.port),
                db: args.db,
            })
            .await?;
        }
    }
    Ok(())
}
