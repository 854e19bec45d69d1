//! Committing a batch of record writes: the [`RecordPlan`] run by the repository's writer, then the blob
//! objects the commit made permanent promoted. The one entry point of the repo write endpoints.

use lexgen::crypto::Keypair;
use lexgen::model::{Cid, Did};

use super::plan::RecordPlan;
use super::{RecordWrite, Refusal, blob_refs};
use crate::blob::BlobStore;
use crate::repo::OpAction;
use crate::repository::{Committed, Repositories, RepositoryError};

/// The outcome of [`commit`]: the commit (`None` when there was nothing to write) and, per write, the
/// action taken (`None`: nothing written for it).
pub(crate) struct CommitOutcome {
    pub committed: Option<Committed>,
    pub actions: Vec<Option<OpAction>>,
}

/// Applies `writes` to `did`'s repository as one commit (after checking `swap_commit`, each record swap and
/// every blob reference under the repository lock), updating blob references in the same transaction and
/// then promoting the objects of blobs the commit made permanent.
pub(crate) async fn commit(
    repos: &Repositories,
    blob_store: &BlobStore,
    did: &Did,
    key: &Keypair,
    swap_commit: Option<Cid>,
    writes: Vec<RecordWrite>,
) -> Result<CommitOutcome, CommitError> {
    let plan = RecordPlan::new(did.clone(), swap_commit, writes);
    let (committed, planned) = repos.commit_plan(did, key, plan).await?;
    blob_refs::promote(blob_store, did, &planned.promoted).await;
    Ok(CommitOutcome {
        committed,
        actions: planned.actions,
    })
}

/// Why [`commit`] failed.
#[derive(Debug, thiserror::Error)]
pub enum CommitError {
    #[error("{name}: {0}", name = .0.name())]
    Refused(Refusal),
    #[error(transparent)]
    Repository(RepositoryError),
}

impl From<RepositoryError> for CommitError {
    fn from(e: RepositoryError) -> CommitError {
        use crate::repo::WriteError;
        match e {
            RepositoryError::Rejected(refusal) => CommitError::Refused(refusal),
            RepositoryError::Write(WriteError::AlreadyExists(path)) => {
                CommitError::Refused(Refusal::RecordExists(path))
            }
            RepositoryError::Write(WriteError::NotFound(path)) => {
                CommitError::Refused(Refusal::RecordNotFound(path))
            }
            RepositoryError::Write(WriteError::DuplicatePath(path)) => {
                CommitError::Refused(Refusal::DuplicatePath(path))
            }
            RepositoryError::CommitTooLarge(n) => CommitError::Refused(Refusal::CommitTooLarge(n)),
            other => CommitError::Repository(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::repo::WriteError;
    use crate::storage::StorageError;

    fn refusal(e: RepositoryError) -> Refusal {
        match CommitError::from(e) {
            CommitError::Refused(refusal) => refusal,
            CommitError::Repository(e) => panic!("not a refusal: {e}"),
        }
    }

    #[test]
    fn write_conflicts_are_refusals() {
        let path = || String::from("app.bsky.feed.post/3k");
        assert_eq!(
            refusal(WriteError::NotFound(path()).into()),
            Refusal::RecordNotFound(path())
        );
        assert_eq!(
            refusal(WriteError::AlreadyExists(path()).into()),
            Refusal::RecordExists(path())
        );
        assert_eq!(
            refusal(WriteError::DuplicatePath(path()).into()),
            Refusal::DuplicatePath(path())
        );
        assert_eq!(
            refusal(RepositoryError::CommitTooLarge(2_000_001)),
            Refusal::CommitTooLarge(2_000_001)
        );
        assert_eq!(
            refusal(RepositoryError::Rejected(Refusal::RecordSwap(None))),
            Refusal::RecordSwap(None)
        );
        assert_eq!(
            Refusal::RecordNotFound(path()).to_string(),
            "Could not find record: app.bsky.feed.post/3k"
        );
    }

    #[test]
    fn failures_are_not_refusals() {
        assert!(matches!(
            CommitError::from(RepositoryError::Storage(StorageError::WriterGone)),
            CommitError::Repository(_)
        ));
        assert!(matches!(
            CommitError::from(RepositoryError::Write(WriteError::TooManyWrites(201))),
            CommitError::Repository(_)
        ));
    }
}
