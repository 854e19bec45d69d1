//! A server for the sync tests: a temporary database, repositories, in-memory accounts, the firehose and the
//! sync router; plus helpers to write records and read CARs.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Did, Map, Value};
use pds::firehose::{Firehose, FirehoseConfig};
use pds::hosting::{AccountStatus, MemoryAccounts};
use pds::repo::car::{CarLimits, CarReader};
use pds::repo::{Block, Write};
use pds::repository::{Committed, Repositories};
use pds::storage::Storage;
use pds::sync::{SyncService, router};
use tower::ServiceExt;

pub struct Server {
    dir: PathBuf,
    pub repos: Repositories,
    pub accounts: MemoryAccounts,
    pub firehose: Firehose,
    pub app: axum::Router,
    pub key: Keypair,
}

impl Server {
    pub async fn new() -> Self {
        Self::with_config(FirehoseConfig::default()).await
    }

    pub async fn with_config(config: FirehoseConfig) -> Self {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "atmos-sync-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let storage = Storage::open(&dir.join("pds.sqlite")).unwrap();
        let repos = Repositories::new(storage.clone());
        let accounts = MemoryAccounts::new();
        let firehose = Firehose::start(storage, config).await.unwrap();
        let service = Arc::new(SyncService::new(repos.clone(), accounts.clone()));
        let app = router(service, firehose.clone());
        Self {
            dir,
            repos,
            accounts,
            firehose,
            app,
            key: Keypair::generate(Algorithm::K256).unwrap(),
        }
    }

    /// A new active account with an empty repository.
    pub async fn account(&self, n: u32) -> (Did, Committed) {
        let did: Did = format!("did:plc:synctest{n:016}").parse().unwrap();
        let committed = self.repos.create(&did, &self.key).await.unwrap();
        self.accounts.set(&did, AccountStatus::Active);
        (did, committed)
    }

    pub async fn write(&self, did: &Did, writes: Vec<Write>) -> Committed {
        self.repos
            .apply_writes(did, &self.key, writes)
            .await
            .unwrap()
    }

    /// GET `path_and_query` with an optional bearer caller; status, headers and body.
    pub async fn get(
        &self,
        path_and_query: &str,
        caller: Option<&str>,
    ) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
        let mut request = Request::get(path_and_query);
        if let Some(caller) = caller {
            request = request.header("authorization", format!("Bearer {caller}"));
        }
        let response = self
            .app
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (parts, body) = response.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX).await.unwrap();
        (parts.status, parts.headers, bytes.to_vec())
    }

    /// GET expecting JSON.
    pub async fn get_json(
        &self,
        path_and_query: &str,
        caller: Option<&str>,
    ) -> (StatusCode, serde_json::Value) {
        let (status, _, body) = self.get(path_and_query, caller).await;
        (status, serde_json::from_slice(&body).unwrap())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

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

pub fn create(key: &str, text: &str) -> Write {
    Write::Create {
        key: key.to_owned(),
        record: record(text),
    }
}

/// The roots and blocks of a CAR.
pub fn read_car(car: &[u8]) -> (Vec<Cid>, Vec<Block>) {
    let reader = CarReader::new(car, CarLimits::default()).unwrap();
    let roots = reader.roots().to_vec();
    (roots, reader.collect::<Result<_, _>>().unwrap())
}
