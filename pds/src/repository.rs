//! The hosted accounts' repositories on top of [`crate::storage`]: commits (one write batch → one signed
//! commit, built and stored by the writer thread inside its group transaction), CAR export and verified
//! import. The writer orders commits, so commits to one repository, like commits to different ones, share
//! group commits; an import holds its repository's lock exclusively, commits hold it shared.

mod commit;
mod error;
mod export;
mod import;
mod locks;
mod plan;

pub use commit::Committed;
pub use error::RepositoryError;
pub use import::{AfterImport, Imported};
pub(crate) use plan::CommitPlan;

use lexgen::crypto::{Keypair, PublicKey};
use lexgen::model::{Did, Tid};

use crate::repo::Write;
use crate::storage::Storage;
use commit::Kind;
use plan::Fixed;

/// The repositories of the accounts this server hosts.
#[derive(Clone)]
pub struct Repositories {
    storage: Storage,
    locks: locks::RepoLocks,
}

impl Repositories {
    pub fn new(storage: Storage) -> Self {
        Self {
            storage,
            locks: locks::RepoLocks::default(),
        }
    }

    pub fn storage(&self) -> &Storage {
        &self.storage
    }

    /// Creates an empty repository for `did`: an empty MST and a first commit signed with `key`.
    pub async fn create(&self, did: &Did, key: &Keypair) -> Result<Committed, RepositoryError> {
        self.commit(did, key, Vec::new(), Kind::Genesis).await
    }

    /// [`Repositories::create`] without the `#commit` event: the repository of an account that is not
    /// active yet (migrating in), which the firehose learns of when it is activated (`#sync`).
    pub(crate) async fn create_quietly(
        &self,
        did: &Did,
        key: &Keypair,
    ) -> Result<Committed, RepositoryError> {
        self.commit(did, key, Vec::new(), Kind::QuietGenesis).await
    }

    /// Applies `writes` as one commit signed with `key`.
    pub async fn apply_writes(
        &self,
        did: &Did,
        key: &Keypair,
        writes: Vec<Write>,
    ) -> Result<Committed, RepositoryError> {
        self.commit(did, key, writes, Kind::Next).await
    }

    async fn commit(
        &self,
        did: &Did,
        key: &Keypair,
        writes: Vec<Write>,
        kind: Kind,
    ) -> Result<Committed, RepositoryError> {
        let (committed, ()) = self.run(did, key, kind, Fixed(Some(writes))).await?;
        committed.ok_or_else(|| RepositoryError::NotFound(did.clone()))
    }

    /// Runs `plan` as the next commit of `did`'s repository, on the writer thread under the repository's
    /// lock (shared): `None` when the plan found nothing to write.
    pub(crate) async fn commit_plan<P: CommitPlan>(
        &self,
        did: &Did,
        key: &Keypair,
        plan: P,
    ) -> Result<(Option<Committed>, P::Output), RepositoryError> {
        self.run(did, key, Kind::Next, plan).await
    }

    async fn run<P: CommitPlan>(
        &self,
        did: &Did,
        key: &Keypair,
        kind: Kind,
        plan: P,
    ) -> Result<(Option<Committed>, P::Output), RepositoryError> {
        let lock = self.locks.get(did);
        let _commits = lock.read().await;
        let (did, key) = (did.clone(), key.clone());
        self.storage
            .write(move |conn| commit::commit_in_writer(conn, &did, &key, kind, plan))
            .await?
    }

    /// [`Repositories::create`] for synchronous callers (tools, benchmarks). Panics inside an async runtime.
    pub fn create_blocking(&self, did: &Did, key: &Keypair) -> Result<Committed, RepositoryError> {
        self.commit_blocking(did, key, Vec::new(), Kind::Genesis)
    }

    /// [`Repositories::apply_writes`] for synchronous callers. Panics inside an async runtime.
    pub fn apply_writes_blocking(
        &self,
        did: &Did,
        key: &Keypair,
        writes: Vec<Write>,
    ) -> Result<Committed, RepositoryError> {
        self.commit_blocking(did, key, writes, Kind::Next)
    }

    fn commit_blocking(
        &self,
        did: &Did,
        key: &Keypair,
        writes: Vec<Write>,
        kind: Kind,
    ) -> Result<Committed, RepositoryError> {
        let lock = self.locks.get(did);
        let _commits = lock.blocking_read();
        let (owned, key) = (did.clone(), key.clone());
        let (committed, ()) = self.storage.write_blocking(move |conn| {
            commit::commit_in_writer(conn, &owned, &key, kind, Fixed(Some(writes)))
        })??;
        // A fixed plan always writes.
        committed.ok_or_else(|| RepositoryError::NotFound(did.clone()))
    }

    /// Writes the repository as a CAR to `out`: the whole repository in streaming order (commit, then MST
    /// nodes in pre-order with records interleaved), or only the blocks stored after revision `since`.
    pub fn export_blocking(
        &self,
        did: &Did,
        since: Option<Tid>,
        out: impl std::io::Write,
    ) -> Result<(), RepositoryError> {
        self.storage
            .read_blocking(|conn| Ok(export::export(conn, did, since.as_ref(), out)))?
    }

    /// Imports a full repository CAR for `did`, replacing its current content. The commit must be by `did`
    /// and verify with `key` (the signing key in the DID document); every MST node and record is checked,
    /// and nothing is stored unless all of it is valid. With `resign`, the stored head is a new commit of
    /// the same data signed with that key, at a revision above both the imported and the current one.
    pub(crate) async fn import(
        &self,
        did: &Did,
        car: impl std::io::Read + Send + 'static,
        key: PublicKey,
        resign: Option<Keypair>,
    ) -> Result<Imported, RepositoryError> {
        let lock = self.locks.get(did);
        let _exclusive = lock.write().await;
        let (repos, did) = (self.clone(), did.clone());
        tokio::task::spawn_blocking(move || {
            import::import(&repos.storage, &did, car, &key, resign.as_ref())
        })
        .await
        .map_err(|e| RepositoryError::Worker(e.to_string()))?
    }

    /// [`Repositories::import_blocking`] without re-signing, then `after` in the same savepoint: the
    /// repository and the rows `after` writes are stored together or not at all (`pds adopt`).
    pub(crate) fn import_then_blocking(
        &self,
        did: &Did,
        car: impl std::io::Read,
        key: &PublicKey,
        after: AfterImport,
    ) -> Result<Imported, RepositoryError> {
        let lock = self.locks.get(did);
        let _exclusive = lock.blocking_write();
        import::import_then(&self.storage, did, car, key, after)
    }

    /// [`Repositories::import`] for synchronous callers. Panics inside an async runtime.
    pub fn import_blocking(
        &self,
        did: &Did,
        car: impl std::io::Read,
        key: &PublicKey,
        resign: Option<&Keypair>,
    ) -> Result<Imported, RepositoryError> {
        let lock = self.locks.get(did);
        let _exclusive = lock.blocking_write();
        import::import(&self.storage, did, car, key, resign)
    }
}
