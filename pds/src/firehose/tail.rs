//! The tail task: after each committed write group, reads the events appended since it last looked, encodes
//! each frame once and fans it out to live subscribers; now and then prunes the log to the backfill window.

use super::{Firehose, LiveEvent, messages};
use crate::storage::{events_after, last_seq};

pub(super) async fn run(firehose: Firehose, mut last: i64) {
    let mut commits = firehose.storage.subscribe_commits();
    let mut prune = tokio::time::interval(firehose.config.prune_interval);
    loop {
        if let Err(error) = catch_up(&firehose, &mut last).await {
            tracing::warn!(%error, "firehose: reading new events failed");
        }
        tokio::select! {
            changed = commits.changed() => {
                if changed.is_err() {
                    return; // the storage writer is gone
                }
            }
            _ = prune.tick() => {
                match firehose.prune().await {
                    Ok(0) => {}
                    Ok(pruned) => tracing::info!(pruned, "firehose: pruned events outside the backfill window"),
                    Err(error) => tracing::warn!(%error, "firehose: pruning failed"),
                }
            }
        }
    }
}

/// Broadcasts every event after `last` (or, with nobody listening, just moves `last` to the head).
async fn catch_up(firehose: &Firehose, last: &mut i64) -> Result<(), super::FirehoseError> {
    let page = firehose.config.page_size.max(1);
    loop {
        if firehose.live.receiver_count() == 0 {
            // Read the head first, then check again: whoever subscribes after the check replays from the log
            // everything up to this head, so skipping it here loses nothing.
            let head = firehose.storage.read(last_seq).await?;
            if firehose.live.receiver_count() == 0 {
                *last = head;
                return Ok(());
            }
        }
        let after = *last;
        let events = firehose
            .storage
            .read(move |conn| events_after(conn, after, page))
            .await?;
        let count = events.len();
        for event in events {
            *last = event.seq;
            match messages::event_frame(&event) {
                Ok(frame) => {
                    // No receivers left is fine: nobody is listening.
                    let _ = firehose.live.send(LiveEvent {
                        seq: event.seq,
                        frame,
                    });
                }
                Err(error) => {
                    tracing::warn!(seq = event.seq, %error, "firehose: skipping an event")
                }
            }
        }
        if count < page as usize {
            return Ok(());
        }
    }
}
