//! Per-account storage quotas and usage: the overrides an administrator set (`account_quota`; none means
//! the server's defaults apply), and what an account holds — its blobs' bytes (temporary uploads
//! included: they take the space too) and its repository's block bytes.

use rusqlite::{Connection, OptionalExtension, params};

use super::StorageError;

/// One limit as stored for an account.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Override {
    /// The server's default applies.
    #[default]
    Default,
    /// No quota for this account, whatever the default.
    Unlimited,
    /// At most this many bytes.
    Bytes(u64),
}

impl Override {
    fn from_column(value: Option<i64>) -> Override {
        match value {
            None => Override::Default,
            Some(bytes) => u64::try_from(bytes).map_or(Override::Unlimited, Override::Bytes),
        }
    }

    fn to_column(self) -> Option<i64> {
        match self {
            Override::Default => None,
            Override::Unlimited => Some(-1),
            Override::Bytes(bytes) => Some(i64::try_from(bytes).unwrap_or(i64::MAX)),
        }
    }

    /// The limit in force: this override, else `default` (`None`: no limit).
    pub(crate) fn or(self, default: Option<u64>) -> Option<u64> {
        match self {
            Override::Default => default,
            Override::Unlimited => None,
            Override::Bytes(bytes) => Some(bytes),
        }
    }
}

/// `default`, `unlimited`, or a number of bytes (`pds account quota`).
impl std::str::FromStr for Override {
    type Err = std::num::ParseIntError;

    fn from_str(s: &str) -> Result<Override, Self::Err> {
        match s.trim() {
            "default" => Ok(Override::Default),
            "unlimited" => Ok(Override::Unlimited),
            bytes => bytes.parse().map(Override::Bytes),
        }
    }
}

/// An account's overrides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overrides {
    pub blob_bytes: Override,
    pub repo_bytes: Override,
}

/// What an account holds, bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub blob_bytes: u64,
    pub repo_bytes: u64,
}

pub(crate) fn overrides(conn: &Connection, did: &str) -> Result<Overrides, StorageError> {
    let row: Option<(Option<i64>, Option<i64>)> = conn
        .prepare_cached("SELECT blob_bytes, repo_bytes FROM account_quota WHERE did = ?1")?
        .query_row([did], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let (blob, repo) = row.unwrap_or_default();
    Ok(Overrides {
        blob_bytes: Override::from_column(blob),
        repo_bytes: Override::from_column(repo),
    })
}

pub(crate) fn set_overrides(
    conn: &Connection,
    did: &str,
    quota: Overrides,
) -> Result<(), StorageError> {
    if quota == Overrides::default() {
        conn.prepare_cached("DELETE FROM account_quota WHERE did = ?1")?
            .execute([did])?;
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO account_quota (did, blob_bytes, repo_bytes) VALUES (?1, ?2, ?3)
         ON CONFLICT (did) DO UPDATE SET blob_bytes = excluded.blob_bytes, repo_bytes = excluded.repo_bytes",
    )?
    .execute(params![
        did,
        quota.blob_bytes.to_column(),
        quota.repo_bytes.to_column()
    ])?;
    Ok(())
}

/// The bytes of the account's stored blobs.
pub(crate) fn blob_bytes(conn: &Connection, did: &str) -> Result<u64, StorageError> {
    let bytes: i64 = conn
        .prepare_cached("SELECT coalesce(sum(size), 0) FROM blob WHERE did = ?1")?
        .query_row([did], |row| row.get(0))?;
    Ok(bytes.unsigned_abs())
}

/// The bytes of the account's repository blocks (one pass over its blocks: SQLite reads each block's
/// length from its row header, not its content).
pub(crate) fn repo_bytes(conn: &Connection, did: &str) -> Result<u64, StorageError> {
    let bytes: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(length(b.bytes)), 0) FROM block b
             JOIN repo r ON r.id = b.repo WHERE r.did = ?1",
        )?
        .query_row([did], |row| row.get(0))?;
    Ok(bytes.unsigned_abs())
}

pub(crate) fn usage(conn: &Connection, did: &str) -> Result<Usage, StorageError> {
    Ok(Usage {
        blob_bytes: blob_bytes(conn, did)?,
        repo_bytes: repo_bytes(conn, did)?,
    })
}
