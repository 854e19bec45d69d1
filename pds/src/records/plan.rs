//! `RecordPlan`: a batch of record writes as one [`CommitPlan`], run by the writer thread from the head it
//! read once. It checks `swapCommit`, each record swap and every blob reference, turns each write into
//! repository writes (a put into a create, an update or nothing; createRecord's backlink duplicates into
//! deletes), and in the commit's transaction replaces the written records' blob references.

use lexgen::model::{AtUri, Cid, Did};

use super::blob_refs::{self, RecordRefs};
use super::{PreparedRecord, RecordWrite, Refusal, backlinks};
use crate::repo::{OpAction, Write};
use crate::repository::{CommitPlan, Committed, RepositoryError};
use crate::storage::{Connection, RepoHead, RepoReader, StorageError};

/// What a [`RecordPlan`] hands back: per write, the action taken (`None`: nothing written), and the blobs
/// the commit made permanent.
pub(super) struct Planned {
    pub(super) actions: Vec<Option<OpAction>>,
    pub(super) promoted: Vec<String>,
}

/// The writes of one commit to `did`'s repository.
pub(super) struct RecordPlan {
    did: Did,
    swap_commit: Option<Cid>,
    writes: Vec<RecordWrite>,
    /// Each write's `at://` URI, made by the caller rather than on the writer thread.
    uris: Vec<String>,
    actions: Vec<Option<OpAction>>,
    refs: Vec<RecordRefs>,
}

impl RecordPlan {
    pub(super) fn new(did: Did, swap_commit: Option<Cid>, writes: Vec<RecordWrite>) -> Self {
        let uris = writes
            .iter()
            .map(|write| {
                let (collection, rkey) = write.path();
                AtUri::for_record(&did, collection, rkey).to_string()
            })
            .collect();
        Self {
            did,
            swap_commit,
            actions: Vec::with_capacity(writes.len()),
            refs: Vec::with_capacity(writes.len()),
            writes,
            uris,
        }
    }

    /// Resolves one write against the stored record at its path, appending to `out`.
    fn resolve(
        &mut self,
        conn: &Connection,
        head: &RepoHead,
        (write, uri): (RecordWrite, String),
        out: &mut Vec<Write>,
    ) -> Result<(), RepositoryError> {
        let refused = |refusal| Err(RepositoryError::Rejected(refusal));
        let (collection, rkey) = write.path();
        let key = format!("{collection}/{rkey}");
        // The stored record's CID, which only puts and deletes compare (a create of an existing path, or an
        // update of a missing one, is refused by the MST edit).
        let current = match write {
            RecordWrite::Put { .. } | RecordWrite::Delete { .. } => {
                RepoReader::record_cid(conn, head.id, collection.as_str(), rkey.as_str())?
            }
            RecordWrite::Create(_) | RecordWrite::Update(_) => None,
        };
        let (action, record) = match write {
            RecordWrite::Create(record) => {
                blob_refs::check(conn, &self.did, &record.blobs)?;
                if let Some(subject) = &record.backlink {
                    let collection = record.collection.as_str();
                    for path in backlinks::records_with_subject(conn, head.id, collection, subject)?
                    {
                        out.push(Write::Delete { key: path });
                    }
                }
                (OpAction::Create, Some(record))
            }
            RecordWrite::Update(record) => {
                blob_refs::check(conn, &self.did, &record.blobs)?;
                (OpAction::Update, Some(record))
            }
            RecordWrite::Put { record, swap } => {
                if let Some(expected) = swap
                    && expected != current
                {
                    return refused(Refusal::RecordSwap(current));
                }
                blob_refs::check(conn, &self.did, &record.blobs)?;
                match current {
                    Some(cid) if cid == record.cid => {
                        self.actions.push(None);
                        return Ok(());
                    }
                    Some(_) => (OpAction::Update, Some(record)),
                    None => (OpAction::Create, Some(record)),
                }
            }
            RecordWrite::Delete {
                swap, if_present, ..
            } => {
                if let Some(expected) = swap
                    && Some(expected) != current
                {
                    return refused(Refusal::RecordSwap(current));
                }
                if current.is_none() && if_present {
                    self.actions.push(None);
                    return Ok(());
                }
                (OpAction::Delete, None)
            }
        };
        let cids = match record {
            Some(PreparedRecord {
                cid, bytes, blobs, ..
            }) => {
                let record = (cid, bytes);
                out.push(match action {
                    OpAction::Create => Write::Create { key, record },
                    _ => Write::Update { key, record },
                });
                blobs.into_iter().map(|b| b.cid.to_string()).collect()
            }
            None => {
                out.push(Write::Delete { key });
                Vec::new()
            }
        };
        self.refs.push(RecordRefs { uri, cids });
        self.actions.push(Some(action));
        Ok(())
    }
}

impl CommitPlan for RecordPlan {
    type Output = Planned;

    fn writes(
        &mut self,
        conn: &Connection,
        head: Option<&RepoHead>,
    ) -> Result<Option<Vec<Write>>, RepositoryError> {
        let Some(head) = head else {
            return Err(RepositoryError::NotFound(self.did.clone()));
        };
        if let Some(swap) = self.swap_commit
            && swap != head.head
        {
            return Err(RepositoryError::Rejected(Refusal::CommitSwap(head.head)));
        }
        let writes = std::mem::take(&mut self.writes);
        let uris = std::mem::take(&mut self.uris);
        let mut out = Vec::with_capacity(writes.len());
        for write in writes.into_iter().zip(uris) {
            self.resolve(conn, head, write, &mut out)?;
        }
        Ok((!out.is_empty()).then_some(out))
    }

    fn finish(
        self,
        conn: &Connection,
        committed: Option<&Committed>,
    ) -> Result<Planned, StorageError> {
        let promoted = match committed {
            Some(_) => blob_refs::record(conn, &self.did, &self.refs)?,
            None => Vec::new(),
        };
        Ok(Planned {
            actions: self.actions,
            promoted,
        })
    }
}
