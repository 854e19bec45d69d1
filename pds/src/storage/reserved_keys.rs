//! Signing keys reserved before an account exists (`com.atproto.server.reserveSigningKey`): a migrating
//! account names its DID, gets a key for its PLC update, and `createAccount` later takes that key.

use rusqlite::{Connection, OptionalExtension, params};

use super::StorageError;

/// How long an unused reservation is kept, in seconds.
pub(crate) const RESERVATION_TTL_SECS: i64 = 7 * 24 * 60 * 60;

/// A key to reserve: its public `did:key` and its private key (hex).
pub(crate) struct Reservation<'a> {
    pub key_did: &'a str,
    pub private_key: &'a str,
}

/// Reserves `fresh` (for `did`, if named) and returns the reserved `did:key`. A DID that already holds a
/// reservation keeps it (the same key every time), so a retried request cannot invalidate a PLC operation
/// built with the first answer. Reservations older than [`RESERVATION_TTL_SECS`] are dropped first.
pub(crate) fn reserve(
    conn: &Connection,
    did: Option<&str>,
    fresh: &Reservation<'_>,
    now: i64,
) -> Result<String, StorageError> {
    conn.execute(
        "DELETE FROM reserved_key WHERE created_at < ?1",
        params![now - RESERVATION_TTL_SECS],
    )?;
    if let Some(did) = did {
        let existing: Option<String> = conn
            .query_row(
                "SELECT key_did FROM reserved_key WHERE did = ?1",
                params![did],
                |row| row.get(0),
            )
            .optional()?;
        if let Some(key_did) = existing {
            return Ok(key_did);
        }
    }
    conn.execute(
        "INSERT INTO reserved_key (key_did, did, private_key, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![fresh.key_did, did, fresh.private_key, now],
    )?;
    Ok(fresh.key_did.to_owned())
}

/// The private key (hex) reserved for `did`, if any and not expired.
pub(crate) fn find(conn: &Connection, did: &str, now: i64) -> Result<Option<String>, StorageError> {
    let key = conn
        .query_row(
            "SELECT private_key FROM reserved_key WHERE did = ?1 AND created_at >= ?2",
            params![did, now - RESERVATION_TTL_SECS],
            |row| row.get(0),
        )
        .optional()?;
    Ok(key)
}

/// Drops `did`'s reservation (its account now holds the key).
pub(crate) fn release(conn: &Connection, did: &str) -> Result<(), StorageError> {
    conn.execute("DELETE FROM reserved_key WHERE did = ?1", params![did])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        conn
    }

    const A: Reservation<'static> = Reservation {
        key_did: "did:key:zA",
        private_key: "aa",
    };
    const B: Reservation<'static> = Reservation {
        key_did: "did:key:zB",
        private_key: "bb",
    };

    #[test]
    fn a_named_did_keeps_its_first_key_until_released() {
        let conn = db();
        assert_eq!(
            reserve(&conn, Some("did:plc:x"), &A, 100).unwrap(),
            "did:key:zA"
        );
        assert_eq!(
            reserve(&conn, Some("did:plc:x"), &B, 101).unwrap(),
            "did:key:zA"
        );
        assert_eq!(
            find(&conn, "did:plc:x", 102).unwrap().as_deref(),
            Some("aa")
        );
        release(&conn, "did:plc:x").unwrap();
        assert_eq!(find(&conn, "did:plc:x", 103).unwrap(), None);
        assert_eq!(
            reserve(&conn, Some("did:plc:x"), &B, 104).unwrap(),
            "did:key:zB"
        );
    }

    #[test]
    fn anonymous_reservations_are_independent_and_expire() {
        let conn = db();
        assert_eq!(reserve(&conn, None, &A, 100).unwrap(), "did:key:zA");
        assert_eq!(reserve(&conn, None, &B, 100).unwrap(), "did:key:zB");
        let later = 101 + RESERVATION_TTL_SECS;
        reserve(&conn, Some("did:plc:y"), &A, later).unwrap();
        let count: i64 = conn
            .query_row("SELECT count(*) FROM reserved_key", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 1);
        assert_eq!(
            find(&conn, "did:plc:y", later).unwrap().as_deref(),
            Some("aa")
        );
        assert_eq!(
            find(&conn, "did:plc:y", later + RESERVATION_TTL_SECS + 1).unwrap(),
            None
        );
    }
}
