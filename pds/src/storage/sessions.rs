//! Credential rows besides the account: refresh tokens (rotation with a grace window), app passwords,
//! one-time email tokens and invite codes.

use rusqlite::{Connection, OptionalExtension, params};

use super::StorageError;

/// A stored refresh token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RefreshToken {
    pub id: String,
    pub did: String,
    pub app_password: Option<String>,
    pub expires_at: i64,
    pub next_id: Option<String>,
}

pub(crate) fn insert_refresh_token(
    conn: &Connection,
    token: &RefreshToken,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO refresh_token (id, did, app_password, expires_at, next_id) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        token.id,
        token.did,
        token.app_password,
        token.expires_at,
        token.next_id
    ])?;
    Ok(())
}

pub(crate) fn refresh_token(
    conn: &Connection,
    id: &str,
) -> Result<Option<RefreshToken>, StorageError> {
    Ok(conn
        .prepare_cached(
            "SELECT id, did, app_password, expires_at, next_id FROM refresh_token WHERE id = ?1",
        )?
        .query_row([id], |row| {
            Ok(RefreshToken {
                id: row.get(0)?,
                did: row.get(1)?,
                app_password: row.get(2)?,
                expires_at: row.get(3)?,
                next_id: row.get(4)?,
            })
        })
        .optional()?)
}

/// Marks `id` as rotated to `next_id`, shortening its life to `grace_until`; only if not rotated yet
/// (returns false when another request won the race).
pub(crate) fn rotate_refresh_token(
    conn: &Connection,
    id: &str,
    next_id: &str,
    grace_until: i64,
) -> Result<bool, StorageError> {
    Ok(conn
        .prepare_cached(
            "UPDATE refresh_token SET next_id = ?2, expires_at = min(expires_at, ?3)
             WHERE id = ?1 AND next_id IS NULL",
        )?
        .execute(params![id, next_id, grace_until])?
        > 0)
}

pub(crate) fn delete_refresh_token(conn: &Connection, id: &str) -> Result<bool, StorageError> {
    Ok(conn.execute("DELETE FROM refresh_token WHERE id = ?1", [id])? > 0)
}

/// Revokes every session of an account (password change, takedown), or those of one app password.
/// Every session includes the account's OAuth sessions and its remembered sign-ins on devices (so a
/// device's account chooser asks for the new password).
pub(crate) fn delete_refresh_tokens(
    conn: &Connection,
    did: &str,
    app_password: Option<&str>,
) -> Result<usize, StorageError> {
    Ok(match app_password {
        Some(name) => conn.execute(
            "DELETE FROM refresh_token WHERE did = ?1 AND app_password = ?2",
            params![did, name],
        )?,
        None => {
            super::oauth::delete_tokens_of(conn, did)?;
            conn.execute("DELETE FROM oauth_device_account WHERE did = ?1", [did])?;
            conn.execute("DELETE FROM refresh_token WHERE did = ?1", [did])?
        }
    })
}

/// Drops refresh tokens that expired before `now`.
pub(crate) fn prune_refresh_tokens(conn: &Connection, now: i64) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM refresh_token WHERE expires_at < ?1", [now])?)
}

/// An app password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppPassword {
    pub name: String,
    pub password_hash: String,
    pub privileged: bool,
    pub created_at: String,
}

pub(crate) fn insert_app_password(
    conn: &Connection,
    did: &str,
    password: &AppPassword,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO app_password (did, name, password_hash, privileged, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        did,
        password.name,
        password.password_hash,
        password.privileged,
        password.created_at
    ])?;
    Ok(())
}

pub fn app_passwords(conn: &Connection, did: &str) -> Result<Vec<AppPassword>, StorageError> {
    let mut statement = conn.prepare_cached(
        "SELECT name, password_hash, privileged, created_at FROM app_password WHERE did = ?1 ORDER BY created_at",
    )?;
    let rows = statement.query_map([did], |row| {
        Ok(AppPassword {
            name: row.get(0)?,
            password_hash: row.get(1)?,
            privileged: row.get(2)?,
            created_at: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn app_password(
    conn: &Connection,
    did: &str,
    name: &str,
) -> Result<Option<AppPassword>, StorageError> {
    Ok(app_passwords(conn, did)?
        .into_iter()
        .find(|p| p.name == name))
}

/// Replaces an app password's hash (an adopted one re-hashed on login); whether it exists.
pub(crate) fn set_app_password_hash(
    conn: &Connection,
    did: &str,
    name: &str,
    hash: &str,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "UPDATE app_password SET password_hash = ?3 WHERE did = ?1 AND name = ?2",
        params![did, name, hash],
    )? > 0)
}

pub(crate) fn delete_app_password(
    conn: &Connection,
    did: &str,
    name: &str,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "DELETE FROM app_password WHERE did = ?1 AND name = ?2",
        params![did, name],
    )? > 0)
}

/// Stores (replacing) the one-time token of `purpose` for an account.
pub(crate) fn put_email_token(
    conn: &Connection,
    purpose: &str,
    did: &str,
    token: &str,
    now: i64,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO email_token (purpose, did, token, requested_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (purpose, did) DO UPDATE SET token = excluded.token, requested_at = excluded.requested_at",
    )?
    .execute(params![purpose, did, token, now])?;
    Ok(())
}

/// The token of `purpose` for an account and when it was requested.
pub(crate) fn email_token(
    conn: &Connection,
    purpose: &str,
    did: &str,
) -> Result<Option<(String, i64)>, StorageError> {
    Ok(conn
        .prepare_cached(
            "SELECT token, requested_at FROM email_token WHERE purpose = ?1 AND did = ?2",
        )?
        .query_row(params![purpose, did], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?)
}

/// The account a token of `purpose` belongs to (for password reset, where only the token is given).
pub(crate) fn email_token_owner(
    conn: &Connection,
    purpose: &str,
    token: &str,
) -> Result<Option<(String, i64)>, StorageError> {
    Ok(conn
        .prepare_cached(
            "SELECT did, requested_at FROM email_token WHERE purpose = ?1 AND token = ?2",
        )?
        .query_row(params![purpose, token], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })
        .optional()?)
}

pub(crate) fn delete_email_token(
    conn: &Connection,
    purpose: &str,
    did: &str,
) -> Result<(), StorageError> {
    conn.execute(
        "DELETE FROM email_token WHERE purpose = ?1 AND did = ?2",
        params![purpose, did],
    )?;
    Ok(())
}

/// An invite code and its uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct InviteCode {
    pub code: String,
    pub available: i64,
    pub disabled: bool,
    pub for_account: String,
    pub created_by: String,
    pub created_at: String,
    /// `(used_by, used_at)`.
    pub uses: Vec<(String, String)>,
}

pub(crate) fn insert_invite_code(conn: &Connection, code: &InviteCode) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO invite_code (code, available, disabled, for_account, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        code.code,
        code.available,
        code.disabled,
        code.for_account,
        code.created_by,
        code.created_at
    ])?;
    Ok(())
}

pub(crate) fn invite_code(
    conn: &Connection,
    code: &str,
) -> Result<Option<InviteCode>, StorageError> {
    let row = conn
        .prepare_cached(
            "SELECT code, available, disabled, for_account, created_by, created_at FROM invite_code WHERE code = ?1",
        )?
        .query_row([code], |row| {
            Ok(InviteCode {
                code: row.get(0)?,
                available: row.get(1)?,
                disabled: row.get(2)?,
                for_account: row.get(3)?,
                created_by: row.get(4)?,
                created_at: row.get(5)?,
                uses: Vec::new(),
            })
        })
        .optional()?;
    let Some(mut invite) = row else {
        return Ok(None);
    };
    let mut statement = conn.prepare_cached(
        "SELECT used_by, used_at FROM invite_code_use WHERE code = ?1 ORDER BY used_at",
    )?;
    invite.uses = statement
        .query_map([code], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(Some(invite))
}

/// The codes created for an account.
pub(crate) fn invite_codes_for(
    conn: &Connection,
    did: &str,
) -> Result<Vec<InviteCode>, StorageError> {
    let codes: Vec<String> = conn
        .prepare_cached("SELECT code FROM invite_code WHERE for_account = ?1 ORDER BY created_at")?
        .query_map([did], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::with_capacity(codes.len());
    for code in codes {
        out.extend(invite_code(conn, &code)?);
    }
    Ok(out)
}

pub(crate) fn use_invite_code(
    conn: &Connection,
    code: &str,
    used_by: &str,
    at: &str,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO invite_code_use (code, used_by, used_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![code, used_by, at])?;
    Ok(())
}
