//! A PDS in a temporary directory driven in process (the router through `oneshot`), with the blob calls
//! the blob lifecycle tests make: upload, put/delete a post embedding images, export and import the
//! repository, and what the store and the rows hold. Included by path from each test crate that needs it.
#![allow(dead_code)]

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use lexgen::model::{Cid, Did};
use serde_json::{Value, json};
use tower::ServiceExt as _;

pub struct BlobApp {
    pub router: Router,
    pub app: pds::app::AppState,
    pub did: String,
    pub token: String,
    _dir: tempfile::TempDir,
}

/// An answer: status and JSON body (or the text, as a JSON string).
pub struct Reply {
    pub status: StatusCode,
    pub json: Value,
}

impl BlobApp {
    /// A server with one account, `alice.test`.
    pub async fn new(configure: impl FnOnce(&mut pds::config::Config)) -> BlobApp {
        let dir = tempfile::tempdir().unwrap();
        let mut config = pds::config::Config::load(None, |_| None).unwrap();
        config.data_dir = dir.path().to_owned();
        configure(&mut config);
        let app = pds::app::App::open(config, 2583).unwrap();
        let mut this = BlobApp {
            router: pds::handlers::router(app.clone()),
            app,
            did: String::new(),
            token: String::new(),
            _dir: dir,
        };
        let reply = this
            .post(
                "com.atproto.server.createAccount",
                json!({"handle": "alice.test", "email": "alice@example.com", "password": "hunter2hunter2"}),
            )
            .await;
        assert_eq!(reply.status, StatusCode::OK, "{}", reply.json);
        this.did = reply.json["did"].as_str().unwrap().to_owned();
        this.token = reply.json["accessJwt"].as_str().unwrap().to_owned();
        this
    }

    pub async fn send(&self, request: Request<Body>) -> Reply {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let json = serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
        Reply { status, json }
    }

    pub async fn post(&self, nsid: &str, body: Value) -> Reply {
        let mut request =
            Request::post(format!("/xrpc/{nsid}")).header(header::CONTENT_TYPE, "application/json");
        if !self.token.is_empty() {
            request = request.header(header::AUTHORIZATION, format!("Bearer {}", self.token));
        }
        self.send(request.body(Body::from(body.to_string())).unwrap())
            .await
    }

    /// Uploads `bytes` (as `image/png`, which nothing here sniffs otherwise).
    pub async fn upload(&self, bytes: &[u8]) -> Reply {
        let request = Request::post("/xrpc/com.atproto.repo.uploadBlob")
            .header(header::CONTENT_TYPE, "image/png")
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token))
            .body(Body::from(bytes.to_vec()))
            .unwrap();
        self.send(request).await
    }

    /// Puts post `rkey` embedding the blobs `images` (their bytes).
    pub async fn put_post(&self, rkey: &str, images: &[&[u8]]) -> Reply {
        let mut record = json!({"$type": "app.bsky.feed.post", "text": rkey,
            "createdAt": "2026-01-01T00:00:00.000Z"});
        if !images.is_empty() {
            let images: Vec<Value> = images
                .iter()
                .map(|bytes| json!({"image": blob_ref(bytes), "alt": ""}))
                .collect();
            record["embed"] = json!({"$type": "app.bsky.embed.images", "images": images});
        }
        self.post(
            "com.atproto.repo.putRecord",
            json!({"repo": self.did, "collection": "app.bsky.feed.post", "rkey": rkey, "record": record}),
        )
        .await
    }

    pub async fn delete_post(&self, rkey: &str) -> Reply {
        self.post(
            "com.atproto.repo.deleteRecord",
            json!({"repo": self.did, "collection": "app.bsky.feed.post", "rkey": rkey}),
        )
        .await
    }

    /// The repository as a CAR.
    pub async fn export(&self) -> Vec<u8> {
        let (repos, did) = (self.app.repos.clone(), self.did());
        tokio::task::spawn_blocking(move || {
            let mut car = Vec::new();
            repos.export_blocking(&did, None, &mut car).unwrap();
            car
        })
        .await
        .unwrap()
    }

    pub async fn import(&self, car: Vec<u8>) -> Reply {
        let request = Request::post("/xrpc/com.atproto.repo.importRepo")
            .header(header::CONTENT_TYPE, "application/vnd.ipld.car")
            .header(header::AUTHORIZATION, format!("Bearer {}", self.token))
            .body(Body::from(car))
            .unwrap();
        self.send(request).await
    }

    pub fn did(&self) -> Did {
        self.did.parse().unwrap()
    }

    /// The blob's bytes in the store, if any.
    pub async fn stored(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        let cid = Cid::for_raw(bytes).to_string();
        self.app.blobs.read_all(&self.did(), &cid).await.unwrap()
    }

    /// The blob's row: whether it is permanent, if there is one.
    pub async fn row(&self, bytes: &[u8]) -> Option<bool> {
        let (did, cid) = (self.did.clone(), Cid::for_raw(bytes));
        self.app
            .storage
            .read(move |conn| pds::storage::blobs::blob(conn, &did, &cid))
            .await
            .unwrap()
            .map(|row| row.permanent)
    }

    /// Runs the lifecycle as if the clock read now plus `ahead` seconds; returns how many blobs went.
    pub async fn collect(&self, ahead: i64) -> usize {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        pds::serve::cleanup_at(&self.app, now + ahead)
            .await
            .unwrap()
    }
}

/// The blob reference of `bytes` uploaded as `image/png`.
pub fn blob_ref(bytes: &[u8]) -> Value {
    json!({"$type": "blob", "ref": {"$link": Cid::for_raw(bytes).to_string()},
        "mimeType": "image/png", "size": bytes.len()})
}
