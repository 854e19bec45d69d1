//! The PLC directory over HTTP on a real loopback listener, driven by our client and raw requests.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use lexgen::crypto::{Algorithm, Keypair};
use pds::plc::client::{ClientError, PlcClient, http_client};
use pds::plc::directory::Directory;
use pds::plc::server::serve;
use pds::plc::store::Store;
use pds::plc::{Operation, PlcOperation, SignedOperation};
use tokio::sync::oneshot;

struct Server {
    base: String,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

async fn start() -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let directory = Arc::new(Directory::new(Store::in_memory().unwrap()));
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, directory, async {
        let _ = stopped.await;
    }));
    Server {
        base,
        stop: Some(stop),
        task,
    }
}

impl Server {
    async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.await.unwrap().unwrap();
    }
}

fn key(byte: u8) -> Keypair {
    Keypair::from_private_bytes(Algorithm::K256, &[byte; 32]).unwrap()
}

fn genesis(recovery: &Keypair, rotation: &Keypair) -> SignedOperation {
    Operation::Plc(PlcOperation::atproto(
        &key(9).did_key(),
        "alice.test",
        "https://pds.example.com",
        vec![recovery.did_key(), rotation.did_key()],
        None,
    ))
    .sign(rotation)
    .unwrap()
}

fn update(prev: &SignedOperation, handle: &str, signer: &Keypair) -> SignedOperation {
    let mut op = prev.operation().normalized().unwrap();
    op.also_known_as = vec![format!("at://{handle}")];
    op.prev = Some(prev.cid().unwrap());
    Operation::Plc(op).sign(signer).unwrap()
}

#[tokio::test]
async fn lifecycle_over_http() {
    let server = start().await;
    let client = PlcClient::new(&server.base).unwrap();
    let (recovery, rotation) = (key(1), key(2));
    let genesis = genesis(&recovery, &rotation);
    let did = genesis.did().unwrap();

    assert!(matches!(
        client.get_document(did.as_str()).await,
        Err(ClientError::NotRegistered(_))
    ));
    client.submit(did.as_str(), &genesis).await.unwrap();
    let doc = client.get_document(did.as_str()).await.unwrap();
    assert_eq!(doc.id, did.as_str());
    assert_eq!(doc.also_known_as, ["at://alice.test"]);
    assert_eq!(doc.verification_method[0].id, format!("{did}#atproto"));
    assert_eq!(doc.verification_method[0].kind, "Multikey");
    assert_eq!(
        doc.verification_method[0].public_key_multibase,
        key(9).public_key().to_multikey()
    );
    assert_eq!(doc.service[0].id, "#atproto_pds");
    assert_eq!(doc.service[0].service_endpoint, "https://pds.example.com");

    let next = update(&genesis, "bob.test", &rotation);
    client.submit(did.as_str(), &next).await.unwrap();
    let data = client.get_document_data(did.as_str()).await.unwrap();
    assert_eq!(data.also_known_as, ["at://bob.test"]);
    assert_eq!(data.rotation_keys, [recovery.did_key(), rotation.did_key()]);
    assert_eq!(
        client.get_log(did.as_str()).await.unwrap(),
        [genesis.clone(), next.clone()]
    );
    assert_eq!(client.get_last_op(did.as_str()).await.unwrap(), next);
    assert_eq!(client.resolve_verified(&did).await.unwrap(), data);
    assert_eq!(client.audit(&did).await.unwrap(), Some(data.clone()));
    let audit = client.get_audit_log(did.as_str()).await.unwrap();
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[1].cid, next.cid().unwrap());

    // Rejections carry the reason.
    let forged = update(&next, "evil.test", &key(7));
    match client.submit(did.as_str(), &forged).await {
        Err(ClientError::Rejected { status, message }) => {
            assert_eq!(status, 400);
            assert!(message.contains("Invalid signature"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let stale = update(&genesis, "stale.test", &rotation);
    match client.submit(did.as_str(), &stale).await {
        // Same-priority fork of `next` (signed by the same key) is not a recovery.
        Err(ClientError::Rejected {
            status: 400,
            message,
        }) => {
            assert!(message.contains("higher-priority"), "{message}")
        }
        other => panic!("{other:?}"),
    }

    // A recovery by the higher-priority key nullifies `next`.
    let recover = update(&genesis, "recovered.test", &recovery);
    client.submit(did.as_str(), &recover).await.unwrap();
    let audit = client.get_audit_log(did.as_str()).await.unwrap();
    assert_eq!(
        audit.iter().map(|e| e.nullified).collect::<Vec<_>>(),
        [false, true, false]
    );
    assert!(client.audit(&did).await.unwrap().is_some());
    assert_eq!(client.get_log(did.as_str()).await.unwrap().len(), 2);

    // Tombstone: 410 on the document and the data, the log stays readable.
    let dead = Operation::Tombstone {
        prev: recover.cid().unwrap(),
    }
    .sign(&rotation)
    .unwrap();
    client.submit(did.as_str(), &dead).await.unwrap();
    assert!(matches!(
        client.get_document(did.as_str()).await,
        Err(ClientError::Tombstoned(_))
    ));
    assert!(matches!(
        client.get_document_data(did.as_str()).await,
        Err(ClientError::Tombstoned(_))
    ));
    assert_eq!(client.get_last_op(did.as_str()).await.unwrap(), dead);
    assert!(matches!(
        client.resolve_verified(&did).await,
        Err(ClientError::Tombstoned(_))
    ));
    server.shutdown().await;
}

#[tokio::test]
async fn raw_http_shapes() {
    let server = start().await;
    let http = http_client(std::time::Duration::from_secs(10)).unwrap();
    let client = PlcClient::with_http(http.clone(), &server.base);
    let genesis = genesis(&key(1), &key(2));
    let did = genesis.did().unwrap();

    let health = http
        .get(format!("{}/_health", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(health.status(), 200);
    let body: serde_json::Value = health.json_body().await;
    assert!(body["version"].is_string());

    let missing = http
        .get(format!("{}/{did}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let body: serde_json::Value = missing.json_body().await;
    assert_eq!(body["message"], format!("DID not registered: {did}"));
    let missing_log = http
        .get(format!("{}/{did}/log/audit", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(missing_log.status(), 404);

    // Malformed bodies.
    for body in ["not json", "{}", r#"{"type":"plc_operation"}"#, "[]"] {
        let response = http
            .post(format!("{}/{did}", server.base))
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
        let json: serde_json::Value = response.json_body().await;
        assert!(json["message"].is_string());
    }
    // Oversized body.
    let huge = "x".repeat(100 * 1024);
    let response = http
        .post(format!("{}/{did}", server.base))
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    // Genesis posted under the wrong DID.
    let response = http
        .post(format!("{}/did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", server.base))
        .body(genesis.to_json().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);

    // Percent-encoded DIDs (as the TypeScript client sends them) work.
    let encoded = did.as_str().replace(':', "%3A");
    let response = http
        .post(format!("{}/{encoded}", server.base))
        .header("content-type", "application/json")
        .body(genesis.to_json().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let doc = http
        .get(format!("{}/{did}", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(doc.status(), 200);
    assert!(
        doc.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/did+ld+json")
    );
    let doc: serde_json::Value = doc.json_body().await;
    assert_eq!(
        doc["@context"],
        serde_json::json!([
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/multikey/v1",
            "https://w3id.org/security/suites/secp256k1-2019/v1"
        ])
    );

    // Export: JSON lines, sequenced when `after` is a number.
    let other = genesis_for(3);
    client
        .submit(other.did().unwrap().as_str(), &other)
        .await
        .unwrap();
    let export = http
        .get(format!("{}/export", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(export.status(), 200);
    let text = export.text().await.unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["did"], did.as_str());
    assert_eq!(lines[0]["cid"], genesis.cid().unwrap().to_string());
    assert_eq!(lines[0]["nullified"], false);
    assert!(lines[0]["createdAt"].is_string());
    let after = http
        .get(format!("{}/export?after=1&count=5", server.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line: serde_json::Value = serde_json::from_str(after.trim()).unwrap();
    assert_eq!(line["type"], "sequenced_op");
    assert_eq!(line["seq"], 2);
    assert_eq!(line["did"], other.did().unwrap().as_str());
    let bad = http
        .get(format!("{}/export?count=0", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let bad = http
        .get(format!("{}/export?after=yesterday", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let by_time = http
        .get(format!(
            "{}/export?after=2000-01-01T00:00:00.000Z&count=1",
            server.base
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(by_time.lines().count(), 1);
    server.shutdown().await;
}

fn genesis_for(byte: u8) -> SignedOperation {
    genesis(&key(byte), &key(byte + 100))
}

trait JsonBody {
    async fn json_body(self) -> serde_json::Value;
}

impl JsonBody for reqwest::Response {
    async fn json_body(self) -> serde_json::Value {
        serde_json::from_slice(&self.bytes().await.unwrap()).unwrap()
    }
}

#[tokio::test]
async fn file_store_survives_restart() {
    let dir = std::env::temp_dir().join(format!("atmos-plc-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("plc.sqlite");
    let _ = std::fs::remove_file(&path);
    let genesis = genesis_for(5);
    let did = genesis.did().unwrap();
    {
        let directory = Directory::new(Store::open(&path).unwrap());
        directory
            .submit(
                did.as_str(),
                genesis.clone(),
                lexgen::model::Datetime::now(),
            )
            .unwrap();
    }
    let directory = Directory::new(Store::open(&path).unwrap());
    let last = directory.last(did.as_str()).unwrap().unwrap();
    assert_eq!(last.operation, genesis);
    drop(directory);
    let _ = std::fs::remove_dir_all(&dir);
}
