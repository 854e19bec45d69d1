//! did:plc interop with the reference TypeScript library (`@did-plc/lib`, pinned in tests/js):
//! operations made by it verify here with the same DID and CIDs, operations made here verify there,
//! and both sides agree on recovery forks and the 72-hour window.
//!
//! Needs `node` and `tests/js/node_modules` (`cd tests/js && npm ci`): under `CI` their absence
//! fails the tests, elsewhere the tests print why and return.
#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::process::Stdio;

use lexgen::crypto::{Algorithm, Keypair, VerificationMethod};
use lexgen::model::{Datetime, Did};
use pds::plc::chain::RECOVERY_WINDOW_MICROS;
use pds::plc::directory::Directory;
use pds::plc::store::Store;
use pds::plc::{
    DocumentData, LogEntry, Operation, PlcError, PlcOperation, SignedOperation, assure_valid_next,
    validate_log,
};
use serde_json::{Value, json};

/// Runs the interop script with one request; `None` when node or the packages are missing
/// outside CI.
fn node(request: &Value) -> Option<Value> {
    if !atmos_tests::node::available("plc interop").unwrap() {
        return None;
    }
    let mut child = atmos_tests::node::command()
        .arg("plc_interop.mjs")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(request.to_string().as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "node exited with {}",
        output.status
    );
    Some(serde_json::from_slice(&output.stdout).unwrap())
}

fn k256(byte: u8) -> Keypair {
    Keypair::from_private_bytes(Algorithm::K256, &[byte; 32]).unwrap()
}

fn p256(byte: u8) -> Keypair {
    Keypair::from_private_bytes(Algorithm::P256, &[byte; 32]).unwrap()
}

fn hex(byte: u8) -> String {
    format!("{byte:02x}").repeat(32)
}

#[test]
fn reference_ops_verify_here_with_the_same_did_and_cids() {
    let Some(made) = node(&json!({
        "cmd": "create",
        "rotationHex": hex(0x41),
        "recoveryHex": hex(0x42),
        "signingHex": hex(0x43),
        "handle": "alice.test",
        "pds": "https://pds.example.com",
        "newHandle": "alice2.test",
        "newPds": "https://pds2.example.com",
    })) else {
        return;
    };
    assert!(made.get("error").is_none(), "{made}");
    let did = Did::new(made["did"].as_str().unwrap()).unwrap();
    let ops: Vec<SignedOperation> = made["ops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|json| SignedOperation::from_json(json).unwrap())
        .collect();
    assert_eq!(ops.len(), 4);
    for (i, op) in ops.iter().enumerate() {
        // Same JSON back out, same CID.
        assert_eq!(op.to_json(), made["ops"][i], "op {i}");
        assert_eq!(op.cid().unwrap().to_string(), made["cids"][i], "op {i}");
    }
    assert_eq!(ops[0].did().unwrap(), did);

    let data = validate_log(&did, &ops[..3]).unwrap().unwrap();
    let reference: DocumentData = serde_json::from_value(made["data"].clone()).unwrap();
    assert_eq!(data, reference);
    assert_eq!(validate_log(&did, &ops), Ok(None));
    assert_eq!(made["tombstoned"], true);

    // The reference library (0.0.4) renders the legacy verification-method form; it must name
    // the same key as our Multikey rendering.
    let ours = data.to_did_document();
    let theirs: VerificationMethod =
        serde_json::from_value(made["doc"]["verificationMethod"][0].clone()).unwrap();
    assert_eq!(
        theirs.public_key().unwrap().to_multikey(),
        ours.verification_method[0].public_key_multibase
    );
    assert_eq!(ours.service[0].service_endpoint, "https://pds2.example.com");

    // Same keys, same bytes: our construction reproduces the reference's operations exactly
    // (both sides sign deterministically).
    let (rotation, recovery, signing) = (k256(0x41), k256(0x42), k256(0x43));
    let genesis = Operation::Plc(PlcOperation::atproto(
        &signing.did_key(),
        "alice.test",
        "https://pds.example.com",
        vec![recovery.did_key(), rotation.did_key()],
        None,
    ))
    .sign(&rotation)
    .unwrap();
    assert_eq!(genesis, ops[0]);

    // Our directory accepts the reference's operations in order.
    let directory = Directory::new(Store::in_memory().unwrap());
    for op in &ops {
        directory
            .submit(did.as_str(), op.clone(), Datetime::now())
            .unwrap();
    }
}

/// Genesis (k256 PDS rotation key + p256 recovery key), a handle update, an update signed by the
/// p256 key, a tombstone: all built and signed here.
fn our_log() -> (Did, Vec<SignedOperation>, Keypair, Keypair) {
    let (recovery, rotation, signing) = (p256(0x51), k256(0x52), k256(0x53));
    let genesis = Operation::Plc(PlcOperation::atproto(
        &signing.did_key(),
        "carol.test",
        "https://pds.example.com",
        vec![recovery.did_key(), rotation.did_key()],
        None,
    ))
    .sign(&rotation)
    .unwrap();
    let did = genesis.did().unwrap();
    let next = |prev: &SignedOperation, handle: &str, signer: &Keypair| {
        let mut op = prev.operation().normalized().unwrap();
        op.also_known_as = vec![format!("at://{handle}"), "https://carol.example.com".into()];
        op.prev = Some(prev.cid().unwrap());
        Operation::Plc(op).sign(signer).unwrap()
    };
    let one = next(&genesis, "carol2.test", &rotation);
    let two = next(&one, "carol3.test", &recovery);
    let dead = Operation::Tombstone {
        prev: two.cid().unwrap(),
    }
    .sign(&rotation)
    .unwrap();
    (did, vec![genesis, one, two, dead], recovery, rotation)
}

#[test]
fn our_ops_verify_in_the_reference_library() {
    let (did, ops, _, _) = our_log();
    let json: Vec<Value> = ops.iter().map(SignedOperation::to_json).collect();
    let Some(verdict) = node(&json!({"cmd": "verify", "did": did.as_str(), "ops": json[..3]}))
    else {
        return;
    };
    assert!(verdict.get("error").is_none(), "{verdict}");
    assert_eq!(verdict["did"], did.as_str());
    let ours = validate_log(&did, &ops[..3]).unwrap().unwrap();
    let theirs: DocumentData = serde_json::from_value(verdict["data"].clone()).unwrap();
    assert_eq!(ours, theirs);
    for (i, op) in ops[..3].iter().enumerate() {
        assert_eq!(verdict["cids"][i], op.cid().unwrap().to_string());
    }
    let verdict = node(&json!({"cmd": "verify", "did": did.as_str(), "ops": json})).unwrap();
    assert!(verdict.get("error").is_none(), "{verdict}");
    assert_eq!(verdict["data"], Value::Null, "tombstoned");

    // And the reference rejects what we reject: a broken chain and a foreign signature.
    let broken = json!([json[0], json[2]]);
    let verdict = node(&json!({"cmd": "verify", "did": did.as_str(), "ops": broken})).unwrap();
    assert!(
        verdict["error"].as_str().unwrap().contains("ordered"),
        "{verdict}"
    );
    let mut forged = ops[1].operation().normalized().unwrap();
    forged.also_known_as = vec!["at://mallory.test".into()];
    let forged = Operation::Plc(forged).sign(&k256(0x66)).unwrap();
    assert_eq!(
        validate_log(&did, &[ops[0].clone(), forged.clone()]),
        Err(PlcError::InvalidSignature)
    );
    let verdict = node(&json!({
        "cmd": "verify", "did": did.as_str(), "ops": [json[0], forged.to_json()]
    }))
    .unwrap();
    assert!(
        verdict["error"].as_str().unwrap().contains("signature"),
        "{verdict}"
    );
}

#[test]
fn recovery_rules_agree_with_the_reference() {
    let (did, ops, recovery, rotation) = our_log();
    let (genesis, one) = (&ops[0], &ops[1]);
    let now = Datetime::now().timestamp_micros();
    let history = |age: i64| -> Vec<LogEntry> {
        [genesis, one]
            .iter()
            .enumerate()
            .map(|(i, op)| LogEntry {
                did: did.clone(),
                operation: (*op).clone(),
                cid: op.cid().unwrap(),
                nullified: false,
                created_at: Datetime::from_timestamp_micros(now - age + i as i64 * 1000),
            })
            .collect()
    };
    let log_json = |entries: &[LogEntry]| -> Value {
        entries
            .iter()
            .map(|e| {
                json!({
                    "operation": e.operation.to_json(),
                    "createdAt": e.created_at.as_str(),
                    "nullified": false,
                })
            })
            .collect()
    };
    let mut fork = genesis.operation().normalized().unwrap();
    fork.also_known_as = vec!["at://recovered.test".into()];
    fork.prev = Some(genesis.cid().unwrap());
    let fork = Operation::Plc(fork).sign(&recovery).unwrap();

    // Within the window: both accept and nullify `one`.
    let recent = history(3_600_000_000);
    let Some(answer) = node(&json!({
        "cmd": "next", "did": did.as_str(), "log": log_json(&recent), "proposed": fork.to_json()
    })) else {
        return;
    };
    assert!(answer.get("error").is_none(), "{answer}");
    let accepted = assure_valid_next(&did, &recent, &fork, &Datetime::now()).unwrap();
    assert_eq!(answer["prev"], genesis.cid().unwrap().to_string());
    assert_eq!(answer["nullified"], json!([one.cid().unwrap().to_string()]));
    assert_eq!(accepted.nullified, [one.cid().unwrap()]);

    // After the window: both refuse.
    let old = history(RECOVERY_WINDOW_MICROS + 3_600_000_000);
    let answer = node(&json!({
        "cmd": "next", "did": did.as_str(), "log": log_json(&old), "proposed": fork.to_json()
    }))
    .unwrap();
    assert!(
        answer["error"].as_str().unwrap().contains("72 hr"),
        "{answer}"
    );
    assert!(matches!(
        assure_valid_next(&did, &old, &fork, &Datetime::now()),
        Err(PlcError::LateRecovery { .. })
    ));

    // A fork by the same-priority key: both refuse.
    let mut sideways = genesis.operation().normalized().unwrap();
    sideways.prev = Some(genesis.cid().unwrap());
    sideways.also_known_as = vec!["at://sideways.test".into()];
    let sideways = Operation::Plc(sideways).sign(&rotation).unwrap();
    let answer = node(&json!({
        "cmd": "next", "did": did.as_str(), "log": log_json(&recent), "proposed": sideways.to_json()
    }))
    .unwrap();
    assert!(answer.get("error").is_some(), "{answer}");
    assert_eq!(
        assure_valid_next(&did, &recent, &sideways, &Datetime::now()),
        Err(PlcError::NotHigherPriority)
    );
}

#[test]
fn reference_client_drives_our_directory() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let directory = std::sync::Arc::new(Directory::new(Store::in_memory().unwrap()));
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = runtime.spawn(pds::plc::server::serve(
        listener,
        directory.clone(),
        async {
            let _ = stopped.await;
        },
    ));
    let answer = node(&json!({
        "cmd": "client", "url": url, "rotationHex": hex(0x71), "signingHex": hex(0x72),
    }));
    let _ = stop.send(());
    runtime.block_on(server).unwrap().unwrap();
    let Some(answer) = answer else {
        return;
    };
    assert!(answer.get("error").is_none(), "{answer}");
    let did = Did::new(answer["did"].as_str().unwrap()).unwrap();
    let ops: Vec<SignedOperation> = serde_json::from_value(answer["ops"].clone()).unwrap();
    // What the reference client read back is what it wrote, in our shapes.
    assert_eq!(answer["log"], json!([ops[0].to_json(), ops[1].to_json()]));
    assert_eq!(answer["last"], ops[1].to_json());
    let data: DocumentData = serde_json::from_value(answer["data"].clone()).unwrap();
    assert_eq!(validate_log(&did, &ops).unwrap().unwrap(), data);
    assert_eq!(data.also_known_as, ["at://dave2.test"]);
    assert_eq!(answer["doc"]["id"], did.as_str());
    assert_eq!(
        answer["doc"]["verificationMethod"][0]["id"],
        format!("{did}#atproto")
    );
    let audit: Vec<LogEntry> = serde_json::from_value(answer["audit"].clone()).unwrap();
    assert_eq!(audit.len(), 2);
    assert!(audit.iter().all(|e| !e.nullified && e.did == did));
    let forged = answer["forgedError"].as_str().unwrap();
    assert!(
        forged.starts_with("400:") && forged.contains("Invalid signature"),
        "{forged}"
    );
    assert_eq!(directory.entries(did.as_str(), true).unwrap().len(), 2);
}
