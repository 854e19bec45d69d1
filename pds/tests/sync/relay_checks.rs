//! What a relay checks on each `#commit` (Sync 1.1): op shapes, `rev` equals the commit's, `since`/`prevData`
//! chain to the previous commit, blocks within 2,000,000 bytes, a valid signature, and the ops invert on the
//! partial tree in `blocks` back to `prevData`.

use lexgen::model::{Cid, Value, drisl};
use pds::firehose::Outgoing;
use pds::repo::{Commit, MemoryBlockStore, Mst, Write};

use super::support::{Server, create, read_car, record};

/// Checks one `#commit` payload against the previous commit's (rev, data); returns this one's.
fn check_commit(
    payload: &Value,
    previous: Option<(String, Cid)>,
    key: &lexgen::crypto::PublicKey,
) -> (String, Cid) {
    let blocks = payload.get("blocks").and_then(Value::as_bytes).unwrap();
    assert!(blocks.len() <= 2_000_000);
    assert_eq!(payload.get("tooBig").and_then(Value::as_bool), Some(false));
    assert_eq!(payload.get("rebase").and_then(Value::as_bool), Some(false));
    assert_eq!(
        payload
            .get("blobs")
            .and_then(Value::as_array)
            .map(<[Value]>::len),
        Some(0)
    );
    let (roots, blocks) = read_car(blocks);
    let commit_cid = payload.get("commit").and_then(Value::as_link).unwrap();
    assert_eq!(roots, vec![commit_cid]);
    let mut store = MemoryBlockStore::new();
    store.extend(blocks);
    let commit_bytes = store_get(&store, &commit_cid);
    let commit = Commit::decode(commit_cid, &commit_bytes).unwrap();
    commit.verify(key).unwrap();
    let rev = payload
        .get("rev")
        .and_then(Value::as_str)
        .unwrap()
        .to_owned();
    assert_eq!(rev, commit.rev.to_string(), "rev == commit rev");
    assert_eq!(
        payload.get("repo").and_then(Value::as_str),
        Some(commit.did.as_str())
    );
    let since = payload.get("since").unwrap();
    let prev_data = payload.get("prevData").and_then(Value::as_link);
    match &previous {
        None => {
            assert!(since.is_null());
            assert!(
                payload.get("prevData").is_none(),
                "no prevData on the genesis commit"
            );
        }
        Some((previous_rev, previous_data)) => {
            assert_eq!(since.as_str(), Some(previous_rev.as_str()));
            assert!(rev.as_str() > previous_rev.as_str());
            assert_eq!(
                prev_data,
                Some(*previous_data),
                "prevData is the previous commit's data"
            );
        }
    }

    // Invert the ops on the partial tree: the root must come back to prevData.
    let ops = payload.get("ops").and_then(Value::as_array).unwrap();
    assert!(ops.len() <= 200);
    let mut tree = Mst::load(&store, commit.data).unwrap();
    let mut paths = std::collections::HashSet::new();
    for op in ops {
        let path = op.get("path").and_then(Value::as_str).unwrap();
        assert!(paths.insert(path.to_owned()), "no duplicate paths");
        let cid = op.get("cid").unwrap();
        let prev = op.get("prev").and_then(Value::as_link);
        match op.get("action").and_then(Value::as_str).unwrap() {
            "create" => {
                assert!(
                    cid.as_link().is_some() && op.get("prev").is_none(),
                    "create: cid, no prev"
                );
                assert_eq!(tree.get(&store, path).unwrap(), cid.as_link());
                assert!(tree.delete(&store, path).unwrap());
            }
            "update" => {
                assert!(
                    cid.as_link().is_some() && prev.is_some(),
                    "update: cid and prev"
                );
                tree.insert(&store, path, prev.unwrap()).unwrap();
            }
            "delete" => {
                assert!(cid.is_null() && prev.is_some(), "delete: cid null, prev");
                tree.insert(&store, path, prev.unwrap()).unwrap();
            }
            other => panic!("unknown action {other}"),
        }
    }
    if let Some(prev_data) = prev_data {
        let (root, _) = tree.finalize().unwrap();
        assert_eq!(root, prev_data, "the inverted tree is the previous one");
    }
    (rev, commit.data)
}

fn store_get(store: &MemoryBlockStore, cid: &Cid) -> Vec<u8> {
    use pds::repo::BlockStore;
    store.get_block(cid).unwrap().unwrap()
}

/// Keys not yet in the tree whose height is at least `min` (they split subtrees when added, and merge them
/// when removed: the cases that need the neighbours' proof blocks to invert).
fn high_keys(min: u8, count: usize) -> Vec<String> {
    (0..)
        .map(|i| format!("app.bsky.feed.like/3m{i:011}"))
        .filter(|key| pds::repo::mst::key_height(key.as_bytes()) >= min)
        .take(count)
        .collect()
}

#[tokio::test]
async fn splits_and_merges_invert_from_the_event_alone() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let key = |i: usize| format!("app.bsky.feed.post/3k{i:011}");
    for start in [0, 200, 400] {
        server
            .write(
                &alice,
                (start..start + 200)
                    .map(|i| create(&key(i), &format!("p{i}")))
                    .collect(),
            )
            .await;
    }
    let high = high_keys(2, 6);
    // Each high key alone, then several at once with deletions, then removing them again.
    for high in &high[..3] {
        server.write(&alice, vec![create(high, "split")]).await;
    }
    let mut mixed: Vec<Write> = high[3..].iter().map(|k| create(k, "split")).collect();
    mixed.push(Write::Delete {
        key: high[0].clone(),
    });
    mixed.push(Write::Delete { key: key(10) });
    server.write(&alice, mixed).await;
    for high in &high[1..] {
        server
            .write(&alice, vec![Write::Delete { key: high.clone() }])
            .await;
    }

    let mut subscription = server.firehose.subscribe(Some(0)).await;
    let mut previous = None;
    for _ in 0..(1 + 3 + 3 + 1 + 5) {
        let Some(Outgoing::Frame(frame)) = subscription.next().await else {
            panic!("expected a frame");
        };
        let (_, rest) = drisl::decode_prefix(&frame).unwrap();
        let payload = drisl::decode(rest).unwrap();
        previous = Some(check_commit(&payload, previous, &server.key.public_key()));
    }
}

#[tokio::test]
async fn commit_events_pass_relay_validation() {
    let server = Server::new().await;
    let (alice, _) = server.account(1).await;
    let key = |i: usize| format!("app.bsky.feed.post/3k{i:011}");
    // Enough records for a multi-level tree, then updates and deletes of all kinds, mixed.
    for start in [0, 200] {
        server
            .write(
                &alice,
                (start..start + 200)
                    .map(|i| create(&key(i), &format!("p{i}")))
                    .collect(),
            )
            .await;
    }
    server
        .write(&alice, vec![create(&key(1000), "single")])
        .await;
    server
        .write(
            &alice,
            vec![
                Write::Update {
                    key: key(3),
                    record: record("updated 3"),
                },
                Write::Delete { key: key(7) },
                create(&key(2000), "new"),
            ],
        )
        .await;
    server
        .write(
            &alice,
            (100..180).map(|i| Write::Delete { key: key(i) }).collect(),
        )
        .await;
    server
        .write(&alice, vec![Write::Delete { key: key(1000) }])
        .await;
    server
        .write(&alice, vec![create(&key(7), "back again")])
        .await;

    let mut subscription = server.firehose.subscribe(Some(0)).await;
    let mut previous = None;
    for _ in 0..8 {
        let Some(Outgoing::Frame(frame)) = subscription.next().await else {
            panic!("expected a frame");
        };
        let (header, rest) = drisl::decode_prefix(&frame).unwrap();
        assert_eq!(header.get("t").and_then(Value::as_str), Some("#commit"));
        let payload = drisl::decode(rest).unwrap();
        previous = Some(check_commit(&payload, previous, &server.key.public_key()));
    }
}
