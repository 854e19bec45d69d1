//! A repository store in a fresh temporary directory (removed on drop), and the DIDs and post records the
//! storage-level tests write into it. Included by path from each test crate that needs it; each uses part.
#![allow(dead_code)]

use lexgen::model::{Cid, Did, Map, Value};
use pds::repo::Block;
use pds::repository::Repositories;
use pds::storage::{DEFAULT_RECORD_CACHE_BYTES, Storage};

pub struct TempDb {
    pub repos: Repositories,
    /// Dropped after `repos`, so the database closes before its directory goes.
    pub dir: tempfile::TempDir,
}

impl TempDb {
    pub fn new() -> Self {
        Self::with_record_cache(DEFAULT_RECORD_CACHE_BYTES)
    }

    /// A store whose record cache holds at most about `bytes`.
    pub fn with_record_cache(bytes: usize) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let storage =
            Storage::open_with_record_cache(&dir.path().join("pds.sqlite"), bytes).unwrap();
        Self {
            repos: Repositories::new(storage),
            dir,
        }
    }

    pub fn storage(&self) -> &Storage {
        self.repos.storage()
    }
}

pub fn did(n: u32) -> Did {
    format!("did:plc:testrepo{n:016}").parse().unwrap()
}

/// An `app.bsky.feed.post` with `text`, as a block.
pub fn record(text: &str) -> Block {
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
