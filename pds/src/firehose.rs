//! The firehose, `com.atproto.sync.subscribeRepos`: the persisted event log served over WebSocket.
//!
//! - One tail task per server learns of new events after each committed write group from the storage
//!   writer's commit signal ([`crate::storage::Storage::subscribe_commits`]: no polling, and no writer can
//!   forget to announce), which carries the events the group appended; it reads the log only when it missed
//!   a group. It encodes each frame once (nothing with nobody listening) and fans it out on a `broadcast`.
//! - Each subscriber's socket is written by its task as frames arrive (all it is behind by in one write);
//!   its input (pings, a close) is read by a second task that sleeps until input comes.
//! - A subscriber with a cursor first subscribes to the broadcast, then replays the log from the database in
//!   pages, then drains the broadcast skipping what it already sent: no gap, no duplicate.
//! - The broadcast buffer is each subscriber's bounded outbox: a live subscriber that falls behind by more
//!   than `max_buffer` events gets `ConsumerTooSlow` and is closed, as in the reference.
//! - The log is pruned to the backfill window (reference default: one day).
//! - [`Subscribers`] lists the live subscribers (address, cursor, last event sent) for operators.
//! - [`messages`] builds everything the firehose emits (each stored event kind, and the frames) from the
//!   generated `subscribeRepos` types; [`lifecycle`] appends `#identity`, `#account` and `#sync` for the
//!   account code.

mod error;
mod fanout;
pub mod lifecycle;
pub mod messages;
mod subscribers;
mod subscription;
mod tail;
mod ws;

use std::time::Duration;

pub use error::FirehoseError;
pub(crate) use subscribers::{Peer, SubscriberInfo, Subscribers};
pub use subscription::{Outgoing, Subscription};
pub(crate) use ws::{PATH, route};

use axum::body::Bytes;
use tokio::sync::broadcast;

use crate::storage::Storage;

/// Firehose settings (reference defaults).
#[derive(Clone, Debug)]
pub struct FirehoseConfig {
    /// How far back a cursor may replay; older events are pruned (`PDS_REPO_BACKFILL_LIMIT_MS`, 1 day).
    pub backfill_window: Duration,
    /// Events a live subscriber may fall behind before `ConsumerTooSlow` (`PDS_MAX_SUBSCRIPTION_BUFFER`, 500).
    pub max_buffer: usize,
    /// Events read from the log per query during replay.
    pub page_size: u32,
    /// How often the log is pruned to the window.
    pub prune_interval: Duration,
}

impl Default for FirehoseConfig {
    fn default() -> Self {
        Self {
            backfill_window: Duration::from_secs(24 * 60 * 60),
            max_buffer: 500,
            page_size: 500,
            prune_interval: Duration::from_secs(10 * 60),
        }
    }
}

/// One event as fanned out to live subscribers: its sequence number and encoded frame.
#[derive(Clone, Debug)]
pub(crate) struct LiveEvent {
    pub(crate) seq: i64,
    pub(crate) frame: Bytes,
}

/// The firehose of a server: cheap to clone, one per server.
#[derive(Clone)]
pub struct Firehose {
    storage: Storage,
    config: FirehoseConfig,
    live: broadcast::Sender<LiveEvent>,
    subscribers: Subscribers,
}

impl Firehose {
    /// Starts the tail task (on the current tokio runtime) that announces new events and prunes the log.
    pub async fn start(storage: Storage, config: FirehoseConfig) -> Result<Self, FirehoseError> {
        let (live, _) = broadcast::channel(config.max_buffer.max(1));
        let firehose = Self {
            storage,
            config,
            live,
            subscribers: Subscribers::default(),
        };
        let start = firehose.storage.read(crate::storage::last_seq).await?;
        tokio::spawn(tail::run(firehose.clone(), start));
        Ok(firehose)
    }

    /// Opens a subscription: live from now without a cursor, else replaying events after `cursor`.
    pub async fn subscribe(&self, cursor: Option<i64>) -> Subscription {
        self.subscribe_from(cursor, Peer::default()).await
    }

    /// [`Firehose::subscribe`] for a subscriber connected from `peer` (listed in [`Firehose::subscribers`]).
    pub(crate) async fn subscribe_from(&self, cursor: Option<i64>, peer: Peer) -> Subscription {
        Subscription::open(self.clone(), cursor, peer).await
    }

    /// The subscribers connected now.
    pub(crate) fn subscribers(&self) -> &Subscribers {
        &self.subscribers
    }

    /// Drops events older than the backfill window now; returns how many.
    pub async fn prune(&self) -> Result<usize, FirehoseError> {
        let cutoff = self.window_start();
        Ok(self
            .storage
            .write(move |conn| crate::storage::prune_events_before(conn, &cutoff))
            .await?)
    }

    /// The oldest time a replay reaches.
    fn window_start(&self) -> lexgen::model::Datetime {
        let now = lexgen::model::Datetime::now().timestamp_micros();
        let window = i64::try_from(self.config.backfill_window.as_micros()).unwrap_or(i64::MAX);
        // Millisecond precision, as stored times are written.
        lexgen::model::Datetime::from_timestamp_micros((now.saturating_sub(window) / 1000) * 1000)
    }
}
