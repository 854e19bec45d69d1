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
    /// Administer the accounts of a data directory (run it while the server is stopped, or alongside it).
    Account(AccountArgs),
    /// Run a standalone PLC directory (did:plc registry) for local development and tests.
    PlcServe(PlcServeArgs),
    /// Ask a running server how it federates (relays, firehose subscribers), or to ask its relays again.
    ///
    /// These talk to the server over HTTP as its administrator: Basic auth with the admin password from the
    /// configuration (`--config`, `PDS_ADMIN_PASSWORD`), at the address it listens on (`bind`, `port`,
    /// `PDS_PORT`) unless `--url` says otherwise.
    Federation(FederationArgs),
    /// Lexicons from the network that this server reads at run time (`<data dir>/lexicons/`).
    Lexicon(LexiconArgs),
}

#[derive(Args)]
struct LexiconArgs {
    /// TOML configuration file; `PDS_*` environment variables override it.
    #[arg(long, short, global = true)]
    config: Option<PathBuf>,
    /// Data directory (overrides the configuration).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    action: LexiconAction,
}

#[derive(Subcommand)]
enum LexiconAction {
    /// Resolve NSIDs (DNS TXT `_lexicon.<authority>` → DID → verified getRecord proof) and write each
    /// document to `<data dir>/lexicons/<nsid path>.json`.
    Install {
        nsids: Vec<String>,
        /// DNS server for the `_lexicon` TXT records, e.g. 127.0.0.1:5353 (default: the system's).
        #[arg(long)]
        nameserver: Option<SocketAddr>,
        /// PLC directory for did:plc documents (default: the configured one, else https://plc.directory).
        #[arg(long)]
        plc_url: Option<String>,
    },
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
struct AccountArgs {
    /// TOML configuration file; `PDS_*` environment variables override it.
    #[arg(long, short, global = true)]
    config: Option<PathBuf>,
    /// Data directory (overrides the configuration).
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    #[command(subcommand)]
    action: AccountAction,
}

#[derive(Subcommand)]
enum AccountAction {
    /// List every account: DID, handle, email, status.
    List,
    /// Create an account (a new did:plc, registered with the configured PLC directory).
    Create {
        handle: String,
        email: String,
        password: String,
    },
    /// Take an account down (it can no longer log in or be read).
    Takedown {
        /// DID or handle.
        account: String,
        /// A reference recorded with the takedown.
        #[arg(long, default_value = "admin")]
        reference: String,
    },
    /// Restore a taken-down account.
    Restore { account: String },
    /// Set a new password (ends every session).
    SetPassword { account: String, password: String },
    /// Delete an account, its repository and blobs.
    Delete { account: String },
    /// Storage used against the quotas, bytes (`-`: no quota): every account, or one.
    Usage { account: Option<String> },
    /// Set an account's quotas: a number of bytes, `unlimited`, or `default` (the server's
    /// `PDS_BLOB_QUOTA_BYTES` / `PDS_REPO_QUOTA_BYTES`).
    Quota {
        account: String,
        /// Blob bytes, temporary uploads included.
        #[arg(long)]
        blob_bytes: Option<pds::storage::quotas::Override>,
        /// Repository bytes.
        #[arg(long)]
        repo_bytes: Option<pds::storage::quotas::Override>,
    },
}

#[derive(Args)]
struct FederationArgs {
    /// TOML configuration file of the server; `PDS_*` environment variables override it.
    #[arg(long, short, global = true)]
    config: Option<PathBuf>,
    /// The server's URL (default: `http://<bind>:<port>` from the configuration).
    #[arg(long, global = true)]
    url: Option<String>,
    /// Print the endpoint's JSON instead of text.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    action: FederationAction,
}

#[derive(Subcommand)]
enum FederationAction {
    /// The event log's head; per relay, the last crawl request (time, answer) and the next one due; per
    /// firehose subscriber, its address, cursor, events behind and when it connected.
    Status,
    /// Ask every relay to crawl the server now (whatever the interval), and print their answers.
    Crawl,
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
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
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
        Command::Account(args) => account(args).await?,
        Command::Federation(args) => federation(args).await?,
        Command::Lexicon(args) => lexicon(args).await?,
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

async fn federation(args: FederationArgs) -> anyhow::Result<()> {
    use std::io::Write as _;
    let config =
        pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    let url = args
        .url
        .unwrap_or_else(|| pds::federation::local_url(&config));
    let client = pds::federation::Client::new(&config, &url)?;
    let text = match (args.action, args.json) {
        (FederationAction::Status, false) => {
            pds::federation::format_status(&client.status().await?)
        }
        (FederationAction::Status, true) => {
            serde_json::to_string_pretty(&client.status().await?)? + "\n"
        }
        (FederationAction::Crawl, false) => {
            pds::federation::format_relays(&client.crawl().await?.relays)
        }
        (FederationAction::Crawl, true) => {
            serde_json::to_string_pretty(&client.crawl().await?)? + "\n"
        }
    };
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

async fn account(args: AccountArgs) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut config =
        pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(dir) = args.data_dir {
        config.data_dir = dir;
    }
    let port = config.port;
    let app = pds::app::App::open(config, port)?;
    let mut out = std::io::stdout().lock();
    match args.action {
        AccountAction::List => {
            for account in pds::admin::list(&app).await? {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    account.did,
                    account.handle,
                    account.email.as_deref().unwrap_or("-"),
                    account.status().unwrap_or("active")
                )?;
            }
        }
        AccountAction::Create {
            handle,
            email,
            password,
        } => {
            let did = pds::admin::create(&app, handle.parse()?, email, password).await?;
            writeln!(out, "{did}")?;
        }
        AccountAction::Takedown { account, reference } => {
            pds::admin::takedown(&app, &account, Some(reference)).await?;
        }
        AccountAction::Restore { account } => pds::admin::takedown(&app, &account, None).await?,
        AccountAction::SetPassword { account, password } => {
            pds::admin::set_password(&app, &account, password).await?;
        }
        AccountAction::Delete { account } => pds::admin::delete(&app, &account).await?,
        AccountAction::Usage { account } => {
            let accounts = match account {
                Some(who) => vec![pds::admin::find(&app, &who).await?],
                None => pds::admin::list(&app).await?,
            };
            for account in accounts {
                let report = pds::quota::report(&app, &account.did.parse()?).await?;
                writeln!(out, "{}\t{}\t{report}", account.did, account.handle)?;
            }
        }
        AccountAction::Quota {
            account,
            blob_bytes,
            repo_bytes,
        } => {
            let did = pds::admin::find(&app, &account).await?.did.parse()?;
            pds::quota::set(&app, &did, blob_bytes, repo_bytes).await?;
            let report = pds::quota::report(&app, &did).await?;
            writeln!(out, "{did}\t{report}")?;
        }
    }
    Ok(())
}

async fn lexicon(args: LexiconArgs) -> anyhow::Result<()> {
    use pds::lexicon_resolver::{Resolver, ResolverConfig, files};
    let mut config =
        pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(dir) = args.data_dir {
        config.data_dir = dir;
    }
    match args.action {
        LexiconAction::Install {
            nsids,
            nameserver,
            plc_url,
        } => {
            let plc_url = plc_url
                .or(config.plc_url.clone())
                .unwrap_or_else(|| pds::plc::client::DEFAULT_DIRECTORY.to_owned());
            let resolver = Resolver::new(ResolverConfig {
                nameserver,
                plc_url,
            })?;
            let dir = config.data_dir.join("lexicons");
            for nsid in nsids {
                let nsid: lexgen::model::Nsid = nsid.parse()?;
                let resolved = resolver.resolve(&nsid).await?;
                let text = serde_json::to_string_pretty(&resolved.document)? + "\n";
                let path = files::write_document(&dir, &nsid, &text)?;
                tracing::info!(%nsid, uri = %resolved.uri, cid = %resolved.cid, path = %path.display(), "installed");
            }
        }
    }
    Ok(())
}
