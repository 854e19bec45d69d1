//! What the import job counts once the tree is walked: how many records hold each shared record block
//! (from the walk's counts, or by a pass in SQL that also checks the records when the walk could not), and
//! the stored blocks nothing reaches.

use lexgen::model::Cid;

use super::walk::Walked;
use super::{Job, check_record, invalid};
use crate::repo::mst::{NODE_START, TreeItem};
use crate::repo::{BlockStore, Mst, RepoError};
use crate::repository::RepositoryError;
use crate::storage::Connection;
use crate::storage::repo_import::{self, Reached};

impl Job {
    /// Stores how many records point at each shared record block: the counts the walk made
    /// (`references`, in CID order), or, if the index outgrew its budget, counts made in SQL while the
    /// records are checked there.
    pub(super) fn count_references(
        &self,
        conn: &Connection,
        repo: i64,
        references: Option<Vec<(Cid, u32)>>,
        walked: &mut Walked,
    ) -> Result<(), RepositoryError> {
        let Some(references) = references else {
            return self.check_records(conn, repo, walked);
        };
        Ok(repo_import::insert_record_refs(conn, repo, &references)?)
    }

    /// Every record the tree points at must be in the CAR, at most 1 MiB, and a strict DAG-CBOR map (the
    /// second pass, when [`Arrivals`] could not remember every block); the shared ones are counted. Read
    /// in CID order, the order of the block table, so the lookups walk it sequentially instead of jumping
    /// about. Counts the distinct records.
    fn check_records(
        &self,
        conn: &Connection,
        repo: i64,
        walked: &mut Walked,
    ) -> Result<(), RepositoryError> {
        repo_import::scan_indexed_records(conn, repo, |cid, bytes| {
            let Some(bytes) = bytes else {
                return Err(invalid(format!(
                    "block {cid} is referenced but not in the CAR"
                )));
            };
            if let Err(reason) = check_record(bytes) {
                let path = repo_import::record_path_of(conn, repo, &cid)?
                    .unwrap_or_else(|| cid.to_string());
                return Err(invalid(format!("record {path}: {reason}")));
            }
            walked.ambiguous |= cid == self.root || bytes.starts_with(NODE_START);
            walked.distinct_records += 1;
            Ok(())
        })
    }

    /// Deletes the stored blocks that neither the commit nor its tree reaches. Usually there are none, which
    /// counting shows: the walk visits each node once (keys are strictly ordered across the tree), so
    /// commit + nodes + distinct records is the number of reachable blocks unless a record might double as
    /// another block. Otherwise the reachable set is listed in a temporary table.
    pub(super) fn drop_unreachable(
        &self,
        conn: &Connection,
        store: &dyn BlockStore,
        repo: i64,
        data: Cid,
        stored: u64,
        walked: &Walked,
    ) -> Result<u64, RepositoryError> {
        let reachable = 1 + walked.nodes + walked.distinct_records;
        if !walked.ambiguous && reachable == stored {
            return Ok(0);
        }
        let mut reached = Reached::new(conn)?;
        reached.add(&self.root)?;
        Mst::walk_stored(store, data, |item| {
            if let TreeItem::Node { cid, .. } = item {
                reached
                    .add(&cid)
                    .map_err(|e| RepoError::Storage(Box::new(e)))?;
            }
            Ok(())
        })?;
        Ok(reached.drop_the_rest(repo)?)
    }
}
