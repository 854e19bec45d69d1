//! Federation: what a relay (a Rust consumer with a relay's Sync 1.1 checks) and the reference firehose
//! consumers (`@atproto/sync`'s `Firehose`, the Python SDK's client) see of a scripted session on two PDS
//! instances, and `@atproto/identity`'s `DidResolver` resolving through the PDS root.
#![allow(clippy::unwrap_used)]

#[path = "federation/peers.rs"]
mod peers;
#[path = "federation/relay.rs"]
mod relay;
#[path = "federation/session.rs"]
mod session;

use std::collections::BTreeSet;

use peers::Peer;
use relay::{Relay, Seen};
use serde_json::{Value, json};
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

/// `(seq, kind)` of the events a consumer listed as `[seq, kind, did]`.
fn listed(summary: &Value) -> BTreeSet<(i64, String)> {
    summary["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e[0].as_i64().unwrap(), e[1].as_str().unwrap().to_owned()))
        .collect()
}

/// `(seq, kind)` of what the relay accepted from `first` on, that `shows` keeps.
fn expected(seen: &[Seen], first: i64, shows: impl Fn(&Seen) -> bool) -> BTreeSet<(i64, String)> {
    seen.iter()
        .filter(|s| s.seq >= first && shows(s))
        .map(|s| (s.seq, s.kind.clone()))
        .collect()
}

#[tokio::test]
async fn reference_consumers_see_every_event_across_a_reconnect_with_cursor() {
    if !atmos_tests::node::available("federation: @atproto/sync Firehose").unwrap()
        || !atmos_tests::python::available("federation: Python SDK firehose").unwrap()
    {
        return;
    }
    let mut session = Session::start().await;
    let a = session.a.clone();
    let plc = a.url.clone();
    let mut relay = Relay::connect(a.addr, None, &plc).await;
    let mut js = atmos_tests::node::command();
    js.args(["firehose-consumer.mjs", &format!("ws://{}", a.addr), &plc]);
    let mut js = Peer::spawn("firehose-consumer.mjs", js);
    let mut py = std::process::Command::new(atmos_tests::python::py_dir().join(".venv/bin/python"));
    py.arg("firehose_consumer.py")
        .arg(&a.url)
        .current_dir(atmos_tests::python::py_dir());
    let mut py = Peer::spawn("firehose_consumer.py", py);

    // Both start from the live head (no cursor): post until each has seen an event (starting node and
    // Python can take a while on a loaded machine).
    let (probe, token) = a.account("probe").await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    for i in 0.. {
        // Both asked on each round (no short circuit).
        if [js.is_live(), py.is_live()] == [true, true] {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the consumers never saw an event: {:?} {:?}",
            js.live,
            py.live
        );
        a.post(
            "com.atproto.repo.createRecord",
            Some(&token),
            json!({"repo": probe, "collection": "app.bsky.feed.post",
                   "record": {"$type": "app.bsky.feed.post", "text": format!("probe {i}"),
                              "createdAt": "2026-12-01T00:00:00.000Z"}}),
        )
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }

    session.part_one().await;
    let last = a.last_seq().await;
    relay.read_until(last).await;
    for peer in [&mut js, &mut py] {
        peer.ask(&format!("wait {last}"), "waited").await;
        peer.ask("disconnect", "disconnected").await;
    }
    // Part two happens while both are away; they resume from their last seq.
    session.part_two().await;
    relay.read_until(a.last_seq().await).await;
    for peer in [&mut js, &mut py] {
        peer.ask("resume", "resumed").await;
    }
    session.part_three().await;
    let last = a.last_seq().await;
    relay.read_until(last).await;
    // Caught up before mover's key changes (the Firehose verifies commits with the current key).
    for peer in [&mut js, &mut py] {
        peer.ask(&format!("wait {last}"), "waited").await;
    }
    session.part_four().await;
    let last = a.last_seq().await;
    relay.read_until(last).await;

    let js = js
        .ask(&format!("finish {last} {}", session.alice), "ok")
        .await;
    let py = py.ask(&format!("finish {last}"), "ok").await;
    assert_eq!(js["errors"], json!([]), "{js}");
    assert_eq!(py["errors"], json!([]), "{py}");
    // The Firehose hands over nothing for a commit without ops (a genesis commit); everything else, once
    // (a commit's ops share its seq).
    let js_first = js["events"][0][0].as_i64().unwrap();
    assert_eq!(
        listed(&js),
        expected(&relay.seen, js_first, |s| s.kind != "#commit"
            || s.detail > 0)
    );
    let py_first = py["events"][0][0].as_i64().unwrap();
    assert_eq!(listed(&py), expected(&relay.seen, py_first, |_| true));
    for summary in [&js, &py] {
        assert_eq!(
            summary["events"].as_array().unwrap().len(),
            listed(summary).len(),
            "no event twice across the reconnect"
        );
    }
    // Both saw the whole session.
    let alice_first = relay.seen.iter().find(|s| s.did == session.alice).unwrap();
    assert!(js_first < alice_first.seq && py_first < alice_first.seq);
    // The empty-cursor subscription (`?cursor=`) was live throughout.
    let raw: BTreeSet<i64> = js["rawSeqs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_i64().unwrap())
        .collect();
    let raw_first = *raw.first().unwrap();
    assert!(raw_first < alice_first.seq);
    let all: BTreeSet<i64> = relay
        .seen
        .iter()
        .map(|s| s.seq)
        .filter(|seq| *seq >= raw_first)
        .collect();
    assert_eq!(raw, all);
    // `DidResolver({ plcUrl })` with the PDS's own address resolves alice's DID.
    assert_eq!(
        js["resolved"],
        json!({"id": session.alice, "alsoKnownAs": ["at://alice2.test"]})
    );
}
