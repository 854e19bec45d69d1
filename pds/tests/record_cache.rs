//! The decoded-record cache stays exact through every write path: commits (update, delete, create after
//! delete), import over an existing repository, account deletion (with the row id reused), failed imports,
//! and concurrent readers during acknowledged commits. Each test reads through the cache first, so a missed
//! invalidation would serve the old record.
#![allow(clippy::unwrap_used)]

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::Did;
use pds::repo::Write;
use pds::storage::RepoReader;

const COLLECTION: &str = "app.bsky.feed.post";
const RKEY: &str = "3kaaaaaaaaa22";

#[path = "support/temp_db.rs"]
mod temp_db;

use temp_db::{TempDb, did, record};

impl TempDb {
    fn repo_id(&self, did: &Did) -> Option<i64> {
        self.storage()
            .read_blocking(|conn| RepoReader::head(conn, did))
            .unwrap()
            .map(|head| head.id)
    }

    /// The text of the record at the test path, read through the cache.
    fn text(&self, repo: i64) -> Option<String> {
        self.text_at(repo, RKEY)
    }

    fn text_at(&self, repo: i64, rkey: &str) -> Option<String> {
        let (_, value) = self
            .storage()
            .record_blocking(repo, COLLECTION, rkey)
            .unwrap()?;
        Some(value.get("text").unwrap().as_str().unwrap().to_owned())
    }

    /// Whether the test path is answered from memory alone.
    fn is_cached(&self, repo: i64) -> bool {
        self.storage()
            .records()
            .cached(repo, COLLECTION, RKEY)
            .is_some()
    }
}

fn path() -> String {
    format!("{COLLECTION}/{RKEY}")
}

fn create(text: &str) -> Write {
    Write::Create {
        key: path(),
        record: record(text),
    }
}

fn update(text: &str) -> Write {
    Write::Update {
        key: path(),
        record: record(text),
    }
}

#[test]
fn commits_replace_and_delete_cached_records() {
    let db = TempDb::new();
    let (alice, key) = (did(1), Keypair::generate(Algorithm::K256).unwrap());
    db.repos.create_blocking(&alice, &key).unwrap();
    db.repos
        .apply_writes_blocking(&alice, &key, vec![create("one")])
        .unwrap();
    let repo = db.repo_id(&alice).unwrap();

    assert_eq!(db.text(repo).as_deref(), Some("one"));
    assert!(db.is_cached(repo), "the first read fills the cache");
    assert_eq!(db.text(repo).as_deref(), Some("one"));

    db.repos
        .apply_writes_blocking(&alice, &key, vec![update("two")])
        .unwrap();
    assert!(!db.is_cached(repo), "the commit dropped the path");
    assert_eq!(db.text(repo).as_deref(), Some("two"));

    db.repos
        .apply_writes_blocking(&alice, &key, vec![Write::Delete { key: path() }])
        .unwrap();
    assert_eq!(db.text(repo), None);

    // Back to the first content: its value may still be cached by CID, the path must be current.
    db.repos
        .apply_writes_blocking(&alice, &key, vec![create("one")])
        .unwrap();
    assert_eq!(db.text(repo).as_deref(), Some("one"));
}

#[test]
fn a_commit_to_another_repository_keeps_this_one_cached() {
    let db = TempDb::new();
    let key = Keypair::generate(Algorithm::K256).unwrap();
    let (alice, bob) = (did(2), did(3));
    for who in [&alice, &bob] {
        db.repos.create_blocking(who, &key).unwrap();
        db.repos
            .apply_writes_blocking(who, &key, vec![create("hello")])
            .unwrap();
    }
    let (a, b) = (db.repo_id(&alice).unwrap(), db.repo_id(&bob).unwrap());
    assert_eq!(db.text(a).as_deref(), Some("hello"));
    assert_eq!(db.text(b).as_deref(), Some("hello"));
    db.repos
        .apply_writes_blocking(&bob, &key, vec![update("bye")])
        .unwrap();
    assert!(db.is_cached(a));
    assert!(!db.is_cached(b));
    assert_eq!(db.text(a).as_deref(), Some("hello"));
    assert_eq!(db.text(b).as_deref(), Some("bye"));
}

#[test]
fn an_import_replaces_cached_records_and_a_failed_one_changes_nothing() {
    let (source, target) = (TempDb::new(), TempDb::new());
    let (alice, key) = (did(4), Keypair::generate(Algorithm::K256).unwrap());
    // The target has an older version of the repository, read into its cache.
    for db in [&source, &target] {
        db.repos.create_blocking(&alice, &key).unwrap();
        db.repos
            .apply_writes_blocking(&alice, &key, vec![create("old")])
            .unwrap();
    }
    source
        .repos
        .apply_writes_blocking(&alice, &key, vec![update("new")])
        .unwrap();
    let repo = target.repo_id(&alice).unwrap();
    assert_eq!(target.text(repo).as_deref(), Some("old"));

    let mut car = Vec::new();
    source
        .repos
        .export_blocking(&alice, None, &mut car)
        .unwrap();

    // Refused (wrong key): the cached record is still right.
    let stranger = Keypair::generate(Algorithm::K256).unwrap();
    assert!(
        target
            .repos
            .import_blocking(&alice, &car[..], &stranger.public_key(), None)
            .is_err()
    );
    assert_eq!(target.text(repo).as_deref(), Some("old"));

    target
        .repos
        .import_blocking(&alice, &car[..], &key.public_key(), None)
        .unwrap();
    assert_eq!(target.repo_id(&alice), Some(repo));
    assert_eq!(target.text(repo).as_deref(), Some("new"));
}

#[test]
fn deleting_an_account_forgets_its_records_even_if_the_row_id_is_reused() {
    let db = TempDb::new();
    let (alice, key) = (did(5), Keypair::generate(Algorithm::K256).unwrap());
    db.repos.create_blocking(&alice, &key).unwrap();
    db.repos
        .apply_writes_blocking(&alice, &key, vec![create("before")])
        .unwrap();
    let repo = db.repo_id(&alice).unwrap();
    assert_eq!(db.text(repo).as_deref(), Some("before"));

    let did_string = alice.to_string();
    db.storage()
        .write_blocking(move |conn| pds::storage::accounts::delete_account(conn, &did_string))
        .unwrap();
    assert_eq!(db.text(repo), None, "the repository is gone");

    // The highest row id was deleted, so SQLite hands it out again.
    db.repos.create_blocking(&alice, &key).unwrap();
    db.repos
        .apply_writes_blocking(&alice, &key, vec![create("after")])
        .unwrap();
    assert_eq!(db.repo_id(&alice), Some(repo));
    assert_eq!(db.text(repo).as_deref(), Some("after"));
}

/// Readers hammer the path while commits update it: once a commit is acknowledged, no read that starts
/// afterwards may return an older version.
#[test]
fn no_read_after_an_acknowledged_commit_sees_an_older_record() {
    let db = TempDb::new();
    let (alice, key) = (did(6), Keypair::generate(Algorithm::K256).unwrap());
    db.repos.create_blocking(&alice, &key).unwrap();
    db.repos
        .apply_writes_blocking(&alice, &key, vec![create("0")])
        .unwrap();
    let repo = db.repo_id(&alice).unwrap();
    let acknowledged = AtomicU64::new(0);
    let done = AtomicBool::new(false);
    let reads = AtomicU64::new(0);
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                while !done.load(Ordering::SeqCst) {
                    let floor = acknowledged.load(Ordering::SeqCst);
                    let seen: u64 = db.text(repo).unwrap().parse().unwrap();
                    assert!(
                        seen >= floor,
                        "read version {seen} after {floor} was acknowledged"
                    );
                    reads.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        for version in 1..=60u64 {
            db.repos
                .apply_writes_blocking(&alice, &key, vec![update(&version.to_string())])
                .unwrap();
            acknowledged.store(version, Ordering::SeqCst);
            assert_eq!(db.text(repo), Some(version.to_string()));
        }
        done.store(true, Ordering::SeqCst);
    });
    assert!(reads.load(Ordering::Relaxed) > 60);
}

#[test]
fn a_repository_larger_than_the_cache_reads_correctly() {
    let db = TempDb::with_record_cache(32 * 1024);
    let repos = &db.repos;
    let (alice, key) = (did(7), Keypair::generate(Algorithm::K256).unwrap());
    repos.create_blocking(&alice, &key).unwrap();
    for start in (0..300).step_by(100) {
        let writes = (start..start + 100)
            .map(|i| Write::Create {
                key: format!("{COLLECTION}/3kbbbbbb{i:05}"),
                record: record(&format!("post {i}")),
            })
            .collect();
        repos.apply_writes_blocking(&alice, &key, writes).unwrap();
    }
    let repo = repos
        .storage()
        .read_blocking(|conn| RepoReader::head(conn, &alice))
        .unwrap()
        .unwrap()
        .id;
    for round in 0..2 {
        for i in (0..300).rev() {
            let (_, value) = repos
                .storage()
                .record_blocking(repo, COLLECTION, &format!("3kbbbbbb{i:05}"))
                .unwrap()
                .unwrap();
            assert_eq!(
                value.get("text").unwrap().as_str(),
                Some(format!("post {i}").as_str()),
                "round {round}"
            );
        }
    }
    assert!(repos.storage().records().bytes() <= 32 * 1024);
}
