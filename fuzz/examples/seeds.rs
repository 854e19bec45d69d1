//! Writes the seed corpora (`fuzz/corpus/<target>/`) with our own encoders, from the project's record
//! fixtures and lexicons, the interop vectors beside the workspace (read, never copied: override their
//! place with `ATPROTO_INTEROP_TESTS`) and small repositories, tokens, operations and frames built here.
//!
//! `cargo run --example seeds` from `fuzz/` (any toolchain); existing files are kept.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use atmos_fuzz::{AUDIENCE, RECORD_COLLECTIONS, SESSION_SECRET, k256_key, p256_key};
use lexgen::model::{Cid, Datetime, Did, Handle, Map, Tid, Value};
use lexgen::typed::Typed;
use lexgen::xrpc::encode_frame;
use lexicons::com::atproto::sync::subscribe_repos::{Message, NSID};
use pds::auth::jwt::{
    ServiceClaims, SessionClaims, TYP_ACCESS, TYP_REFRESH, sign_service, sign_session,
};
use pds::firehose::messages::{account_event, identity_event, sync_event};
use pds::hosting::{AccountStatus, InactiveStatus};
use pds::plc::{Operation, PlcOperation, SignedOperation};
use pds::repo::car::CarWriter;
use pds::repo::{Head, MemoryBlockStore, Write, apply_writes};
use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn interop_dir() -> PathBuf {
    match std::env::var_os("ATPROTO_INTEROP_TESTS") {
        Some(dir) => PathBuf::from(dir),
        None => root().join("../shared/reference/interop-tests"),
    }
}

/// Writes `bytes` into the corpus of `target`, named by its hash as libFuzzer names inputs.
fn seed(target: &str, bytes: &[u8]) {
    let dir = root().join("fuzz/corpus").join(target);
    fs::create_dir_all(&dir).expect("corpus directory");
    let name: String = Sha256::digest(bytes)[..20]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    fs::write(dir.join(name), bytes).expect("seed file");
}

/// The interop vector file `path`, parsed (an empty list when the vectors are not there).
fn interop(path: &str) -> Vec<Json> {
    let file = interop_dir().join(path);
    match fs::read(&file) {
        Ok(bytes) => serde_json::from_slice(&bytes).expect("interop JSON"),
        Err(_) => {
            eprintln!("skipping {}: not found", file.display());
            Vec::new()
        }
    }
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.map(|e| e.expect("dir entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

fn text(json: &Json) -> Vec<u8> {
    serde_json::to_vec(json).expect("JSON text")
}

/// Record fixtures: every data-model value also goes to the DAG-CBOR and JSON targets.
fn records() -> Vec<Value> {
    let mut files = Vec::new();
    json_files(&root().join("tests/fixtures/records"), &mut files);
    let mut values = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let bytes = fs::read(file).expect("fixture");
        let collection = file
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str());
        let pick = RECORD_COLLECTIONS
            .iter()
            .position(|c| Some(*c) == collection);
        // Every other fixture keeps the corpus small; the valid ones all go in.
        if i % 2 == 0 || file.starts_with(root().join("tests/fixtures/records/valid")) {
            let mut input = vec![pick.map_or(u8::MAX, |p| p as u8)];
            input.extend_from_slice(&bytes);
            seed("record_text", &input);
        }
        let Ok(json) = serde_json::from_slice::<Json>(&bytes) else {
            continue;
        };
        seed("json_value", &text(&json));
        if let Ok(value) = Value::from_json(&json) {
            values.push(value);
        }
    }
    values
}

fn data_model(values: &[Value]) {
    for case in interop("data-model/data-model-fixtures.json") {
        if let Ok(value) = Value::from_json(&case["json"]) {
            seed("drisl", &value.to_drisl().expect("encode"));
        }
        seed("json_value", &text(&case["json"]));
    }
    for file in [
        "data-model/data-model-valid.json",
        "data-model/data-model-invalid.json",
    ] {
        for case in interop(file) {
            seed("json_value", &text(&case["json"]));
        }
    }
    for value in values {
        if let Ok(bytes) = value.to_drisl() {
            seed("drisl", &bytes);
        }
    }
}

fn lexicon_documents() {
    let mut files = Vec::new();
    json_files(&root().join("lexicons"), &mut files);
    for (i, file) in files.iter().enumerate() {
        // One document in three, plus every cv.atmos one (the project's own).
        if i % 3 == 0 || file.to_string_lossy().contains("/cv/") {
            seed("lexicon", &fs::read(file).expect("lexicon"));
        }
    }
    for file in ["lexicon/lexicon-valid.json", "lexicon/lexicon-invalid.json"] {
        for case in interop(file) {
            seed("lexicon", &text(&case["lexicon"]));
        }
    }
    for name in [
        "record",
        "query",
        "procedure",
        "subscription",
        "permission-set",
    ] {
        let file = interop_dir().join(format!("lexicon/catalog/{name}.json"));
        if let Ok(bytes) = fs::read(&file) {
            let json: Json = serde_json::from_slice(&bytes).expect("catalog JSON");
            let mut input = text(&json);
            input.push(0);
            input.extend_from_slice(br#"{"$type":"example.lexicon.record","integer":1}"#);
            seed("lexicon", &input);
        }
    }
}

fn query(pairs: &[(&str, &str)]) -> Vec<u8> {
    serde_urlencoded::to_string(pairs)
        .expect("query")
        .into_bytes()
}

fn xrpc_params() {
    let did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz";
    let uri = "at://did:plc:ewvi7nxzyoun6zhxrhs64oiz/app.bsky.feed.post/3jzfcijpj2z2a";
    let cid = "bafyreie5cvv4h45feadgeuwhbcutmh6t2ceseocckahdoe6uat64zmz454";
    let cases: &[&[(&str, &str)]] = &[
        &[
            ("repo", did),
            ("collection", "app.bsky.feed.post"),
            ("limit", "10"),
            ("reverse", "true"),
        ],
        &[
            ("repo", "alice.test"),
            ("collection", "app.bsky.feed.post"),
            ("cursor", "3jzfcijpj2z2a"),
        ],
        &[
            ("repo", did),
            ("collection", "app.bsky.feed.post"),
            ("rkey", "3jzfcijpj2z2a"),
            ("cid", cid),
        ],
        &[("did", did), ("cid", cid)],
        &[("did", did), ("cids", cid), ("cids", cid)],
        &[("did", did), ("since", "3jzfcijpj2z2a")],
        &[("limit", "500"), ("cursor", "")],
        &[("cursor", "42")],
        &[("uriPatterns", "*"), ("sources", did), ("limit", "50")],
        &[("uris", uri), ("uris", uri)],
        &[
            ("q", "hello"),
            ("sort", "top"),
            ("since", "2024-01-01T00:00:00Z"),
            ("lang", "en"),
            ("tag", "a"),
        ],
        &[
            ("actor", did),
            ("filter", "posts_with_media"),
            ("includePins", "true"),
        ],
        &[("actors", did), ("actors", "alice.test")],
        &[],
    ];
    for pairs in cases {
        seed("xrpc_params", &query(pairs));
    }
}

fn jwts() {
    let session = SessionClaims {
        scope: "com.atproto.access".into(),
        aud: AUDIENCE.into(),
        sub: "did:plc:ewvi7nxzyoun6zhxrhs64oiz".into(),
        iat: 1_699_990_000,
        exp: 1_700_010_000,
        jti: Some("token-id".into()),
        lxm: None,
        cnf: None,
    };
    for typ in [TYP_ACCESS, TYP_REFRESH] {
        for secret in [SESSION_SECRET, b"another secret".as_slice()] {
            seed(
                "jwt",
                sign_session(secret, typ, &session)
                    .expect("sign")
                    .as_bytes(),
            );
        }
    }
    let service = ServiceClaims {
        iss: "did:plc:ewvi7nxzyoun6zhxrhs64oiz".into(),
        aud: AUDIENCE.into(),
        exp: 1_700_000_060,
        iat: 1_700_000_000,
        lxm: Some("com.atproto.repo.createRecord".into()),
        jti: "nonce".into(),
    };
    for key in [k256_key(), p256_key()] {
        seed("jwt", sign_service(key, &service).expect("sign").as_bytes());
    }
    let expired = ServiceClaims {
        exp: 1,
        lxm: None,
        ..service
    };
    seed(
        "jwt",
        sign_service(k256_key(), &expired).expect("sign").as_bytes(),
    );
}

fn plc_operations() {
    let rotation = k256_key();
    let signing = p256_key();
    let genesis = Operation::Plc(PlcOperation::atproto(
        &signing.did_key(),
        "alice.example.com",
        "https://pds.example.com",
        vec![rotation.did_key(), signing.did_key()],
        None,
    ))
    .sign(rotation)
    .expect("sign");
    seed("plc_operation", &text(&genesis.to_json()));
    let mut next = genesis.operation().normalized().expect("not a tombstone");
    next.also_known_as = vec!["at://bob.example.com".into()];
    next.prev = Some(genesis.cid().expect("cid"));
    let next = Operation::Plc(next).sign(rotation).expect("sign");
    seed("plc_operation", &text(&next.to_json()));
    let tombstone = Operation::Tombstone {
        prev: next.cid().expect("cid"),
    }
    .sign(signing)
    .expect("sign");
    seed("plc_operation", &text(&tombstone.to_json()));
    let legacy = json!({
        "type": "create",
        "signingKey": signing.did_key(),
        "recoveryKey": rotation.did_key(),
        "handle": "carol.example.com",
        "service": "pds.example.com",
        "prev": null,
        "sig": "AAAA",
    });
    let legacy = SignedOperation::from_json(&legacy).expect("legacy create");
    let legacy = legacy.operation().clone().sign(rotation).expect("sign");
    seed("plc_operation", &text(&legacy.to_json()));
}

/// A repository of `records`, in a few commits; returns every block and the CARs of each commit.
fn repository(values: &[Value]) -> Vec<(Cid, Vec<u8>)> {
    let mut store = MemoryBlockStore::new();
    let did: Did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz".parse().expect("did");
    let collections = [
        "app.bsky.feed.post",
        "app.bsky.feed.like",
        "cv.atmos.portfolio.entry",
    ];
    let mut head: Option<Head> = None;
    let mut all = Vec::new();
    let mut tid = 0x0003_0000_0000_0000_u64;
    for batch in values.chunks(20).take(4) {
        let writes = batch
            .iter()
            .enumerate()
            .filter_map(|(i, value)| {
                let bytes = value.to_drisl().ok()?;
                tid += 1_000_003;
                let rkey = Tid::from_u64(tid);
                Some(Write::Create {
                    key: format!("{}/{rkey}", collections[i % collections.len()]),
                    record: (Cid::for_dag_cbor(&bytes), bytes),
                })
            })
            .collect();
        let result = apply_writes(&store, &did, head.take(), writes, k256_key()).expect("commit");
        let mut car = CarWriter::new(Vec::new(), result.commit_cid).expect("car");
        for (cid, bytes) in &result.new_blocks {
            car.write_block(cid, bytes).expect("car");
        }
        seed("car", &car.finish().expect("car"));
        store.extend(result.new_blocks.iter().cloned());
        all.extend(result.new_blocks.iter().cloned());
        head = Some(Head {
            rev: result.commit.rev,
            tree: result.tree,
        });
    }
    all
}

fn repo_blocks(blocks: &[(Cid, Vec<u8>)]) {
    let mut car = CarWriter::without_root(Vec::new()).expect("car");
    for (cid, bytes) in blocks.iter().take(12) {
        car.write_block(cid, bytes).expect("car");
    }
    seed("car", &car.finish().expect("car"));
    for (_, bytes) in blocks {
        if bytes.starts_with(&[0xa2, 0x61, b'e']) {
            seed("mst_node", bytes);
        } else {
            seed("drisl", bytes);
        }
    }
}

fn firehose(blocks: &[(Cid, Vec<u8>)]) {
    let did: Did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz".parse().expect("did");
    let handle: Handle = "alice.test".parse().expect("handle");
    let time: Datetime = "2024-01-01T00:00:00.000Z".parse().expect("datetime");
    let frame = |kind: &str, payload: &[u8]| {
        let mut header = Map::new();
        header.insert("op", Value::Integer(1));
        header.insert("t", Value::String(kind.to_owned()));
        let mut out = Value::Map(header).to_drisl().expect("header");
        out.extend_from_slice(payload);
        out
    };
    let events = [
        identity_event(&did, Some(&handle), &time),
        identity_event(&did, None, &time),
        account_event(&did, AccountStatus::Active, &time),
        account_event(
            &did,
            AccountStatus::Inactive(InactiveStatus::Takendown),
            &time,
        ),
    ];
    for event in events {
        let event = event.expect("event");
        seed("firehose_frame", &frame(event.kind, &event.payload));
    }
    if let Some((commit_cid, commit)) = blocks
        .iter()
        .rev()
        .find(|(_, b)| !b.starts_with(&[0xa2, 0x61, b'e']))
    {
        let rev = Tid::from_u64(0x0003_0000_0000_0000);
        let event = sync_event(&did, *commit_cid, commit, rev, &time).expect("sync");
        seed("firehose_frame", &frame(event.kind, &event.payload));
    }
    // A `#commit` with a CAR slice, built as a message and encoded by the frame encoder.
    let mut car = CarWriter::new(Vec::new(), blocks[0].0).expect("car");
    for (cid, bytes) in blocks.iter().take(4) {
        car.write_block(cid, bytes).expect("car");
    }
    let car = car.finish().expect("car");
    let commit = Value::from_json(&json!({
        "$type": "com.atproto.sync.subscribeRepos#commit",
        "seq": 7, "rebase": false, "tooBig": false, "repo": did.to_string(),
        "commit": {"$link": blocks[0].0.to_string()}, "rev": "3jzfcijpj2z2a", "since": null,
        "blocks": {"$bytes": lexgen_base64(&car)},
        "ops": [{"action": "create", "path": "app.bsky.feed.post/3jzfcijpj2z2a",
                 "cid": {"$link": blocks[0].0.to_string()}}],
        "blobs": [], "time": "2024-01-01T00:00:00.000Z",
    }))
    .expect("commit message");
    let info = Value::from_json(&json!({
        "$type": "com.atproto.sync.subscribeRepos#info", "name": "OutdatedCursor", "message": "old"
    }))
    .expect("info message");
    for value in [commit, info] {
        let message = Message::from_value(value, lexgen::typed::Path::ROOT).expect("message");
        seed(
            "firehose_frame",
            &encode_frame(&message, NSID).expect("frame"),
        );
    }
    let mut header = Map::new();
    header.insert("op", Value::Integer(-1));
    let mut body = BTreeMap::new();
    body.insert("error", "FutureCursor");
    let mut payload = Map::new();
    for (k, v) in body {
        payload.insert(k, Value::String(v.to_owned()));
    }
    let mut out = Value::Map(header).to_drisl().expect("header");
    out.extend(Value::Map(payload).to_drisl().expect("payload"));
    seed("firehose_frame", &out);
}

fn lexgen_base64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes)
}

fn main() {
    let values = records();
    data_model(&values);
    lexicon_documents();
    xrpc_params();
    jwts();
    plc_operations();
    let blocks = repository(&values);
    repo_blocks(&blocks);
    firehose(&blocks);
}
