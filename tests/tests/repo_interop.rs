//! Our repositories against the reference implementation (`@atproto/repo`): a CAR we export verifies there
//! (signature, MST, every record), and a CAR it produces imports into ours with the same root CID.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use atmos_tests::node;
use lexgen::crypto::{Algorithm, Keypair, PublicKey};
use lexgen::model::{Cid, Did, Map, Value};
use pds::repo::Write;
use pds::repository::Repositories;
use pds::storage::Storage;

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("atmos-repo-interop-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn record(i: usize, text: &str) -> (Cid, Vec<u8>) {
    let mut map = Map::new();
    map.insert("$type", Value::String("app.bsky.feed.post".into()));
    map.insert("text", Value::String(format!("{text} {i}")));
    map.insert(
        "createdAt",
        Value::String("2026-11-21T10:00:00.000Z".into()),
    );
    let bytes = Value::Map(map).to_drisl().unwrap();
    (Cid::for_dag_cbor(&bytes), bytes)
}

#[test]
fn our_car_verifies_in_the_reference_implementation() {
    if !node::available("our_car_verifies_in_the_reference_implementation").unwrap() {
        return;
    }
    let dir = scratch("export");
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite")).unwrap());
    let did: Did = "did:plc:ourrepo000000000000000".parse().unwrap();
    let key = Keypair::generate(Algorithm::K256).unwrap();
    repos.create_blocking(&did, &key).unwrap();
    let path = |i: usize| {
        format!(
            "{}/3k{i:011}",
            [
                "app.bsky.feed.post",
                "app.bsky.feed.like",
                "cv.atmos.portfolio.entry"
            ][i % 3]
        )
    };
    for start in (0..3000).step_by(200) {
        let writes = (start..start + 200)
            .map(|i| Write::Create {
                key: path(i),
                record: record(i, "post"),
            })
            .collect();
        repos.apply_writes_blocking(&did, &key, writes).unwrap();
    }
    // Some history: updates and deletes.
    let edit = |i: usize| match i % 2 {
        0 => Write::Delete { key: path(i * 7) },
        _ => Write::Update {
            key: path(i * 7),
            record: record(i, "edited"),
        },
    };
    repos
        .apply_writes_blocking(&did, &key, (0..200).map(edit).collect())
        .unwrap();
    let last = repos
        .apply_writes_blocking(&did, &key, (200..400).map(edit).collect())
        .unwrap();

    let car_file = dir.join("repo.car");
    let mut car = Vec::new();
    repos.export_blocking(&did, None, &mut car).unwrap();
    std::fs::write(&car_file, &car).unwrap();
    let verified = node::run_script(
        "repo.mjs",
        &[
            "verify",
            car_file.to_str().unwrap(),
            did.as_str(),
            &key.did_key(),
        ],
    )
    .unwrap();
    assert_eq!(verified["commit"], last.commit.to_string());
    assert_eq!(verified["data"], last.data.to_string());
    assert_eq!(verified["records"], 2800);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn reference_car_imports_with_the_same_root() {
    if !node::available("reference_car_imports_with_the_same_root").unwrap() {
        return;
    }
    let dir = scratch("import");
    let car_file = dir.join("reference.car");
    let generated = node::run_script(
        "repo.mjs",
        &["generate", "2500", car_file.to_str().unwrap()],
    )
    .unwrap();
    let did: Did = generated["did"].as_str().unwrap().parse().unwrap();
    let key = PublicKey::from_did_key(generated["didKey"].as_str().unwrap()).unwrap();
    let repos = Repositories::new(Storage::open(&dir.join("pds.sqlite")).unwrap());
    let car = std::fs::read(&car_file).unwrap();
    let imported = repos.import_blocking(&did, &car[..], &key, None).unwrap();
    assert_eq!(
        imported.commit.to_string(),
        generated["commit"].as_str().unwrap()
    );
    assert_eq!(
        imported.data.to_string(),
        generated["data"].as_str().unwrap()
    );
    assert_eq!(imported.records, 2500);

    // And it keeps working as a repository of ours: the reference key signs the next commit.
    let private = Keypair::from_private_hex(
        Algorithm::K256,
        generated["privateKeyHex"].as_str().unwrap(),
    )
    .unwrap();
    let next = repos
        .apply_writes_blocking(
            &did,
            &private,
            vec![Write::Create {
                key: "app.bsky.feed.post/3zzzzzzzzzzzz".into(),
                record: record(1, "ours"),
            }],
        )
        .unwrap();
    assert_eq!(
        next.since.map(|rev| rev.to_string()).as_deref(),
        generated["rev"].as_str()
    );
    let _ = std::fs::remove_dir_all(dir);
}
