//! `cargo xtask publish [NSID or glob ...]`: publishes lexicons from `lexicons/` as
//! `com.atproto.lexicon.schema` records (record key = NSID) in the account that the `_lexicon` TXT
//! records of their authorities name. Unchanged records are skipped; changing a published one needs
//! `--update` and must pass the evolution rules (`lexgen::lint::evolution`); `--dry-run` prints the plan.
//! Afterwards each authority's TXT record is checked, and the exact record to create is printed when it is
//! missing or names another DID (a failure, except in a dry run).

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, bail};
use lexgen::catalog::Catalog;
use lexgen::lexicon::{Document, parse_document};
use lexgen::lint::evolution::breaking_changes;
use lexgen::model::{Did, Nsid};
use pds::lexicon_resolver::SCHEMA_COLLECTION;
use pds::lexicon_resolver::authority::{authority_did, txt_name};

use crate::lockfile::{record_cid, schema_record};
use crate::network::{NetworkArgs, runtime};
use crate::xrpc::Xrpc;

/// `cargo xtask publish`.
#[derive(clap::Args)]
pub struct Args {
    /// NSIDs or globs (`cv.atmos.*`) of lexicons under lexicons/ (default: cv.atmos.*).
    patterns: Vec<String>,
    /// The account's PDS, e.g. https://pds.example.com (default: $ATP_PDS_URL).
    #[arg(long)]
    pds: Option<String>,
    /// The account's handle or DID (default: $ATP_IDENTIFIER, else a prompt).
    #[arg(long)]
    identifier: Option<String>,
    /// Print what would be written and the TXT records to check; write nothing (no password needed).
    #[arg(long)]
    dry_run: bool,
    /// The lexicon directory to publish from (default: lexicons/).
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// Allow replacing published schemas whose content changed (compatible changes only).
    #[arg(long)]
    update: bool,
    #[command(flatten)]
    network: NetworkArgs,
}

/// What publishing does with one lexicon.
enum Step {
    Create,
    Update { swap: String },
    Unchanged,
}

struct Item {
    nsid: Nsid,
    document: serde_json::Value,
    step: Step,
}

pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let patterns = if args.patterns.is_empty() {
        vec!["cv.atmos.*".to_owned()]
    } else {
        args.patterns.clone()
    };
    let dir = args.dir.clone().unwrap_or_else(|| root.join("lexicons"));
    let selected = select(&dir, &patterns)?;
    let pds = args
        .pds
        .clone()
        .or_else(|| env("ATP_PDS_URL"))
        .context("which PDS? pass --pds URL or set ATP_PDS_URL")?;
    let identifier = match args.identifier.clone().or_else(|| env("ATP_IDENTIFIER")) {
        Some(identifier) => identifier,
        None => prompt("handle or DID of the account that publishes")?,
    };
    let config = args.network.resolver_config()?;
    runtime()?.block_on(async {
        let mut xrpc = Xrpc::new(&pds)?;
        let did = if args.dry_run {
            xrpc.resolve_identifier(&identifier).await?
        } else {
            let password = match env("ATP_APP_PASSWORD") {
                Some(password) => password,
                None => prompt(&format!("app password for {identifier}"))?,
            };
            xrpc.login(&identifier, &password).await?
        };
        let items = plan(&xrpc, &did, selected, args.update).await?;
        print_plan(&items, &did, args.dry_run);
        if !args.dry_run {
            write(&xrpc, &did, &items).await?;
        }
        let unlisted = check_authorities(&items, &did, config.nameserver).await;
        if unlisted > 0 && !args.dry_run {
            bail!(
                "published, but {unlisted} missing or wrong TXT record(s) (to create: above); \
                 resolvers cannot find those schemas until they name {did}"
            );
        }
        anyhow::Ok(())
    })
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// Asks on the terminal (the answer is echoed); refused without one, so scripts set the variables.
fn prompt(question: &str) -> anyhow::Result<String> {
    if !std::io::stdin().is_terminal() {
        bail!("{question}? (no terminal to ask on: set ATP_IDENTIFIER / ATP_APP_PASSWORD)");
    }
    eprint!("{question}: ");
    std::io::stderr().flush()?;
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim().to_owned())
}

/// Whether `nsid` matches `pattern`, where `*` stands for any run of characters (dots included).
pub fn glob_match(pattern: &str, nsid: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == nsid,
        Some((head, rest)) => {
            let Some(tail) = nsid.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len())
                .filter(|&i| tail.is_char_boundary(i))
                .any(|i| glob_match(rest, &tail[i..]))
        }
    }
}

/// The documents under `dir` whose NSID matches a pattern, as written in their files; each must parse
/// without errors.
fn select(dir: &Path, patterns: &[String]) -> anyhow::Result<Vec<(Nsid, serde_json::Value)>> {
    let loaded = Catalog::load_dir(dir);
    let mut out = Vec::new();
    for document in loaded.catalog.documents() {
        if !patterns.iter().any(|p| glob_match(p, &document.id)) {
            continue;
        }
        let file = loaded
            .catalog
            .source(&document.id)
            .with_context(|| format!("{} has no file", document.id))?;
        let text =
            std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
        let value: serde_json::Value =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", file.display()))?;
        let errors: Vec<String> = parse_document(&value)
            .diagnostics
            .iter()
            .filter(|d| d.severity() == lexgen::lexicon::Severity::Error)
            .map(|d| format!("  {}: {}", d.path, d.message))
            .collect();
        if !errors.is_empty() {
            bail!("{} does not parse:\n{}", document.id, errors.join("\n"));
        }
        out.push((document.id.parse()?, value));
    }
    if out.is_empty() {
        bail!(
            "no lexicon under {} matches {}",
            dir.display(),
            patterns.join(" ")
        );
    }
    Ok(out)
}

fn parsed(nsid: &Nsid, value: &serde_json::Value, what: &str) -> anyhow::Result<Document> {
    parse_document(value)
        .document
        .with_context(|| format!("the {what} {nsid} is not a lexicon document"))
}

/// Compares each lexicon with its published record: create, update (only with `--update`, only without
/// breaking changes) or leave alone.
async fn plan(
    xrpc: &Xrpc,
    did: &Did,
    selected: Vec<(Nsid, serde_json::Value)>,
    update: bool,
) -> anyhow::Result<Vec<Item>> {
    let mut items = Vec::new();
    let mut refused = Vec::new();
    for (nsid, document) in selected {
        let step = match xrpc.get_schema(did, &nsid).await? {
            None => Step::Create,
            Some((published, cid)) => {
                if record_cid(&document)?.to_string() == cid {
                    Step::Unchanged
                } else if !update {
                    refused.push(format!(
                        "{nsid}: the published schema differs (pass --update to replace it)"
                    ));
                    Step::Unchanged
                } else {
                    let old = parsed(&nsid, &published, "published schema")?;
                    let new = parsed(&nsid, &document, "lexicon")?;
                    for change in breaking_changes(&old, &new) {
                        refused.push(format!("{nsid}: {change}"));
                    }
                    Step::Update { swap: cid }
                }
            }
        };
        items.push(Item {
            nsid,
            document,
            step,
        });
    }
    if !refused.is_empty() {
        bail!(
            "refusing to publish; published schemas can only change compatibly (new optional fields, \
             looser limits):\n{}",
            refused.join("\n")
        );
    }
    Ok(items)
}

fn print_plan(items: &[Item], did: &Did, dry_run: bool) {
    let verb = if dry_run { "would" } else { "will" };
    for item in items {
        let action = match item.step {
            Step::Create => "create",
            Step::Update { .. } => "update",
            Step::Unchanged => "unchanged",
        };
        eprintln!("{action:>9}  at://{did}/{SCHEMA_COLLECTION}/{}", item.nsid);
    }
    let writes = items
        .iter()
        .filter(|i| !matches!(i.step, Step::Unchanged))
        .count();
    eprintln!(
        "publish: {verb} write {} of {}",
        crate::count(writes, "record"),
        crate::count(items.len(), "lexicon")
    );
}

async fn write(xrpc: &Xrpc, did: &Did, items: &[Item]) -> anyhow::Result<()> {
    let writes: Vec<&Item> = items
        .iter()
        .filter(|i| !matches!(i.step, Step::Unchanged))
        .collect();
    let bar = indicatif::ProgressBar::new(writes.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    for item in writes {
        bar.set_message(item.nsid.to_string());
        let swap = match &item.step {
            Step::Update { swap } => Some(swap.as_str()),
            _ => None,
        };
        let record = schema_record(&item.document)?;
        xrpc.put_schema(did, &item.nsid, record, swap)
            .await
            .with_context(|| format!("publishing {}", item.nsid))?;
        bar.inc(1);
    }
    bar.finish_with_message("published");
    Ok(())
}

/// Checks the `_lexicon` TXT record of every authority among `items`, printing the record to create
/// where it does not name `did`; how many do not.
async fn check_authorities(
    items: &[Item],
    did: &Did,
    nameserver: Option<std::net::SocketAddr>,
) -> usize {
    let mut authorities: BTreeMap<String, &Nsid> = BTreeMap::new();
    for item in items {
        authorities
            .entry(txt_name(&item.nsid))
            .or_insert(&item.nsid);
    }
    let mut missing = Vec::new();
    for (name, nsid) in &authorities {
        match authority_did(nsid, nameserver).await {
            Ok(found) if &found == did => eprintln!("DNS ok    {name} → {did}"),
            Ok(found) => {
                eprintln!("DNS wrong {name} names {found}, not {did}");
                missing.push(name.clone());
            }
            Err(e) => {
                eprintln!("DNS none  {e}");
                missing.push(name.clone());
            }
        }
    }
    if !missing.is_empty() {
        eprintln!(
            "\nCreate (or correct) these DNS TXT records so that resolvers find the schemas \
             (one per authority; resolvers do not walk up the tree):"
        );
        for name in &missing {
            eprintln!("  {name}.  TXT  \"did={did}\"");
        }
    }
    missing.len()
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn globs_match_whole_nsids() {
        assert!(glob_match("cv.atmos.*", "cv.atmos.portfolio.entry"));
        assert!(glob_match("cv.atmos.cv.*", "cv.atmos.cv.work"));
        assert!(!glob_match("cv.atmos.cv.*", "cv.atmos.defs"));
        assert!(glob_match("cv.atmos.defs", "cv.atmos.defs"));
        assert!(!glob_match("cv.atmos.def", "cv.atmos.defs"));
        assert!(glob_match("cv.*.entry", "cv.atmos.portfolio.entry"));
        assert!(!glob_match("cv.*.entry", "cv.atmos.portfolio.entries"));
    }
}
