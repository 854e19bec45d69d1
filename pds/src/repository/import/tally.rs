//! What the import job counts once the tree is walked: how many records hold each shared record block
//! (from the walk's counts, or by a pass in SQL that also checks the records when the walk could not), and
//! the stored blocks nothing reaches.

use lexgen::model::Cid;
use rusqlite::{Connection, OptionalExtension, params};

use super::chunked::Chunked;
use super::walk::Walked;
use super::{Job, check_record, invalid, sqlite};
use crate::repo::mst::{NODE_START, TreeItem};
use crate::repo::{BlockStore, Mst, RepoError};
use crate::repository::RepositoryError;

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
        // In CID order: appended to the table rather than inserted here and there.
        Chunked::new(
            conn,
            "INSERT INTO record_ref (repo, cid, refs)",
            "(?, ?, ?)",
        )
        .and_then(|mut insert| {
            insert.insert(&references, |row, (cid, refs)| {
                row.bind(repo)?;
                row.bind(cid.to_bytes())?;
                row.bind(refs)
            })
        })
        .map_err(sqlite)?;
        Ok(())
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
        let mut records = conn
            .prepare_cached(
                "SELECT used.cid, used.refs, block.bytes
                 FROM (SELECT cid, count(*) AS refs FROM record WHERE repo = ?1 GROUP BY cid) AS used
                 LEFT JOIN block ON block.repo = ?1 AND block.cid = used.cid
                 ORDER BY used.cid",
            )
            .map_err(sqlite)?;
        let mut share = conn
            .prepare_cached("INSERT INTO record_ref (repo, cid, refs) VALUES (?1, ?2, ?3)")
            .map_err(sqlite)?;
        let mut rows = records.query([repo]).map_err(sqlite)?;
        while let Some(row) = rows.next().map_err(sqlite)? {
            let cid = match row.get_ref(0).map_err(sqlite)? {
                rusqlite::types::ValueRef::Blob(bytes) => {
                    Cid::from_bytes(bytes).map_err(|e| invalid(format!("bad CID: {e}")))?
                }
                _ => return Err(invalid("a record index row without a CID")),
            };
            let refs: i64 = row.get(1).map_err(sqlite)?;
            let bytes = match row.get_ref(2).map_err(sqlite)? {
                rusqlite::types::ValueRef::Blob(bytes) => bytes,
                _ => {
                    return Err(invalid(format!(
                        "block {cid} is referenced but not in the CAR"
                    )));
                }
            };
            if let Err(reason) = check_record(bytes) {
                let key: Option<(String, String)> = conn
                    .query_row(
                        "SELECT collection, rkey FROM record WHERE repo = ?1 AND cid = ?2 LIMIT 1",
                        params![repo, cid.to_bytes()],
                        |row| Ok((row.get(0)?, row.get(1)?)),
                    )
                    .optional()
                    .map_err(sqlite)?;
                let path = key.map_or_else(|| cid.to_string(), |(c, r)| format!("{c}/{r}"));
                return Err(invalid(format!("record {path}: {reason}")));
            }
            if refs >= 2 {
                share
                    .execute(params![repo, cid.to_bytes(), refs])
                    .map_err(sqlite)?;
            }
            walked.ambiguous |= cid == self.root || bytes.starts_with(NODE_START);
            walked.distinct_records += 1;
        }
        Ok(())
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
        conn.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS import_reached (cid BLOB PRIMARY KEY) WITHOUT ROWID;
             DELETE FROM temp.import_reached;",
        )
        .map_err(sqlite)?;
        let mut reach = conn
            .prepare_cached("INSERT OR IGNORE INTO temp.import_reached (cid) VALUES (?1)")
            .map_err(sqlite)?;
        reach.execute([self.root.to_bytes()]).map_err(sqlite)?;
        Mst::walk_stored(store, data, |item| {
            if let TreeItem::Node { cid, .. } = item {
                reach
                    .execute([cid.to_bytes()])
                    .map_err(|e| RepoError::Storage(Box::new(e)))?;
            }
            Ok(())
        })?;
        conn.execute(
            "INSERT OR IGNORE INTO temp.import_reached (cid) SELECT cid FROM record WHERE repo = ?1",
            [repo],
        )
        .map_err(sqlite)?;
        let dropped = conn
            .execute(
                "DELETE FROM block WHERE repo = ?1 AND cid NOT IN (SELECT cid FROM temp.import_reached)",
                [repo],
            )
            .map_err(sqlite)?;
        conn.execute("DELETE FROM temp.import_reached", [])
            .map_err(sqlite)?;
        Ok(dropped as u64)
    }
}
