//! Importing a full repository CAR as one writer job. The caller's thread reads the CAR, checks every
//! block's hash and learns what each block is (within a fixed budget it keeps the MST nodes and every
//! block's verdict as a record: see `arrivals`), handing the blocks over in small batches; the job stores
//! them straight into the repository's tables and checks the commit (DID, signature, revision). The whole
//! tree (every MST node and record) is then walked and verified (see `walk`): by the reading thread when
//! everything fit in its budget, sending the record index rows to the job as it goes, else by the job.
//! The job writes the record index and the counts of shared records, and drops unreachable blocks. It runs
//! in its own savepoint: if anything is invalid, all of it is rolled back and the store is left as it was.
//! Memory stays constant whatever the repository size.

mod arrivals;
mod tally;
mod walk;

use std::io::Read;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use lexgen::crypto::{Keypair, PublicKey};
use lexgen::model::{Cid, Did, Tid, drisl};

use super::RepositoryError;
use crate::repo::car::{CarError, CarLimits, CarReader};
use crate::repo::{Commit, RepoError};
use crate::storage::repo_import::{self, BlockRows, ImportScope, PendingRows, RecordRows};
use crate::storage::{Connection, RepoBlocks, RepoReader, Storage, StorageError};
use arrivals::Arrivals;
use walk::{WalkFailure, WalkedAhead, walk_tree};

use crate::records::MAX_RECORD_BYTES;

/// Blocks are handed to the writer in batches of about this many bytes...
const BATCH_BYTES: usize = 256 * 1024;
/// ...with at most this many batches waiting.
const BATCHES_IN_FLIGHT: usize = 4;

/// The writer's page cache while it imports, KiB (SQLite's default is 2,000): the record index and the tree
/// walk then re-read and re-spill far fewer pages. Fixed, so memory stays constant whatever the size.
const IMPORT_CACHE_KIB: i64 = 8 * 1024;

/// The memory an import may use to remember the blocks it stored (node copies, every block's verdict and
/// leaf count, and room to sort the counts), bytes. At 100,000 records (about 125,000 blocks) all of it
/// fits; beyond, the walk reads the rest back from SQLite and the records are checked and counted in SQL.
const IMPORT_MEMORY: usize = 32 * 1024 * 1024;

/// What an import stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    /// The new head: the imported commit, or its re-signed successor.
    pub commit: Cid,
    pub rev: Tid,
    pub data: Cid,
    /// The revision of the imported commit.
    pub imported_rev: Tid,
    pub records: u64,
    pub blocks: u64,
}

/// What the thread reading the CAR hands to the job: blocks, then either what it learnt of them
/// ([`Delivery::Read`]) or, having walked the tree itself, record index rows and the end of the walk.
enum Delivery {
    /// Blocks to store, in CAR order.
    Blocks(Vec<(Cid, Vec<u8>)>),
    /// The whole CAR was read: what its blocks are, for the job to walk the tree.
    Read(Arrivals),
    /// Record index rows, in key order.
    Records(PendingRows),
    /// The walk is over.
    Walked(Box<WalkedAhead>),
    WalkFailed(WalkFailure),
    /// The CAR could not be read.
    Failed(CarError),
}

/// More writes that belong with an import (an adopted account's rows): run in the import's savepoint once
/// the repository is stored, so both land or neither does.
pub type AfterImport = Box<dyn FnOnce(&Connection) -> Result<(), StorageError> + Send>;

pub(super) fn import(
    storage: &Storage,
    did: &Did,
    car: impl Read,
    key: &PublicKey,
    resign: Option<&Keypair>,
) -> Result<Imported, RepositoryError> {
    import_within(storage, did, car, key, resign, IMPORT_MEMORY, None)
}

/// [`import`], then `after` in the same savepoint.
pub(super) fn import_then(
    storage: &Storage,
    did: &Did,
    car: impl Read,
    key: &PublicKey,
    after: AfterImport,
) -> Result<Imported, RepositoryError> {
    import_within(storage, did, car, key, None, IMPORT_MEMORY, Some(after))
}

/// [`import`], remembering at most `memory` bytes of the stored blocks.
fn import_within(
    storage: &Storage,
    did: &Did,
    car: impl Read,
    key: &PublicKey,
    resign: Option<&Keypair>,
    memory: usize,
    after: Option<AfterImport>,
) -> Result<Imported, RepositoryError> {
    let mut reader = CarReader::new(car, CarLimits::default())?;
    let root = match reader.roots() {
        [root] => *root,
        roots => {
            return Err(invalid(format!(
                "expected exactly one root, found {}",
                roots.len()
            )));
        }
    };
    let (deliveries, received) = sync_channel(BATCHES_IN_FLIGHT);
    let job = Job {
        did: did.clone(),
        root,
        key: *key,
        resign: resign.cloned(),
        after,
    };
    let pending = storage.write_queued(move |conn| Ok(job.run(conn, &received)))?;
    feed(&mut reader, root, Arrivals::new(memory), &deliveries);
    drop(deliveries);
    pending.wait()?
}

/// Sends the CAR's blocks in batches, learning what each block is on the way (in `arrivals`), then walks
/// the tree if it can ([`walk::walk_ahead`]) or hands `arrivals` over; or sends a read error. Stops early if
/// the job has stopped listening (it failed, and will say why). `root` is the CAR's root, the commit.
fn feed(
    reader: &mut CarReader<impl Read>,
    root: Cid,
    mut arrivals: Arrivals,
    job: &SyncSender<Delivery>,
) {
    let mut commit = None;
    let mut batch = Vec::new();
    let mut size = 0;
    loop {
        match reader.next_block() {
            Ok(Some((cid, bytes))) => {
                size += bytes.len();
                arrivals.add(cid, &bytes);
                if cid == root && commit.is_none() {
                    commit = Some(bytes.clone());
                }
                batch.push((cid, bytes));
                if size < BATCH_BYTES {
                    continue;
                }
            }
            Ok(None) => break,
            Err(error) => {
                let _ = job.send(Delivery::Failed(error));
                return;
            }
        }
        if job
            .send(Delivery::Blocks(std::mem::take(&mut batch)))
            .is_err()
        {
            return;
        }
        size = 0;
    }
    if !batch.is_empty() && job.send(Delivery::Blocks(batch)).is_err() {
        return;
    }
    // With every node and verdict in memory, walk here while the job writes; the job checks the commit
    // (a commit that does not decode here fails there).
    let data = commit.and_then(|bytes| Commit::decode(root, &bytes).ok());
    match data {
        Some(commit) if arrivals.holds_everything() => {
            walk::walk_ahead(arrivals, root, commit.data, job);
        }
        _ => {
            let _ = job.send(Delivery::Read(arrivals));
        }
    }
}

fn invalid(reason: impl Into<String>) -> RepositoryError {
    RepositoryError::InvalidImport(reason.into())
}

/// The import, as the writer runs it.
struct Job {
    did: Did,
    root: Cid,
    key: PublicKey,
    resign: Option<Keypair>,
    after: Option<AfterImport>,
}

/// The checked commit and the head that will be stored for it.
struct Head {
    commit: Commit,
    /// The stored head: the imported commit or its re-signed successor.
    cid: Cid,
    bytes: Vec<u8>,
    rev: Tid,
}

impl Job {
    /// Runs the import in a savepoint of the writer's transaction, rolled back if it fails.
    fn run(
        mut self,
        conn: &Connection,
        received: &Receiver<Delivery>,
    ) -> Result<Imported, RepositoryError> {
        let scope = ImportScope::begin(conn, IMPORT_CACHE_KIB)?;
        let after = self.after.take();
        let result = self.apply(conn, received).and_then(|imported| match after {
            Some(after) => after(conn)
                .map(|()| imported)
                .map_err(RepositoryError::from),
            None => Ok(imported),
        });
        scope.end(conn, result.is_ok())?;
        result
    }

    fn apply(
        &self,
        conn: &Connection,
        received: &Receiver<Delivery>,
    ) -> Result<Imported, RepositoryError> {
        let current = RepoReader::head(conn, &self.did)?;
        let repo = repo_import::clear_repo(conn, &self.did, current.as_ref(), &self.root)?;
        let current_rev = current.map(|head| head.rev);

        // Store every block; check the commit as soon as it comes by.
        let mut head: Option<Head> = None;
        let mut arrived = None;
        let mut stored = 0u64;
        {
            let mut insert = BlockRows::new(conn, repo)?;
            for delivery in received {
                let batch = match delivery {
                    Delivery::Blocks(batch) => batch,
                    Delivery::Failed(error) => return Err(error.into()),
                    after_the_blocks => {
                        arrived = Some(after_the_blocks);
                        break;
                    }
                };
                if head.is_none()
                    && let Some((_, bytes)) = batch.iter().find(|(cid, _)| *cid == self.root)
                {
                    head = Some(self.check_commit(bytes, current_rev)?);
                }
                // A block the CAR repeats is stored once, and counted once.
                stored += insert.insert(&batch)?;
            }
        }
        let arrived = arrived.ok_or_else(|| invalid("the CAR was not read to its end"))?;
        let head = head.ok_or_else(|| invalid("the root commit block is missing"))?;

        let mut rows = RecordRows::new(conn, repo, &head.rev)?;
        let (mut walked, references, mut arrivals) = match arrived {
            Delivery::Read(mut arrivals) => {
                let (nodes, mut index) = arrivals.split();
                let store = nodes.store(RepoBlocks { conn, repo });
                let walked = walk_tree(
                    &store,
                    head.commit.data,
                    self.root,
                    &mut index,
                    &mut |collection, rkey, cid| {
                        rows.push(collection, rkey, cid)
                            .map_err(|e| RepoError::Storage(Box::new(e)))
                    },
                )
                .map_err(|failure| self.failure(conn, repo, failure))?;
                let references = arrivals.references();
                (walked, references, arrivals)
            }
            first => {
                let ahead = self.receive_walk(conn, repo, &mut rows, first, received)?;
                (ahead.walked, ahead.references, ahead.arrivals)
            }
        };
        rows.finish()?;
        self.count_references(conn, repo, references, &mut walked)?;
        let (nodes, _) = arrivals.split();
        let store = nodes.store(RepoBlocks { conn, repo });
        let dropped =
            self.drop_unreachable(conn, &store, repo, head.commit.data, stored, &walked)?;
        // Counted as they change rather than by scanning the stored blocks.
        let mut blocks = stored.saturating_sub(dropped);
        drop(arrivals);
        if head.cid != self.root {
            // Re-signed: the imported commit block is replaced by the new head (unless a record is the
            // same block).
            let imported = (!walked.commit_is_record).then_some(&self.root);
            let (added, replaced) = repo_import::replace_commit_block(
                conn,
                repo,
                imported,
                (&head.cid, &head.bytes),
                &head.rev,
            )?;
            blocks = (blocks + added).saturating_sub(replaced);
        }
        repo_import::set_imported_head(conn, repo, &head.cid, &head.commit.data, &head.rev)?;
        Ok(Imported {
            commit: head.cid,
            rev: head.rev,
            data: head.commit.data,
            imported_rev: head.commit.rev,
            records: walked.records,
            blocks,
        })
    }

    /// The commit must be by the account, verify with its key, and (unless re-signed) be newer than the
    /// current revision.
    fn check_commit(
        &self,
        bytes: &[u8],
        current_rev: Option<Tid>,
    ) -> Result<Head, RepositoryError> {
        let commit = Commit::decode(self.root, bytes)?;
        if commit.did != self.did {
            return Err(invalid(format!(
                "the commit is by {}, not {}",
                commit.did, self.did
            )));
        }
        commit.verify(&self.key).map_err(|e| {
            invalid(format!(
                "the commit signature does not verify with the account's key: {e}"
            ))
        })?;
        match &self.resign {
            Some(key) => {
                let floor = current_rev.map_or(commit.rev, |current| current.max(commit.rev));
                let resigned = commit.resign(Tid::next_after(floor), key)?;
                let (cid, bytes) = resigned.encode()?;
                Ok(Head {
                    cid,
                    bytes,
                    rev: resigned.rev,
                    commit,
                })
            }
            None => {
                if current_rev.is_some_and(|current| current >= commit.rev) {
                    return Err(invalid(
                        "the imported revision is not newer than the current one",
                    ));
                }
                Ok(Head {
                    cid: self.root,
                    bytes: bytes.to_vec(),
                    rev: commit.rev,
                    commit,
                })
            }
        }
    }

    /// Writes the record index rows the reading thread sends as it walks the tree (`first` is its first
    /// delivery after the blocks), until the walk ends.
    fn receive_walk(
        &self,
        conn: &Connection,
        repo: i64,
        rows: &mut RecordRows<'_>,
        first: Delivery,
        received: &Receiver<Delivery>,
    ) -> Result<WalkedAhead, RepositoryError> {
        let mut delivery = first;
        loop {
            match delivery {
                Delivery::Records(found) => rows.write(&found)?,
                Delivery::Walked(ahead) => return Ok(*ahead),
                Delivery::WalkFailed(failure) => return Err(self.failure(conn, repo, failure)),
                Delivery::Failed(error) => return Err(error.into()),
                Delivery::Blocks(_) | Delivery::Read(_) => {
                    return Err(invalid("the CAR reader sent blocks after the walk began"));
                }
            }
            delivery = received
                .recv()
                .map_err(|_| invalid("the CAR reader stopped before the walk ended"))?;
        }
    }

    /// The import error for a failed walk. A record that is not valid is read back to say why.
    fn failure(&self, conn: &Connection, repo: i64, failure: WalkFailure) -> RepositoryError {
        match failure {
            WalkFailure::Record { path, cid } => {
                let bytes = match RepoReader::block(conn, repo, &cid) {
                    Ok(bytes) => bytes.unwrap_or_default(),
                    Err(error) => return error.into(),
                };
                let reason = check_record(&bytes)
                    .err()
                    .unwrap_or_else(|| "the record is not valid".to_owned());
                invalid(format!("record {path}: {reason}"))
            }
            WalkFailure::Tree(RepoError::MissingBlock(cid)) => {
                invalid(format!("block {cid} is referenced but not in the CAR"))
            }
            WalkFailure::Tree(other) => invalid(other.to_string()),
        }
    }
}

/// A record must be at most 1 MiB and a strict DAG-CBOR map.
fn check_record(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(format!(
            "the record is {} bytes, over the 1 MiB limit",
            bytes.len()
        ));
    }
    // Strict DAG-CBOR, checked without building the value, and a map (CBOR major type 5).
    drisl::check(bytes).map_err(|e| format!("the record is not valid DAG-CBOR: {e}"))?;
    if bytes.first().is_none_or(|b| b >> 5 != 5) {
        return Err("the record is not a map".to_owned());
    }
    Ok(())
}

#[cfg(test)]
mod tests;
