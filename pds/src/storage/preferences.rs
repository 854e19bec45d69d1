//! Private preferences (`app.bsky.actor.putPreferences`): an ordered list of JSON objects per account.

use rusqlite::{Connection, params};

use super::StorageError;

/// The private preferences of an account, in order: `(name, JSON)`.
pub(crate) fn preferences(
    conn: &Connection,
    did: &str,
) -> Result<Vec<(String, String)>, StorageError> {
    Ok(conn
        .prepare_cached("SELECT name, value FROM preference WHERE did = ?1 ORDER BY position")?
        .query_map([did], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?)
}

/// Replaces the preferences of an account.
pub(crate) fn put_preferences(
    conn: &Connection,
    did: &str,
    preferences: &[(String, String)],
) -> Result<(), StorageError> {
    conn.execute("DELETE FROM preference WHERE did = ?1", [did])?;
    for (position, (name, value)) in preferences.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO preference (did, position, name, value) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![did, position as i64, name, value])?;
    }
    Ok(())
}
