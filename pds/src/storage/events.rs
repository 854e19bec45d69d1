//! The firehose event log: events are appended inside the same transaction as the change they announce, so
//! a subscriber can never see an event for a write that did not commit, and a commit never lacks its event.

use lexgen::model::{Datetime, Did};
use rusqlite::{Connection, OptionalExtension, params};

use super::StorageError;

/// An event to append: its type and DAG-CBOR body (without `seq`, which the log assigns), as built by
/// `firehose::messages`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    /// `#commit`, `#sync`, `#identity` or `#account`.
    pub kind: &'static str,
    pub payload: Vec<u8>,
}

/// An event as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEvent {
    pub seq: i64,
    pub did: String,
    pub kind: String,
    pub time: String,
    pub payload: Vec<u8>,
}

/// Appends `event` for `did`, returning its sequence number. Call inside a writer job.
pub fn append_event(
    conn: &Connection,
    did: &Did,
    event: &NewEvent,
    time: &Datetime,
) -> Result<i64, StorageError> {
    conn.prepare_cached("INSERT INTO event (did, kind, time, payload) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![
            did.as_str(),
            event.kind,
            time.as_str(),
            event.payload
        ])?;
    let seq = conn.last_insert_rowid();
    super::appended::push(|| StoredEvent {
        seq,
        did: did.as_str().to_owned(),
        kind: event.kind.to_owned(),
        time: time.as_str().to_owned(),
        payload: event.payload.clone(),
    });
    Ok(seq)
}

/// Up to `limit` events with `seq > after`, in order.
pub fn events_after(
    conn: &Connection,
    after: i64,
    limit: u32,
) -> Result<Vec<StoredEvent>, StorageError> {
    let mut statement = conn.prepare_cached(
        "SELECT seq, did, kind, time, payload FROM event WHERE seq > ?1 ORDER BY seq LIMIT ?2",
    )?;
    let rows = statement.query_map(params![after, limit], |row| {
        Ok(StoredEvent {
            seq: row.get(0)?,
            did: row.get(1)?,
            kind: row.get(2)?,
            time: row.get(3)?,
            payload: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The highest sequence number assigned so far (0 when the log is empty).
pub fn last_seq(conn: &Connection) -> Result<i64, StorageError> {
    // sqlite_sequence remembers the highest AUTOINCREMENT value even after the rows are gone.
    let seq: Option<i64> = conn
        .query_row(
            "SELECT seq FROM sqlite_sequence WHERE name = 'event'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    Ok(seq.unwrap_or(0))
}

/// Makes the next sequence number come after `seq` (when the log has not gone that far): a server that took
/// over another's accounts (`pds adopt`) continues its event numbering, so relays' cursors stay valid.
pub fn continue_after(conn: &Connection, seq: i64) -> Result<(), StorageError> {
    let current = last_seq(conn)?;
    if current >= seq {
        return Ok(());
    }
    // sqlite_sequence holds a row for `event` once the table had a row; before that, this one starts it.
    if conn.execute(
        "UPDATE sqlite_sequence SET seq = ?1 WHERE name = 'event'",
        [seq],
    )? == 0
    {
        conn.execute(
            "INSERT INTO sqlite_sequence (name, seq) VALUES ('event', ?1)",
            [seq],
        )?;
    }
    Ok(())
}

/// The lowest sequence number still in the log at or after `time` (for the backfill window).
pub fn first_seq_since(conn: &Connection, time: &Datetime) -> Result<Option<i64>, StorageError> {
    Ok(conn
        .prepare_cached("SELECT min(seq) FROM event WHERE time >= ?1")?
        .query_row([time.as_str()], |row| row.get(0))?)
}

/// Drops events older than `time` (the log is bounded by the backfill window).
pub fn prune_events_before(conn: &Connection, time: &Datetime) -> Result<usize, StorageError> {
    super::appended::retain(|event| event.time.as_str() >= time.as_str());
    Ok(conn
        .prepare_cached("DELETE FROM event WHERE time < ?1")?
        .execute([time.as_str()])?)
}

/// Drops every earlier event of `did` (after an account is deleted, as the reference does).
pub fn delete_events_of(conn: &Connection, did: &Did) -> Result<usize, StorageError> {
    super::appended::retain(|event| event.did != did.as_str());
    Ok(conn
        .prepare_cached("DELETE FROM event WHERE did = ?1")?
        .execute([did.as_str()])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log continues after a given number, on an empty log as on one that has events, and never goes
    /// back.
    #[test]
    fn the_sequence_continues_after_a_given_number() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrate(&mut conn).unwrap();
        let did: Did = "did:plc:continued".parse().unwrap();
        let event = NewEvent {
            kind: "#identity",
            payload: vec![0xa0],
        };
        continue_after(&conn, 10).unwrap();
        assert_eq!(last_seq(&conn).unwrap(), 10);
        assert_eq!(
            append_event(&conn, &did, &event, &Datetime::now()).unwrap(),
            11
        );
        continue_after(&conn, 5).unwrap();
        assert_eq!(
            append_event(&conn, &did, &event, &Datetime::now()).unwrap(),
            12
        );
        continue_after(&conn, 20).unwrap();
        assert_eq!(
            append_event(&conn, &did, &event, &Datetime::now()).unwrap(),
            21
        );
    }
}
