//! The scripted session the federation tests watch: two PDS instances on loopback (B resolves DIDs through
//! A's embedded PLC directory at A's root URL), driven over XRPC in three parts:
//!
//! 1. alice on A: account creation, a post, its update, a deletion, applyWrites of 200 creates, importRepo
//!    of an earlier export of her repository (a restore), a post;
//! 2. alice: handle change, deactivation, activation, a post;
//! 3. carol on A: account creation and deletion; mover: an account created on A with a post;
//! 4. mover migrates to B (service-auth createAccount, importRepo, the PLC operation, activation on B,
//!    deactivation on A), then posts on B.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use serde_json::{Value, json};
use tower::ServiceExt as _;

/// One PDS on a loopback port: its state, router (driven in process) and firehose (over the socket).
pub struct Pds {
    pub app: pds::app::AppState,
    router: axum::Router,
    pub addr: SocketAddr,
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Pds {
    pub async fn start(plc_url: Option<String>) -> Pds {
        let dir = tempfile::tempdir().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let mut config = pds::config::Config::load(None, |_| None).unwrap();
        config.data_dir = dir.path().to_owned();
        config.plc_url = plc_url;
        config.rate_limits = false;
        let app = pds::app::App::open(config, addr.port()).unwrap();
        let firehose = pds::firehose::Firehose::start(
            app.storage.clone(),
            pds::firehose::FirehoseConfig::default(),
        )
        .await
        .unwrap();
        let router = pds::handlers::full_router(app.clone(), firehose);
        let served = router.clone();
        tokio::spawn(async move { axum::serve(listener, served).await.unwrap() });
        Pds {
            app,
            router,
            addr,
            url: format!("http://{addr}"),
            _dir: dir,
        }
    }

    /// The seq of the newest event in the log.
    pub async fn last_seq(&self) -> i64 {
        self.app.storage.read(pds::storage::last_seq).await.unwrap()
    }

    async fn call(&self, request: Request<Body>) -> (StatusCode, Value) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (
            status,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }

    /// POSTs JSON (or no body, for `Value::Null`) to `nsid`; the reply, which must be a success.
    pub async fn post(&self, nsid: &str, token: Option<&str>, body: Value) -> Value {
        let mut request = Request::post(format!("/xrpc/{nsid}"));
        if let Some(token) = token {
            request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
        }
        if !body.is_null() {
            request = request.header(header::CONTENT_TYPE, "application/json");
        }
        let body = match body {
            Value::Null => Body::empty(),
            json => Body::from(json.to_string()),
        };
        let (status, reply) = self.call(request.body(body).unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{nsid}: {reply}");
        reply
    }

    /// GETs `path_and_query`; the reply, which must be a success.
    pub async fn get(&self, path_and_query: &str, token: &str) -> Value {
        let request = Request::get(path_and_query)
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::empty())
            .unwrap();
        let (status, reply) = self.call(request).await;
        assert_eq!(status, StatusCode::OK, "{path_and_query}: {reply}");
        reply
    }

    /// POSTs a repository CAR to `importRepo`.
    async fn import(&self, token: &str, car: Vec<u8>) {
        let request = Request::post("/xrpc/com.atproto.repo.importRepo")
            .header(header::CONTENT_TYPE, "application/vnd.ipld.car")
            .header(header::AUTHORIZATION, format!("Bearer {token}"))
            .body(Body::from(car))
            .unwrap();
        let (status, reply) = self.call(request).await;
        assert_eq!(status, StatusCode::OK, "importRepo: {reply}");
    }

    /// A new account `<name>.test`: its DID and access token.
    pub async fn account(&self, name: &str) -> (String, String) {
        let reply = self
            .post(
                "com.atproto.server.createAccount",
                None,
                json!({"handle": format!("{name}.test"), "email": format!("{name}@example.com"),
                       "password": "hunter2hunter2"}),
            )
            .await;
        (
            reply["did"].as_str().unwrap().to_owned(),
            reply["accessJwt"].as_str().unwrap().to_owned(),
        )
    }

    /// The repository of `did` as a CAR.
    async fn export(&self, did: &str) -> Vec<u8> {
        let (repos, did) = (self.app.repos.clone(), did.parse().unwrap());
        tokio::task::spawn_blocking(move || {
            let mut car = Vec::new();
            repos.export_blocking(&did, None, &mut car).unwrap();
            car
        })
        .await
        .unwrap()
    }

    /// Asks for a mailed token with `request`, and reads it from the outbox.
    async fn mailed_token(&self, nsid: &str, token: &str) -> String {
        let outbox = self.app.mailer.outbox().to_owned();
        if outbox.is_dir() {
            for entry in std::fs::read_dir(&outbox).unwrap() {
                std::fs::remove_file(entry.unwrap().path()).unwrap();
            }
        }
        self.post(nsid, Some(token), Value::Null).await;
        let mail = std::fs::read_dir(&outbox)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        let text = std::fs::read_to_string(mail).unwrap();
        text.split_whitespace()
            .find(|w| w.len() == 11 && w.as_bytes()[5] == b'-')
            .unwrap()
            .to_owned()
    }
}

fn post_record(did: &str, text: &str) -> Value {
    json!({"repo": did, "collection": "app.bsky.feed.post",
           "record": {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-12-01T00:00:00.000Z"}})
}

/// The two servers and the accounts of the script.
pub struct Session {
    pub a: Arc<Pds>,
    pub b: Arc<Pds>,
    pub alice: String,
    alice_token: String,
    pub carol: String,
    pub mover: String,
    mover_token: String,
}

impl Session {
    pub async fn start() -> Session {
        let a = Pds::start(None).await;
        // B's PLC directory is A's embedded one, at A's root (no `/plc`).
        let b = Pds::start(Some(a.url.clone())).await;
        Session {
            a: Arc::new(a),
            b: Arc::new(b),
            alice: String::new(),
            alice_token: String::new(),
            carol: String::new(),
            mover: String::new(),
            mover_token: String::new(),
        }
    }

    /// Part 1: alice's account and writes, and a restore through importRepo.
    pub async fn part_one(&mut self) {
        let a = &self.a;
        let (alice, token) = a.account("alice").await;
        let created = a
            .post(
                "com.atproto.repo.createRecord",
                Some(&token),
                post_record(&alice, "first"),
            )
            .await;
        let rkey = created["uri"].as_str().unwrap().rsplit('/').next().unwrap();
        let earlier = a.export(&alice).await;
        let mut update = post_record(&alice, "first, edited");
        update["rkey"] = json!(rkey);
        a.post("com.atproto.repo.putRecord", Some(&token), update)
            .await;
        let second = a
            .post(
                "com.atproto.repo.createRecord",
                Some(&token),
                post_record(&alice, "second"),
            )
            .await;
        let second_rkey = second["uri"].as_str().unwrap().rsplit('/').next().unwrap();
        a.post(
            "com.atproto.repo.deleteRecord",
            Some(&token),
            json!({"repo": alice, "collection": "app.bsky.feed.post", "rkey": second_rkey}),
        )
        .await;
        let writes: Vec<Value> = (0..200)
            .map(|_| {
                json!({"$type": "com.atproto.repo.applyWrites#create", "collection": "app.bsky.feed.like",
                       "value": {"$type": "app.bsky.feed.like", "createdAt": "2026-12-01T00:00:00.000Z",
                                 "subject": {"uri": format!("at://{alice}/app.bsky.feed.post/{rkey}"),
                                             "cid": created["cid"]}}})
            })
            .collect();
        a.post(
            "com.atproto.repo.applyWrites",
            Some(&token),
            json!({"repo": alice, "writes": writes}),
        )
        .await;
        // A restore to the repository as it was after the first post.
        a.import(&token, earlier).await;
        a.post(
            "com.atproto.repo.createRecord",
            Some(&token),
            post_record(&alice, "after the restore"),
        )
        .await;
        self.alice = alice;
        self.alice_token = token;
    }

    /// Part 2: alice's handle change, deactivation and activation, and a post.
    pub async fn part_two(&mut self) {
        let (a, token, alice) = (&self.a, &self.alice_token, &self.alice);
        a.post(
            "com.atproto.identity.updateHandle",
            Some(token),
            json!({"handle": "alice2.test"}),
        )
        .await;
        a.post(
            "com.atproto.server.deactivateAccount",
            Some(token),
            json!({}),
        )
        .await;
        a.post(
            "com.atproto.server.activateAccount",
            Some(token),
            Value::Null,
        )
        .await;
        a.post(
            "com.atproto.repo.createRecord",
            Some(token),
            post_record(alice, "back"),
        )
        .await;
    }

    /// Part 3: carol comes and goes; mover starts on A.
    pub async fn part_three(&mut self) {
        let a = &self.a;
        let (carol, token) = a.account("carol").await;
        let delete_token = a
            .mailed_token("com.atproto.server.requestAccountDelete", &token)
            .await;
        a.post(
            "com.atproto.server.deleteAccount",
            None,
            json!({"did": carol, "password": "hunter2hunter2", "token": delete_token}),
        )
        .await;
        self.carol = carol;

        let (mover, token_a) = a.account("mover").await;
        a.post(
            "com.atproto.repo.createRecord",
            Some(&token_a),
            post_record(&mover, "before the move"),
        )
        .await;
        self.mover = mover;
        self.mover_token = token_a;
    }

    /// Part 4: mover migrates from A to B.
    pub async fn part_four(&mut self) {
        let (a, b, mover, token_a) = (&self.a, &self.b, &self.mover, &self.mover_token);
        let aud = b.app.service_did.replace('%', "%25");
        let auth = a
            .get(
                &format!("/xrpc/com.atproto.server.getServiceAuth?aud={aud}&lxm=com.atproto.server.createAccount"),
                token_a,
            )
            .await;
        let moved = b
            .post(
                "com.atproto.server.createAccount",
                auth["token"].as_str(),
                json!({"did": mover, "handle": "mover2.test", "email": "m2@example.com",
                       "password": "hunter2hunter2"}),
            )
            .await;
        let token_b = moved["accessJwt"].as_str().unwrap().to_owned();
        b.import(&token_b, a.export(mover).await).await;
        let mut creds = b
            .get(
                "/xrpc/com.atproto.identity.getRecommendedDidCredentials",
                &token_b,
            )
            .await;
        creds["token"] = json!(
            a.mailed_token("com.atproto.identity.requestPlcOperationSignature", token_a)
                .await
        );
        let signed = a
            .post(
                "com.atproto.identity.signPlcOperation",
                Some(token_a),
                creds,
            )
            .await;
        b.post(
            "com.atproto.identity.submitPlcOperation",
            Some(&token_b),
            signed,
        )
        .await;
        b.post(
            "com.atproto.server.activateAccount",
            Some(&token_b),
            Value::Null,
        )
        .await;
        a.post(
            "com.atproto.server.deactivateAccount",
            Some(token_a),
            json!({}),
        )
        .await;
        b.post(
            "com.atproto.repo.createRecord",
            Some(&token_b),
            post_record(mover, "after the move"),
        )
        .await;
    }
}
