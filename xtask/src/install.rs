//! `cargo xtask install NSID ...`: resolves lexicons on the network, verifies them, writes them into
//! `lexicons/` in canonical form, follows their references to documents not already there, and pins each
//! in `lexicons.lock`. `cargo xtask install --check` (offline, in CI) fails when a pinned file is missing
//! or is not the pinned record.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use lexgen::lexicon::canonical::to_canonical_string;
use lexgen::model::Nsid;
use pds::lexicon_resolver::SCHEMA_COLLECTION;
use pds::lexicon_resolver::files::{document_path, write_document};

use crate::lockfile::{Entry, Lockfile, record_cid};
use crate::network::{NetworkArgs, runtime};

/// `cargo xtask install [--check] [NSID ...]`.
#[derive(clap::Args)]
pub struct Args {
    /// The lexicons to install (their references are installed too).
    #[arg(required_unless_present = "check", conflicts_with = "check")]
    nsids: Vec<String>,
    /// Fetch nothing: fail when the files under the lexicon directory differ from the lockfile.
    #[arg(long)]
    check: bool,
    /// The lexicon directory (default: lexicons/).
    #[arg(long)]
    dir: Option<PathBuf>,
    /// The lockfile (default: lexicons.lock).
    #[arg(long)]
    lockfile: Option<PathBuf>,
    #[command(flatten)]
    network: NetworkArgs,
}

pub fn run(root: &Path, args: &Args) -> anyhow::Result<()> {
    let dir = args.dir.clone().unwrap_or_else(|| root.join("lexicons"));
    let lock_path = args
        .lockfile
        .clone()
        .unwrap_or_else(|| root.join("lexicons.lock"));
    let lock = Lockfile::read(&lock_path)?;
    if args.check {
        let problems = check(&dir, &lock);
        if !problems.is_empty() {
            bail!(
                "{} does not match {} (run `cargo xtask install NSID` again):\n{}",
                dir.display(),
                lock_path.display(),
                problems.join("\n")
            );
        }
        eprintln!(
            "install --check: {} pinned, all match",
            crate::count(lock.lexicons.len(), "lexicon")
        );
        return Ok(());
    }
    let nsids = args
        .nsids
        .iter()
        .map(|n| {
            n.parse::<Nsid>()
                .with_context(|| format!("{n:?} is not an NSID"))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let resolver = args.network.resolver()?;
    // A reference already in the directory and not pinned is the project's own (or an official import):
    // it is not fetched over it. Everything else is resolved before anything is written.
    let known = |reference: &str| {
        lock.get(reference).is_none()
            && reference
                .parse::<Nsid>()
                .is_ok_and(|nsid| document_path(&dir, &nsid).exists())
    };
    let resolved = runtime()?
        .block_on(resolver.resolve_with_references(&nsids, known))
        .context("installing")?;
    let mut lock = lock;
    for resolved in &resolved {
        let nsid = &resolved.nsid;
        let path = write_document(&dir, nsid, &to_canonical_string(&resolved.document))
            .with_context(|| format!("writing {nsid} under {}", dir.display()))?;
        eprintln!("installed {nsid} → {} ({})", path.display(), resolved.cid);
        lock.pin(Entry {
            nsid: nsid.to_string(),
            uri: resolved.uri.clone(),
            cid: resolved.cid.to_string(),
            did: resolved.did.to_string(),
        });
    }
    let installed = resolved.len();
    lock.write(&lock_path)?;
    eprintln!(
        "install: {}, pinned in {}",
        crate::count(installed, "lexicon"),
        lock_path.display()
    );
    Ok(())
}

/// Every way the directory differs from the lockfile: a pinned file missing, unreadable, or not the
/// pinned record (its CID as a schema record differs), or an entry whose URI is not its DID and NSID.
pub fn check(dir: &Path, lock: &Lockfile) -> Vec<String> {
    let mut problems = Vec::new();
    for entry in &lock.lexicons {
        let expected_uri = format!("at://{}/{SCHEMA_COLLECTION}/{}", entry.did, entry.nsid);
        if entry.uri != expected_uri {
            problems.push(format!(
                "{}: the pinned uri {} is not {expected_uri}",
                entry.nsid, entry.uri
            ));
        }
        let nsid: Nsid = match entry.nsid.parse() {
            Ok(nsid) => nsid,
            Err(_) => {
                problems.push(format!("{:?} is not an NSID", entry.nsid));
                continue;
            }
        };
        let path = document_path(dir, &nsid);
        let document = std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                serde_json::from_str::<serde_json::Value>(&text).map_err(|e| e.to_string())
            });
        match document.map(|d| record_cid(&d).map_err(|e| e.to_string())) {
            Err(reason) | Ok(Err(reason)) => {
                problems.push(format!("{}: {}: {reason}", entry.nsid, path.display()))
            }
            Ok(Ok(cid)) if cid.to_string() != entry.cid => problems.push(format!(
                "{}: {} is record {cid}, the lockfile pins {}",
                entry.nsid,
                path.display(),
                entry.cid
            )),
            Ok(Ok(_)) => {}
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What CI runs as `cargo xtask install --check`: the committed lexicons match lexicons.lock.
    #[test]
    fn installed_lexicons_match_the_lockfile() {
        let root = crate::workspace_root();
        let lock = Lockfile::read(&root.join("lexicons.lock")).unwrap();
        assert_eq!(check(&root.join("lexicons"), &lock), Vec::<String>::new());
    }

    #[test]
    fn a_file_that_is_not_the_pinned_record_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let document = serde_json::json!({"lexicon": 1, "id": "com.example.thing", "defs": {}});
        let nsid: Nsid = "com.example.thing".parse().unwrap();
        write_document(dir.path(), &nsid, &to_canonical_string(&document)).unwrap();
        let mut lock = Lockfile::default();
        lock.pin(Entry {
            nsid: nsid.to_string(),
            uri: format!("at://did:plc:x/{SCHEMA_COLLECTION}/{nsid}"),
            cid: record_cid(&document).unwrap().to_string(),
            did: "did:plc:x".to_owned(),
        });
        assert!(check(dir.path(), &lock).is_empty());
        let changed =
            serde_json::json!({"lexicon": 1, "id": "com.example.thing", "defs": {}, "revision": 2});
        write_document(dir.path(), &nsid, &to_canonical_string(&changed)).unwrap();
        assert_eq!(check(dir.path(), &lock).len(), 1);
        std::fs::remove_file(document_path(dir.path(), &nsid)).unwrap();
        assert_eq!(check(dir.path(), &lock).len(), 1);
        lock.lexicons[0].uri = "at://did:plc:y/x/y".to_owned();
        assert_eq!(check(dir.path(), &lock).len(), 2);
    }
}
