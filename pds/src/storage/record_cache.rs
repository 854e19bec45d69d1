//! A bounded in-memory cache of decoded records, in two levels: record paths (repository row id, collection,
//! rkey) → CID, and CID → decoded value. Values are content-addressed, so they are never stale; paths are
//! dropped, per repository, after every committed write group that changed the repository's `repo` row
//! (the writer's update hook reports the row ids: every change to a repository's records also changes its
//! head, and deleting an account deletes the row).
//!
//! Reads never see a path that was stale when its write was acknowledged: the writer drops the paths after
//! `COMMIT` and before telling any caller, and a reader that looked the path up in SQLite before the commit
//! may only insert it if no invalidation happened since it started (the epoch check below), so an old
//! answer cannot slip back in after the drop.
//!
//! The memory bound is in bytes (an estimate of the heap each entry holds, keys and decoded values
//! included); when a shard is over its share, entries are evicted in insertion order, except that an entry
//! read since it was last considered gets a second chance (CLOCK).

use std::collections::{HashMap, VecDeque};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use lexgen::model::{Cid, Value};
use rusqlite::Connection;

use super::{RepoReader, StorageError};

/// The default budget: about 130,000 typical posts (a decoded post with its path and CID costs ~1,000 bytes).
pub const DEFAULT_RECORD_CACHE_BYTES: usize = 128 * 1024 * 1024;

/// Shards, each with its own lock and an equal share of the budget.
const SHARDS: usize = 16;
/// What an entry costs beyond its variable-size parts: hash-map slot, queue slot and key copy, CID,
/// counters, allocation headers.
const ENTRY_OVERHEAD: usize = 160;

/// A record as the cache hands it out: its CID and its decoded value, shared.
pub type CachedRecord = (Cid, Arc<Value>);

/// The cache. Cheap to share behind the [`super::Storage`] handle.
pub struct RecordCache {
    shards: Box<[Mutex<Shard>]>,
    /// Bumped by every invalidation: a reader that started before it must not insert the paths it found.
    epoch: AtomicU64,
    shard_budget: usize,
    /// Keyed hashing of paths and CIDs (both can come from outside): entries are found by this hash and
    /// then compared in full.
    hasher: RandomState,
}

/// Maps keyed by an already uniform hash (or a row id), mixed by one multiplication.
type Prehashed = BuildHasherDefault<Mix>;

/// Where an entry lives, as the eviction queue names it.
#[derive(Clone, Copy)]
enum Key {
    Path { repo: i64, hash: u64 },
    Value(u64),
}

struct PathEntry {
    collection: Box<str>,
    rkey: Box<str>,
    cid: Cid,
    stamp: u64,
    hot: bool,
}

struct ValueEntry {
    cid: Cid,
    value: Arc<Value>,
    size: usize,
    stamp: u64,
    hot: bool,
}

#[derive(Default)]
struct Shard {
    /// repository → hash of (repository, collection, rkey) → the path and its CID.
    paths: HashMap<i64, HashMap<u64, PathEntry, Prehashed>, Prehashed>,
    /// hash of the CID → the decoded record.
    values: HashMap<u64, ValueEntry, Prehashed>,
    /// Insertion order for eviction; an item whose stamp no longer matches its entry is skipped.
    queue: VecDeque<(Key, u64)>,
    /// Live entries (paths and values).
    live: usize,
    bytes: usize,
    next_stamp: u64,
}

impl RecordCache {
    /// A cache holding at most about `budget_bytes` (0 turns it off: nothing is kept).
    pub(crate) fn new(budget_bytes: usize) -> Self {
        Self {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            epoch: AtomicU64::new(0),
            shard_budget: budget_bytes / SHARDS,
            hasher: RandomState::new(),
        }
    }

    /// The bytes the cache currently accounts for (at most the budget).
    pub fn bytes(&self) -> usize {
        self.shards.iter().map(|shard| lock(shard).bytes).sum()
    }

    /// The record at `collection/rkey` of repository `repo`, decoded: from memory when both levels are hot,
    /// else from `conn` (one joined lookup, or one block read when only the path is known) and remembered.
    pub(crate) fn record(
        &self,
        conn: &Connection,
        repo: i64,
        collection: &str,
        rkey: &str,
    ) -> Result<Option<CachedRecord>, StorageError> {
        let epoch = self.epoch();
        if let Some(cid) = self.path(repo, collection, rkey) {
            if let Some(value) = self.value(&cid) {
                return Ok(Some((cid, value)));
            }
            if let Some(bytes) = RepoReader::block(conn, repo, &cid)? {
                return Ok(Some((cid, self.insert_value(cid, &bytes)?)));
            }
        }
        let Some((cid, bytes)) = RepoReader::record(conn, repo, collection, rkey)? else {
            return Ok(None);
        };
        let value = match self.value(&cid) {
            Some(value) => value,
            None => self.insert_value(cid, &bytes)?,
        };
        self.insert_path(epoch, repo, collection, rkey, cid);
        Ok(Some((cid, value)))
    }

    /// The decoded record block `cid` of repository `repo`, from memory or from `conn`. For callers that
    /// already know a record's CID from the index (e.g. a page of `listRecords`).
    pub(crate) fn record_value(
        &self,
        conn: &Connection,
        repo: i64,
        cid: &Cid,
    ) -> Result<Option<Arc<Value>>, StorageError> {
        if let Some(value) = self.value(cid) {
            return Ok(Some(value));
        }
        match RepoReader::block(conn, repo, cid)? {
            Some(bytes) => Ok(Some(self.insert_value(*cid, &bytes)?)),
            None => Ok(None),
        }
    }

    /// The record at `collection/rkey` of repository `repo` if both levels are in memory; no SQLite.
    pub fn cached(&self, repo: i64, collection: &str, rkey: &str) -> Option<CachedRecord> {
        let cid = self.path(repo, collection, rkey)?;
        Some((cid, self.value(&cid)?))
    }

    /// Forgets every path of these repositories. Called by the writer after a commit, before any caller is
    /// told about it.
    pub(super) fn invalidate(&self, repos: &[i64]) {
        if repos.is_empty() {
            return;
        }
        // First the epoch, then the drop (under each shard's lock): a reader that looked a path up before the
        // commit either inserted it before this drop (and it is dropped) or sees the new epoch and does not.
        self.epoch.fetch_add(1, Ordering::SeqCst);
        for shard in self.shards.iter() {
            let mut shard = lock(shard);
            for repo in repos {
                if let Some(paths) = shard.paths.remove(repo) {
                    shard.live -= paths.len();
                    shard.bytes -= paths
                        .values()
                        .map(|entry| path_size(&entry.collection, &entry.rkey))
                        .sum::<usize>();
                }
            }
            shard.compact();
        }
    }

    /// The current epoch: take it before reading the database, pass it to [`RecordCache::insert_path`].
    pub(super) fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::SeqCst)
    }

    fn path_hash(&self, repo: i64, collection: &str, rkey: &str) -> u64 {
        self.hasher.hash_one((repo, collection, rkey))
    }

    fn path(&self, repo: i64, collection: &str, rkey: &str) -> Option<Cid> {
        let hash = self.path_hash(repo, collection, rkey);
        let mut shard = lock(&self.shards[shard_of(hash)]);
        let entry = shard.paths.get_mut(&repo)?.get_mut(&hash)?;
        if *entry.collection != *collection || *entry.rkey != *rkey {
            return None;
        }
        entry.hot = true;
        Some(entry.cid)
    }

    fn value(&self, cid: &Cid) -> Option<Arc<Value>> {
        let hash = self.hasher.hash_one(cid);
        let mut shard = lock(&self.shards[shard_of(hash)]);
        let entry = shard.values.get_mut(&hash)?;
        if entry.cid != *cid {
            return None;
        }
        entry.hot = true;
        Some(entry.value.clone())
    }

    /// Remembers that `collection/rkey` of `repo` is `cid`, unless an invalidation happened since `epoch`
    /// (the lookup may then predate a commit that changed it).
    pub(super) fn insert_path(
        &self,
        epoch: u64,
        repo: i64,
        collection: &str,
        rkey: &str,
        cid: Cid,
    ) {
        let size = path_size(collection, rkey);
        if size > self.shard_budget {
            return;
        }
        let hash = self.path_hash(repo, collection, rkey);
        let mut shard = lock(&self.shards[shard_of(hash)]);
        if self.epoch.load(Ordering::SeqCst) != epoch {
            return;
        }
        let stamp = shard.stamp();
        let entry = PathEntry {
            collection: collection.into(),
            rkey: rkey.into(),
            cid,
            stamp,
            hot: false,
        };
        // A different path with the same 64-bit hash is simply replaced.
        match shard.paths.entry(repo).or_default().insert(hash, entry) {
            Some(previous) => {
                shard.bytes = shard.bytes - path_size(&previous.collection, &previous.rkey) + size;
            }
            None => {
                shard.live += 1;
                shard.bytes += size;
            }
        }
        shard.queue.push_back((Key::Path { repo, hash }, stamp));
        shard.evict(self.shard_budget);
        shard.compact();
    }

    /// Decodes a record block and remembers it (a CID's content never changes, so no epoch check).
    fn insert_value(&self, cid: Cid, bytes: &[u8]) -> Result<Arc<Value>, StorageError> {
        let value =
            Arc::new(Value::from_drisl(bytes).map_err(|e| {
                StorageError::Corrupt(format!("record {cid} does not decode: {e}"))
            })?);
        let size = ENTRY_OVERHEAD + heap_size(&value);
        if size > self.shard_budget {
            return Ok(value);
        }
        let hash = self.hasher.hash_one(cid);
        let mut shard = lock(&self.shards[shard_of(hash)]);
        let stamp = shard.stamp();
        let entry = ValueEntry {
            cid,
            value: value.clone(),
            size,
            stamp,
            hot: false,
        };
        match shard.values.insert(hash, entry) {
            Some(previous) => shard.bytes = shard.bytes - previous.size + size,
            None => {
                shard.live += 1;
                shard.bytes += size;
            }
        }
        shard.queue.push_back((Key::Value(hash), stamp));
        shard.evict(self.shard_budget);
        shard.compact();
        Ok(value)
    }
}

impl Shard {
    fn stamp(&mut self) -> u64 {
        self.next_stamp += 1;
        self.next_stamp
    }

    /// Evicts until within `budget`: the oldest entry not read since it was last considered.
    fn evict(&mut self, budget: usize) {
        while self.bytes > budget {
            let Some((key, stamp)) = self.queue.pop_front() else {
                return;
            };
            let stamp_now = self.stamp();
            let (hot, entry_stamp) = match self.entry_state(key) {
                Some(state) => state,
                None => continue,
            };
            if entry_stamp != stamp {
                continue;
            }
            if hot {
                self.renew(key, stamp_now);
                self.queue.push_back((key, stamp_now));
                continue;
            }
            match key {
                Key::Value(hash) => {
                    if let Some(entry) = self.values.remove(&hash) {
                        self.live -= 1;
                        self.bytes -= entry.size;
                    }
                }
                Key::Path { repo, hash } => {
                    let Some(paths) = self.paths.get_mut(&repo) else {
                        continue;
                    };
                    if let Some(entry) = paths.remove(&hash) {
                        self.live -= 1;
                        self.bytes -= path_size(&entry.collection, &entry.rkey);
                    }
                    if paths.is_empty() {
                        self.paths.remove(&repo);
                    }
                }
            }
        }
    }

    /// Whether the entry `key` names was read since last considered, and its stamp.
    fn entry_state(&self, key: Key) -> Option<(bool, u64)> {
        match key {
            Key::Value(hash) => self.values.get(&hash).map(|e| (e.hot, e.stamp)),
            Key::Path { repo, hash } => self
                .paths
                .get(&repo)
                .and_then(|paths| paths.get(&hash))
                .map(|e| (e.hot, e.stamp)),
        }
    }

    /// A second chance: not hot any more, and queued again under a new stamp.
    fn renew(&mut self, key: Key, stamp: u64) {
        match key {
            Key::Value(hash) => {
                if let Some(entry) = self.values.get_mut(&hash) {
                    entry.hot = false;
                    entry.stamp = stamp;
                }
            }
            Key::Path { repo, hash } => {
                if let Some(entry) = self
                    .paths
                    .get_mut(&repo)
                    .and_then(|paths| paths.get_mut(&hash))
                {
                    entry.hot = false;
                    entry.stamp = stamp;
                }
            }
        }
    }

    /// Drops queue items whose entries are gone, once they outnumber the live entries: the queue stays
    /// proportional to what the cache holds.
    fn compact(&mut self) {
        if self.queue.len() <= 2 * self.live + 64 {
            return;
        }
        let queue = std::mem::take(&mut self.queue);
        self.queue = queue
            .into_iter()
            .filter(|&(key, stamp)| self.entry_state(key).is_some_and(|(_, s)| s == stamp))
            .collect();
    }
}

/// Mixes a 64-bit key by one multiplication (Fibonacci hashing): enough for keys that are already uniform
/// hashes, and for row ids.
#[derive(Default)]
struct Mix(u64);

impl Hasher for Mix {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0 ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_i64(&mut self, value: i64) {
        self.write_u64(value as u64);
    }
}

fn lock(shard: &Mutex<Shard>) -> MutexGuard<'_, Shard> {
    // A shard poisoned by a panic holds consistent maps (every update is a single insert or remove).
    shard
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Entries are spread over the shards by their keyed hash (paths by their whole key, so one large
/// repository uses every shard); the top bits, as the maps use the low ones.
fn shard_of(hash: u64) -> usize {
    (hash >> 58) as usize % SHARDS
}

fn path_size(collection: &str, rkey: &str) -> usize {
    ENTRY_OVERHEAD + collection.len() + rkey.len() + 2 * ALLOCATION_OVERHEAD
}

/// What the allocator spends per allocation beyond the bytes asked for (header and rounding), on average.
const ALLOCATION_OVERHEAD: usize = 16;

/// An estimate of the heap a decoded value holds, allocator overhead included (measured against the
/// process's anonymous memory by the `reads` bench).
fn heap_size(value: &Value) -> usize {
    let allocation = |bytes: usize| {
        if bytes == 0 {
            0
        } else {
            bytes + ALLOCATION_OVERHEAD
        }
    };
    size_of::<Value>()
        + match value {
            Value::Null | Value::Bool(_) | Value::Integer(_) | Value::Link(_) => 0,
            Value::String(s) => allocation(s.capacity()),
            Value::Bytes(b) => allocation(b.capacity()),
            Value::Array(items) => {
                allocation(items.capacity() * size_of::<Value>())
                    + items.iter().map(heap_size).sum::<usize>()
                    - items.len() * size_of::<Value>()
            }
            Value::Map(map) => {
                allocation(map.len() * size_of::<(String, Value)>())
                    + map
                        .iter()
                        .map(|(key, value)| {
                            allocation(key.len()) + heap_size(value) - size_of::<Value>()
                        })
                        .sum::<usize>()
            }
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> (Cid, Vec<u8>) {
        let mut map = lexgen::model::Map::new();
        map.insert("text", Value::String(text.to_owned()));
        let bytes = Value::Map(map).to_drisl().unwrap();
        (Cid::for_dag_cbor(&bytes), bytes)
    }

    #[test]
    fn a_lookup_that_predates_an_invalidation_is_not_remembered() {
        let cache = RecordCache::new(1 << 20);
        let (cid, _) = value("old");
        let before = cache.epoch();
        cache.invalidate(&[7]);
        cache.insert_path(before, 7, "app.bsky.feed.post", "a", cid);
        assert_eq!(cache.path(7, "app.bsky.feed.post", "a"), None);
        cache.insert_path(cache.epoch(), 7, "app.bsky.feed.post", "a", cid);
        assert_eq!(cache.path(7, "app.bsky.feed.post", "a"), Some(cid));
    }

    #[test]
    fn invalidation_drops_only_that_repository() {
        let cache = RecordCache::new(1 << 20);
        let (cid, bytes) = value("x");
        cache.insert_value(cid, &bytes).unwrap();
        for repo in [1, 2, 17] {
            cache.insert_path(cache.epoch(), repo, "c.o.l", "k", cid);
        }
        cache.invalidate(&[1]);
        assert!(cache.cached(1, "c.o.l", "k").is_none());
        assert!(cache.cached(2, "c.o.l", "k").is_some());
        assert!(cache.cached(17, "c.o.l", "k").is_some());
        // The value stays: it is content-addressed.
        assert!(cache.value(&cid).is_some());
    }

    #[test]
    fn the_byte_budget_holds_and_hot_entries_survive() {
        let budget = 64 * 1024;
        let cache = RecordCache::new(budget);
        let (hot_cid, hot_bytes) = value("hot");
        cache.insert_value(hot_cid, &hot_bytes).unwrap();
        for i in 0..5_000 {
            let (cid, bytes) = value(&format!("record {i}"));
            cache.insert_value(cid, &bytes).unwrap();
            cache.insert_path(cache.epoch(), i, "c.o.l", &format!("k{i}"), cid);
            assert!(cache.bytes() <= budget);
            // Read the hot one now and then: the clock keeps it.
            if i % 8 == 0 {
                let _ = cache.value(&hot_cid);
            }
        }
        assert!(cache.bytes() > budget / 2);
        assert!(cache.bytes() <= budget);
        assert!(cache.value(&hot_cid).is_some());
        let hot_shard = lock(&cache.shards[shard_of(cache.hasher.hash_one(hot_cid))]);
        assert!(hot_shard.queue.len() <= 2 * hot_shard.live + 64);
    }

    #[test]
    fn a_zero_budget_keeps_nothing() {
        let cache = RecordCache::new(0);
        let (cid, bytes) = value("x");
        assert!(cache.insert_value(cid, &bytes).is_ok());
        cache.insert_path(cache.epoch(), 1, "c.o.l", "k", cid);
        assert_eq!(cache.bytes(), 0);
        assert!(cache.cached(1, "c.o.l", "k").is_none());
    }
}
