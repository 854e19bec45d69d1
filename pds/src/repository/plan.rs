//! `CommitPlan`: one commit as an object the writer thread runs. It decides the commit's writes from the
//! repository's head (read once, on the writer's connection, under the repository lock), and finishes in
//! the commit's own transaction (e.g. blob bookkeeping), so the commit and what the plan writes land
//! together or not at all.

use crate::repo::Write;
use crate::storage::{Connection, RepoHead, StorageError};

use super::{Committed, RepositoryError};

/// What one commit writes, and what it does in the same transaction once the commit is stored.
pub(crate) trait CommitPlan: Send + 'static {
    /// What [`CommitPlan::finish`] hands back to the caller.
    type Output: Send + 'static;

    /// The commit's writes, decided from `head` (`None` before a repository's first commit). An `Err`
    /// refuses the commit (a lost swap, a missing blob) having written nothing; `Ok(None)`: nothing to
    /// write, so no commit.
    fn writes(
        &mut self,
        conn: &Connection,
        head: Option<&RepoHead>,
    ) -> Result<Option<Vec<Write>>, RepositoryError>;

    /// Runs in the commit's transaction after it is stored (`committed`), or after the plan found nothing
    /// to write (`None`). A failure rolls the commit back.
    fn finish(
        self,
        conn: &Connection,
        committed: Option<&Committed>,
    ) -> Result<Self::Output, StorageError>;
}

/// A commit of writes known up front (account creation, tools, tests).
pub(super) struct Fixed(pub(super) Option<Vec<Write>>);

impl CommitPlan for Fixed {
    type Output = ();

    fn writes(
        &mut self,
        _: &Connection,
        _: Option<&RepoHead>,
    ) -> Result<Option<Vec<Write>>, RepositoryError> {
        Ok(self.0.take())
    }

    fn finish(self, _: &Connection, _: Option<&Committed>) -> Result<(), StorageError> {
        Ok(())
    }
}
