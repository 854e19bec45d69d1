//! A relay's checks on every firehose event, as a test consumer: it reads `subscribeRepos` over a real
//! WebSocket and validates each frame the way relays do under Sync 1.1 (indigo's `relay`, the spec's
//! message validation checklist), failing the test on the first violation:
//!
//! - frames decode (header, then a payload the lexicon's union reads), `seq` strictly increases, frames and
//!   `blocks` within 2 MB, at most 200 ops, each record block within 1 MB and present with its CID;
//! - `#commit`: the commit is the CAR root, `repo`/`rev` equal the commit's, the signature verifies with the
//!   `#atproto` key of the DID document resolved through the PLC directory over HTTP (re-resolved once, as
//!   relays do, when it fails), `rev` strictly above the account's previous one and not in the future,
//!   `since` the previous `rev`, `prevData` the previous `data`, op shapes, no duplicate paths, and the ops
//!   inverted on the partial tree in `blocks` give back `prevData`;
//! - `#sync`: a CAR holding only the signed commit, `rev` its rev, not below the previous one;
//! - `#identity`: the key is resolved afresh, and the handle it names is one the DID's PLC log gave it;
//! - `#account`: inactive accounts say why, and no `#commit` or `#sync` arrives for an account that is not
//!   active (relays drop them), nothing at all after `deleted`.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use futures_util::StreamExt;
use lexgen::crypto::PublicKey;
use lexgen::model::{Cid, Datetime, Did, Tid, Value, drisl};
use lexgen::xrpc::{Frame, decode_frame};
use lexicons::com::atproto::sync::subscribe_repos;
use pds::repo::car::{CarLimits, CarReader};
use pds::repo::{BlockStore, Commit, MemoryBlockStore, Mst};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{WebSocketStream, client_async};

/// Largest `blocks` in a `#commit` (bytes).
pub const MAX_BLOCKS_BYTES: usize = 2_000_000;
/// Largest frame (the brief's 2 MB: `blocks` at its limit plus 200 ops still fit).
pub const MAX_FRAME_BYTES: usize = 2 * 1024 * 1024;
/// Most ops in one `#commit`.
pub const MAX_OPS: usize = 200;
/// Largest record block (bytes).
pub const MAX_RECORD_BYTES: usize = 1_000_000;
/// How far in the future a `rev` may be.
const REV_CLOCK_SKEW_MICROS: u64 = 5 * 60 * 1_000_000;

/// One event as the relay accepted it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seen {
    pub seq: i64,
    /// `#commit`, `#sync`, `#identity` or `#account`.
    pub kind: String,
    pub did: String,
    /// `#commit`: how many ops; `#account`: 1 when active, 0 otherwise.
    pub detail: i64,
}

/// What the relay knows of one account.
#[derive(Default)]
struct Account {
    /// `None` until an `#account` event or a first commit says so (a new account's events start with
    /// `#identity`, `#account`).
    active: Option<bool>,
    deleted: bool,
    rev: Option<Tid>,
    data: Option<Cid>,
    key: Option<PublicKey>,
}

/// The consumer: one WebSocket, the relay's state, and everything it accepted.
pub struct Relay {
    socket: WebSocketStream<TcpStream>,
    plc: String,
    http: reqwest::Client,
    accounts: HashMap<String, Account>,
    last_seq: Option<i64>,
    pub seen: Vec<Seen>,
}

impl Relay {
    /// Subscribes to the PDS at `addr` (from `cursor`, or live) and resolves DIDs through the PLC
    /// directory at `plc` (`GET {plc}/{did}`, as `@atproto/identity` and indigo do).
    pub async fn connect(addr: std::net::SocketAddr, cursor: Option<i64>, plc: &str) -> Relay {
        let stream = TcpStream::connect(addr).await.unwrap();
        let query = cursor.map(|c| format!("?cursor={c}")).unwrap_or_default();
        let url = format!("ws://{addr}/xrpc/com.atproto.sync.subscribeRepos{query}");
        let (socket, _) = client_async(url, stream).await.unwrap();
        Relay {
            socket,
            plc: plc.trim_end_matches('/').to_owned(),
            http: pds::plc::client::http_client(Duration::from_secs(10)).unwrap(),
            accounts: HashMap::new(),
            last_seq: None,
            seen: Vec::new(),
        }
    }

    /// Reads and checks events until one with `seq` at least `until` has been accepted.
    pub async fn read_until(&mut self, until: i64) {
        while self.last_seq.is_none_or(|last| last < until) {
            let message = tokio::time::timeout(Duration::from_secs(10), self.socket.next())
                .await
                .unwrap_or_else(|_| panic!("no event within 10 s (waiting for seq {until})"))
                .expect("the firehose stays open")
                .unwrap();
            match message {
                Message::Binary(bytes) => self.check_frame(&bytes).await,
                Message::Close(frame) => panic!("the firehose closed: {frame:?}"),
                _ => {}
            }
        }
    }

    async fn check_frame(&mut self, bytes: &[u8]) {
        assert!(
            bytes.len() <= MAX_FRAME_BYTES,
            "frame of {} bytes",
            bytes.len()
        );
        let (header, rest) = drisl::decode_prefix(bytes).unwrap();
        assert_eq!(
            header.get("op").and_then(Value::as_integer),
            Some(1),
            "an error frame: {:?}",
            drisl::decode(rest)
        );
        let kind = header.get("t").and_then(Value::as_str).unwrap().to_owned();
        let message = decode_frame::<subscribe_repos::Message>(bytes, subscribe_repos::NSID)
            .unwrap_or_else(|e| panic!("{kind}: the lexicon's union does not read it: {e}"));
        assert!(matches!(message, Frame::Message(_)));
        let payload = drisl::decode(rest).unwrap();
        let seq = payload.get("seq").and_then(Value::as_integer).unwrap();
        if let Some(last) = self.last_seq {
            assert!(seq > last, "seq {seq} after {last}");
        }
        let time = payload.get("time").and_then(Value::as_str).unwrap();
        time.parse::<Datetime>()
            .unwrap_or_else(|e| panic!("{kind} {seq}: time {time:?}: {e}"));
        let did_key = if kind == "#commit" { "repo" } else { "did" };
        let did = payload
            .get(did_key)
            .and_then(Value::as_str)
            .unwrap()
            .to_owned();
        did.parse::<Did>().unwrap();
        let account = self.accounts.entry(did.clone()).or_default();
        assert!(!account.deleted, "{kind} {seq} for deleted account {did}");
        let detail = match kind.as_str() {
            "#commit" => self.check_commit(&did, &payload).await,
            "#sync" => self.check_sync(&did, &payload).await,
            "#identity" => self.check_identity(&did, &payload).await,
            "#account" => self.check_account(&did, &payload),
            other => panic!("unexpected event {other}"),
        };
        self.last_seq = Some(seq);
        self.seen.push(Seen {
            seq,
            kind,
            did,
            detail,
        });
    }

    /// The account's current `#atproto` key from its DID document (cached; `refresh` resolves again).
    async fn key(&mut self, did: &str, refresh: bool) -> PublicKey {
        if !refresh && let Some(key) = self.accounts.get(did).and_then(|a| a.key) {
            return key;
        }
        let doc = self.resolve(did).await;
        let multibase = doc["verificationMethod"]
            .as_array()
            .unwrap()
            .iter()
            .find(|method| {
                let id = method["id"].as_str().unwrap_or_default();
                id == "#atproto" || id == format!("{did}#atproto")
            })
            .and_then(|method| method["publicKeyMultibase"].as_str())
            .unwrap_or_else(|| panic!("{did}: no #atproto key in {doc}"));
        let key = PublicKey::from_multikey(multibase).unwrap();
        self.accounts.get_mut(did).unwrap().key = Some(key);
        key
    }

    async fn resolve(&self, did: &str) -> serde_json::Value {
        self.get_json(did).await
    }

    /// `GET {plc}/{path}`, which must succeed.
    async fn get_json(&self, path: &str) -> serde_json::Value {
        let url = format!("{}/{path}", self.plc);
        let response = self.http.get(&url).send().await.unwrap();
        assert!(
            response.status().is_success(),
            "{url}: {}",
            response.status()
        );
        serde_json::from_slice(&response.bytes().await.unwrap()).unwrap()
    }

    /// Verifies `commit` with the account's key, resolving it again once on failure (a rotated key).
    async fn verify(&mut self, did: &str, commit: &Commit) {
        let key = self.key(did, false).await;
        if commit.verify(&key).is_ok() {
            return;
        }
        let key = self.key(did, true).await;
        commit
            .verify(&key)
            .unwrap_or_else(|e| panic!("{did} rev {}: signature: {e}", commit.rev));
    }

    /// The commit in a CAR whose root it must be; the blocks, each checked against its CID.
    fn read_commit(did: &str, payload: &Value, cid: Cid) -> (Commit, MemoryBlockStore, usize) {
        let blocks = payload.get("blocks").and_then(Value::as_bytes).unwrap();
        assert!(
            !blocks.is_empty() && blocks.len() <= MAX_BLOCKS_BYTES,
            "blocks of {} bytes",
            blocks.len()
        );
        let reader = CarReader::new(blocks, CarLimits::default()).unwrap();
        assert_eq!(reader.roots(), [cid], "the CAR root is the commit");
        let blocks: Vec<_> = reader.collect::<Result<_, _>>().unwrap();
        let count = blocks.len();
        let mut store = MemoryBlockStore::new();
        store.extend(blocks);
        let bytes = store.get_block(&cid).unwrap().expect("the commit block");
        let commit = Commit::decode(cid, &bytes).unwrap();
        assert_eq!(
            commit.did.as_str(),
            did,
            "the commit is by the event's account"
        );
        assert_eq!(commit.version, 3);
        assert!(!commit.sig.is_empty());
        (commit, store, count)
    }

    fn check_rev_not_in_future(did: &str, rev: Tid) {
        let now = Tid::now().timestamp_micros();
        assert!(
            rev.timestamp_micros() <= now + REV_CLOCK_SKEW_MICROS,
            "{did}: rev {rev} is in the future"
        );
    }

    async fn check_commit(&mut self, did: &str, payload: &Value) -> i64 {
        let account = &self.accounts[did];
        assert_eq!(
            account.active,
            Some(true),
            "#commit for {did}, which is not active (a relay drops it)"
        );
        assert_eq!(payload.get("tooBig").and_then(Value::as_bool), Some(false));
        assert_eq!(payload.get("rebase").and_then(Value::as_bool), Some(false));
        let cid = payload.get("commit").and_then(Value::as_link).unwrap();
        let (commit, store, _) = Self::read_commit(did, payload, cid);
        let rev_text = payload.get("rev").and_then(Value::as_str).unwrap();
        assert_eq!(rev_text, commit.rev.to_string(), "rev is the commit's");
        Self::check_rev_not_in_future(did, commit.rev);
        let since = payload.get("since").unwrap();
        let prev_data = payload.get("prevData").and_then(Value::as_link);
        match (account.rev, account.data) {
            (Some(rev), Some(data)) => {
                assert!(commit.rev > rev, "{did}: rev {} after {rev}", commit.rev);
                assert_eq!(
                    since.as_str(),
                    Some(rev.to_string().as_str()),
                    "{did}: since"
                );
                assert_eq!(prev_data, Some(data), "{did}: prevData");
            }
            _ => {
                assert!(since.is_null(), "{did}: the first commit has since null");
                assert!(
                    prev_data.is_none(),
                    "{did}: the first commit has no prevData"
                );
            }
        }
        self.verify(did, &commit).await;

        let ops = payload.get("ops").and_then(Value::as_array).unwrap();
        assert!(ops.len() <= MAX_OPS, "{} ops", ops.len());
        let mut tree = Mst::load(&store, commit.data).unwrap();
        let mut paths = HashSet::new();
        for op in ops {
            let path = op.get("path").and_then(Value::as_str).unwrap();
            assert!(paths.insert(path), "{did}: duplicate path {path}");
            let cid = op.get("cid").unwrap();
            let prev = op.get("prev").and_then(Value::as_link);
            let action = op.get("action").and_then(Value::as_str).unwrap();
            if let Some(cid) = cid.as_link() {
                let record = store
                    .get_block(&cid)
                    .unwrap()
                    .unwrap_or_else(|| panic!("{did}: {action} {path}: record block missing"));
                assert!(record.len() <= MAX_RECORD_BYTES, "{path}: record too large");
                assert_eq!(Cid::for_dag_cbor(&record), cid, "{path}: record CID");
            }
            match action {
                "create" => {
                    assert!(cid.as_link().is_some() && op.get("prev").is_none());
                    assert_eq!(tree.get(&store, path).unwrap(), cid.as_link());
                    assert!(tree.delete(&store, path).unwrap());
                }
                "update" => {
                    assert!(cid.as_link().is_some() && prev.is_some());
                    assert_eq!(tree.get(&store, path).unwrap(), cid.as_link());
                    tree.insert(&store, path, prev.unwrap()).unwrap();
                }
                "delete" => {
                    assert!(cid.is_null() && prev.is_some());
                    assert_eq!(tree.get(&store, path).unwrap(), None);
                    tree.insert(&store, path, prev.unwrap()).unwrap();
                }
                other => panic!("unknown action {other}"),
            }
        }
        if let Some(prev_data) = prev_data {
            let (root, _) = tree.finalize().unwrap();
            assert_eq!(root, prev_data, "{did}: the inverted tree is prevData");
        }
        let account = self.accounts.get_mut(did).unwrap();
        account.rev = Some(commit.rev);
        account.data = Some(commit.data);
        ops.len() as i64
    }

    async fn check_sync(&mut self, did: &str, payload: &Value) -> i64 {
        let account = &self.accounts[did];
        assert_eq!(
            account.active,
            Some(true),
            "#sync for {did}, which is not active (a relay drops it)"
        );
        let blocks = payload.get("blocks").and_then(Value::as_bytes).unwrap();
        let roots = CarReader::new(blocks, CarLimits::default())
            .unwrap()
            .roots()
            .to_vec();
        let [cid] = roots[..] else {
            panic!("{did}: #sync CAR roots {roots:?}")
        };
        let (commit, _, count) = Self::read_commit(did, payload, cid);
        assert_eq!(count, 1, "{did}: #sync carries only the commit block");
        let rev_text = payload.get("rev").and_then(Value::as_str).unwrap();
        assert_eq!(rev_text, commit.rev.to_string(), "rev is the commit's");
        Self::check_rev_not_in_future(did, commit.rev);
        if let Some(rev) = account.rev {
            assert!(
                commit.rev >= rev,
                "{did}: #sync rev {} after {rev}",
                commit.rev
            );
        }
        self.verify(did, &commit).await;
        let account = self.accounts.get_mut(did).unwrap();
        account.rev = Some(commit.rev);
        account.data = Some(commit.data);
        0
    }

    async fn check_identity(&mut self, did: &str, payload: &Value) -> i64 {
        // An identity change may rotate the key: resolve afresh.
        self.key(did, true).await;
        if let Some(handle) = payload.get("handle").and_then(Value::as_str)
            && handle != "handle.invalid"
        {
            // The handle the DID named when the event was emitted: one of its operations gave it (a
            // consumer behind the live stream may already see a later handle in the document).
            let log = self.get_json(&format!("{did}/log/audit")).await;
            let named = log.as_array().unwrap().iter().any(|entry| {
                entry["operation"]["alsoKnownAs"]
                    .as_array()
                    .is_some_and(|aka| aka.iter().any(|u| u == &format!("at://{handle}")))
            });
            assert!(
                named,
                "{did}: #identity handle {handle} is not in its PLC log"
            );
        }
        0
    }

    fn check_account(&mut self, did: &str, payload: &Value) -> i64 {
        let active = payload.get("active").and_then(Value::as_bool).unwrap();
        let status = payload.get("status").and_then(Value::as_str);
        let account = self.accounts.get_mut(did).unwrap();
        if active {
            assert!(status.is_none(), "{did}: active with status {status:?}");
        } else {
            let status = status.unwrap_or_else(|| panic!("{did}: inactive without a status"));
            assert!(
                [
                    "takendown",
                    "suspended",
                    "deleted",
                    "deactivated",
                    "desynchronized",
                    "throttled"
                ]
                .contains(&status),
                "{did}: status {status}"
            );
            account.deleted = status == "deleted";
        }
        account.active = Some(active);
        i64::from(active)
    }
}
