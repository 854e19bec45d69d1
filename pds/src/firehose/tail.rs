//! The tail task: after each committed write group, takes the events the writer hands over with its commit
//! signal (or, when it missed a group or a read failed, reads the log from where it stopped), encodes each
//! frame once and fans it out to live subscribers; now and then prunes the log to the backfill window.

use super::{Firehose, LiveEvent, messages};
use crate::storage::{StoredEvent, events_after, last_seq};

pub(super) async fn run(firehose: Firehose, mut last: i64) {
    let mut commits = firehose.storage.subscribe_commits();
    let mut prune = tokio::time::interval(firehose.config.prune_interval);
    // The groups seen so far; every group after `seen` is either handed over or read from the log.
    let mut seen = commits.borrow_and_update().groups;
    // Whether `last` is the last event of group `seen` (else the next group is read from the log).
    let mut in_step = catch_up(&firehose, &mut last).await;
    loop {
        tokio::select! {
            changed = commits.changed() => {
                if changed.is_err() {
                    return; // the storage writer is gone
                }
                let committed = commits.borrow_and_update().clone();
                if in_step && committed.groups == seen.wrapping_add(1) {
                    announce(&firehose, &mut last, &committed.events);
                } else {
                    in_step = catch_up(&firehose, &mut last).await;
                }
                seen = committed.groups;
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

/// Broadcasts every event after `last`, read from the log; whether that worked.
async fn catch_up(firehose: &Firehose, last: &mut i64) -> bool {
    match read_log(firehose, last).await {
        Ok(()) => true,
        Err(error) => {
            tracing::warn!(%error, "firehose: reading new events failed");
            false
        }
    }
}

/// Reads the log after `last` (or, with nobody listening, just moves `last` to the head) and broadcasts it.
async fn read_log(firehose: &Firehose, last: &mut i64) -> Result<(), super::FirehoseError> {
    let page = firehose.config.page_size.max(1);
    loop {
        if firehose.live.receiver_count() == 0 {
            // Read the head first, then check again: whoever subscribes after the check replays from the log
            // everything up to this head, so skipping it here loses nothing.
            let head = firehose.storage.read(last_seq).await?;
            if firehose.live.receiver_count() == 0 {
                *last = head.max(*last);
                return Ok(());
            }
        }
        let after = *last;
        let events = firehose
            .storage
            .read(move |conn| events_after(conn, after, page))
            .await?;
        announce(firehose, last, &events);
        if events.len() < page as usize {
            return Ok(());
        }
    }
}

/// Broadcasts the events after `last` among `events` (in order) and moves `last` past them. With nobody
/// listening nothing is encoded: whoever subscribes later finds these events committed, in the log.
fn announce(firehose: &Firehose, last: &mut i64, events: &[StoredEvent]) {
    for event in events {
        if event.seq <= *last {
            continue;
        }
        *last = event.seq;
        if firehose.live.receiver_count() == 0 {
            continue;
        }
        match messages::event_frame(event) {
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
}
