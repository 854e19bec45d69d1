//! Importing a full repository CAR: blocks are staged in a temporary database beside the main one (constant
//! memory whatever the repository size), the commit and every MST node and record are verified there, and
//! only then does one writer job replace the repository's content.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use lexgen::crypto::{Keypair, PublicKey};
use lexgen::model::{Cid, Did, Nsid, RecordKey, Tid, drisl};
use rusqlite::{Connection, OptionalExtension, params};

use super::RepositoryError;
use crate::repo::car::{CarLimits, CarReader};
use crate::repo::mst::TreeItem;
use crate::repo::{BlockStore, Commit, Mst, RepoError};
use crate::storage::{RepoReader, Storage, StorageError};

/// The largest record accepted, in DAG-CBOR bytes.
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

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

pub(super) fn import(
    storage: &Storage,
    did: &Did,
    car: impl Read,
    key: &PublicKey,
    resign: Option<&Keypair>,
) -> Result<Imported, RepositoryError> {
    let staging = Staging::create(storage.path())?;
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
    staging.stage(&mut reader)?;

    let commit_bytes = staging
        .get_block(&root)?
        .ok_or_else(|| invalid("the root commit block is missing"))?;
    let commit = Commit::decode(root, &commit_bytes)?;
    if commit.did != *did {
        return Err(invalid(format!(
            "the commit is by {}, not {did}",
            commit.did
        )));
    }
    commit.verify(key).map_err(|e| {
        invalid(format!(
            "the commit signature does not verify with the account's key: {e}"
        ))
    })?;
    let (records, blocks) = staging.verify_tree(commit.data)?;

    let current_rev =
        storage.read_blocking(|conn| Ok(RepoReader::head(conn, did)?.map(|head| head.rev)))?;
    let (head, head_bytes, rev) = match resign {
        Some(key) => {
            let floor = current_rev.map_or(commit.rev, |current| current.max(commit.rev));
            let resigned = commit.resign(Tid::next_after(floor), key)?;
            let (cid, bytes) = resigned.encode()?;
            (cid, bytes, resigned.rev)
        }
        None => {
            if current_rev.is_some_and(|current| current >= commit.rev) {
                return Err(invalid(
                    "the imported revision is not newer than the current one",
                ));
            }
            (root, commit_bytes, commit.rev)
        }
    };
    let (did_owned, staging_path, data) = (did.clone(), staging.path.clone(), commit.data);
    storage.write_blocking(move |conn| {
        replace_content(
            conn,
            &did_owned,
            &staging_path,
            head,
            &head_bytes,
            data,
            rev,
        )
    })?;
    Ok(Imported {
        commit: head,
        rev,
        data,
        imported_rev: commit.rev,
        records,
        blocks: blocks + 1,
    })
}

fn invalid(reason: impl Into<String>) -> RepositoryError {
    RepositoryError::InvalidImport(reason.into())
}

/// Swaps the repository's blocks, records and head for the staged ones, inside the writer's transaction.
fn replace_content(
    conn: &Connection,
    did: &Did,
    staging: &Path,
    head: Cid,
    head_bytes: &[u8],
    data: Cid,
    rev: Tid,
) -> Result<(), StorageError> {
    let rev_text = rev.to_string();
    let repo = match RepoReader::head(conn, did)? {
        Some(current) => {
            conn.execute("DELETE FROM block WHERE repo = ?1", [current.id])?;
            conn.execute("DELETE FROM record WHERE repo = ?1", [current.id])?;
            conn.execute(
                "UPDATE repo SET head = ?2, data = ?3, rev = ?4 WHERE id = ?1",
                params![current.id, head.to_bytes(), data.to_bytes(), rev_text],
            )?;
            current.id
        }
        None => {
            conn.execute(
                "INSERT INTO repo (did, head, data, rev) VALUES (?1, ?2, ?3, ?4)",
                params![did.as_str(), head.to_bytes(), data.to_bytes(), rev_text],
            )?;
            conn.last_insert_rowid()
        }
    };
    let staged = Connection::open_with_flags(staging, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut insert_block = conn.prepare_cached(
        "INSERT OR IGNORE INTO block (repo, cid, rev, bytes) VALUES (?1, ?2, ?3, ?4)",
    )?;
    insert_block.execute(params![repo, head.to_bytes(), rev_text, head_bytes])?;
    let mut blocks = staged.prepare("SELECT cid, bytes FROM staged WHERE kept = 1")?;
    let mut rows = blocks.query([])?;
    while let Some(row) = rows.next()? {
        let (cid, bytes): (Vec<u8>, Vec<u8>) = (row.get(0)?, row.get(1)?);
        insert_block.execute(params![repo, cid, rev_text, bytes])?;
    }
    let mut insert_record = conn.prepare_cached(
        "INSERT INTO record (repo, collection, rkey, cid, rev) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut leaves = staged.prepare("SELECT collection, rkey, cid FROM leaf")?;
    let mut rows = leaves.query([])?;
    while let Some(row) = rows.next()? {
        let (collection, rkey, cid): (String, String, Vec<u8>) =
            (row.get(0)?, row.get(1)?, row.get(2)?);
        insert_record.execute(params![repo, collection, rkey, cid, rev_text])?;
    }
    Ok(())
}

/// A scratch database holding the blocks of one import; deleted when dropped.
struct Staging {
    path: PathBuf,
    conn: Connection,
}

impl Staging {
    fn create(database: &Path) -> Result<Self, RepositoryError> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let name = format!(
            "{}.import-{}-{}",
            database
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("pds"),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = database.with_file_name(name);
        let _ = std::fs::remove_file(&path);
        let conn = Connection::open(&path).map_err(StorageError::from)?;
        conn.execute_batch(
            "PRAGMA journal_mode = OFF;
             PRAGMA synchronous = OFF;
             CREATE TABLE staged (cid BLOB PRIMARY KEY, bytes BLOB NOT NULL, kept INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
             CREATE TABLE leaf (collection TEXT NOT NULL, rkey TEXT NOT NULL, cid BLOB NOT NULL);",
        )
        .map_err(StorageError::from)?;
        Ok(Self { path, conn })
    }

    /// Copies every (hash-checked) block of the CAR into the staging table.
    fn stage(&self, reader: &mut CarReader<impl Read>) -> Result<(), RepositoryError> {
        self.conn
            .execute_batch("BEGIN")
            .map_err(StorageError::from)?;
        {
            let mut insert = self
                .conn
                .prepare("INSERT OR IGNORE INTO staged (cid, bytes) VALUES (?1, ?2)")
                .map_err(StorageError::from)?;
            for block in reader {
                let (cid, bytes) = block?;
                insert
                    .execute(params![cid.to_bytes(), bytes])
                    .map_err(StorageError::from)?;
            }
        }
        self.conn
            .execute_batch("COMMIT")
            .map_err(StorageError::from)?;
        Ok(())
    }

    /// Walks and verifies the whole tree, checks every record, and marks what to keep.
    /// Returns the number of records and of blocks kept.
    fn verify_tree(&self, root: Cid) -> Result<(u64, u64), RepositoryError> {
        let mut records = 0u64;
        let mut kept = 0u64;
        self.conn
            .execute_batch("BEGIN")
            .map_err(StorageError::from)?;
        let walked = Mst::walk_stored(self, root, |item| {
            let cid = match item {
                TreeItem::Node { cid, .. } => cid,
                TreeItem::Leaf { key, cid } => {
                    self.check_record(key, cid)?;
                    records += 1;
                    cid
                }
            };
            let marked = self
                .conn
                .prepare_cached("UPDATE staged SET kept = 1 WHERE cid = ?1 AND kept = 0")
                .and_then(|mut s| s.execute([cid.to_bytes()]))
                .map_err(|e| RepoError::Storage(Box::new(e)))?;
            kept += marked as u64;
            Ok(())
        });
        let walked = walked.map_err(|e| match e {
            RepoError::MissingBlock(cid) => {
                invalid(format!("block {cid} is referenced but not in the CAR"))
            }
            other => invalid(other.to_string()),
        });
        self.conn
            .execute_batch(if walked.is_ok() { "COMMIT" } else { "ROLLBACK" })
            .map_err(StorageError::from)?;
        walked?;
        Ok((records, kept))
    }

    /// A record must be at a valid `<nsid>/<rkey>` path, present, at most 1 MiB, and a DAG-CBOR map.
    fn check_record(&self, key: &str, cid: Cid) -> Result<(), RepoError> {
        let bad = |reason: String| RepoError::InvalidKey(format!("{key}: {reason}"));
        let (collection, rkey) = key
            .split_once('/')
            .ok_or_else(|| bad("not a record path".into()))?;
        collection.parse::<Nsid>().map_err(|e| bad(e.to_string()))?;
        rkey.parse::<RecordKey>().map_err(|e| bad(e.to_string()))?;
        let bytes = self.get_block(&cid)?.ok_or(RepoError::MissingBlock(cid))?;
        if bytes.len() > MAX_RECORD_BYTES {
            return Err(bad(format!(
                "the record is {} bytes, over the 1 MiB limit",
                bytes.len()
            )));
        }
        // Strict DAG-CBOR, checked without building the value, and a map (CBOR major type 5).
        drisl::check(&bytes).map_err(|e| bad(format!("the record is not valid DAG-CBOR: {e}")))?;
        if bytes.first().is_none_or(|b| b >> 5 != 5) {
            return Err(bad("the record is not a map".to_owned()));
        }
        self.conn
            .prepare_cached("INSERT INTO leaf (collection, rkey, cid) VALUES (?1, ?2, ?3)")
            .and_then(|mut s| s.execute(params![collection, rkey, cid.to_bytes()]))
            .map_err(|e| RepoError::Storage(Box::new(e)))?;
        Ok(())
    }
}

impl BlockStore for Staging {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError> {
        self.conn
            .prepare_cached("SELECT bytes FROM staged WHERE cid = ?1")
            .and_then(|mut s| s.query_row([cid.to_bytes()], |row| row.get(0)).optional())
            .map_err(|e| RepoError::Storage(Box::new(e)))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}
