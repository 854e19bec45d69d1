//! OAuth rows: pushed authorization requests, sessions (tokens), used refresh tokens and the accounts
//! signed in on each device.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::StorageError;

/// A pushed authorization request, from PAR until its code is exchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AuthorizationRequest {
    pub id: String,
    pub client_id: String,
    pub client_auth: String,
    pub parameters: String,
    pub dpop_jkt: Option<String>,
    pub device_id: Option<String>,
    pub did: Option<String>,
    pub code: Option<String>,
    pub expires_at: i64,
}

const REQUEST_COLUMNS: &str =
    "id, client_id, client_auth, parameters, dpop_jkt, device_id, did, code, expires_at";

fn request_row(row: &Row<'_>) -> rusqlite::Result<AuthorizationRequest> {
    Ok(AuthorizationRequest {
        id: row.get(0)?,
        client_id: row.get(1)?,
        client_auth: row.get(2)?,
        parameters: row.get(3)?,
        dpop_jkt: row.get(4)?,
        device_id: row.get(5)?,
        did: row.get(6)?,
        code: row.get(7)?,
        expires_at: row.get(8)?,
    })
}

pub(crate) fn insert_request(
    conn: &Connection,
    request: &AuthorizationRequest,
) -> Result<(), StorageError> {
    conn.prepare_cached(&format!(
        "INSERT INTO oauth_request ({REQUEST_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        request.id,
        request.client_id,
        request.client_auth,
        request.parameters,
        request.dpop_jkt,
        request.device_id,
        request.did,
        request.code,
        request.expires_at
    ])?;
    Ok(())
}

pub(crate) fn request(
    conn: &Connection,
    id: &str,
) -> Result<Option<AuthorizationRequest>, StorageError> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} FROM oauth_request WHERE id = ?1"
        ))?
        .query_row([id], request_row)
        .optional()?)
}

pub(crate) fn request_by_code(
    conn: &Connection,
    code: &str,
) -> Result<Option<AuthorizationRequest>, StorageError> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {REQUEST_COLUMNS} FROM oauth_request WHERE code = ?1"
        ))?
        .query_row([code], request_row)
        .optional()?)
}

/// Records who signed in for a request (not yet consented: no code), and extends its life.
pub(crate) fn set_request_account(
    conn: &Connection,
    id: &str,
    device_id: &str,
    did: &str,
    expires_at: i64,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "UPDATE oauth_request SET device_id = ?2, did = ?3, expires_at = ?4 WHERE id = ?1 AND code IS NULL",
        params![id, device_id, did, expires_at],
    )? > 0)
}

/// Gives a request that is not completed until `expires_at` (a new step of the pages); false when it is
/// unknown or completed.
pub(crate) fn extend_request(
    conn: &Connection,
    id: &str,
    expires_at: i64,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "UPDATE oauth_request SET expires_at = max(expires_at, ?2) WHERE id = ?1 AND code IS NULL",
        params![id, expires_at],
    )? > 0)
}

/// Sets the code of a signed-in request (once: false when it already has one).
pub(crate) fn set_request_code(
    conn: &Connection,
    id: &str,
    code: &str,
    expires_at: i64,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "UPDATE oauth_request SET code = ?2, expires_at = ?3 WHERE id = ?1 AND code IS NULL AND did IS NOT NULL",
        params![id, code, expires_at],
    )? > 0)
}

/// Deletes a request; false when it was already gone (another request consumed it).
pub(crate) fn delete_request(conn: &Connection, id: &str) -> Result<bool, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_request WHERE id = ?1", [id])? > 0)
}

/// Drops requests that expired before `now`.
pub(crate) fn prune_requests(conn: &Connection, now: i64) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_request WHERE expires_at < ?1", [now])?)
}

/// An OAuth session: one grant of one account to one client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OAuthToken {
    pub id: String,
    pub access_id: String,
    pub did: String,
    pub client_id: String,
    pub client_auth: String,
    pub dpop_jkt: String,
    pub scope: String,
    pub parameters: String,
    pub code: Option<String>,
    pub refresh_token: Option<String>,
    pub device_id: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub expires_at: i64,
}

const TOKEN_COLUMNS: &str = "id, access_id, did, client_id, client_auth, dpop_jkt, scope, parameters, \
     code, refresh_token, device_id, created_at, updated_at, expires_at";

fn token_row(row: &Row<'_>) -> rusqlite::Result<OAuthToken> {
    Ok(OAuthToken {
        id: row.get(0)?,
        access_id: row.get(1)?,
        did: row.get(2)?,
        client_id: row.get(3)?,
        client_auth: row.get(4)?,
        dpop_jkt: row.get(5)?,
        scope: row.get(6)?,
        parameters: row.get(7)?,
        code: row.get(8)?,
        refresh_token: row.get(9)?,
        device_id: row.get(10)?,
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
        expires_at: row.get(13)?,
    })
}

pub(crate) fn insert_token(conn: &Connection, token: &OAuthToken) -> Result<(), StorageError> {
    conn.prepare_cached(&format!(
        "INSERT INTO oauth_token ({TOKEN_COLUMNS})
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
    ))?
    .execute(params![
        token.id,
        token.access_id,
        token.did,
        token.client_id,
        token.client_auth,
        token.dpop_jkt,
        token.scope,
        token.parameters,
        token.code,
        token.refresh_token,
        token.device_id,
        token.created_at,
        token.updated_at,
        token.expires_at
    ])?;
    Ok(())
}

fn token_where(
    conn: &Connection,
    column: &str,
    value: &str,
) -> Result<Option<OAuthToken>, StorageError> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {TOKEN_COLUMNS} FROM oauth_token WHERE {column} = ?1"
        ))?
        .query_row([value], token_row)
        .optional()?)
}

/// The session whose current access token has id `access_id`.
pub(crate) fn token_by_access_id(
    conn: &Connection,
    access_id: &str,
) -> Result<Option<OAuthToken>, StorageError> {
    token_where(conn, "access_id", access_id)
}

pub(crate) fn token_by_refresh_token(
    conn: &Connection,
    refresh_token: &str,
) -> Result<Option<OAuthToken>, StorageError> {
    token_where(conn, "refresh_token", refresh_token)
}

pub(crate) fn token_by_code(
    conn: &Connection,
    code: &str,
) -> Result<Option<OAuthToken>, StorageError> {
    token_where(conn, "code", code)
}

/// The session a refresh token belonged to before it was rotated away, if it was.
pub(crate) fn session_of_used_refresh_token(
    conn: &Connection,
    refresh_token: &str,
) -> Result<Option<String>, StorageError> {
    Ok(conn
        .prepare_cached("SELECT token_id FROM oauth_used_refresh_token WHERE refresh_token = ?1")?
        .query_row([refresh_token], |row| row.get(0))
        .optional()?)
}

/// Rotates a session's tokens, with the scope they now carry: the old refresh token is remembered as
/// used. Only if `old_refresh` is still current (false when a concurrent refresh won).
pub(crate) fn rotate_token(
    conn: &Connection,
    id: &str,
    old_refresh: &str,
    access_id: &str,
    refresh_token: &str,
    scope: &str,
    now: i64,
) -> Result<bool, StorageError> {
    let changed = conn.execute(
        "UPDATE oauth_token SET access_id = ?2, refresh_token = ?3, updated_at = ?4, scope = ?6
         WHERE id = ?1 AND refresh_token = ?5",
        params![id, access_id, refresh_token, now, old_refresh, scope],
    )?;
    if changed == 0 {
        return Ok(false);
    }
    conn.execute(
        "INSERT INTO oauth_used_refresh_token (refresh_token, token_id) VALUES (?1, ?2)",
        params![old_refresh, id],
    )?;
    Ok(true)
}

/// Revokes a session (its used refresh tokens go with it).
pub(crate) fn delete_token(conn: &Connection, id: &str) -> Result<bool, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_token WHERE id = ?1", [id])? > 0)
}

/// The OAuth sessions of an account, newest first.
pub(crate) fn tokens_of(conn: &Connection, did: &str) -> Result<Vec<OAuthToken>, StorageError> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {TOKEN_COLUMNS} FROM oauth_token WHERE did = ?1 ORDER BY created_at DESC"
    ))?;
    let rows = statement.query_map([did], token_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Revokes one session of an account (false when it is not that account's).
pub(crate) fn delete_token_of(
    conn: &Connection,
    id: &str,
    did: &str,
) -> Result<bool, StorageError> {
    Ok(conn.execute(
        "DELETE FROM oauth_token WHERE id = ?1 AND did = ?2",
        params![id, did],
    )? > 0)
}

/// Revokes every OAuth session of an account (password change, account deletion).
pub(crate) fn delete_tokens_of(conn: &Connection, did: &str) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_token WHERE did = ?1", [did])?)
}

/// Drops sessions that ended before `now`.
pub(crate) fn prune_tokens(conn: &Connection, now: i64) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_token WHERE expires_at < ?1", [now])?)
}

/// Remembers that `did` signed in with its password on a device, at `now`.
pub(crate) fn put_device_account(
    conn: &Connection,
    device_id: &str,
    did: &str,
    now: i64,
) -> Result<(), StorageError> {
    conn.prepare_cached(
        "INSERT INTO oauth_device_account (device_id, did, authenticated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (device_id, did) DO UPDATE SET authenticated_at = excluded.authenticated_at",
    )?
    .execute(params![device_id, did, now])?;
    Ok(())
}

/// Forgets device sign-ins older than `before`.
/// Forgets the account on every device (their account choosers ask for the password again).
pub(crate) fn forget_device_accounts(conn: &Connection, did: &str) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM oauth_device_account WHERE did = ?1", [did])?)
}

pub(crate) fn prune_device_accounts(conn: &Connection, before: i64) -> Result<usize, StorageError> {
    Ok(conn.execute(
        "DELETE FROM oauth_device_account WHERE authenticated_at < ?1",
        [before],
    )?)
}

/// The accounts signed in on a device since `since`: `(did, handle, authenticated_at)`, latest first.
pub(crate) fn device_accounts(
    conn: &Connection,
    device_id: &str,
    since: i64,
) -> Result<Vec<(String, String, i64)>, StorageError> {
    let mut statement = conn.prepare_cached(
        "SELECT d.did, a.handle, d.authenticated_at FROM oauth_device_account d
         JOIN account a ON a.did = d.did
         WHERE d.device_id = ?1 AND d.authenticated_at >= ?2
         ORDER BY d.authenticated_at DESC",
    )?;
    let rows = statement.query_map(params![device_id, since], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO account (did, handle, password_hash, signing_key, created_at)
             VALUES ('did:plc:a', 'a.test', 'x', 'k', 'now')",
            [],
        )
        .unwrap();
        conn
    }

    fn token() -> OAuthToken {
        OAuthToken {
            id: "ses".into(),
            access_id: "tok-1".into(),
            did: "did:plc:a".into(),
            client_id: "http://localhost".into(),
            client_auth: "{}".into(),
            dpop_jkt: "jkt".into(),
            scope: "atproto".into(),
            parameters: "{}".into(),
            code: Some("cod-1".into()),
            refresh_token: Some("ref-1".into()),
            device_id: None,
            created_at: 1,
            updated_at: 1,
            expires_at: 100,
        }
    }

    #[test]
    fn a_rotated_refresh_token_is_remembered_and_goes_with_its_session() {
        let conn = conn();
        insert_token(&conn, &token()).unwrap();
        assert!(rotate_token(&conn, "ses", "ref-1", "tok-2", "ref-2", "atproto", 5).unwrap());
        // The old one cannot rotate again.
        assert!(!rotate_token(&conn, "ses", "ref-1", "tok-3", "ref-3", "atproto", 6).unwrap());
        assert_eq!(
            session_of_used_refresh_token(&conn, "ref-1").unwrap(),
            Some("ses".into())
        );
        let current = token_by_access_id(&conn, "tok-2").unwrap().unwrap();
        assert_eq!(current.refresh_token.as_deref(), Some("ref-2"));
        assert!(token_by_access_id(&conn, "tok-1").unwrap().is_none());
        assert!(delete_token(&conn, "ses").unwrap());
        assert_eq!(session_of_used_refresh_token(&conn, "ref-1").unwrap(), None);
        assert!(token_by_code(&conn, "cod-1").unwrap().is_none());
    }

    #[test]
    fn a_request_gets_an_account_then_one_code() {
        let conn = conn();
        let request = AuthorizationRequest {
            id: "req-1".into(),
            client_id: "c".into(),
            client_auth: "{}".into(),
            parameters: "{}".into(),
            dpop_jkt: None,
            device_id: None,
            did: None,
            code: None,
            expires_at: 10,
        };
        insert_request(&conn, &request).unwrap();
        // No code before someone signed in.
        assert!(!set_request_code(&conn, "req-1", "cod-1", 20).unwrap());
        assert!(set_request_account(&conn, "req-1", "dev-1", "did:plc:a", 20).unwrap());
        assert!(set_request_code(&conn, "req-1", "cod-1", 20).unwrap());
        assert!(!set_request_code(&conn, "req-1", "cod-2", 20).unwrap());
        let found = request_by_code(&conn, "cod-1").unwrap().unwrap();
        assert_eq!(found.did.as_deref(), Some("did:plc:a"));
        assert_eq!(prune_requests(&conn, 21).unwrap(), 1);
    }
}
