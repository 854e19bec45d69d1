//! The reference's service database (`<PDS_DATA_DIRECTORY>/account.sqlite`): `actor` (DID, handle, status)
//! joined with `account` (e-mail and its confirmation, scrypt password hash), `app_password`,
//! `refresh_token` (the sessions it issued), and `invite_code` with `invite_code_use`.

use std::path::Path;

use rusqlite::{Connection, Row};

use super::super::StorageError;
use super::super::sessions::{AppPassword, InviteCode};

/// One account of the reference, as stored there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReferenceAccount {
    pub did: String,
    /// `None` when the reference never assigned one (an account whose creation did not finish).
    pub handle: Option<String>,
    pub email: Option<String>,
    pub email_confirmed_at: Option<String>,
    /// scrypt, `<salt>:<hash hex>`; `None` without an `account` row (no credentials).
    pub password_hash: Option<String>,
    pub created_at: String,
    pub deactivated_at: Option<String>,
    pub delete_after: Option<String>,
    pub takedown_ref: Option<String>,
}

/// A session (refresh token) the reference issued.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReferenceSession {
    /// The refresh token's `jti`.
    pub id: String,
    pub app_password: Option<String>,
    /// As the reference wrote it (a datetime).
    pub expires_at: String,
    pub next_id: Option<String>,
}

/// The reference's `account.sqlite`, open read-only.
pub(crate) struct ServiceDb {
    conn: Connection,
}

impl ServiceDb {
    pub(crate) fn open(path: &Path) -> Result<Self, StorageError> {
        Ok(Self {
            conn: super::open(path)?,
        })
    }

    /// Every account, oldest first.
    pub(crate) fn accounts(&self) -> Result<Vec<ReferenceAccount>, StorageError> {
        let mut statement = self.conn.prepare(
            "SELECT actor.did, actor.handle, account.email, account.emailConfirmedAt, account.passwordScrypt,
                    actor.createdAt, actor.deactivatedAt, actor.deleteAfter, actor.takedownRef
             FROM actor LEFT JOIN account ON account.did = actor.did
             ORDER BY actor.createdAt, actor.did",
        )?;
        let rows = statement.query_map([], |row: &Row<'_>| {
            Ok(ReferenceAccount {
                did: row.get(0)?,
                handle: row.get(1)?,
                email: row.get(2)?,
                email_confirmed_at: row.get(3)?,
                password_hash: row.get(4)?,
                created_at: row.get(5)?,
                deactivated_at: row.get(6)?,
                delete_after: row.get(7)?,
                takedown_ref: row.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The app passwords of an account (scrypt hashes, as stored).
    pub(crate) fn app_passwords(&self, did: &str) -> Result<Vec<AppPassword>, StorageError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT name, passwordScrypt, privileged, createdAt FROM app_password WHERE did = ?1 ORDER BY createdAt",
        )?;
        let rows = statement.query_map([did], |row| {
            Ok(AppPassword {
                name: row.get(0)?,
                password_hash: row.get(1)?,
                privileged: row.get::<_, i64>(2)? != 0,
                created_at: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The sessions (refresh tokens) of an account.
    pub(crate) fn refresh_tokens(&self, did: &str) -> Result<Vec<ReferenceSession>, StorageError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, appPasswordName, expiresAt, nextId FROM refresh_token WHERE did = ?1 ORDER BY id",
        )?;
        let rows = statement.query_map([did], |row| {
            Ok(ReferenceSession {
                id: row.get(0)?,
                app_password: row.get(1)?,
                expires_at: row.get(2)?,
                next_id: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every invite code with its uses.
    pub(crate) fn invite_codes(&self) -> Result<Vec<InviteCode>, StorageError> {
        let mut statement = self.conn.prepare(
            "SELECT code, availableUses, disabled, forAccount, createdBy, createdAt FROM invite_code
             ORDER BY createdAt, code",
        )?;
        let mut codes: Vec<InviteCode> = statement
            .query_map([], |row| {
                Ok(InviteCode {
                    code: row.get(0)?,
                    available: row.get(1)?,
                    disabled: row.get::<_, i64>(2)? != 0,
                    for_account: row.get(3)?,
                    created_by: row.get(4)?,
                    created_at: row.get(5)?,
                    uses: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let mut uses = self.conn.prepare(
            "SELECT usedBy, usedAt FROM invite_code_use WHERE code = ?1 ORDER BY usedAt",
        )?;
        for code in &mut codes {
            code.uses = uses
                .query_map([&code.code], |row| Ok((row.get(0)?, row.get(1)?)))?
                .collect::<Result<_, _>>()?;
        }
        Ok(codes)
    }
}
