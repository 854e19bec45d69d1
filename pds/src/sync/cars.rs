//! The CARs sync reads return, built on a read connection: a record proof (the commit, the MST nodes on the
//! key's search path, and the record if present) and a rootless bag of requested blocks.

use lexgen::model::{Cid, Did};

use crate::repo::car::CarWriter;
use crate::repo::{Mst, RepoError};
use crate::repository::RepositoryError;
use crate::storage::{Connection, RepoBlocks, RepoReader};

/// Why a sync CAR could not be built.
#[derive(Debug, thiserror::Error)]
pub(super) enum CarBuildError {
    #[error("no repository")]
    NoRepo,
    #[error("missing blocks: {0}")]
    MissingBlocks(String),
    #[error(transparent)]
    Repository(#[from] RepositoryError),
}

impl From<RepoError> for CarBuildError {
    fn from(error: RepoError) -> Self {
        CarBuildError::Repository(error.into())
    }
}

impl From<crate::storage::StorageError> for CarBuildError {
    fn from(error: crate::storage::StorageError) -> Self {
        CarBuildError::Repository(error.into())
    }
}

impl From<std::io::Error> for CarBuildError {
    fn from(error: std::io::Error) -> Self {
        CarBuildError::Repository(error.into())
    }
}

/// The proof CAR of `key` (`<collection>/<rkey>`) at the current head: proves the record present with its
/// value, or absent.
pub(super) fn record_proof(
    conn: &Connection,
    did: &Did,
    key: &str,
) -> Result<Vec<u8>, CarBuildError> {
    let head = RepoReader::head(conn, did)?.ok_or(CarBuildError::NoRepo)?;
    let store = RepoBlocks {
        conn,
        repo: head.id,
    };
    let commit =
        RepoReader::block(conn, head.id, &head.head)?.ok_or(RepoError::MissingBlock(head.head))?;
    let tree = Mst::load(&store, head.data)?;
    let mut car = CarWriter::new(Vec::new(), head.head)?;
    car.write_block(&head.head, &commit)?;
    for cid in tree.proof(&store, key)? {
        let node = RepoReader::block(conn, head.id, &cid)?.ok_or(RepoError::MissingBlock(cid))?;
        car.write_block(&cid, &node)?;
    }
    if let Some(cid) = tree.get(&store, key)? {
        let record = RepoReader::block(conn, head.id, &cid)?.ok_or(RepoError::MissingBlock(cid))?;
        car.write_block(&cid, &record)?;
    }
    Ok(car.finish()?)
}

/// A rootless CAR of the repository's blocks `cids`; every one must exist.
pub(super) fn blocks(conn: &Connection, did: &Did, cids: &[Cid]) -> Result<Vec<u8>, CarBuildError> {
    let head = RepoReader::head(conn, did)?.ok_or(CarBuildError::NoRepo)?;
    let mut car = CarWriter::without_root(Vec::new())?;
    let mut missing = Vec::new();
    for cid in cids {
        match RepoReader::block(conn, head.id, cid)? {
            Some(bytes) => car.write_block(cid, &bytes)?,
            None => missing.push(cid.to_string()),
        }
    }
    if !missing.is_empty() {
        return Err(CarBuildError::MissingBlocks(missing.join(", ")));
    }
    Ok(car.finish()?)
}
