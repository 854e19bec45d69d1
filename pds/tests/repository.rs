//! The storage-backed repository: commits, CAR export and verified import (and its refusals, which must
//! leave the store untouched), incremental export, and concurrent writers.
#![allow(clippy::unwrap_used)]

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Value};
use pds::repo::car::{CarLimits, CarReader, CarWriter};
use pds::repo::{Block, Write};
use pds::repository::{Imported, RepositoryError};
use pds::storage::RepoReader;

#[path = "support/temp_db.rs"]
mod temp_db;

use temp_db::{TempDb, did, record};

impl TempDb {
    fn head(&self, did: &Did) -> Option<(Cid, u64)> {
        self.repos
            .storage()
            .read_blocking(|conn| {
                Ok(match RepoReader::head(conn, did)? {
                    Some(head) => Some((head.head, RepoReader::record_count(conn, head.id)?)),
                    None => None,
                })
            })
            .unwrap()
    }
}

fn create(i: usize) -> Write {
    Write::Create {
        key: format!("app.bsky.feed.post/3k{i:011}"),
        record: record(&format!("post {i}")),
    }
}

/// A repository with `n` records written in batches of 50.
fn populated(db: &TempDb, did: &Did, key: &Keypair, n: usize) {
    db.repos.create_blocking(did, key).unwrap();
    for start in (0..n).step_by(50) {
        let writes = (start..n.min(start + 50)).map(create).collect();
        db.repos.apply_writes_blocking(did, key, writes).unwrap();
    }
}

fn export(db: &TempDb, did: &Did) -> Vec<u8> {
    let mut car = Vec::new();
    db.repos.export_blocking(did, None, &mut car).unwrap();
    car
}

/// The root and blocks of `did`'s export since revision `rev`.
fn export_since(db: &TempDb, did: &Did, rev: &str) -> (Cid, Vec<Block>) {
    let mut car = Vec::new();
    db.repos
        .export_blocking(did, Some(rev.parse().unwrap()), &mut car)
        .unwrap();
    blocks(&car)
}

/// Exports `did`'s repository from `source` and imports it into `target` (same key, not re-signed).
fn copy_repo(source: &TempDb, target: &TempDb, did: &Did, key: &Keypair) -> (Vec<u8>, Imported) {
    let car = export(source, did);
    let imported = target
        .repos
        .import_blocking(did, &car[..], &key.public_key(), None)
        .unwrap();
    (car, imported)
}

/// A repository of `n` records for `did(which)` in a source store, copied into a target store.
struct Copied {
    source: TempDb,
    target: TempDb,
    alice: Did,
    key: Keypair,
    car: Vec<u8>,
    imported: Imported,
}

fn populated_copy(which: u32, n: usize) -> Copied {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, key) = (did(which), Keypair::generate(Algorithm::K256).unwrap());
    populated(&source, &alice, &key, n);
    let (car, imported) = copy_repo(&source, &target, &alice, &key);
    Copied {
        source,
        target,
        alice,
        key,
        car,
        imported,
    }
}

fn blocks(car: &[u8]) -> (Cid, Vec<Block>) {
    let reader = CarReader::new(car, CarLimits::default()).unwrap();
    let root = reader.roots()[0];
    (root, reader.collect::<Result<_, _>>().unwrap())
}

fn car_of(root: Cid, blocks: &[Block]) -> Vec<u8> {
    let mut writer = CarWriter::new(Vec::new(), root).unwrap();
    for (cid, bytes) in blocks {
        writer.write_block(cid, bytes).unwrap();
    }
    writer.finish().unwrap()
}

#[test]
fn export_then_import_round_trips() {
    let Copied {
        source,
        target,
        alice,
        car,
        imported,
        ..
    } = populated_copy(1, 1000);
    let (root, exported) = blocks(&car);
    assert_eq!(root, exported[0].0, "the commit comes first");
    assert_eq!(imported.records, 1000);
    assert_eq!(target.head(&alice), source.head(&alice));
    assert_eq!(export(&target, &alice), car, "re-export is byte-identical");
}

#[test]
fn import_with_resign_moves_the_revision_forward() {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, old_key, new_key) = (
        did(2),
        Keypair::generate(Algorithm::K256).unwrap(),
        Keypair::generate(Algorithm::K256).unwrap(),
    );
    populated(&source, &alice, &old_key, 120);
    target.repos.create_blocking(&alice, &new_key).unwrap();
    let imported = target
        .repos
        .import_blocking(
            &alice,
            &export(&source, &alice)[..],
            &old_key.public_key(),
            Some(&new_key),
        )
        .unwrap();
    assert!(imported.rev > imported.imported_rev);
    let car = export(&target, &alice);
    let (root, exported) = blocks(&car);
    let commit = pds::repo::Commit::decode(root, &exported[0].1).unwrap();
    commit.verify(&new_key.public_key()).unwrap();
    // The head moved on; further commits continue from it.
    target
        .repos
        .apply_writes_blocking(&alice, &new_key, vec![create(5000)])
        .unwrap();
    assert_eq!(target.head(&alice).unwrap().1, 121);
}

/// Every broken CAR is refused and the target store is left exactly as it was.
#[test]
fn corrupt_imports_are_rejected_and_change_nothing() {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, key, other) = (
        did(3),
        Keypair::generate(Algorithm::K256).unwrap(),
        Keypair::generate(Algorithm::K256).unwrap(),
    );
    populated(&source, &alice, &key, 200);
    let car = export(&source, &alice);
    let (root, good) = blocks(&car);
    target.repos.create_blocking(&alice, &key).unwrap();
    let before = target.head(&alice);

    let mut flipped = car.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x01;
    let mut missing = good.clone();
    missing.remove(good.len() / 2);
    let wrong_did = {
        let commit = pds::repo::Commit::decode(root, &good[0].1).unwrap();
        let forged = pds::repo::Commit::sign(did(99), commit.data, commit.rev, None, &key).unwrap();
        let (cid, bytes) = forged.encode().unwrap();
        let mut blocks = good.clone();
        blocks[0] = (cid, bytes);
        car_of(cid, &blocks)
    };
    let two_roots = {
        let mut bytes = Vec::new();
        let header = Value::Map(
            [
                (
                    "roots".to_owned(),
                    Value::Array(vec![Value::Link(root), Value::Link(root)]),
                ),
                ("version".to_owned(), Value::Integer(1)),
            ]
            .into_iter()
            .collect(),
        )
        .to_drisl()
        .unwrap();
        bytes.push(header.len() as u8);
        bytes.extend(header);
        bytes.extend(&car_of(root, &good)[car_of(root, &[]).len()..]);
        bytes
    };
    let cases: Vec<(&str, Vec<u8>, Keypair)> = vec![
        ("flipped byte", flipped, key.clone()),
        ("missing block", car_of(root, &missing), key.clone()),
        ("wrong signature", car.clone(), other.clone()),
        ("wrong DID", wrong_did, key.clone()),
        ("two roots", two_roots, key.clone()),
        ("truncated", car[..car.len() - 10].to_vec(), key.clone()),
        ("empty", Vec::new(), key.clone()),
    ];
    for (name, bytes, verify_with) in cases {
        let result =
            target
                .repos
                .import_blocking(&alice, &bytes[..], &verify_with.public_key(), None);
        assert!(result.is_err(), "{name}: accepted");
        assert_eq!(target.head(&alice), before, "{name}: the store changed");
    }
    let leftovers: Vec<_> = std::fs::read_dir(target.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".import-"))
        .collect();
    assert!(leftovers.is_empty(), "staging files are removed");
}

#[test]
fn mis_ordered_mst_is_rejected() {
    use pds::repo::Commit;
    let target = TempDb::new();
    let (alice, key) = (did(4), Keypair::generate(Algorithm::K256).unwrap());
    // A single leaf node whose two entries are out of order.
    let (a, b) = (record("a"), record("b"));
    let entry = |key: &str, cid: Cid| {
        Value::Map(
            [
                ("k".to_owned(), Value::Bytes(key.as_bytes().to_vec())),
                ("p".to_owned(), Value::Integer(0)),
                ("t".to_owned(), Value::Null),
                ("v".to_owned(), Value::Link(cid)),
            ]
            .into_iter()
            .collect(),
        )
    };
    // Two keys of height 0, written in descending order: only their order is wrong.
    let mut low: Vec<String> = (0..)
        .map(|i| format!("app.bsky.feed.post/k{i}"))
        .filter(|k| pds::repo::mst::key_height(k.as_bytes()) == 0)
        .take(2)
        .collect();
    low.sort();
    let (k1, k2) = (low[1].as_str(), low[0].as_str());
    let node = Value::Map(
        [
            (
                "e".to_owned(),
                Value::Array(vec![entry(k1, a.0), entry(k2, b.0)]),
            ),
            ("l".to_owned(), Value::Null),
        ]
        .into_iter()
        .collect(),
    )
    .to_drisl()
    .unwrap();
    let node_cid = Cid::for_dag_cbor(&node);
    let commit = Commit::sign(
        alice.clone(),
        node_cid,
        lexgen::model::Tid::now(),
        None,
        &key,
    )
    .unwrap();
    let (commit_cid, commit_bytes) = commit.encode().unwrap();
    let car = car_of(
        commit_cid,
        &[(commit_cid, commit_bytes), (node_cid, node), a, b],
    );
    let error = target
        .repos
        .import_blocking(&alice, &car[..], &key.public_key(), None)
        .unwrap_err();
    assert!(
        matches!(error, RepositoryError::InvalidImport(ref m) if m.contains("out of order")),
        "{error}"
    );
    assert_eq!(target.head(&alice), None);
}

#[test]
fn export_since_a_revision_holds_only_newer_blocks() {
    let db = TempDb::new();
    let (alice, key) = (did(5), Keypair::generate(Algorithm::K256).unwrap());
    populated(&db, &alice, &key, 100);
    let before = db
        .repos
        .apply_writes_blocking(&alice, &key, vec![create(1000)])
        .unwrap();
    let after = db
        .repos
        .apply_writes_blocking(&alice, &key, vec![create(1001)])
        .unwrap();
    let mut car = Vec::new();
    db.repos
        .export_blocking(&alice, Some(before.rev), &mut car)
        .unwrap();
    let (root, diff) = blocks(&car);
    assert_eq!(root, after.commit);
    let cids: std::collections::BTreeSet<Cid> = diff.iter().map(|(c, _)| *c).collect();
    assert!(cids.contains(&record("post 1001").0) && !cids.contains(&record("post 1000").0));
    assert!(
        diff.len() < 20,
        "only the last commit's blocks: {}",
        diff.len()
    );
}

/// An import's blocks are newer than every earlier revision and older than every later commit.
#[test]
fn export_since_a_revision_covers_imported_blocks() {
    let Copied {
        target,
        alice,
        key,
        imported,
        ..
    } = populated_copy(7, 100);
    let after = target
        .repos
        .apply_writes_blocking(&alice, &key, vec![create(1000)])
        .unwrap();
    let since = |rev: &str| {
        let (root, diff) = export_since(&target, &alice, rev);
        assert_eq!(root, after.commit);
        diff.into_iter()
            .map(|(cid, _)| cid)
            .collect::<std::collections::BTreeSet<Cid>>()
    };
    let newer = since(&imported.rev.to_string());
    assert!(newer.contains(&record("post 1000").0) && !newer.contains(&record("post 1").0));
    assert!(
        newer.len() < 20,
        "only the last commit's blocks: {}",
        newer.len()
    );
    let all = since("2222222222222");
    let stored: i64 = target
        .repos
        .storage()
        .read_blocking(|conn| {
            Ok(conn.query_row("SELECT count(*) FROM block", [], |row| row.get(0))?)
        })
        .unwrap();
    assert_eq!(all.len() as i64, stored);
    assert!(all.contains(&record("post 1").0) && newer.is_subset(&all));
}

/// Several paths may hold the same record (one block): it stays until the last of them is updated or
/// deleted, whether the paths were written here or imported.
#[test]
fn a_shared_record_block_goes_with_its_last_path() {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, key) = (did(8), Keypair::generate(Algorithm::K256).unwrap());
    source.repos.create_blocking(&alice, &key).unwrap();
    let shared = record("the same words");
    let path = |i: usize| format!("app.bsky.feed.post/3k{i:011}");
    let writes = (0..3)
        .map(|i| Write::Create {
            key: path(i),
            record: shared.clone(),
        })
        .collect();
    source
        .repos
        .apply_writes_blocking(&alice, &key, writes)
        .unwrap();
    copy_repo(&source, &target, &alice, &key);
    for db in [&source, &target] {
        let has_block = || {
            db.repos
                .storage()
                .read_blocking(|conn| {
                    let repo = RepoReader::head(conn, &alice)?.unwrap().id;
                    Ok(RepoReader::block(conn, repo, &shared.0)?.is_some())
                })
                .unwrap()
        };
        // A fourth path takes the same record, then each goes in turn: updated, deleted, deleted.
        let write = |write: Write| {
            db.repos
                .apply_writes_blocking(&alice, &key, vec![write])
                .unwrap();
        };
        write(Write::Create {
            key: path(3),
            record: shared.clone(),
        });
        write(Write::Update {
            key: path(0),
            record: record("other words"),
        });
        write(Write::Delete { key: path(1) });
        write(Write::Delete { key: path(2) });
        assert!(has_block(), "one path still holds it");
        // Updating a path to the record it already holds changes nothing.
        write(Write::Update {
            key: path(3),
            record: shared.clone(),
        });
        assert!(has_block(), "one path still holds it");
        write(Write::Delete { key: path(3) });
        assert!(!has_block(), "no path holds it any more");
    }
}

#[test]
fn updates_and_deletes_drop_unreachable_blocks() {
    let db = TempDb::new();
    let (alice, key) = (did(6), Keypair::generate(Algorithm::K256).unwrap());
    populated(&db, &alice, &key, 300);
    for i in 0..300 {
        let key_path = format!("app.bsky.feed.post/3k{i:011}");
        let write = if i % 2 == 0 {
            Write::Delete { key: key_path }
        } else {
            Write::Update {
                key: key_path,
                record: record(&format!("edited {i}")),
            }
        };
        db.repos
            .apply_writes_blocking(&alice, &key, vec![write])
            .unwrap();
    }
    // Every stored block is reachable from the head: the export holds them all.
    let exported = blocks(&export(&db, &alice)).1.len() as i64;
    let stored: i64 = db
        .repos
        .storage()
        .read_blocking(|conn| Ok(conn.query_row("SELECT count(*) FROM block", [], |r| r.get(0))?))
        .unwrap();
    assert_eq!(stored, exported);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_writers_are_serialised_per_repository() {
    let db = TempDb::new();
    let repos = db.repos.clone();
    let key = Keypair::generate(Algorithm::K256).unwrap();
    for n in 0..4 {
        repos.create(&did(100 + n), &key).await.unwrap();
    }
    let mut tasks = Vec::new();
    for task in 0..16u32 {
        let (repos, key) = (repos.clone(), key.clone());
        tasks.push(tokio::spawn(async move {
            let did = did(100 + task % 4);
            for i in 0..10 {
                let n = (task * 100 + i) as usize;
                repos
                    .apply_writes(&did, &key, vec![create(n)])
                    .await
                    .unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    for n in 0..4 {
        assert_eq!(db.head(&did(100 + n)).unwrap().1, 40);
    }
}

#[test]
fn each_commit_appends_its_event_in_the_same_transaction() {
    let db = TempDb::new();
    let (alice, key) = (did(7), Keypair::generate(Algorithm::K256).unwrap());
    let genesis = db.repos.create_blocking(&alice, &key).unwrap();
    let second = db
        .repos
        .apply_writes_blocking(&alice, &key, vec![create(1)])
        .unwrap();
    assert_eq!((genesis.seq, second.seq), (Some(1), Some(2)));
    // A failing write (a duplicate create) stores nothing, not even an event.
    assert!(
        db.repos
            .apply_writes_blocking(&alice, &key, vec![create(1)])
            .is_err()
    );
    let events = db
        .repos
        .storage()
        .read_blocking(|conn| pds::storage::events_after(conn, 0, 10))
        .unwrap();
    assert_eq!(events.len(), 2);
    let message = Value::from_drisl(&events[1].payload).unwrap();
    assert_eq!(
        message.get("repo").and_then(Value::as_str),
        Some(alice.as_str())
    );
    assert_eq!(
        message.get("commit").and_then(Value::as_link),
        Some(second.commit)
    );
    assert_eq!(
        message.get("since").and_then(Value::as_str),
        Some(genesis.rev.to_string().as_str())
    );
    assert_eq!(
        message.get("prevData").and_then(Value::as_link),
        Some(genesis.data)
    );
    let ops = message.get("ops").and_then(Value::as_array).unwrap();
    assert_eq!(ops[0].get("action").and_then(Value::as_str), Some("create"));
    assert!(ops[0].get("prev").is_none(), "a create has no prev");
    let blocks = message.get("blocks").and_then(Value::as_bytes).unwrap();
    let reader = CarReader::new(blocks, CarLimits::default()).unwrap();
    assert_eq!(reader.roots(), &[second.commit]);
    // The genesis event has no prevData and a null since.
    let first = Value::from_drisl(&events[0].payload).unwrap();
    assert!(first.get("prevData").is_none() && first.get("since").is_some_and(Value::is_null));
}

#[test]
fn a_commit_carries_at_most_200_writes() {
    let db = TempDb::new();
    let (alice, key) = (did(8), Keypair::generate(Algorithm::K256).unwrap());
    db.repos.create_blocking(&alice, &key).unwrap();
    let error = db
        .repos
        .apply_writes_blocking(&alice, &key, (0..201).map(create).collect())
        .unwrap_err();
    assert!(
        matches!(
            error,
            RepositoryError::Write(pds::repo::WriteError::TooManyWrites(201))
        ),
        "{error}"
    );
    db.repos
        .apply_writes_blocking(&alice, &key, (0..200).map(create).collect())
        .unwrap();
}

/// Blocks in any order, records shared by several keys, and blocks nothing reaches: the import stores exactly
/// the repository (its re-export is the original CAR) with every block's revision set.
#[test]
fn shuffled_cars_with_extra_blocks_import_exactly_the_repository() {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, key) = (did(6), Keypair::generate(Algorithm::K256).unwrap());
    source.repos.create_blocking(&alice, &key).unwrap();
    // Three distinct records under 60 keys.
    let writes = (0..60)
        .map(|i| Write::Create {
            key: format!("app.bsky.feed.post/3k{i:011}"),
            record: record(&format!("shared {}", i % 3)),
        })
        .collect();
    source
        .repos
        .apply_writes_blocking(&alice, &key, writes)
        .unwrap();
    let car = export(&source, &alice);
    let (root, good) = blocks(&car);

    // The commit last, so blocks arrive before their revision is known; plus an unreachable record and an
    // unreachable node-shaped block.
    let mut shuffled: Vec<Block> = good.iter().rev().cloned().collect();
    shuffled.insert(3, record("nobody points at me"));
    let stray_node = Value::Map(
        [
            ("e".to_owned(), Value::Array(Vec::new())),
            ("l".to_owned(), Value::Null),
        ]
        .into_iter()
        .collect(),
    )
    .to_drisl()
    .unwrap();
    shuffled.push((Cid::for_dag_cbor(&stray_node), stray_node));

    let imported = target
        .repos
        .import_blocking(
            &alice,
            &car_of(root, &shuffled)[..],
            &key.public_key(),
            None,
        )
        .unwrap();
    assert_eq!(imported.records, 60);
    assert_eq!(imported.blocks, good.len() as u64);
    assert_eq!(target.head(&alice), source.head(&alice));
    assert_eq!(
        export(&target, &alice),
        car,
        "only the repository's blocks are kept"
    );
    // Every imported block is newer than any earlier revision, and none is newer than the imported one (an
    // export always starts with the head commit).
    let since = |rev: &str| export_since(&target, &alice, rev).1.len();
    assert_eq!(since("2222222222222"), good.len());
    assert_eq!(since(&imported.rev.to_string()), 1);

    // Importing the same revision again is refused, and changes nothing.
    let error = target
        .repos
        .import_blocking(&alice, &car[..], &key.public_key(), None)
        .unwrap_err();
    assert!(
        matches!(error, RepositoryError::InvalidImport(_)),
        "{error}"
    );
    assert_eq!(export(&target, &alice), car);
}

/// Back-to-back commits leave the background checkpoint no moment to catch up, so the write-ahead log
/// would grow for as long as they come: the writer restarts it once it is large, and a restarted log is
/// cut back to size.
#[test]
fn the_write_ahead_log_stays_bounded_under_back_to_back_commits() {
    let db = TempDb::new();
    let storage = db.storage();
    storage
        .write_blocking(|conn| Ok(conn.execute_batch("CREATE TABLE filler (bytes BLOB)")?))
        .unwrap();
    let wal = db.dir.path().join("pds.sqlite-wal");
    let mut largest = 0;
    // 1 MiB per commit, 300 MiB in all.
    for _ in 0..300 {
        storage
            .write_blocking(|conn| {
                conn.execute("DELETE FROM filler", [])?;
                conn.execute("INSERT INTO filler VALUES (randomblob(1048576))", [])?;
                Ok(())
            })
            .unwrap();
        largest = largest.max(std::fs::metadata(&wal).map_or(0, |m| m.len()));
    }
    let mib = largest / (1024 * 1024);
    assert!(mib < 128, "the log reached {mib} MiB");
}
