//! Exporting a repository as a CAR: the commit block first, then every other block of the repository in one
//! sequential scan (CID order, as the reference PDS does). The block table holds exactly the blocks reachable
//! from the head (commits drop what they make unreachable), so the scan is the full repository, read with
//! constant memory.

use lexgen::model::{Did, Tid};

use super::RepositoryError;
use crate::repo::RepoError;
use crate::repo::car::CarWriter;
use crate::storage::{Connection, RepoReader, StorageError};

pub(super) fn export(
    conn: &Connection,
    did: &Did,
    since: Option<&Tid>,
    out: impl std::io::Write,
) -> Result<(), RepositoryError> {
    let head =
        RepoReader::head(conn, did)?.ok_or_else(|| RepositoryError::NotFound(did.clone()))?;
    let commit =
        RepoReader::block(conn, head.id, &head.head)?.ok_or(RepoError::MissingBlock(head.head))?;
    let mut car = CarWriter::new(out, head.head)?;
    car.write_block(&head.head, &commit)?;
    RepoReader::blocks_since(conn, head.id, since, |cid, bytes| {
        if cid == head.head {
            return Ok(());
        }
        car.write_block(&cid, &bytes)
            .map_err(|e| StorageError::Worker(e.to_string()))
    })?;
    car.finish()?;
    Ok(())
}
