//! Account rows: identity (DID, handle), credentials, email, status (deactivated, taken down).

use rusqlite::{Connection, OptionalExtension, Row, params};

use lexgen::model::Did;

use super::StorageError;
use super::typed_column::parsed;

/// One hosted account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub did: Did,
    pub handle: String,
    pub email: Option<String>,
    pub email_confirmed_at: Option<String>,
    pub password_hash: String,
    /// The repo signing key, private, hex.
    pub signing_key: String,
    pub created_at: String,
    pub deactivated_at: Option<String>,
    pub delete_after: Option<String>,
    pub takedown_ref: Option<String>,
    /// Whether a password sign-in also needs a code mailed to the address (`emailAuthFactor`).
    pub email_auth_factor: bool,
}

impl Account {
    /// Whether the account can be used normally (not deactivated, not taken down).
    pub(crate) fn is_active(&self) -> bool {
        self.deactivated_at.is_none() && self.takedown_ref.is_none()
    }

    /// The status reported to clients and on the firehose, if not active.
    pub fn status(&self) -> Option<&'static str> {
        if self.takedown_ref.is_some() {
            Some("takendown")
        } else if self.deactivated_at.is_some() {
            Some("deactivated")
        } else {
            None
        }
    }
}

const COLUMNS: &str = "did, handle, email, email_confirmed_at, password_hash, signing_key, created_at, \
                       deactivated_at, delete_after, takedown_ref, email_auth_factor";

fn read(row: &Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        did: parsed(row, 0)?,
        handle: row.get(1)?,
        email: row.get(2)?,
        email_confirmed_at: row.get(3)?,
        password_hash: row.get(4)?,
        signing_key: row.get(5)?,
        created_at: row.get(6)?,
        deactivated_at: row.get(7)?,
        delete_after: row.get(8)?,
        takedown_ref: row.get(9)?,
        email_auth_factor: row.get(10)?,
    })
}

fn one(conn: &Connection, column: &str, value: &str) -> Result<Option<Account>, StorageError> {
    let sql = format!("SELECT {COLUMNS} FROM account WHERE {column} = ?1");
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([value], read)
        .optional()?)
}

/// The account with this DID.
pub fn account_by_did(conn: &Connection, did: &str) -> Result<Option<Account>, StorageError> {
    one(conn, "did", did)
}

/// The account with this handle (lowercase).
pub(crate) fn account_by_handle(
    conn: &Connection,
    handle: &str,
) -> Result<Option<Account>, StorageError> {
    one(conn, "handle", &handle.to_ascii_lowercase())
}

/// The account with this email (case-insensitive).
pub(crate) fn account_by_email(
    conn: &Connection,
    email: &str,
) -> Result<Option<Account>, StorageError> {
    one(conn, "email", email)
}

/// Every account, by creation.
pub fn list_accounts(conn: &Connection) -> Result<Vec<Account>, StorageError> {
    let sql = format!("SELECT {COLUMNS} FROM account ORDER BY created_at, did");
    let mut statement = conn.prepare(&sql)?;
    let rows = statement.query_map([], read)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Stores a new account. Fails on a duplicate DID, handle or email (SQLite constraint).
pub(crate) fn insert_account(conn: &Connection, account: &Account) -> Result<(), StorageError> {
    conn.prepare_cached(&format!(
        "INSERT INTO account ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    ))?
    .execute(params![
        account.did.as_str(),
        account.handle,
        account.email,
        account.email_confirmed_at,
        account.password_hash,
        account.signing_key,
        account.created_at,
        account.deactivated_at,
        account.delete_after,
        account.takedown_ref,
        account.email_auth_factor,
    ])?;
    Ok(())
}

/// Sets one nullable text column of an account; returns whether the account exists.
fn set(
    conn: &Connection,
    did: &str,
    column: &str,
    value: Option<&str>,
) -> Result<bool, StorageError> {
    let sql = format!("UPDATE account SET {column} = ?2 WHERE did = ?1");
    Ok(conn.prepare_cached(&sql)?.execute(params![did, value])? > 0)
}

pub(crate) fn set_handle(conn: &Connection, did: &str, handle: &str) -> Result<bool, StorageError> {
    set(conn, did, "handle", Some(handle))
}

pub(crate) fn set_password_hash(
    conn: &Connection,
    did: &str,
    hash: &str,
) -> Result<bool, StorageError> {
    set(conn, did, "password_hash", Some(hash))
}

/// Sets the email and clears its confirmation and the email second factor (a new address is not
/// confirmed, and the factor is only on for a confirmed one).
pub(crate) fn set_email(conn: &Connection, did: &str, email: &str) -> Result<bool, StorageError> {
    set(conn, did, "email_confirmed_at", None)?;
    set_email_auth_factor(conn, did, false)?;
    set(conn, did, "email", Some(email))
}

/// Turns the email second factor on or off; returns whether the account exists.
pub fn set_email_auth_factor(conn: &Connection, did: &str, on: bool) -> Result<bool, StorageError> {
    Ok(conn
        .prepare_cached("UPDATE account SET email_auth_factor = ?2 WHERE did = ?1")?
        .execute(params![did, on])?
        > 0)
}

pub fn set_email_confirmed(conn: &Connection, did: &str, at: &str) -> Result<bool, StorageError> {
    set(conn, did, "email_confirmed_at", Some(at))
}

/// Deactivates (with an optional deletion date) or, with `None`, reactivates.
pub(crate) fn set_deactivated(
    conn: &Connection,
    did: &str,
    at: Option<&str>,
    delete_after: Option<&str>,
) -> Result<bool, StorageError> {
    set(conn, did, "delete_after", delete_after)?;
    set(conn, did, "deactivated_at", at)
}

pub(crate) fn set_takedown(
    conn: &Connection,
    did: &str,
    reference: Option<&str>,
) -> Result<bool, StorageError> {
    set(conn, did, "takedown_ref", reference)
}

/// Deletes an account and everything stored for it (repository, blobs rows, tokens, preferences).
pub fn delete_account(conn: &Connection, did: &str) -> Result<bool, StorageError> {
    conn.execute("DELETE FROM repo WHERE did = ?1", [did])?;
    conn.execute("DELETE FROM blob WHERE did = ?1", [did])?;
    conn.execute("DELETE FROM record_blob WHERE did = ?1", [did])?;
    Ok(conn.execute("DELETE FROM account WHERE did = ?1", [did])? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        conn
    }

    fn account(did: &str, handle: &str, email: &str) -> Account {
        Account {
            did: did.parse().unwrap(),
            handle: handle.to_owned(),
            email: Some(email.to_owned()),
            email_confirmed_at: None,
            password_hash: "hash".to_owned(),
            signing_key: "00".to_owned(),
            created_at: "2026-01-01T00:00:00.000Z".to_owned(),
            deactivated_at: None,
            delete_after: None,
            takedown_ref: None,
            email_auth_factor: false,
        }
    }

    #[test]
    fn a_taken_did_or_handle_is_a_duplicate() {
        let conn = db();
        insert_account(&conn, &account("did:plc:a", "a.test", "a@example.com")).unwrap();
        insert_account(&conn, &account("did:plc:b", "b.test", "b@example.com")).unwrap();
        let same_did = account("did:plc:a", "c.test", "c@example.com");
        assert!(matches!(
            insert_account(&conn, &same_did),
            Err(StorageError::Duplicate(_))
        ));
        let same_handle = account("did:plc:c", "a.test", "c@example.com");
        assert!(matches!(
            insert_account(&conn, &same_handle),
            Err(StorageError::Duplicate(_))
        ));
        assert!(matches!(
            set_handle(&conn, "did:plc:b", "a.test"),
            Err(StorageError::Duplicate(_))
        ));
        assert!(set_handle(&conn, "did:plc:b", "c.test").unwrap());
    }
}
