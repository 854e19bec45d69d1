//! The state file of a migration (JSON): the account, both PDSes, the steps done and the blobs copied.
//! It is written after every step and every blob (to a temporary file, then renamed over the old one),
//! so a run that is interrupted, even killed, resumes at the first step not done.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::MigrateError;

/// The steps of a migration, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// The account exists (deactivated) at the new PDS.
    CreateAccount,
    /// The repository was imported.
    ImportRepo,
    /// No blob is missing at the new PDS.
    Blobs,
    /// The preferences were copied.
    Preferences,
    /// The old PDS was asked to e-mail the PLC token.
    PlcTokenRequested,
    /// The DID document names the new PDS (or, for did:web, the instructions were printed).
    Identity,
    /// The account is active at the new PDS.
    Activate,
    /// The account is deactivated at the old PDS.
    Deactivate,
}

impl Step {
    /// Every step, in order.
    pub(crate) const ALL: [Step; 8] = [
        Step::CreateAccount,
        Step::ImportRepo,
        Step::Blobs,
        Step::Preferences,
        Step::PlcTokenRequested,
        Step::Identity,
        Step::Activate,
        Step::Deactivate,
    ];

    /// What the step does, for the plan and the log.
    pub(crate) fn describe(self) -> &'static str {
        match self {
            Step::CreateAccount => {
                "create the account at the new PDS (service auth from the old one, same DID, deactivated)"
            }
            Step::ImportRepo => "stream the repository (getRepo) into the new PDS (importRepo)",
            Step::Blobs => {
                "copy the blobs the new PDS is missing (listMissingBlobs, getBlob → uploadBlob)"
            }
            Step::Preferences => "copy the preferences (getPreferences → putPreferences)",
            Step::PlcTokenRequested => {
                "ask the old PDS to e-mail the PLC confirmation token (requestPlcOperationSignature)"
            }
            Step::Identity => {
                "point the DID at the new PDS (signPlcOperation at the old, submitPlcOperation at the new)"
            }
            Step::Activate => "activate the account at the new PDS",
            Step::Deactivate => "deactivate the account at the old PDS",
        }
    }
}

/// What a migration has done so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct State {
    /// The account.
    pub did: String,
    /// The old PDS's URL.
    pub from: String,
    /// The new PDS's URL.
    pub to: String,
    /// The steps done.
    pub done: BTreeSet<Step>,
    /// The blobs copied so far (CIDs).
    pub blobs_copied: BTreeSet<String>,
    /// Blobs whose copy has started and not been recorded as done: an upload can land at the new PDS just
    /// before the process is killed, ahead of its line here. The next run counts those the new PDS no
    /// longer reports missing as copied ([`StateFile::settle_started`]).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub blobs_started: BTreeSet<String>,
}

/// A state file on disk.
pub(crate) struct StateFile {
    path: PathBuf,
    /// The current state.
    pub state: State,
}

impl StateFile {
    /// Reads `path` if it exists; `None` if it does not.
    pub(super) fn read(path: &Path) -> Result<Option<State>, MigrateError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(MigrateError::io(path)(e)),
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|e| MigrateError::State {
                path: path.display().to_string(),
                reason: e.to_string(),
            })
    }

    /// Opens the migration of `did` from `from` to `to`: the state at `path` if it is this migration's,
    /// a fresh one if there is none.
    pub(super) fn open(
        path: &Path,
        did: &str,
        from: &str,
        to: &str,
    ) -> Result<StateFile, MigrateError> {
        let state = match StateFile::read(path)? {
            Some(state) if state.did == did && state.to == to => state,
            Some(state) => {
                return Err(MigrateError::StateMismatch {
                    path: path.display().to_string(),
                    found: format!("{} → {}", state.did, state.to),
                    expected: format!("{did} → {to}"),
                });
            }
            None => State {
                did: did.to_owned(),
                from: from.to_owned(),
                to: to.to_owned(),
                ..State::default()
            },
        };
        let file = StateFile {
            path: path.to_owned(),
            state,
        };
        file.save()?;
        Ok(file)
    }

    /// Whether `step` is done.
    pub(super) fn is_done(&self, step: Step) -> bool {
        self.state.done.contains(&step)
    }

    /// Records `step` as done.
    pub(super) fn mark(&mut self, step: Step) -> Result<(), MigrateError> {
        self.state.done.insert(step);
        self.save()
    }

    /// Records `step` as not done (to be done again).
    pub(super) fn unmark(&mut self, step: Step) -> Result<(), MigrateError> {
        self.state.done.remove(&step);
        self.save()
    }

    /// Records that the copy of `cids` starts (saved before the first upload).
    pub(super) fn blobs_starting<'a>(
        &mut self,
        cids: impl IntoIterator<Item = &'a str>,
    ) -> Result<(), MigrateError> {
        self.state
            .blobs_started
            .extend(cids.into_iter().map(str::to_owned));
        self.save()
    }

    /// Records a copied blob.
    pub(super) fn blob_copied(&mut self, cid: &str) -> Result<(), MigrateError> {
        self.state.blobs_started.remove(cid);
        self.state.blobs_copied.insert(cid.to_owned());
        self.save()
    }

    /// Counts as copied every started blob the new PDS does not report `missing` (an earlier run uploaded it
    /// and was stopped before recording it); the rest are started again by the copy.
    pub(super) fn settle_started(&mut self, missing: &[&str]) -> Result<(), MigrateError> {
        if self.state.blobs_started.is_empty() {
            return Ok(());
        }
        let started = std::mem::take(&mut self.state.blobs_started);
        let landed = started
            .into_iter()
            .filter(|cid| !missing.contains(&cid.as_str()));
        self.state.blobs_copied.extend(landed);
        self.save()
    }

    /// Writes the state: a temporary file next to it, then renamed over it.
    fn save(&self) -> Result<(), MigrateError> {
        let text = serde_json::to_string_pretty(&self.state).map_err(|e| MigrateError::State {
            path: self.path.display().to_string(),
            reason: e.to_string(),
        })? + "\n";
        let mut temp = self.path.clone().into_os_string();
        temp.push(".tmp");
        let temp = PathBuf::from(temp);
        std::fs::write(&temp, text).map_err(MigrateError::io(&temp))?;
        std::fs::rename(&temp, &self.path).map_err(MigrateError::io(&self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_file_resumes_its_own_migration_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut file = StateFile::open(&path, "did:plc:a", "http://a", "http://b").unwrap();
        file.mark(Step::ImportRepo).unwrap();
        file.blob_copied("bafkrei").unwrap();
        let again = StateFile::open(&path, "did:plc:a", "http://a", "http://b").unwrap();
        assert!(again.is_done(Step::ImportRepo));
        assert!(!again.is_done(Step::CreateAccount));
        assert_eq!(again.state.blobs_copied.len(), 1);
        let mut again = again;
        again.blobs_starting(["bafkreia", "bafkreib"]).unwrap();
        // Stopped before either was recorded; the new PDS has `a` and still misses `b`.
        let mut resumed = StateFile::open(&path, "did:plc:a", "http://a", "http://b").unwrap();
        assert_eq!(resumed.state.blobs_started.len(), 2);
        resumed.settle_started(&["bafkreib"]).unwrap();
        let copied: Vec<&str> = resumed
            .state
            .blobs_copied
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(copied, ["bafkrei", "bafkreia"]);
        assert!(resumed.state.blobs_started.is_empty());
        assert!(matches!(
            StateFile::open(&path, "did:plc:other", "http://a", "http://b"),
            Err(MigrateError::StateMismatch { .. })
        ));
    }
}
