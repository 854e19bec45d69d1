//! One subscriber's stream: cursor checks (`FutureCursor`, `OutdatedCursor`), replay from the log in pages,
//! the cutover to the live broadcast without gaps or duplicates, and `ConsumerTooSlow` for a laggard.

use std::collections::VecDeque;

use axum::body::Bytes;
use tokio::sync::broadcast::{self, error::RecvError};

use lexicons::com::atproto::sync::subscribe_repos::{self as wire, InfoName};

use super::messages::{self, StreamError};
use super::subscribers::{Peer, Registration};
use super::{Firehose, FirehoseError, LiveEvent};
use crate::storage::{StoredEvent, events_after, first_seq_since, last_seq};

/// What to send next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outgoing {
    /// A binary frame.
    Frame(Bytes),
    /// An error frame, then close the socket with code 1008 and `reason` (the error name).
    Close { frame: Bytes, reason: &'static str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Reading the log from the database.
    Replay,
    /// The log is read; the next broadcast event decides whether we are caught up.
    Cutover,
    /// Following the broadcast.
    Live,
    Done,
}

/// A subscriber's stream of frames; see [`Firehose::subscribe`].
pub struct Subscription {
    firehose: Firehose,
    live: broadcast::Receiver<LiveEvent>,
    /// The last sequence number sent (or skipped past).
    position: i64,
    state: State,
    /// What to send next, each frame with its event's sequence number (none for `#info` and errors).
    pending: VecDeque<(Option<i64>, Outgoing)>,
    /// This subscriber in the firehose's registry, where its progress is shown.
    registration: Registration,
}

struct CursorCheck {
    head: i64,
    next: Option<StoredEvent>,
    first: Option<StoredEvent>,
    window_first: Option<i64>,
}

impl Subscription {
    pub(super) async fn open(firehose: Firehose, cursor: Option<i64>, peer: Peer) -> Self {
        // Subscribe before reading the log: every event is either in the log we read or in the broadcast.
        let live = firehose.live.subscribe();
        let registration = firehose.subscribers.register(peer, cursor);
        let mut subscription = Self {
            firehose,
            live,
            position: 0,
            state: State::Live,
            pending: VecDeque::new(),
            registration,
        };
        let started = match cursor {
            Some(cursor) => subscription.start_at(cursor.max(0)).await,
            // Live from now: whatever is already in the log (even if not yet announced) is history.
            None => subscription.start_live().await,
        };
        if let Err(error) = started {
            tracing::warn!(%error, "firehose: opening a subscription failed");
            subscription.fail(StreamError::Internal(error.to_string()));
        }
        // Where it starts: everything up to here counts as sent (or skipped past).
        subscription.registration.sent(subscription.position);
        subscription
    }

    async fn start_live(&mut self) -> Result<(), FirehoseError> {
        self.position = self.firehose.storage.read(last_seq).await?;
        Ok(())
    }

    async fn start_at(&mut self, cursor: i64) -> Result<(), FirehoseError> {
        let window = self.firehose.window_start();
        let window_text = window.clone();
        let check = self
            .firehose
            .storage
            .read(move |conn| {
                Ok(CursorCheck {
                    head: last_seq(conn)?,
                    next: events_after(conn, cursor, 1)?.pop(),
                    first: events_after(conn, 0, 1)?.pop(),
                    window_first: first_seq_since(conn, &window_text)?,
                })
            })
            .await?;
        if cursor > check.head {
            self.fail(StreamError::endpoint(
                wire::Error::FutureCursor,
                "Cursor in the future.",
            ));
            return Ok(());
        }
        // Outdated: the next event is older than the window, or events after the cursor were pruned.
        let pruned = match (&check.next, &check.first) {
            (Some(next), Some(first)) => {
                next.seq == first.seq && next.seq > cursor.saturating_add(1)
            }
            _ => false,
        };
        let old = check
            .next
            .as_ref()
            .is_some_and(|next| next.time.as_str() < window.as_str());
        self.state = State::Replay;
        self.position = cursor;
        if old || pruned {
            let info = messages::info_frame(
                InfoName::OutdatedCursor,
                "Requested cursor exceeded limit. Possibly missing events",
            )?;
            self.pending.push_back((None, Outgoing::Frame(info)));
            match check.window_first {
                Some(first) => self.position = first - 1,
                None => {
                    self.position = check.head;
                    self.state = State::Live;
                }
            }
        }
        Ok(())
    }

    fn fail(&mut self, error: StreamError) {
        self.state = State::Done;
        match messages::error_frame(&error) {
            Ok((frame, reason)) => self
                .pending
                .push_back((None, Outgoing::Close { frame, reason })),
            Err(e) => tracing::warn!(%e, "firehose: encoding an error frame failed"),
        }
    }

    /// Whether [`Subscription::next`] can answer without reading the log: something is queued, or the
    /// stream follows the broadcast (or has ended). A batch of frames stops where a log read would start.
    pub(crate) fn at_hand(&self) -> bool {
        !self.pending.is_empty() || self.state != State::Replay
    }

    /// The next thing to send, `None` when the stream has ended. Cancel-safe.
    pub async fn next(&mut self) -> Option<Outgoing> {
        loop {
            if let Some((seq, out)) = self.pending.pop_front() {
                if let Some(seq) = seq {
                    self.registration.sent(seq);
                }
                return Some(out);
            }
            match self.state {
                State::Done => return None,
                State::Replay => {
                    if let Err(error) = self.replay_page().await {
                        tracing::warn!(%error, "firehose: replay failed");
                        self.fail(StreamError::Internal(error.to_string()));
                    }
                }
                State::Cutover | State::Live => match self.live.recv().await {
                    Ok(event) => {
                        self.state = State::Live;
                        if event.seq > self.position {
                            self.position = event.seq;
                            self.registration.sent(event.seq);
                            return Some(Outgoing::Frame(event.frame));
                        }
                    }
                    Err(RecvError::Lagged(_)) if self.state == State::Cutover => {
                        // Fell behind while replaying: replay more from the log, then try again.
                        self.live = self.firehose.live.subscribe();
                        self.state = State::Replay;
                    }
                    Err(RecvError::Lagged(_)) => self.fail(StreamError::endpoint(
                        wire::Error::ConsumerTooSlow,
                        "Stream consumer too slow",
                    )),
                    Err(RecvError::Closed) => self.state = State::Done,
                },
            }
        }
    }

    async fn replay_page(&mut self) -> Result<(), FirehoseError> {
        let (after, page) = (self.position, self.firehose.config.page_size.max(1));
        let events = self
            .firehose
            .storage
            .read(move |conn| events_after(conn, after, page))
            .await?;
        if events.len() < page as usize {
            self.state = State::Cutover;
        }
        for event in events {
            self.position = event.seq;
            match messages::event_frame(&event) {
                Ok(frame) => self
                    .pending
                    .push_back((Some(event.seq), Outgoing::Frame(frame))),
                Err(error) => {
                    tracing::warn!(seq = event.seq, %error, "firehose: skipping an event")
                }
            }
        }
        Ok(())
    }
}
