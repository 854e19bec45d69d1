//! Federation: what a relay (a Rust consumer with a relay's Sync 1.1 checks) and the reference firehose
//! consumers (`@atproto/sync`'s `Firehose`, the Python SDK's client) see of a scripted session on two PDS
//! instances, and `@atproto/identity`'s `DidResolver` resolving through the PDS root.
#![allow(clippy::unwrap_used)]

#[path = "federation/relay.rs"]
mod relay;
#[path = "federation/session.rs"]
mod session;

use relay::{Relay, Seen};
use session::Session;

/// The events of one account, as `(kind, detail)`.
fn of(seen: &[Seen], did: &str) -> Vec<(String, i64)> {
    seen.iter()
        .filter(|s| s.did == did)
        .map(|s| (s.kind.clone(), s.detail))
        .collect()
}

fn events(list: &[(&str, i64)]) -> Vec<(String, i64)> {
    list.iter().map(|(k, d)| ((*k).to_owned(), *d)).collect()
}

#[tokio::test]
async fn a_relay_accepts_every_event_of_the_session() {
    let mut session = Session::start().await;
    let plc = session.a.url.clone();
    let mut relay_a = Relay::connect(session.a.addr, None, &plc).await;
    let mut relay_b = Relay::connect(session.b.addr, None, &plc).await;
    // Let the server open both subscriptions before anything is written.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;

    // The relay keeps up with the stream (reading after each part, as a live consumer would be): a DID's key
    // is resolved when its events are read.
    session.part_one().await;
    relay_a.read_until(session.a.last_seq().await).await;
    session.part_two().await;
    relay_a.read_until(session.a.last_seq().await).await;
    session.part_three().await;
    relay_a.read_until(session.a.last_seq().await).await;

    // A relay starting now replays the log (carol's events went with her account, except the last) and
    // accepts all of it again.
    let mut replay = Relay::connect(session.a.addr, Some(0), &plc).await;
    replay.read_until(session.a.last_seq().await).await;
    let kept: Vec<Seen> = relay_a
        .seen
        .iter()
        .filter(|s| s.did != session.carol || s.kind == "#account" && s.detail == 0)
        .cloned()
        .collect();
    assert_eq!(replay.seen, kept);

    session.part_four().await;
    relay_a.read_until(session.a.last_seq().await).await;
    relay_b.read_until(session.b.last_seq().await).await;

    assert_eq!(
        of(&relay_a.seen, &session.alice),
        events(&[
            // New account: identity, account, the genesis commit (no ops), then #sync.
            ("#identity", 0),
            ("#account", 1),
            ("#commit", 0),
            ("#sync", 0),
            // Post, update, second post, its deletion, 200 likes.
            ("#commit", 1),
            ("#commit", 1),
            ("#commit", 1),
            ("#commit", 1),
            ("#commit", 200),
            // importRepo: #sync, and the next commit chains to it.
            ("#sync", 0),
            ("#commit", 1),
            // Handle change, deactivation, activation, a post.
            ("#identity", 0),
            ("#account", 0),
            ("#account", 1),
            ("#identity", 0),
            ("#sync", 0),
            ("#commit", 1),
        ])
    );
    assert_eq!(
        of(&relay_a.seen, &session.carol),
        events(&[
            ("#identity", 0),
            ("#account", 1),
            ("#commit", 0),
            ("#sync", 0),
            ("#account", 0),
        ])
    );
    // On B, the migrated account has no `#commit` or `#sync` before it is activated: none for the repository
    // created with its DID, none for the import; only the `#identity` of the PLC operation it submits (as the
    // reference's submitPlcOperation).
    assert_eq!(
        of(&relay_b.seen, &session.mover),
        events(&[
            ("#identity", 0),
            ("#account", 1),
            ("#identity", 0),
            ("#sync", 0),
            ("#commit", 1),
        ])
    );
    // On A, mover's history ends with its deactivation there.
    assert_eq!(
        of(&relay_a.seen, &session.mover).last(),
        Some(&("#account".to_owned(), 0))
    );
}
