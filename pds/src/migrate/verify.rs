//! The checks at the end of a migration, printed as a summary: records and blobs at both PDSes, the DID
//! document, the new PDS's latest commit, which side is active.

use lexgen::model::Did;
use lexicons::client::Client;
use lexicons::com::atproto::server::check_account_status;
use lexicons::com::atproto::sync::{get_latest_commit, get_repo_status};

use super::state::StateFile;
use super::{MigrateError, source};

/// What the two PDSes and the DID document say once the migration is done.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The account.
    pub did: String,
    /// The old PDS.
    pub from: String,
    /// The new PDS.
    pub to: String,
    /// Records indexed at the old PDS, if it still tells its deactivated account.
    pub records_old: Option<i64>,
    /// Records indexed at the new PDS.
    pub records_new: i64,
    /// Blobs the new PDS's records reference.
    pub blobs_expected: i64,
    /// Of those, the blobs it holds.
    pub blobs_imported: i64,
    /// Blobs this migration copied (over every run).
    pub blobs_copied: usize,
    /// The PDS the DID document names.
    pub did_document_pds: String,
    /// Whether the new PDS finds the DID document pointing at itself with its key.
    pub valid_did: bool,
    /// The new PDS's latest commit and revision.
    pub commit: (String, String),
    /// Whether the account is active at the new PDS.
    pub active_new: bool,
    /// Whether the account is active at the old PDS.
    pub active_old: bool,
    /// What does not hold (empty: verified).
    pub problems: Vec<String>,
}

/// Asks both PDSes and the DID document.
pub(crate) async fn summary(
    old: &Client,
    new: &Client,
    did: &Did,
    to: &str,
    plc_url: &str,
    state: &StateFile,
) -> Result<Summary, MigrateError> {
    let status = new
        .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("checkAccountStatus at the new PDS"))?;
    let records_old = old
        .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
        .await
        .ok()
        .map(|old| old.indexed_records);
    let commit = new
        .call::<get_latest_commit::GetLatestCommit>(
            &get_latest_commit::Params { did: did.clone() },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getLatestCommit at the new PDS"))?;
    let old_status = old
        .call::<get_repo_status::GetRepoStatus>(&get_repo_status::Params { did: did.clone() }, &())
        .await
        .map_err(MigrateError::xrpc("getRepoStatus at the old PDS"))?;
    let did_document_pds = source::pds_of(did, plc_url)
        .await
        .unwrap_or_else(|e| format!("(unresolved: {e})"));
    let mut summary = Summary {
        did: did.to_string(),
        from: state.state.from.clone(),
        to: to.to_owned(),
        records_old,
        records_new: status.indexed_records,
        blobs_expected: status.expected_blobs,
        blobs_imported: status.imported_blobs,
        blobs_copied: state.state.blobs_copied.len(),
        did_document_pds,
        valid_did: status.valid_did,
        commit: (status.repo_commit.to_string(), commit.rev.to_string()),
        active_new: status.activated,
        active_old: old_status.active,
        problems: Vec::new(),
    };
    summary.problems = summary.check();
    Ok(summary)
}

impl Summary {
    /// What does not hold.
    fn check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if let Some(old) = self.records_old
            && old != self.records_new
        {
            problems.push(format!(
                "{} records at the old PDS, {} at the new",
                old, self.records_new
            ));
        }
        if self.blobs_imported != self.blobs_expected {
            problems.push(format!(
                "{} of {} blobs at the new PDS",
                self.blobs_imported, self.blobs_expected
            ));
        }
        if !self.valid_did {
            problems.push("the new PDS does not accept the DID document".to_owned());
        }
        if !self.active_new {
            problems.push("the account is not active at the new PDS".to_owned());
        }
        if self.active_old {
            problems.push("the account is still active at the old PDS".to_owned());
        }
        problems
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let yes = |b: bool| if b { "yes" } else { "no" };
        writeln!(f, "account     {}", self.did)?;
        writeln!(
            f,
            "from        {} (active: {})",
            self.from,
            yes(self.active_old)
        )?;
        writeln!(
            f,
            "to          {} (active: {})",
            self.to,
            yes(self.active_new)
        )?;
        match self.records_old {
            Some(old) => writeln!(f, "records     {} (old PDS: {old})", self.records_new)?,
            None => writeln!(f, "records     {}", self.records_new)?,
        }
        writeln!(
            f,
            "blobs       {}/{} present ({} copied)",
            self.blobs_imported, self.blobs_expected, self.blobs_copied
        )?;
        writeln!(
            f,
            "DID doc     PDS {} (accepted by the new PDS: {})",
            self.did_document_pds,
            yes(self.valid_did)
        )?;
        writeln!(f, "commit      {} rev {}", self.commit.0, self.commit.1)?;
        if self.problems.is_empty() {
            writeln!(f, "verified")
        } else {
            for problem in &self.problems {
                writeln!(f, "PROBLEM     {problem}")?;
            }
            Ok(())
        }
    }
}
