//! One account's actor store of the reference (`<actors>/<sha256(did) hex, 2 chars>/<did>/store.sqlite`):
//! `repo_root` (the head commit), `repo_block` (every block of the repository), `blob` and `record_blob`,
//! and `account_pref` (private preferences). CIDs are stored as text there.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::super::StorageError;

/// The repository's head, as the reference recorded it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RepoRoot {
    pub cid: String,
    pub rev: String,
}

/// One blob row of the reference.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReferenceBlob {
    pub cid: String,
    pub mime_type: String,
    pub size: i64,
    /// Set while the upload is temporary (not yet referenced by a record); the file is then elsewhere.
    pub temp_key: Option<String>,
    pub created_at: String,
    pub takedown_ref: Option<String>,
}

/// An actor store, open read-only.
pub(crate) struct ActorStore {
    conn: Connection,
}

impl ActorStore {
    pub(crate) fn open(path: &Path) -> Result<Self, StorageError> {
        Ok(Self {
            conn: super::open(path)?,
        })
    }

    pub(crate) fn root(&self) -> Result<Option<RepoRoot>, StorageError> {
        Ok(self
            .conn
            .query_row("SELECT cid, rev FROM repo_root LIMIT 1", [], |row| {
                Ok(RepoRoot {
                    cid: row.get(0)?,
                    rev: row.get(1)?,
                })
            })
            .optional()?)
    }

    /// Calls `f` with every block (CID text, bytes), one at a time.
    pub(crate) fn each_block<E: From<StorageError>>(
        &self,
        mut f: impl FnMut(&str, &[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut statement = self
            .conn
            .prepare("SELECT cid, content FROM repo_block")
            .map_err(StorageError::from)?;
        let mut rows = statement.query([]).map_err(StorageError::from)?;
        while let Some(row) = rows.next().map_err(StorageError::from)? {
            let cid = row.get_ref(0).map_err(StorageError::from)?;
            let bytes = row.get_ref(1).map_err(StorageError::from)?;
            let (Ok(cid), Ok(bytes)) = (cid.as_str(), bytes.as_blob()) else {
                return Err(
                    StorageError::Corrupt("a repo_block row is not (text, blob)".into()).into(),
                );
            };
            f(cid, bytes)?;
        }
        Ok(())
    }

    /// How many records the reference indexed.
    pub(crate) fn record_count(&self) -> Result<i64, StorageError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM record", [], |row| row.get(0))?)
    }

    pub(crate) fn blobs(&self) -> Result<Vec<ReferenceBlob>, StorageError> {
        let mut statement = self.conn.prepare(
            "SELECT cid, mimeType, size, tempKey, createdAt, takedownRef FROM blob ORDER BY cid",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(ReferenceBlob {
                cid: row.get(0)?,
                mime_type: row.get(1)?,
                size: row.get(2)?,
                temp_key: row.get(3)?,
                created_at: row.get(4)?,
                takedown_ref: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Which record references which blob: `(record URI, blob CID)`, by record.
    pub(crate) fn record_blobs(&self) -> Result<Vec<(String, String)>, StorageError> {
        let mut statement = self
            .conn
            .prepare("SELECT recordUri, blobCid FROM record_blob ORDER BY recordUri, blobCid")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The private preferences, in order: `(name, JSON)`.
    pub(crate) fn preferences(&self) -> Result<Vec<(String, String)>, StorageError> {
        let mut statement = self
            .conn
            .prepare("SELECT name, valueJson FROM account_pref ORDER BY id")?;
        let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
