//! `adopt` over a reference data directory written here, in the reference's layout and schema (the
//! columns `storage::reference` reads): a good account is adopted with everything it has, one whose
//! repository lacks a record's block is refused by the import and leaves no row behind, a dry run writes
//! nothing, and a rerun skips what was adopted.

use std::path::Path;

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Map, Tid, Value};
use rusqlite::{Connection, params};
use sha2::{Digest, Sha256};

use super::{Source, adopt};
use crate::repo::{Commit, MemoryBlockStore, Mst};
use crate::storage::{RepoReader, accounts, preferences, sessions};

const SERVICE_SCHEMA: &str = "
    CREATE TABLE actor (did TEXT PRIMARY KEY, handle TEXT, createdAt TEXT NOT NULL, takedownRef TEXT,
        deactivatedAt TEXT, deleteAfter TEXT);
    CREATE TABLE account (did TEXT PRIMARY KEY, email TEXT NOT NULL, passwordScrypt TEXT NOT NULL,
        emailConfirmedAt TEXT, invitesDisabled INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE app_password (did TEXT NOT NULL, name TEXT NOT NULL, passwordScrypt TEXT NOT NULL,
        createdAt TEXT NOT NULL, privileged INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (did, name));
    CREATE TABLE refresh_token (id TEXT PRIMARY KEY, did TEXT NOT NULL, expiresAt TEXT NOT NULL,
        appPasswordName TEXT, nextId TEXT);
    CREATE TABLE invite_code (code TEXT PRIMARY KEY, availableUses INTEGER NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0, forAccount TEXT NOT NULL, createdBy TEXT NOT NULL,
        createdAt TEXT NOT NULL);
    CREATE TABLE invite_code_use (code TEXT NOT NULL, usedBy TEXT NOT NULL, usedAt TEXT NOT NULL,
        PRIMARY KEY (code, usedBy));";

const ACTOR_SCHEMA: &str = "
    CREATE TABLE repo_root (did TEXT PRIMARY KEY, cid TEXT NOT NULL, rev TEXT NOT NULL,
        indexedAt TEXT NOT NULL);
    CREATE TABLE repo_block (cid TEXT PRIMARY KEY, repoRev TEXT NOT NULL, size INTEGER NOT NULL,
        content BLOB NOT NULL);
    CREATE TABLE record (uri TEXT PRIMARY KEY, cid TEXT NOT NULL, collection TEXT NOT NULL,
        rkey TEXT NOT NULL, repoRev TEXT NOT NULL, indexedAt TEXT NOT NULL, takedownRef TEXT);
    CREATE TABLE blob (cid TEXT PRIMARY KEY, mimeType TEXT NOT NULL, size INTEGER NOT NULL, tempKey TEXT,
        createdAt TEXT NOT NULL, takedownRef TEXT);
    CREATE TABLE record_blob (blobCid TEXT NOT NULL, recordUri TEXT NOT NULL,
        PRIMARY KEY (blobCid, recordUri));
    CREATE TABLE account_pref (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL,
        valueJson TEXT NOT NULL);";

/// node: `crypto.scrypt("hunter22", "2b7e151628aed2a6abf7158809cf4f3c", 64)`, as the reference stores it.
const SCRYPT_HUNTER22: &str = "2b7e151628aed2a6abf7158809cf4f3c:97edea3c9d78271ed56952382449170f47dd6db620009de25bda8017\
                               502dd9960e1e38c73976c8d1af1b273c205673c968617ab4a1908c793ce30c130fb121c2";

/// Writes one account: its service rows, an actor store with a one-post repository referencing a blob (the
/// post's block missing with `omit_record`), the blob file, a preference, and the key file.
fn write_account(data: &Path, service: &Connection, did: &str, handle: &str, omit_record: bool) {
    let key = Keypair::generate(Algorithm::K256).unwrap();
    service
        .execute(
            "INSERT INTO actor (did, handle, createdAt) VALUES (?1, ?2, '2026-01-01T00:00:00.000Z')",
            params![did, handle],
        )
        .unwrap();
    service
        .execute(
            "INSERT INTO account (did, email, passwordScrypt, emailConfirmedAt)
             VALUES (?1, ?2, ?3, '2026-01-02T00:00:00.000Z')",
            params![did, format!("{handle}@example.com"), SCRYPT_HUNTER22],
        )
        .unwrap();
    service
        .execute(
            "INSERT INTO app_password (did, name, passwordScrypt, createdAt, privileged)
             VALUES (?1, 'phone', ?2, '2026-01-03T00:00:00.000Z', 1)",
            params![did, SCRYPT_HUNTER22],
        )
        .unwrap();
    service
        .execute(
            "INSERT INTO refresh_token (id, did, expiresAt) VALUES (?1, ?2, '2999-01-01T00:00:00.000Z'),
             (?3, ?2, '2000-01-01T00:00:00.000Z')",
            params![format!("live-{handle}"), did, format!("expired-{handle}")],
        )
        .unwrap();

    let image = format!("an image of {handle}").into_bytes();
    let blob = Cid::for_raw(&image);
    let mut post = Map::new();
    post.insert("$type", Value::String("app.bsky.feed.post".into()));
    post.insert("text", Value::String("hello".into()));
    post.insert(
        "embed",
        Value::from_json(&serde_json::json!({
            "$type": "app.bsky.embed.images",
            "images": [{"alt": "", "image": {"$type": "blob", "ref": {"$link": blob.to_string()},
                "mimeType": "image/png", "size": image.len()}}]
        }))
        .unwrap(),
    );
    let post = Value::Map(post).to_drisl().unwrap();
    let post_cid = Cid::for_dag_cbor(&post);
    let mut tree = Mst::new();
    let path = "app.bsky.feed.post/3kaaaaaaaaaaa";
    tree.insert(&MemoryBlockStore::new(), path, post_cid)
        .unwrap();
    let (data_cid, nodes) = tree.finalize().unwrap();
    let did_parsed: Did = did.parse().unwrap();
    let commit = Commit::sign(did_parsed, data_cid, Tid::now(), None, &key).unwrap();
    let (commit_cid, commit_bytes) = commit.encode().unwrap();

    let hash = crate::auth::hex(&Sha256::digest(did.as_bytes()));
    let dir = data.join("actors").join(&hash[..2]).join(did);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("key"), key.to_private_bytes().as_slice()).unwrap();
    let store = Connection::open(dir.join("store.sqlite")).unwrap();
    store.execute_batch(ACTOR_SCHEMA).unwrap();
    store
        .execute(
            "INSERT INTO repo_root (did, cid, rev, indexedAt) VALUES (?1, ?2, ?3, '')",
            params![did, commit_cid.to_string(), commit.rev.to_string()],
        )
        .unwrap();
    let mut blocks = vec![(commit_cid, commit_bytes)];
    if !omit_record {
        blocks.push((post_cid, post.clone()));
    }
    blocks.extend(nodes);
    for (cid, bytes) in blocks {
        store
            .execute(
                "INSERT INTO repo_block (cid, repoRev, size, content) VALUES (?1, '', ?2, ?3)",
                params![cid.to_string(), bytes.len() as i64, bytes],
            )
            .unwrap();
    }
    let uri = format!("at://{did}/{path}");
    store
        .execute(
            "INSERT INTO record (uri, cid, collection, rkey, repoRev, indexedAt)
             VALUES (?1, ?2, 'app.bsky.feed.post', '3kaaaaaaaaaaa', '', '')",
            params![uri, post_cid.to_string()],
        )
        .unwrap();
    store
        .execute(
            "INSERT INTO blob (cid, mimeType, size, createdAt) VALUES (?1, 'image/png', ?2,
             '2026-01-04T00:00:00.000Z'), ('bafkreitemporary', 'image/png', 1, '2026-01-04T00:00:00.000Z')",
            params![blob.to_string(), image.len() as i64],
        )
        .unwrap();
    store
        .execute(
            "UPDATE blob SET tempKey = 'k' WHERE cid = 'bafkreitemporary'",
            [],
        )
        .unwrap();
    store
        .execute(
            "INSERT INTO record_blob (blobCid, recordUri) VALUES (?1, ?2)",
            params![blob.to_string(), uri],
        )
        .unwrap();
    store
        .execute(
            "INSERT INTO account_pref (name, valueJson) VALUES ('app.bsky.actor.defs#adultContentPref',
             '{\"$type\":\"app.bsky.actor.defs#adultContentPref\",\"enabled\":false}')",
            [],
        )
        .unwrap();
    let blobs = data.join("blocks").join(did);
    std::fs::create_dir_all(&blobs).unwrap();
    std::fs::write(blobs.join(blob.to_string()), &image).unwrap();
}

#[test]
fn a_sound_account_is_adopted_whole_and_a_corrupt_one_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let reference = tmp.path().join("reference");
    std::fs::create_dir_all(&reference).unwrap();
    let service = Connection::open(reference.join("account.sqlite")).unwrap();
    service.execute_batch(SERVICE_SCHEMA).unwrap();
    let (good, bad) = (
        "did:plc:adoptedgood000000000000",
        "did:plc:adoptedbad0000000000000",
    );
    write_account(&reference, &service, good, "good.test", false);
    write_account(&reference, &service, bad, "bad.test", true);
    service
        .execute(
            "INSERT INTO invite_code (code, availableUses, forAccount, createdBy, createdAt)
             VALUES ('invite-1', 2, 'admin', 'admin', '2026-01-01T00:00:00.000Z')",
            [],
        )
        .unwrap();
    drop(service);

    let config = crate::config::Config {
        data_dir: tmp.path().join("ours"),
        ..crate::config::Config::default()
    };
    let app = crate::app::App::open(config, 0).unwrap();
    let source = Source::new(reference.clone(), None);

    let identities = super::Identities::new();
    let dry = adopt(&app, &source, &identities, true).unwrap();
    // A dry run checks keys, signatures and hashes, not the tree: the missing record is found by the import.
    assert_eq!((dry.accounts, dry.invite_codes), (2, 1), "{dry}");
    assert_eq!(dry.failed.len(), 0, "{dry}");

    let summary = adopt(&app, &source, &identities, false).unwrap();
    assert_eq!(summary.accounts, 1, "{summary}");
    assert_eq!((summary.records, summary.blobs), (1, 1), "{summary}");
    assert_eq!(
        (summary.app_passwords, summary.sessions),
        (1, 1),
        "{summary}"
    );
    assert_eq!(
        (summary.preferences, summary.invite_codes),
        (1, 1),
        "{summary}"
    );
    assert_eq!(summary.failed.len(), 1, "{summary}");
    assert_eq!(summary.failed[0].what, bad, "{summary}");
    assert!(
        summary
            .skipped
            .iter()
            .any(|s| s.what.ends_with("bafkreitemporary")),
        "{summary}"
    );

    let (good_account, good_repo, bad_account, bad_repo, rows) = app
        .storage
        .read_blocking(move |conn| {
            let rows = (
                sessions::app_passwords(conn, good)?.len(),
                preferences::preferences(conn, good)?.len(),
                crate::storage::blobs::blob(
                    conn,
                    good,
                    &summary_blob(conn, good)?.parse().unwrap(),
                )?
                .is_some(),
                sessions::refresh_token(conn, "live-good.test")?.is_some(),
                sessions::refresh_token(conn, "expired-good.test")?.is_some(),
                sessions::app_passwords(conn, bad)?.len(),
            );
            Ok((
                accounts::account_by_did(conn, good)?,
                RepoReader::head(conn, &good.parse().unwrap())?,
                accounts::account_by_did(conn, bad)?,
                RepoReader::head(conn, &bad.parse().unwrap())?,
                rows,
            ))
        })
        .unwrap();
    let good_account = good_account.unwrap();
    assert_eq!(good_account.handle, "good.test");
    assert_eq!(good_account.password_hash, SCRYPT_HUNTER22);
    assert!(crate::auth::password::verify(
        "hunter22",
        &good_account.password_hash
    ));
    assert_eq!(
        good_account.email_confirmed_at.as_deref(),
        Some("2026-01-02T00:00:00.000Z")
    );
    assert!(good_repo.is_some());
    assert_eq!(rows, (1, 1, true, true, false, 0));
    assert_eq!(bad_account, None);
    assert_eq!(bad_repo, None);
    assert!(
        super::account::block_on(async {
            Ok(app
                .blobs
                .read_all(&good.parse().unwrap(), &summary_blob_of(&app, good))
                .await?)
        })
        .unwrap()
        .is_some()
    );

    let again = adopt(&app, &source, &identities, false).unwrap();
    assert_eq!(again.accounts, 0, "{again}");
    assert!(
        again
            .skipped
            .iter()
            .any(|s| s.what == good && s.why == "already adopted"),
        "{again}"
    );
    assert_eq!(again.failed.len(), 1, "{again}");
}

/// The CID of the one blob a record of `did` references.
fn summary_blob(conn: &Connection, did: &str) -> Result<String, crate::storage::StorageError> {
    Ok(conn.query_row(
        "SELECT blob_cid FROM record_blob WHERE did = ?1",
        [did],
        |row| row.get(0),
    )?)
}

fn summary_blob_of(app: &crate::app::AppState, did: &'static str) -> String {
    app.storage
        .read_blocking(move |conn| summary_blob(conn, did))
        .unwrap()
}
