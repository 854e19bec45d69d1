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
    /// Administer the accounts of a data directory (run it while the server is stopped, or alongside it),
    /// or move an account between PDSes over XRPC (`migrate`, `export`, `import`).
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
    /// Take over a reference PDS's (`@atproto/pds`) data directory: accounts, handles, e-mail, passwords,
    /// app passwords, signing keys, repositories (verified), blobs, preferences, invite codes. Run it with
    /// the reference stopped and the same environment (its service keys); rerunning skips accounts already
    /// adopted.
    Adopt(AdoptArgs),
}

#[derive(Args)]
struct AdoptArgs {
    /// The reference's data directory (default: `PDS_DATA_DIRECTORY`).
    data_directory: Option<PathBuf>,
    /// The reference's disk blob store (default: `PDS_BLOBSTORE_DISK_LOCATION`, else `<DATA_DIRECTORY>/blocks`).
    #[arg(long)]
    blobs: Option<PathBuf>,
    /// Read and check everything, write nothing, and say what would be adopted.
    #[arg(long)]
    dry_run: bool,
    /// TOML configuration file of this server; `PDS_*` environment variables override it.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// This server's data directory, written into (overrides the configuration).
    #[arg(long)]
    data_dir: Option<PathBuf>,
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
    /// document to `<data dir>/lexicons/<nsid path>.json`, with the documents they reference that are
    /// neither built in nor installed.
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
    #[command(flatten)]
    DataDir(DataDirAction),
    #[command(flatten)]
    Remote(RemoteAction),
}

/// The commands on a data directory.
#[derive(Subcommand)]
enum DataDirAction {
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

/// The commands that talk to PDSes over XRPC.
#[derive(Subcommand)]
enum RemoteAction {
    /// Move an account from one PDS to another over XRPC (any PDS to ours, ours to any PDS).
    ///
    /// The account at the new PDS with the same DID, the repository, blobs and preferences, the DID document, then
    /// activation there and deactivation at the old one, verified at the end. Resumable: rerun the same
    /// command after an interruption (the state file says what is done).
    Migrate(Box<MigrateArgs>),
    /// Write an account's repository, blobs and preferences into a directory.
    ///
    /// Read from its running PDS over XRPC, with the account's password.
    Export {
        /// DID or handle.
        account: String,
        /// Directory to write (repo.car, blobs/<cid>, preferences.json, manifest.json).
        #[arg(long)]
        out: PathBuf,
        /// The PDS's URL (default: the one the DID document names).
        #[arg(long)]
        pds: Option<String>,
        /// The account's password (else PDS_ACCOUNT_PASSWORD, else asked).
        #[arg(long)]
        password: Option<String>,
        /// PLC directory for did:plc.
        #[arg(long, default_value = pds::plc::client::DEFAULT_DIRECTORY)]
        plc_url: String,
    },
    /// Read a directory written by `export` into the account at a PDS.
    ///
    /// The account must exist there, deactivated (as a migration leaves it); it stays deactivated.
    Import {
        /// Directory written by `export`.
        dir: PathBuf,
        /// The PDS's URL.
        #[arg(long)]
        to: String,
        /// The account's password there (else PDS_ACCOUNT_PASSWORD, else asked).
        #[arg(long)]
        password: Option<String>,
    },
}

#[derive(Args)]
struct MigrateArgs {
    /// The old PDS: its URL, or the account's DID or handle.
    #[arg(long)]
    from: String,
    /// The new PDS's URL.
    #[arg(long)]
    to: String,
    /// The account to log in as at the old PDS (default: --from when it is a DID or handle).
    #[arg(long)]
    account: Option<String>,
    /// Password at the old PDS (else PDS_MIGRATE_OLD_PASSWORD, else asked).
    #[arg(long)]
    old_password: Option<String>,
    /// Password of the account at the new PDS (else PDS_MIGRATE_NEW_PASSWORD, else asked).
    #[arg(long)]
    new_password: Option<String>,
    /// Handle at the new PDS (default: the current one).
    #[arg(long)]
    handle: Option<String>,
    /// E-mail address at the new PDS (default: the current one).
    #[arg(long)]
    email: Option<String>,
    /// Invite code for the new PDS.
    #[arg(long)]
    invite_code: Option<String>,
    /// The token the old PDS e-mails for the DID update (else PDS_MIGRATE_PLC_TOKEN, else asked; without
    /// a terminal the run stops there, to be rerun with it).
    #[arg(long)]
    plc_token: Option<String>,
    /// PLC directory for did:plc.
    #[arg(long, default_value = pds::plc::client::DEFAULT_DIRECTORY)]
    plc_url: String,
    /// State file (JSON: steps done, blobs copied).
    #[arg(long, default_value = "pds-migrate-state.json")]
    state: PathBuf,
    /// Print the plan and change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Blobs copied at once.
    #[arg(long, default_value_t = 4)]
    parallel: usize,
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
        Command::Adopt(args) => adopt(args).await?,
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
    let action = match args.action {
        AccountAction::Remote(action) => return remote(action).await,
        AccountAction::DataDir(action) => action,
    };
    let mut config =
        pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(dir) = args.data_dir {
        config.data_dir = dir;
    }
    let port = config.port;
    let app = pds::app::App::open(config, port)?;
    let mut out = std::io::stdout().lock();
    match action {
        DataDirAction::List => {
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
        DataDirAction::Create {
            handle,
            email,
            password,
        } => {
            let did = pds::admin::create(&app, handle.parse()?, email, password).await?;
            writeln!(out, "{did}")?;
        }
        DataDirAction::Takedown { account, reference } => {
            pds::admin::takedown(&app, &account, Some(reference)).await?;
        }
        DataDirAction::Restore { account } => pds::admin::takedown(&app, &account, None).await?,
        DataDirAction::SetPassword { account, password } => {
            pds::admin::set_password(&app, &account, password).await?;
        }
        DataDirAction::Delete { account } => pds::admin::delete(&app, &account).await?,
        DataDirAction::Usage { account } => {
            let accounts = match account {
                Some(who) => vec![pds::admin::find(&app, &who).await?],
                None => pds::admin::list(&app).await?,
            };
            for account in accounts {
                let report = pds::quota::report(&app, &account.did).await?;
                writeln!(out, "{}\t{}\t{report}", account.did, account.handle)?;
            }
        }
        DataDirAction::Quota {
            account,
            blob_bytes,
            repo_bytes,
        } => {
            let did = pds::admin::find(&app, &account).await?.did;
            pds::quota::set(&app, &did, blob_bytes, repo_bytes).await?;
            let report = pds::quota::report(&app, &did).await?;
            writeln!(out, "{did}\t{report}")?;
        }
    }
    Ok(())
}

/// `pds account migrate|export|import`.
async fn remote(action: RemoteAction) -> anyhow::Result<()> {
    use std::io::Write as _;
    match action {
        RemoteAction::Migrate(args) => migrate(*args).await?,
        RemoteAction::Export {
            account,
            out,
            pds,
            password,
            plc_url,
        } => {
            let options = pds::migrate::ExportOptions {
                account,
                pds,
                password,
                plc_url,
                out,
            };
            let manifest = pds::migrate::export(&options).await?;
            writeln!(
                std::io::stdout().lock(),
                "exported {} (rev {}, {} blobs) to {}",
                manifest.did,
                manifest.rev,
                manifest.blobs.len(),
                options.out.display()
            )?;
        }
        RemoteAction::Import { dir, to, password } => {
            let options = pds::migrate::ImportOptions { dir, to, password };
            let manifest = pds::migrate::import(&options).await?;
            writeln!(
                std::io::stdout().lock(),
                "imported {} (rev {}, {} blobs) into {}; the account stays deactivated there",
                manifest.did,
                manifest.rev,
                manifest.blobs.len(),
                options.to
            )?;
        }
    }
    Ok(())
}

async fn adopt(args: AdoptArgs) -> anyhow::Result<()> {
    use std::io::Write as _;
    let env = |name: &str| std::env::var_os(name).map(PathBuf::from);
    let Some(data_directory) = args.data_directory.or_else(|| env("PDS_DATA_DIRECTORY")) else {
        anyhow::bail!("name the reference's data directory (or set PDS_DATA_DIRECTORY)");
    };
    let blobs = args.blobs.or_else(|| env("PDS_BLOBSTORE_DISK_LOCATION"));
    let mut config =
        pds::config::Config::load(args.config.as_deref(), |name| std::env::var(name).ok())?;
    if let Some(dir) = args.data_dir {
        config.data_dir = dir;
    }
    let source = pds::adopt::Source::new(data_directory, blobs);
    let summary = pds::adopt::run(config, source, args.dry_run).await?;
    std::io::stdout()
        .lock()
        .write_all(summary.to_string().as_bytes())?;
    if !summary.failed.is_empty() {
        anyhow::bail!(
            "{} item(s) could not be adopted (listed above)",
            summary.failed.len()
        );
    }
    Ok(())
}

async fn migrate(args: MigrateArgs) -> anyhow::Result<()> {
    use std::io::Write as _;
    let options = pds::migrate::Options {
        from: args.from,
        to: args.to,
        account: args.account,
        old_password: args.old_password,
        new_password: args.new_password,
        handle: args.handle,
        email: args.email,
        invite_code: args.invite_code,
        plc_token: args.plc_token,
        plc_url: args.plc_url,
        state: args.state,
        dry_run: args.dry_run,
        parallel: args.parallel,
    };
    let outcome = pds::migrate::run(&options).await?;
    write!(std::io::stdout().lock(), "{outcome}")?;
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
            let nsids = nsids
                .iter()
                .map(|nsid| nsid.parse())
                .collect::<Result<Vec<lexgen::model::Nsid>, _>>()?;
            // References are followed to documents neither built in nor installed already.
            let builtin = pds::lexicon_catalog::builtin();
            let known = |reference: &str| {
                builtin.document(reference).is_some()
                    || reference
                        .parse()
                        .is_ok_and(|nsid| files::document_path(&dir, &nsid).exists())
            };
            for resolved in resolver.resolve_with_references(&nsids, known).await? {
                let text = serde_json::to_string_pretty(&resolved.document)? + "\n";
                let path = files::write_document(&dir, &resolved.nsid, &text)?;
                tracing::info!(nsid = %resolved.nsid, uri = %resolved.uri, cid = %resolved.cid, path = %path.display(), "installed");
            }
        }
    }
    Ok(())
}
