//! `StorageError`: failures of the database or of the data found in it; a row refused by a UNIQUE or
//! PRIMARY KEY constraint is its own variant ([`StorageError::Duplicate`]), told by SQLite's extended code.

use rusqlite::ffi;

/// A storage operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database: {0}")]
    Sqlite(rusqlite::Error),
    /// A UNIQUE or PRIMARY KEY constraint refused the row: it duplicates an existing one.
    #[error("database: {0}")]
    Duplicate(rusqlite::Error),
    #[error("the writer thread has stopped")]
    WriterGone,
    #[error("a storage worker failed: {0}")]
    Worker(String),
    #[error("corrupt data in the database: {0}")]
    Corrupt(String),
    #[error("repository {0} not found")]
    RepoNotFound(String),
    #[error("repository {0} already exists")]
    RepoExists(String),
    #[error("the repository head moved: expected {expected}, found {found}")]
    HeadMoved { expected: String, found: String },
    #[error("{0}")]
    Repo(#[from] crate::repo::RepoError),
}

impl From<rusqlite::Error> for StorageError {
    fn from(error: rusqlite::Error) -> StorageError {
        match error.sqlite_error() {
            Some(ffi::Error {
                code: ffi::ErrorCode::ConstraintViolation,
                extended_code: ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY,
            }) => StorageError::Duplicate(error),
            _ => StorageError::Sqlite(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(sql: &str) -> StorageError {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
             INSERT INTO t (id, name) VALUES (1, 'a');",
        )
        .unwrap();
        StorageError::from(conn.execute(sql, []).unwrap_err())
    }

    #[test]
    fn unique_violations_are_duplicates() {
        assert!(matches!(
            failure("INSERT INTO t (id, name) VALUES (2, 'a')"),
            StorageError::Duplicate(_)
        ));
        assert!(matches!(
            failure("INSERT INTO t (id, name) VALUES (1, 'b')"),
            StorageError::Duplicate(_)
        ));
    }

    #[test]
    fn other_failures_are_not() {
        assert!(matches!(
            failure("INSERT INTO t (id, name) VALUES (2, NULL)"),
            StorageError::Sqlite(_)
        ));
        assert!(matches!(
            failure("INSERT INTO missing VALUES (1)"),
            StorageError::Sqlite(_)
        ));
    }
}
