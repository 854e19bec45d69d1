//! The live subscribers of the firehose, for operators: who is connected, from where, since when, from which
//! cursor, and the last event each was sent. Registering and leaving take a lock; following the stream is one
//! atomic store per event.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use lexgen::model::Datetime;

/// Where a subscriber connected from, as far as the server knows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Peer {
    /// The TCP peer (absent when the server was not given it, e.g. in-process tests).
    pub remote: Option<SocketAddr>,
    /// The `X-Forwarded-For` header, when a proxy in front sent one.
    pub forwarded_for: Option<String>,
}

/// One subscriber as seen now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SubscriberInfo {
    /// Unique while the server runs, in order of connection.
    pub id: u64,
    pub peer: Peer,
    /// The cursor asked for; `None`: started live.
    pub cursor: Option<i64>,
    /// The last sequence number sent or skipped past.
    pub last_seq: i64,
    pub connected_at: Datetime,
}

/// The registry; cheap to clone.
#[derive(Clone, Default)]
pub(crate) struct Subscribers {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    next_id: AtomicU64,
    live: Mutex<BTreeMap<u64, Arc<Entry>>>,
}

struct Entry {
    peer: Peer,
    cursor: Option<i64>,
    connected_at: Datetime,
    last_seq: AtomicI64,
}

impl Subscribers {
    /// Adds a subscriber; it stays listed until the returned handle is dropped.
    pub(super) fn register(&self, peer: Peer, cursor: Option<i64>) -> Registration {
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        let entry = Arc::new(Entry {
            peer,
            cursor,
            connected_at: Datetime::now(),
            last_seq: AtomicI64::new(0),
        });
        self.lock().insert(id, entry.clone());
        Registration {
            subscribers: self.clone(),
            id,
            entry,
        }
    }

    /// Every subscriber connected now, oldest first.
    pub(crate) fn list(&self) -> Vec<SubscriberInfo> {
        self.lock()
            .iter()
            .map(|(&id, entry)| SubscriberInfo {
                id,
                peer: entry.peer.clone(),
                cursor: entry.cursor,
                last_seq: entry.last_seq.load(Ordering::Relaxed),
                connected_at: entry.connected_at.clone(),
            })
            .collect()
    }

    fn lock(&self) -> MutexGuard<'_, BTreeMap<u64, Arc<Entry>>> {
        self.inner
            .live
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A subscriber's place in the registry: records its progress, and leaves the registry when dropped.
pub(super) struct Registration {
    subscribers: Subscribers,
    id: u64,
    entry: Arc<Entry>,
}

impl Registration {
    /// The subscriber was sent (or skipped past) event `seq`.
    pub(super) fn sent(&self, seq: i64) {
        self.entry.last_seq.store(seq, Ordering::Relaxed);
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.subscribers.lock().remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_subscribers_while_registered_with_their_progress() {
        let subscribers = Subscribers::default();
        let peer = Peer {
            remote: Some(SocketAddr::from(([127, 0, 0, 1], 4000))),
            forwarded_for: None,
        };
        let first = subscribers.register(peer.clone(), Some(7));
        let second = subscribers.register(Peer::default(), None);
        first.sent(9);
        let listed = subscribers.list();
        assert_eq!(listed.len(), 2);
        assert_eq!(
            (listed[0].peer.clone(), listed[0].cursor, listed[0].last_seq),
            (peer, Some(7), 9)
        );
        assert_eq!((listed[1].cursor, listed[1].last_seq), (None, 0));
        drop(first);
        let listed = subscribers.list();
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].id, 1);
        drop(second);
        assert!(subscribers.list().is_empty());
    }
}
