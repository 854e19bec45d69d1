//! `cargo xtask resolve NSID`: resolves a lexicon on the network (DNS TXT → DID → PDS → verified
//! `getRecord` proof) and prints where it came from and the document.

use std::io::Write;

use anyhow::Context;
use lexgen::model::Nsid;

use crate::network::{NetworkArgs, runtime};

/// `cargo xtask resolve NSID`.
#[derive(clap::Args)]
pub struct Args {
    /// The lexicon's NSID, e.g. cv.atmos.portfolio.entry.
    nsid: String,
    #[command(flatten)]
    network: NetworkArgs,
}

/// Resolves and prints `{"nsid", "did", "uri", "cid", "document"}` as JSON.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let nsid: Nsid = args
        .nsid
        .parse()
        .with_context(|| format!("{:?} is not an NSID", args.nsid))?;
    let resolver = args.network.resolver()?;
    let resolved = runtime()?.block_on(resolver.resolve(&nsid))?;
    let out = serde_json::json!({
        "nsid": resolved.nsid.as_str(),
        "did": resolved.did.as_str(),
        "uri": resolved.uri,
        "cid": resolved.cid.to_string(),
        "document": resolved.document,
    });
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", serde_json::to_string_pretty(&out)?)?;
    eprintln!(
        "resolve: {nsid} verified: {} (record {})",
        resolved.uri, resolved.cid
    );
    Ok(())
}
