//! Our sync output checked by the reference implementation (`@atproto/repo`, tests/js/sync.mjs): record proof
//! CARs from `getRecord` verify with `verifyProofs`, and a TypeScript WebSocket consumer verifies each
//! `#commit` of our firehose (signature, rev, op shapes, MST inversion back to `prevData`).
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use atmos_tests::node;
use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Map, Value};
use pds::firehose::{Firehose, FirehoseConfig};
use pds::hosting::{AccountStatus, MemoryAccounts};
use pds::repo::{Block, Write};
use pds::repository::Repositories;
use pds::storage::Storage;
use pds::sync::{SyncService, router};

struct Server {
    dir: PathBuf,
    addr: SocketAddr,
    repos: Repositories,
    key: Keypair,
    did: Did,
}

impl Server {
    async fn start(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("atmos-sync-ref-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let storage = Storage::open(&dir.join("pds.sqlite")).unwrap();
        let repos = Repositories::new(storage.clone());
        let accounts = MemoryAccounts::new();
        let firehose = Firehose::start(storage, FirehoseConfig::default())
            .await
            .unwrap();
        let app: axum::Router = router(
            Arc::new(SyncService::new(repos.clone(), accounts.clone())),
            firehose,
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        let did: Did = "did:plc:syncreference00000000000".parse().unwrap();
        let key = Keypair::generate(Algorithm::K256).unwrap();
        repos.create(&did, &key).await.unwrap();
        accounts.set(&did, AccountStatus::Active);
        Self {
            dir,
            addr,
            repos,
            key,
            did,
        }
    }

    async fn write(&self, writes: Vec<Write>) {
        self.repos
            .apply_writes(&self.did, &self.key, writes)
            .await
            .unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn record(text: &str) -> Block {
    let mut map = Map::new();
    map.insert("$type", Value::String("app.bsky.feed.post".into()));
    map.insert("text", Value::String(text.into()));
    map.insert(
        "createdAt",
        Value::String("2026-11-21T10:00:00.000Z".into()),
    );
    let bytes = Value::Map(map).to_drisl().unwrap();
    (Cid::for_dag_cbor(&bytes), bytes)
}

fn key(i: usize) -> String {
    format!("app.bsky.feed.post/3k{i:011}")
}

/// Runs `node <flags> sync.mjs <args>` off the runtime and parses its last output line.
async fn node_sync(flags: &[&str], args: Vec<String>) -> serde_json::Value {
    let flags: Vec<String> = flags.iter().map(|f| (*f).to_owned()).collect();
    tokio::task::spawn_blocking(move || {
        let output = node::command()
            .args(&flags)
            .arg("sync.mjs")
            .args(&args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "node sync.mjs {} failed:\n{}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        serde_json::from_str(stdout.lines().last().unwrap_or_default()).unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_proofs_verify_in_the_reference() {
    if !node::available("record_proofs_verify_in_the_reference").unwrap() {
        return;
    }
    let server = Server::start("proof").await;
    for start in [0, 200] {
        server
            .write(
                (start..start + 200)
                    .map(|i| Write::Create {
                        key: key(i),
                        record: record(&format!("post {i}")),
                    })
                    .collect(),
            )
            .await;
    }
    let base = format!("http://{}", server.addr);
    let did_key = server.key.did_key();
    for (rkey, cid, text) in [
        (
            format!("3k{:011}", 17),
            record("post 17").0.to_string(),
            Some("post 17"),
        ),
        (
            format!("3k{:011}", 399),
            record("post 399").0.to_string(),
            Some("post 399"),
        ),
        (format!("3k{:011}", 17_000), "absent".to_owned(), None),
        ("3k0000000000a".to_owned(), "absent".to_owned(), None),
    ] {
        let result = node_sync(
            &[],
            vec![
                "proof".into(),
                base.clone(),
                server.did.to_string(),
                did_key.clone(),
                "app.bsky.feed.post".into(),
                rkey.clone(),
                cid,
            ],
        )
        .await;
        assert_eq!(result["verified"], 1, "{rkey}: {result}");
        assert_eq!(result["unverified"], 0, "{rkey}: {result}");
        assert_eq!(
            result["text"].as_str(),
            text,
            "{rkey}: the record block is in the proof"
        );
    }
    // A wrong claim does not verify.
    let result = node_sync(
        &[],
        vec![
            "proof".into(),
            base,
            server.did.to_string(),
            did_key,
            "app.bsky.feed.post".into(),
            format!("3k{:011}", 17),
            record("post 18").0.to_string(),
        ],
    )
    .await;
    assert_eq!(result["unverified"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn firehose_commits_verify_in_a_typescript_consumer() {
    if !node::available("firehose_commits_verify_in_a_typescript_consumer").unwrap() {
        return;
    }
    let server = Server::start("firehose").await;
    for start in [0, 200] {
        let writes = (start..start + 200)
            .map(|i| Write::Create {
                key: key(i),
                record: record(&format!("p{i}")),
            })
            .collect();
        server.write(writes).await;
    }
    server
        .write(vec![
            Write::Update {
                key: key(5),
                record: record("updated"),
            },
            Write::Delete { key: key(9) },
            Write::Create {
                key: key(5000),
                record: record("new"),
            },
        ])
        .await;
    server
        .write((20..80).map(|i| Write::Delete { key: key(i) }).collect())
        .await;
    // Keys of height 2 or more split subtrees when added and merge them when removed: inverting those needs
    // the neighbours' MST nodes the event carries.
    let high: Vec<String> = (0..)
        .map(|i| format!("app.bsky.feed.like/3m{i:011}"))
        .filter(|k| pds::repo::mst::key_height(k.as_bytes()) >= 2)
        .take(4)
        .collect();
    for k in &high[..2] {
        server
            .write(vec![Write::Create {
                key: k.clone(),
                record: record("split"),
            }])
            .await;
    }
    server
        .write(vec![
            Write::Create {
                key: high[2].clone(),
                record: record("split"),
            },
            Write::Create {
                key: high[3].clone(),
                record: record("split"),
            },
            Write::Delete {
                key: high[0].clone(),
            },
        ])
        .await;
    server
        .write(vec![Write::Delete {
            key: high[1].clone(),
        }])
        .await;
    // Genesis + 8 commits replayed from cursor 0.
    let url = format!(
        "ws://{}/xrpc/com.atproto.sync.subscribeRepos?cursor=0",
        server.addr
    );
    let result = node_sync(
        &["--experimental-websocket"],
        vec!["firehose".into(), url, server.key.did_key(), "9".into()],
    )
    .await;
    assert_eq!(result["commits"], 9, "{result}");
    assert_eq!(
        result["inverted"], 8,
        "every commit after genesis inverts to prevData: {result}"
    );
}
