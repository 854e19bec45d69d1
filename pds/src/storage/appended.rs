//! The events the writer's open transaction appended, kept on the writer thread so that, once the group
//! commits, the writer hands them to the firehose ([`super::Committed`]) and the firehose need not read them
//! back from the log. Only the writer thread captures ([`capture`]); elsewhere the functions do nothing.
//!
//! The capture follows the transaction: a job rolled back drops what it appended ([`rollback_to`]), a
//! failed group drops everything ([`take`] and discard), and events deleted in the transaction (an
//! account's deletion drops its earlier events; pruning) leave it too ([`retain`]).

use std::cell::RefCell;

use super::events::StoredEvent;

thread_local! {
    /// `Some` on the writer thread: the events appended since the last [`take`], in order.
    static APPENDED: RefCell<Option<Vec<StoredEvent>>> = const { RefCell::new(None) };
}

/// Captures, on this thread, the events appended from now on. Called once by the writer thread.
pub(super) fn capture() {
    APPENDED.with_borrow_mut(|appended| *appended = Some(Vec::new()));
}

/// Records an event just appended (when this thread captures).
pub(super) fn push(event: impl FnOnce() -> StoredEvent) {
    APPENDED.with_borrow_mut(|appended| {
        if let Some(appended) = appended {
            appended.push(event());
        }
    });
}

/// Keeps only the captured events for which `keep` holds.
pub(super) fn retain(mut keep: impl FnMut(&StoredEvent) -> bool) {
    APPENDED.with_borrow_mut(|appended| {
        if let Some(appended) = appended {
            appended.retain(|event| keep(event));
        }
    });
}

/// How many events are captured now: a job's starting point, for [`rollback_to`].
pub(super) fn mark() -> usize {
    APPENDED.with_borrow(|appended| appended.as_ref().map_or(0, Vec::len))
}

/// Drops the events captured after `mark` (their job was rolled back).
pub(super) fn rollback_to(mark: usize) {
    APPENDED.with_borrow_mut(|appended| {
        if let Some(appended) = appended {
            appended.truncate(mark);
        }
    });
}

/// The captured events, leaving none.
pub(super) fn take() -> Vec<StoredEvent> {
    APPENDED.with_borrow_mut(|appended| appended.as_mut().map(std::mem::take).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(seq: i64, did: &str) -> StoredEvent {
        StoredEvent {
            seq,
            did: did.to_owned(),
            kind: "#commit".to_owned(),
            time: "2026-01-01T00:00:00.000Z".to_owned(),
            payload: vec![seq as u8],
        }
    }

    #[test]
    fn nothing_is_captured_on_a_thread_that_does_not_capture() {
        std::thread::spawn(|| {
            push(|| event(1, "did:plc:a"));
            assert_eq!(mark(), 0);
            assert!(take().is_empty());
        })
        .join()
        .unwrap();
    }

    #[test]
    fn the_capture_follows_rollbacks_deletions_and_takes() {
        std::thread::spawn(|| {
            capture();
            push(|| event(1, "did:plc:a"));
            let job = mark();
            push(|| event(2, "did:plc:b"));
            push(|| event(3, "did:plc:a"));
            rollback_to(job);
            push(|| event(2, "did:plc:a"));
            push(|| event(3, "did:plc:b"));
            retain(|event| event.did != "did:plc:b");
            let seqs: Vec<i64> = take().iter().map(|event| event.seq).collect();
            assert_eq!(seqs, [1, 2]);
            assert!(take().is_empty());
            push(|| event(4, "did:plc:a"));
            assert_eq!(mark(), 1);
        })
        .join()
        .unwrap();
    }

    /// What the writer hands over after a group is exactly what the log holds: not the event of a job rolled
    /// back, nor one an account deletion later in the group dropped.
    #[test]
    fn a_group_hands_over_exactly_the_events_it_committed() {
        use crate::storage::{
            NewEvent, Storage, StorageError, append_event, delete_events_of, events_after,
        };
        use lexgen::model::{Datetime, Did};

        let dir = tempfile::tempdir().unwrap();
        let storage = Storage::open(&dir.path().join("pds.sqlite")).unwrap();
        let mut commits = storage.subscribe_commits();
        fn did(text: &str) -> Did {
            text.parse().unwrap()
        }
        fn append(conn: &rusqlite::Connection, who: &str, n: u8) -> Result<i64, StorageError> {
            let event = NewEvent {
                kind: "#identity",
                payload: vec![n],
            };
            append_event(conn, &did(who), &event, &Datetime::now())
        }
        // The first job holds the writer until the others are queued: those then commit as one group.
        let (started, running) = std::sync::mpsc::channel::<()>();
        let (release, held) = std::sync::mpsc::channel::<()>();
        let first = storage
            .write_queued(move |_| {
                started.send(()).unwrap();
                held.recv().unwrap();
                Ok(())
            })
            .unwrap();
        running.recv().unwrap();
        let seen = commits.borrow_and_update().groups;
        let posted = storage
            .write_queued(move |conn| append(conn, "did:plc:aaaa", 1))
            .unwrap();
        let failed = storage
            .write_queued(move |conn| {
                append(conn, "did:plc:bbbb", 2)?;
                Err::<(), _>(StorageError::Corrupt("refused".into()))
            })
            .unwrap();
        let kept = storage
            .write_queued(move |conn| append(conn, "did:plc:bbbb", 3))
            .unwrap();
        let deleted = storage
            .write_queued(move |conn| {
                delete_events_of(conn, &did("did:plc:aaaa"))?;
                append(conn, "did:plc:aaaa", 4)
            })
            .unwrap();
        release.send(()).unwrap();
        first.wait().unwrap();
        posted.wait().unwrap();
        assert!(matches!(failed.wait(), Err(StorageError::Corrupt(_))));
        kept.wait().unwrap();
        deleted.wait().unwrap();

        // The writer announces a group after its callers have their replies.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while commits.borrow().groups < seen + 2 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        let committed = commits.borrow_and_update().clone();
        assert_eq!(
            committed.groups,
            seen + 2,
            "the first job's group, then one group"
        );
        let logged = storage
            .read_blocking(|conn| events_after(conn, 0, 100))
            .unwrap();
        assert_eq!(&*committed.events, &logged[..]);
        let payloads: Vec<&[u8]> = logged.iter().map(|e| e.payload.as_slice()).collect();
        assert_eq!(payloads, [&[3u8][..], &[4u8][..]]);
    }
}
