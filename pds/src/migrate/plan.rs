//! `--dry-run`: what a run would do, from public reads only (no login, no write, no state file).

use lexicons::client::Client;
use lexicons::com::atproto::server::describe_server;
use lexicons::com::atproto::sync::{get_latest_commit, list_blobs};

use super::source::Source;
use super::state::{StateFile, Step};
use super::{MigrateError, Options};

/// The plan of a migration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The old PDS.
    pub from: String,
    /// The account, when `--from` or `--account` names it by DID.
    pub did: Option<String>,
    /// Its latest revision and blob count at the old PDS, when the DID is known.
    pub repo: Option<(String, usize)>,
    /// The new PDS and its service DID.
    pub to: (String, String),
    /// Whether the new PDS wants an invite code.
    pub invite_required: bool,
    /// Each step, and whether a state file says it is done.
    pub steps: Vec<(Step, bool)>,
    /// The state file.
    pub state: String,
}

pub(crate) async fn plan(
    options: &Options,
    source: &Source,
    old: &Client,
    to: &str,
    described: &describe_server::Output,
) -> Result<Plan, MigrateError> {
    let did = source.did.clone().or_else(|| {
        options
            .account
            .as_deref()
            .and_then(|account| account.parse().ok())
    });
    let repo = match &did {
        Some(did) => {
            let latest = old
                .call::<get_latest_commit::GetLatestCommit>(
                    &get_latest_commit::Params { did: did.clone() },
                    &(),
                )
                .await
                .map_err(MigrateError::xrpc("getLatestCommit at the old PDS"))?;
            let blobs = count_blobs(old, did).await?;
            Some((latest.rev.to_string(), blobs))
        }
        None => None,
    };
    let done = match StateFile::read(&options.state)? {
        Some(state) if did.as_ref().is_none_or(|did| did.as_str() == state.did) => state.done,
        _ => Default::default(),
    };
    Ok(Plan {
        from: source.url.clone(),
        did: did.map(|did| did.to_string()),
        repo,
        to: (to.to_owned(), described.did.to_string()),
        invite_required: described.invite_code_required.unwrap_or(false),
        steps: Step::ALL
            .iter()
            .map(|step| (*step, done.contains(step)))
            .collect(),
        state: options.state.display().to_string(),
    })
}

async fn count_blobs(old: &Client, did: &lexgen::model::Did) -> Result<usize, MigrateError> {
    let mut count = 0;
    let mut cursor = None;
    loop {
        let page = old
            .call::<list_blobs::ListBlobs>(
                &list_blobs::Params {
                    cursor: cursor.take(),
                    did: did.clone(),
                    limit: 1000,
                    since: None,
                },
                &(),
            )
            .await
            .map_err(MigrateError::xrpc("listBlobs at the old PDS"))?;
        count += page.cids.len();
        match page.cursor {
            Some(next) if !page.cids.is_empty() => cursor = Some(next),
            _ => return Ok(count),
        }
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "dry run: nothing is changed")?;
        writeln!(f, "from        {}", self.from)?;
        match (&self.did, &self.repo) {
            (Some(did), Some((rev, blobs))) => {
                writeln!(f, "account     {did} (rev {rev}, {blobs} blobs)")?
            }
            _ => writeln!(f, "account     (known after logging in)")?,
        }
        writeln!(f, "to          {} ({})", self.to.0, self.to.1)?;
        if self.invite_required {
            writeln!(
                f,
                "            the new PDS needs an invite code (--invite-code)"
            )?;
        }
        writeln!(f, "state file  {}", self.state)?;
        for (n, (step, done)) in self.steps.iter().enumerate() {
            let mark = if *done { "done" } else { "todo" };
            writeln!(f, "{:>2}. [{mark}] {}", n + 1, step.describe())?;
        }
        Ok(())
    }
}
