//! Import tests that need the memory budget: every outcome (accepted, and each refusal) must be the same
//! whether the blocks fit in memory, partly fit, or do not fit at all (then SQL checks the records).

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Map, Tid, Value};

use super::{IMPORT_MEMORY, Imported, import_within};
use crate::repo::car::CarWriter;
use crate::repo::{Block, Commit, MemoryBlockStore, Mst};
use crate::repository::RepositoryError;
use crate::storage::sessions::{self, InviteCode};
use crate::storage::{Connection, RepoReader, Storage, repo_import};

/// No memory, a little (some nodes, no record index), and the default.
const BUDGETS: [usize; 3] = [0, 4 * 1024, IMPORT_MEMORY];

fn did() -> Did {
    "did:plc:importbudget00000000".parse().unwrap()
}

fn record(text: &str) -> Block {
    let mut map = Map::new();
    map.insert("$type", Value::String("app.bsky.feed.post".into()));
    map.insert("text", Value::String(text.into()));
    let bytes = Value::Map(map).to_drisl().unwrap();
    (Cid::for_dag_cbor(&bytes), bytes)
}

fn block(bytes: &[u8]) -> Block {
    (Cid::for_dag_cbor(bytes), bytes.to_vec())
}

/// A signed repository holding `records`, as blocks (the commit first) and its commit CID.
fn repository(records: &[(String, Cid)], key: &Keypair) -> (Cid, Vec<Block>) {
    let mut tree = Mst::new();
    let store = MemoryBlockStore::new();
    for (path, cid) in records {
        tree.insert(&store, path, *cid).unwrap();
    }
    let (data, nodes) = tree.finalize().unwrap();
    let commit = Commit::sign(did(), data, Tid::now(), None, key).unwrap();
    let (cid, bytes) = commit.encode().unwrap();
    let mut blocks = vec![(cid, bytes)];
    blocks.extend(nodes);
    (cid, blocks)
}

fn car_of(root: Cid, blocks: &[Block]) -> Vec<u8> {
    let mut writer = CarWriter::new(Vec::new(), root).unwrap();
    for (cid, bytes) in blocks {
        writer.write_block(cid, bytes).unwrap();
    }
    writer.finish().unwrap()
}

fn path(i: usize) -> String {
    format!("app.bsky.feed.post/3k{i:011}")
}

/// Imports `car` into a fresh store with `budget`; the outcome, the stored block count and the re-export.
fn import(
    car: &[u8],
    key: &Keypair,
    resign: Option<&Keypair>,
    budget: usize,
) -> (Result<Imported, RepositoryError>, i64, Vec<u8>, (i64, i64)) {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::open(&dir.path().join("pds.sqlite")).unwrap();
    let result = import_within(
        &storage,
        &did(),
        car,
        &key.public_key(),
        resign,
        budget,
        None,
    );
    let (count, export, references) = storage
        .read_blocking(|conn| {
            let Some(head) = RepoReader::head(conn, &did())? else {
                return Ok((0, Vec::new(), (0, 0)));
            };
            let references = repo_import::shared_record_counts(conn, head.id)?;
            let count = repo_import::block_count(conn, head.id)?;
            let mut export = Vec::new();
            RepoReader::blocks_since(conn, head.id, None, |cid, bytes| {
                export.extend(cid.to_bytes());
                export.extend(bytes);
                Ok(())
            })?;
            Ok((count, export, references))
        })
        .unwrap();
    (result, count, export, references)
}

#[test]
fn every_budget_imports_the_same_repository() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    // 300 keys over 100 distinct records, so records are shared.
    let records: Vec<Block> = (0..100).map(|i| record(&format!("post {i}"))).collect();
    let paths: Vec<(String, Cid)> = (0..300).map(|i| (path(i), records[i % 100].0)).collect();
    let (root, mut blocks) = repository(&paths, &key);
    let reachable = blocks.len() + records.len();
    blocks.extend(records);
    // Unreachable: a block that is no record, a valid record, a node-shaped block; and a duplicate.
    blocks.push(block(&[0x01]));
    blocks.push(record("nobody points at me"));
    blocks.push(block(&[0xa2, 0x61, 0x65, 0x80, 0x61, 0x6c, 0xf6]));
    blocks.push(blocks[3].clone());
    blocks.reverse();
    let car = car_of(root, &blocks);

    let mut exports = Vec::new();
    for budget in BUDGETS {
        for resign in [None, Some(Keypair::generate(Algorithm::K256).unwrap())] {
            let (result, count, export, references) = import(&car, &key, resign.as_ref(), budget);
            let imported = result.unwrap();
            assert_eq!(imported.records, 300, "budget {budget}");
            assert_eq!(imported.blocks, reachable as u64, "budget {budget}");
            assert_eq!(
                count, reachable as i64,
                "budget {budget}: the count is exact"
            );
            assert_eq!(
                references,
                (100, 300),
                "budget {budget}: 100 record blocks, 300 paths to them"
            );
            if resign.is_none() {
                exports.push(export);
            }
        }
    }
    assert!(exports.windows(2).all(|pair| pair[0] == pair[1]));
}

/// A repository whose record at `path(7)` is `bad` (or missing, if `bad` is `None`).
fn with_bad_record(bad: Option<Block>, key: &Keypair) -> Vec<u8> {
    let records: Vec<Block> = (0..50).map(|i| record(&format!("post {i}"))).collect();
    let bad_cid = bad
        .as_ref()
        .map_or_else(|| record("missing").0, |(cid, _)| *cid);
    let paths: Vec<(String, Cid)> = (0..50)
        .map(|i| (path(i), if i == 7 { bad_cid } else { records[i].0 }))
        .collect();
    let (root, mut blocks) = repository(&paths, key);
    blocks.extend(records);
    blocks.extend(bad);
    car_of(root, &blocks)
}

fn refused_by_every_budget(car: &[u8], key: &Keypair, reason: &str) {
    for budget in BUDGETS {
        let (result, count, _, references) = import(car, key, None, budget);
        match result {
            Err(RepositoryError::InvalidImport(message)) => {
                assert!(message.contains(reason), "budget {budget}: {message}")
            }
            other => panic!("budget {budget}: {other:?}"),
        }
        assert_eq!(count, 0, "budget {budget}: nothing is stored");
        assert_eq!(references, (0, 0), "budget {budget}: nothing is stored");
    }
}

#[test]
fn a_record_that_is_not_a_map_is_refused_by_every_budget() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    let car = with_bad_record(Some(block(&[0x01])), &key);
    refused_by_every_budget(
        &car,
        &key,
        &format!("record {}: the record is not a map", path(7)),
    );
}

#[test]
fn a_record_that_is_not_strict_dag_cbor_is_refused_by_every_budget() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    // A map whose keys are out of canonical order.
    let unsorted = [0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02];
    let car = with_bad_record(Some(block(&unsorted)), &key);
    refused_by_every_budget(&car, &key, "not valid DAG-CBOR");
}

#[test]
fn a_missing_record_is_refused_by_every_budget() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    let car = with_bad_record(None, &key);
    refused_by_every_budget(&car, &key, "is referenced but not in the CAR");
}

#[test]
fn a_tree_that_is_a_record_is_refused_by_every_budget() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    // The commit's tree is a record block, in the CAR but not an MST node.
    let (data, bytes) = record("not a node");
    let commit = Commit::sign(did(), data, Tid::now(), None, &key).unwrap();
    let (root, commit) = commit.encode().unwrap();
    let car = car_of(root, &[(root, commit), (data, bytes)]);
    refused_by_every_budget(&car, &key, "the block is not an MST node");
}

/// What runs after an import shares its savepoint: when it fails, the repository is not stored either, and
/// when it succeeds, both are.
#[test]
fn rows_written_after_an_import_land_with_it_or_not_at_all() {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    let post = record("adopted");
    let (root, mut blocks) = repository(&[(path(1), post.0)], &key);
    blocks.push(post);
    let car = car_of(root, &blocks);
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::open(&dir.path().join("pds.sqlite")).unwrap();
    let marker = |conn: &Connection| {
        let code = InviteCode {
            code: "code".into(),
            available: 1,
            disabled: false,
            for_account: "admin".into(),
            created_by: "admin".into(),
            created_at: String::new(),
            uses: Vec::new(),
        };
        sessions::insert_invite_code(conn, &code)
    };
    let stored = |storage: &Storage| {
        storage
            .read_blocking(|conn| {
                let repo = RepoReader::head(conn, &did())?.is_some();
                let rows = sessions::invite_code(conn, "code")?.is_some();
                Ok((repo, rows))
            })
            .unwrap()
    };

    let failing: super::AfterImport = Box::new(move |conn| {
        marker(conn)?;
        Err(crate::storage::StorageError::Corrupt("refused".into()))
    });
    let refused = super::import_then(&storage, &did(), &car[..], &key.public_key(), failing);
    assert!(
        matches!(refused, Err(RepositoryError::Storage(_))),
        "{refused:?}"
    );
    assert_eq!(stored(&storage), (false, false));

    let succeeding: super::AfterImport = Box::new(marker);
    let imported =
        super::import_then(&storage, &did(), &car[..], &key.public_key(), succeeding).unwrap();
    assert_eq!(imported.records, 1);
    assert_eq!(stored(&storage), (true, true));
}
