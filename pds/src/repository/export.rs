//! Exporting a repository as a CAR: the commit, then the MST in pre-order with each entry's record and
//! subtree in entry order, read from the database one block at a time.

use lexgen::model::{Did, Tid};
use rusqlite::Connection;

use super::RepositoryError;
use crate::repo::car::CarWriter;
use crate::repo::mst::TreeItem;
use crate::repo::{Mst, RepoError};
use crate::storage::{RepoBlocks, RepoReader};

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
    match since {
        Some(since) => {
            RepoReader::blocks_since(conn, head.id, Some(since), |cid, bytes| {
                if cid != head.head {
                    car.write_block(&cid, &bytes)
                        .map_err(|e| crate::storage::StorageError::Worker(e.to_string()))?;
                }
                Ok(())
            })?;
        }
        None => {
            let store = RepoBlocks {
                conn,
                repo: head.id,
            };
            Mst::walk_stored(&store, head.data, |item| {
                let written = match item {
                    TreeItem::Node { cid, bytes } => car.write_block(&cid, &bytes),
                    TreeItem::Leaf { cid, .. } => {
                        let bytes = RepoReader::block(conn, head.id, &cid)
                            .map_err(|e| RepoError::Storage(Box::new(e)))?
                            .ok_or(RepoError::MissingBlock(cid))?;
                        car.write_block(&cid, &bytes)
                    }
                };
                written.map_err(|e| RepoError::Storage(Box::new(e)))
            })?;
        }
    }
    car.finish()?;
    Ok(())
}
