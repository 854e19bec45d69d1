//! What `publish`, `resolve` and `install` share: where DNS and DID lookups go, the async runtime and
//! the HTTP client.

use std::net::SocketAddr;

use anyhow::Context;
use pds::lexicon_resolver::{Resolver, ResolverConfig};

/// Where lookups go.
#[derive(clap::Args, Clone, Debug)]
pub struct NetworkArgs {
    /// DNS server for `_lexicon` TXT records, e.g. 127.0.0.1:5353 (default: $LEXICON_NAMESERVER, else the
    /// system's first nameserver).
    #[arg(long)]
    nameserver: Option<SocketAddr>,
    /// PLC directory for did:plc documents (default: $PLC_URL, else https://plc.directory).
    #[arg(long)]
    plc_url: Option<String>,
}

impl NetworkArgs {
    pub fn resolver_config(&self) -> anyhow::Result<ResolverConfig> {
        let nameserver = match (&self.nameserver, std::env::var("LEXICON_NAMESERVER")) {
            (Some(server), _) => Some(*server),
            (None, Ok(text)) if !text.is_empty() => Some(
                text.parse()
                    .with_context(|| format!("LEXICON_NAMESERVER={text:?} is not ip:port"))?,
            ),
            _ => None,
        };
        let plc_url = self
            .plc_url
            .clone()
            .or_else(|| std::env::var("PLC_URL").ok().filter(|u| !u.is_empty()))
            .unwrap_or_else(|| pds::plc::client::DEFAULT_DIRECTORY.to_owned());
        Ok(ResolverConfig {
            nameserver,
            plc_url,
        })
    }

    pub fn resolver(&self) -> anyhow::Result<Resolver> {
        Ok(Resolver::new(self.resolver_config()?)?)
    }
}

/// A single-threaded runtime for one command's network calls.
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}
