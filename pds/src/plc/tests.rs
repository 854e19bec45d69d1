//! Unit tests of did:plc: encoding, DID and CID computation against reference values, signature
//! strictness, chain and recovery rules, audits, limits, DID documents, and the directory.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use lexgen::crypto::{Algorithm, Keypair};
use lexgen::model::{Cid, Datetime, Did, Value};
use serde_json::json;

use super::chain::{RECOVERY_WINDOW_MICROS, check_genesis};
use super::directory::{Directory, DirectoryError, Resolution};
use super::limits::{MAX_SUBMITTED_OP_BYTES, check_spec, check_submission};
use super::operation::LegacyCreate;
use super::store::Store;
use super::*;

fn key(byte: u8) -> Keypair {
    Keypair::from_private_bytes(Algorithm::K256, &[byte; 32]).unwrap()
}

fn p256_key(byte: u8) -> Keypair {
    Keypair::from_private_bytes(Algorithm::P256, &[byte; 32]).unwrap()
}

/// Genesis with rotation keys `[recovery, rotation]`, signed by `rotation`.
fn genesis(recovery: &Keypair, rotation: &Keypair, signing: &Keypair) -> SignedOperation {
    Operation::Plc(PlcOperation::atproto(
        &signing.did_key(),
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

fn tombstone(prev: &SignedOperation, signer: &Keypair) -> SignedOperation {
    Operation::Tombstone {
        prev: prev.cid().unwrap(),
    }
    .sign(signer)
    .unwrap()
}

fn at(micros: i64) -> Datetime {
    Datetime::from_timestamp_micros(micros)
}

const T0: i64 = 1_700_000_000_000_000;
const HOUR: i64 = 3_600_000_000;

fn entry(did: &Did, op: &SignedOperation, micros: i64) -> LogEntry {
    LogEntry {
        did: did.clone(),
        operation: op.clone(),
        cid: op.cid().unwrap(),
        nullified: false,
        created_at: at(micros),
    }
}

// Produced by the reference library (@did-plc/lib 0.0.4 createOp / updateHandleOp with
// @atproto/crypto 0.5.5 k256 keys 0x11…, 0x22…, 0x33…; both sides sign deterministically per
// RFC 6979), recorded by tests/js/plc_interop.mjs.
const REF_DID: &str = "did:plc:xpj5djlrytkibkpmewf2jcss";
const REF_GENESIS_SIG: &str =
    "_PK-NUeTXOAhgY8thEQ6wGop951IkYIM4QymaZmqbxQQmhxeHW4kf0x3Y7RfA4TMGQqpOZZ7wjlbRE5g8DVFMg";
const REF_GENESIS_CID: &str = "bafyreif32pi2k4oe2sakt3bfrosiuusctob7nhixurnjcb3v6t5yqniqku";
const REF_UPDATE_SIG: &str =
    "CzN66OntIXY9QPZ5II34aMQuaiB7jHEg14k9bCgH-mJpauhDn2637Cm-NnmwWyCCgN0SrT8uGNM92tbYr7BlwA";
const REF_UPDATE_CID: &str = "bafyreihbhwwwyi7fa2etmxxuhji2bk6z4xc3636rbeo3ia5cbs47a4zocq";

#[test]
fn genesis_and_update_match_the_reference_library() {
    let (rotation, recovery, signing) = (key(0x11), key(0x22), key(0x33));
    let genesis = genesis(&recovery, &rotation, &signing);
    assert_eq!(genesis.sig(), REF_GENESIS_SIG);
    assert_eq!(genesis.did().unwrap().as_str(), REF_DID);
    assert_eq!(genesis.cid().unwrap().to_string(), REF_GENESIS_CID);
    let update = update(&genesis, "alice2.test", &rotation);
    assert_eq!(update.sig(), REF_UPDATE_SIG);
    assert_eq!(update.cid().unwrap().to_string(), REF_UPDATE_CID);
    let did = Did::new(REF_DID).unwrap();
    let data = validate_log(&did, &[genesis, update]).unwrap().unwrap();
    assert_eq!(data.also_known_as, ["at://alice2.test"]);
}

#[test]
fn unsigned_bytes_omit_sig_and_keep_an_explicit_null_prev() {
    let genesis = genesis(&key(1), &key(2), &key(3));
    let unsigned = Value::from_drisl(&genesis.operation().unsigned_bytes().unwrap()).unwrap();
    let map = unsigned.as_map().unwrap();
    assert!(!map.contains_key("sig"));
    assert_eq!(map.get("prev"), Some(&Value::Null));
    assert_eq!(map.len(), 6);
    let signed = Value::from_drisl(&genesis.signed_bytes().unwrap()).unwrap();
    assert_eq!(
        signed.get("sig").and_then(Value::as_str),
        Some(genesis.sig())
    );
    // prev is a CID *string* in DAG-CBOR, not a link.
    let next = update(&genesis, "bob.test", &key(2));
    let value = Value::from_drisl(&next.signed_bytes().unwrap()).unwrap();
    assert_eq!(
        value.get("prev").and_then(Value::as_str),
        Some(genesis.cid().unwrap().to_string().as_str())
    );
    assert_eq!(
        genesis.cid().unwrap(),
        Cid::for_dag_cbor(&genesis.signed_bytes().unwrap())
    );
}

#[test]
fn json_round_trips_and_parsing_is_strict() {
    let genesis = genesis(&key(1), &key(2), &key(3));
    let json = genesis.to_json();
    assert_eq!(SignedOperation::from_json(&json).unwrap(), genesis);
    let tomb = tombstone(&genesis, &key(2));
    assert_eq!(SignedOperation::from_json(&tomb.to_json()).unwrap(), tomb);

    let mutate = |f: &dyn Fn(&mut serde_json::Map<String, serde_json::Value>)| {
        let mut json = genesis.to_json();
        f(json.as_object_mut().unwrap());
        SignedOperation::from_json(&json)
    };
    assert!(
        mutate(&|o| {
            o.remove("prev");
        })
        .is_err()
    );
    assert!(
        mutate(&|o| {
            o.insert("extra".into(), json!(1));
        })
        .is_err()
    );
    assert!(
        mutate(&|o| {
            o.remove("sig");
        })
        .is_err()
    );
    assert!(
        mutate(&|o| {
            o.insert("rotationKeys".into(), json!("did:key:z"));
        })
        .is_err()
    );
    assert!(
        mutate(&|o| {
            o.insert("type".into(), json!("plc_something"));
        })
        .is_err()
    );
    assert!(
        mutate(&|o| {
            o.insert("services".into(), json!({"atproto_pds": {"type": "x"}}));
        })
        .is_err()
    );
    // A CID in upper-case base32 names the same content but is not the canonical string.
    assert!(
        mutate(&|o| {
            o.insert(
                "prev".into(),
                json!(REF_GENESIS_CID.to_uppercase().replacen('B', "b", 1)),
            );
        })
        .is_err()
    );
    assert!(
        SignedOperation::from_json(&json!({"type": "plc_tombstone", "prev": null, "sig": "x"}))
            .is_err()
    );
    assert!(SignedOperation::from_json(&json!([1, 2])).is_err());
}

/// secp256k1 group order, big-endian.
const K256_ORDER: [u8; 32] = [
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFE,
    0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48, 0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41,
];

fn negate_s(signature: &[u8; 64]) -> [u8; 64] {
    let mut out = *signature;
    let mut borrow = 0i16;
    for i in (0..32).rev() {
        let mut digit = i16::from(K256_ORDER[i]) - i16::from(signature[32 + i]) - borrow;
        borrow = i16::from(digit < 0);
        if digit < 0 {
            digit += 256;
        }
        out[32 + i] = digit as u8;
    }
    out
}

#[test]
fn signatures_are_checked_strictly() {
    let (recovery, rotation) = (key(1), key(2));
    let genesis = genesis(&recovery, &rotation, &key(3));
    let keys = genesis.operation().normalized().unwrap().rotation_keys;
    assert_eq!(genesis.verify_signer(&keys).unwrap(), 1);
    assert_eq!(
        genesis.verify_signer(&[recovery.did_key()]),
        Err(PlcError::InvalidSignature)
    );
    let bytes = genesis.signature_bytes().unwrap();
    let with_sig = |sig: String| SignedOperation::from_parts(genesis.operation().clone(), sig);

    // High-S: the same signature with s replaced by n - s is valid ECDSA but refused.
    let high = with_sig(URL_SAFE_NO_PAD.encode(negate_s(&bytes)));
    assert_eq!(high.verify_signer(&keys), Err(PlcError::InvalidSignature));
    // Padding, the standard alphabet, non-zero trailing bits, wrong length.
    let padded = with_sig(URL_SAFE.encode(bytes));
    assert!(matches!(
        padded.verify_signer(&keys),
        Err(PlcError::SignatureEncoding(_))
    ));
    let standard = STANDARD_NO_PAD.encode(bytes);
    if standard != genesis.sig() {
        let standard = with_sig(standard);
        assert!(matches!(
            standard.verify_signer(&keys),
            Err(PlcError::SignatureEncoding(_))
        ));
    }
    let mut sig = genesis.sig().to_owned();
    let last = sig.pop().unwrap();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let index = alphabet.iter().position(|&c| c == last as u8).unwrap();
    sig.push(char::from(alphabet[index | 1])); // 86 chars carry 4 spare bits; set one
    if index & 1 == 0 {
        assert!(matches!(
            with_sig(sig).verify_signer(&keys),
            Err(PlcError::SignatureEncoding(_))
        ));
    }
    let short = with_sig(URL_SAFE_NO_PAD.encode(&bytes[..63]));
    assert!(matches!(
        short.verify_signer(&keys),
        Err(PlcError::SignatureEncoding(_))
    ));
}

#[test]
fn p256_rotation_keys_sign_and_verify() {
    let (recovery, rotation) = (p256_key(7), key(8));
    let genesis = genesis(&recovery, &rotation, &key(9));
    let did = genesis.did().unwrap();
    let next = update(&genesis, "p256.test", &recovery);
    let data = validate_log(&did, &[genesis, next]).unwrap().unwrap();
    assert_eq!(data.also_known_as, ["at://p256.test"]);
}

#[test]
fn log_validation_rules() {
    let (recovery, rotation, signing) = (key(1), key(2), key(3));
    let genesis = genesis(&recovery, &rotation, &signing);
    let did = genesis.did().unwrap();
    let one = update(&genesis, "one.test", &rotation);
    let two = update(&one, "two.test", &recovery);
    let data = validate_log(&did, &[genesis.clone(), one.clone(), two.clone()])
        .unwrap()
        .unwrap();
    assert_eq!(data.also_known_as, ["at://two.test"]);
    assert_eq!(data.did, did);

    // Wrong DID for the genesis.
    let other = Did::new("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa").unwrap();
    assert!(matches!(
        validate_log(&other, std::slice::from_ref(&genesis)),
        Err(PlcError::GenesisHash { .. })
    ));
    // Skipping an operation breaks the prev chain.
    assert!(matches!(
        validate_log(&did, &[genesis.clone(), two.clone()]),
        Err(PlcError::Misordered(_))
    ));
    // Signed by the atproto signing key, which is not a rotation key.
    let forged = update(&genesis, "evil.test", &signing);
    assert_eq!(
        validate_log(&did, &[genesis.clone(), forged]),
        Err(PlcError::InvalidSignature)
    );
    // A genesis that carries a prev.
    let mut with_prev = genesis.operation().normalized().unwrap();
    with_prev.prev = Some(genesis.cid().unwrap());
    let with_prev = Operation::Plc(with_prev).sign(&rotation).unwrap();
    assert_eq!(
        check_genesis(&with_prev.did().unwrap(), &with_prev),
        Err(PlcError::GenesisPrev)
    );
    // Tombstones end the chain.
    let dead = tombstone(&two, &rotation);
    assert_eq!(
        validate_log(
            &did,
            &[genesis.clone(), one.clone(), two.clone(), dead.clone()]
        ),
        Ok(None)
    );
    let zombie = Operation::Plc(PlcOperation {
        prev: Some(dead.cid().unwrap()),
        ..genesis.operation().normalized().unwrap()
    })
    .sign(&rotation)
    .unwrap();
    assert!(matches!(
        validate_log(&did, &[genesis.clone(), one, two, dead, zombie]),
        Err(PlcError::Tombstoned(_))
    ));
    assert!(validate_log(&did, &[]).is_err());
    assert!(validate_log(&did, &[tombstone(&genesis, &rotation)]).is_err());
}

#[test]
fn next_operation_and_recovery_window() {
    let (recovery, pds, signing, attacker) = (key(1), key(2), key(3), key(4));
    let genesis = genesis(&recovery, &pds, &signing);
    let did = genesis.did().unwrap();
    let accepted = assure_valid_next(&did, &[], &genesis, &at(T0)).unwrap();
    assert_eq!(accepted.prev, None);
    assert_eq!(accepted.cid, genesis.cid().unwrap());

    // The PDS key hands control to an attacker-chosen key set.
    let mut hijack = genesis.operation().normalized().unwrap();
    hijack.rotation_keys = vec![attacker.did_key()];
    hijack.prev = Some(genesis.cid().unwrap());
    let hijack = Operation::Plc(hijack).sign(&pds).unwrap();
    let history = vec![entry(&did, &genesis, T0), entry(&did, &hijack, T0 + HOUR)];

    // The recovery key (index 0) outranks the PDS key (index 1) that signed the hijack.
    let fix = update(&genesis, "alice.test", &recovery);
    let ok = assure_valid_next(
        &did,
        &history,
        &fix,
        &at(T0 + HOUR + RECOVERY_WINDOW_MICROS),
    )
    .unwrap();
    assert_eq!(ok.prev, Some(genesis.cid().unwrap()));
    assert_eq!(ok.nullified, vec![hijack.cid().unwrap()]);
    assert!(matches!(
        assure_valid_next(
            &did,
            &history,
            &fix,
            &at(T0 + HOUR + RECOVERY_WINDOW_MICROS + 1)
        ),
        Err(PlcError::LateRecovery { .. })
    ));
    // The same-priority key cannot fork.
    let sideways = update(&genesis, "other.test", &pds);
    assert_eq!(
        assure_valid_next(&did, &history, &sideways, &at(T0 + 2 * HOUR)),
        Err(PlcError::NotHigherPriority)
    );
    // After the hijack, only the attacker's keys may extend the chain.
    let extend = update(&genesis, "x.test", &pds);
    let extend = Operation::Plc(PlcOperation {
        prev: Some(hijack.cid().unwrap()),
        ..extend.operation().normalized().unwrap()
    })
    .sign(&pds)
    .unwrap();
    assert_eq!(
        assure_valid_next(&did, &history, &extend, &at(T0 + 2 * HOUR)),
        Err(PlcError::InvalidSignature)
    );
    // An op signed by the highest key cannot be nullified by anyone.
    let by_recovery = update(&genesis, "r.test", &recovery);
    let history2 = vec![
        entry(&did, &genesis, T0),
        entry(&did, &by_recovery, T0 + HOUR),
    ];
    let counter = update(&genesis, "c.test", &recovery);
    assert_eq!(
        assure_valid_next(&did, &history2, &counter, &at(T0 + 2 * HOUR)),
        Err(PlcError::NotHigherPriority)
    );
    // Unknown prev, null prev on an existing DID, and anything after a tombstone.
    let stray = update(&hijack, "s.test", &attacker);
    let stray = Operation::Plc(PlcOperation {
        prev: Some(Cid::for_dag_cbor(b"nothing")),
        ..stray.operation().normalized().unwrap()
    })
    .sign(&attacker)
    .unwrap();
    assert!(matches!(
        assure_valid_next(&did, &history, &stray, &at(T0 + 2 * HOUR)),
        Err(PlcError::Misordered(_))
    ));
    assert!(matches!(
        assure_valid_next(&did, &history, &genesis, &at(T0 + 2 * HOUR)),
        Err(PlcError::Misordered(_))
    ));
    let dead = tombstone(&genesis, &pds);
    let history3 = vec![entry(&did, &genesis, T0), entry(&did, &dead, T0 + HOUR)];
    let revive = update(&genesis, "alive.test", &recovery);
    let revive_after = Operation::Plc(PlcOperation {
        prev: Some(dead.cid().unwrap()),
        ..revive.operation().normalized().unwrap()
    })
    .sign(&recovery)
    .unwrap();
    assert!(matches!(
        assure_valid_next(&did, &history3, &revive_after, &at(T0 + 2 * HOUR)),
        Err(PlcError::Tombstoned(_))
    ));
    // But a tombstone can itself be nullified by a stronger key within the window.
    let undone = assure_valid_next(&did, &history3, &revive, &at(T0 + 2 * HOUR)).unwrap();
    assert_eq!(undone.nullified, vec![dead.cid().unwrap()]);
}

#[test]
fn audit_log_checks_nullification_flags() {
    let (recovery, pds, attacker) = (key(1), key(2), key(4));
    let genesis = genesis(&recovery, &pds, &key(3));
    let did = genesis.did().unwrap();
    let mut hijack = genesis.operation().normalized().unwrap();
    hijack.rotation_keys = vec![attacker.did_key()];
    hijack.prev = Some(genesis.cid().unwrap());
    let hijack = Operation::Plc(hijack).sign(&pds).unwrap();
    let fix = update(&genesis, "fixed.test", &recovery);
    let mut entries = vec![
        entry(&did, &genesis, T0),
        entry(&did, &hijack, T0 + HOUR),
        entry(&did, &fix, T0 + 2 * HOUR),
    ];
    assert!(
        validate_audit_log(&did, &entries).is_err(),
        "hijack must be flagged"
    );
    entries[1].nullified = true;
    let data = validate_audit_log(&did, &entries).unwrap().unwrap();
    assert_eq!(data.also_known_as, ["at://fixed.test"]);
    entries[2].cid = genesis.cid().unwrap();
    assert!(matches!(
        validate_audit_log(&did, &entries),
        Err(PlcError::AuditMismatch(_))
    ));
    // A recovery later than 72 h makes the audit fail.
    let mut late = vec![
        entry(&did, &genesis, T0),
        entry(&did, &hijack, T0 + HOUR),
        entry(&did, &fix, T0 + HOUR + RECOVERY_WINDOW_MICROS + 1),
    ];
    late[1].nullified = true;
    assert!(matches!(
        validate_audit_log(&did, &late),
        Err(PlcError::LateRecovery { .. })
    ));
}

#[test]
fn legacy_create_is_read_but_not_accepted() {
    let (signing, recovery) = (key(5), key(6));
    let legacy = Operation::LegacyCreate(LegacyCreate {
        signing_key: signing.did_key(),
        recovery_key: recovery.did_key(),
        handle: "old.test".into(),
        service: "https://old.example.com".into(),
    })
    .sign(&signing)
    .unwrap();
    let json = legacy.to_json();
    assert_eq!(json["type"], "create");
    assert_eq!(json["prev"], serde_json::Value::Null);
    assert_eq!(SignedOperation::from_json(&json).unwrap(), legacy);
    let did = legacy.did().unwrap();
    let data = validate_log(&did, std::slice::from_ref(&legacy))
        .unwrap()
        .unwrap();
    assert_eq!(data.rotation_keys, [recovery.did_key(), signing.did_key()]);
    assert_eq!(data.also_known_as, ["at://old.test"]);
    assert_eq!(data.verification_methods["atproto"], signing.did_key());
    assert_eq!(
        data.services["atproto_pds"].endpoint,
        "https://old.example.com"
    );
    // The recovery key may update it (normalized rotation keys).
    let next = update(&legacy, "new.test", &recovery);
    assert!(validate_log(&did, &[legacy.clone(), next]).is_ok());
    assert_eq!(
        check_submission(&legacy),
        Err(PlcError::LegacyCreateSubmitted)
    );
}

#[test]
fn limits_for_logs_and_submissions() {
    let (recovery, rotation, signing) = (key(1), key(2), key(3));
    let with = |f: &dyn Fn(&mut PlcOperation)| {
        let mut op = PlcOperation::atproto(
            &signing.did_key(),
            "alice.test",
            "pds.example.com",
            vec![recovery.did_key(), rotation.did_key()],
            None,
        );
        f(&mut op);
        Operation::Plc(op).sign(&rotation).unwrap()
    };
    let fine = with(&|_| {});
    assert!(check_submission(&fine).is_ok());
    assert_eq!(
        fine.operation().normalized().unwrap().services["atproto_pds"].endpoint,
        "https://pds.example.com"
    );
    let keys: Vec<String> = (10..16).map(|b| key(b).did_key()).collect();
    let six = with(&|op| op.rotation_keys = keys.clone());
    assert!(matches!(check_spec(&six), Err(PlcError::Limit(_))));
    let five = with(&|op| op.rotation_keys = keys[..5].to_vec());
    assert!(check_spec(&five).is_ok());
    assert!(matches!(
        check_spec(&with(&|op| op.rotation_keys.clear())),
        Err(PlcError::Limit(_))
    ));
    let dup = with(&|op| op.rotation_keys = vec![rotation.did_key(), rotation.did_key()]);
    assert!(matches!(check_spec(&dup), Err(PlcError::Limit(_))));
    let bad_key = with(&|op| op.rotation_keys.push("did:key:zNotAKey".into()));
    assert!(matches!(
        check_spec(&bad_key),
        Err(PlcError::UnsupportedKey { .. })
    ));
    // Verification methods may be any did:key (here an ed25519 one), but must be did:key syntax.
    let ed25519 = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
    assert!(
        check_submission(&with(&|op| {
            op.verification_methods
                .insert("other".into(), ed25519.into());
        }))
        .is_ok()
    );
    let not_did_key = with(&|op| {
        op.verification_methods
            .insert("other".into(), "zQ3sh".into());
    });
    assert!(matches!(
        check_spec(&not_did_key),
        Err(PlcError::UnsupportedKey { .. })
    ));
    let hash_id = with(&|op| {
        let service = op.services["atproto_pds"].clone();
        op.services.insert("#atproto_pds".into(), service);
    });
    assert!(check_spec(&hash_id).is_ok());
    assert!(matches!(
        check_submission(&hash_id),
        Err(PlcError::Limit(_))
    ));
    // 5 KB of service endpoints: within the spec's 7500 bytes, over the directory's 4000.
    let big = with(&|op| {
        for i in 0..10 {
            op.services.insert(
                format!("svc{i}"),
                Service {
                    kind: "Example".into(),
                    endpoint: format!("https://{}.example.com", "a".repeat(480)),
                },
            );
        }
        op.services.remove("atproto_pds");
    });
    let size = big.signed_bytes().unwrap().len();
    assert!(
        size > MAX_SUBMITTED_OP_BYTES && size <= limits::MAX_OP_BYTES,
        "{size}"
    );
    assert!(check_spec(&big).is_ok());
    assert!(matches!(check_submission(&big), Err(PlcError::Limit(_))));
    let too_many_aka =
        with(&|op| op.also_known_as = (0..11).map(|i| format!("at://{i}.test")).collect());
    assert!(matches!(
        check_submission(&too_many_aka),
        Err(PlcError::Limit(_))
    ));
}

#[test]
fn did_document_shape() {
    let (recovery, rotation) = (key(1), key(2));
    let k256 = key(3);
    let p256 = p256_key(4);
    let mut op = PlcOperation::atproto(
        &k256.did_key(),
        "alice.test",
        "https://pds.example.com",
        vec![recovery.did_key(), rotation.did_key()],
        None,
    );
    op.verification_methods
        .insert("other_key".into(), p256.did_key());
    op.verification_methods.insert(
        "ed".into(),
        "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK".into(),
    );
    let signed = Operation::Plc(op).sign(&rotation).unwrap();
    let did = signed.did().unwrap();
    let data = validate_log(&did, &[signed]).unwrap().unwrap();
    let doc = serde_json::to_value(data.to_did_document()).unwrap();
    assert_eq!(
        doc,
        json!({
            "@context": [
                "https://www.w3.org/ns/did/v1",
                "https://w3id.org/security/multikey/v1",
                "https://w3id.org/security/suites/secp256k1-2019/v1",
                "https://w3id.org/security/suites/ecdsa-2019/v1",
            ],
            "id": did.as_str(),
            "alsoKnownAs": ["at://alice.test"],
            "verificationMethod": [
                {
                    "id": format!("{did}#ed"),
                    "type": "Multikey",
                    "controller": did.as_str(),
                    "publicKeyMultibase": "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
                },
                {
                    "id": format!("{did}#atproto"),
                    "type": "Multikey",
                    "controller": did.as_str(),
                    "publicKeyMultibase": k256.public_key().to_multikey(),
                },
                {
                    "id": format!("{did}#other_key"),
                    "type": "Multikey",
                    "controller": did.as_str(),
                    "publicKeyMultibase": p256.public_key().to_multikey(),
                },
            ],
            "service": [{
                "id": "#atproto_pds",
                "type": "AtprotoPersonalDataServer",
                "serviceEndpoint": "https://pds.example.com",
            }],
        })
    );
    let json = serde_json::to_value(&data).unwrap();
    assert_eq!(json["did"], did.as_str());
    assert_eq!(serde_json::from_value::<DocumentData>(json).unwrap(), data);
}

#[test]
fn directory_appends_forks_and_tombstones() {
    let directory = Directory::new(Store::in_memory().unwrap());
    let (recovery, pds, attacker) = (key(1), key(2), key(4));
    let genesis = genesis(&recovery, &pds, &key(3));
    let did = genesis.did().unwrap();
    assert_eq!(
        directory.resolve(did.as_str()).unwrap(),
        Resolution::NotRegistered
    );
    directory
        .submit(did.as_str(), genesis.clone(), at(T0))
        .unwrap();
    // Same operation again, and a genesis submitted under another DID.
    assert!(matches!(
        directory.submit(did.as_str(), genesis.clone(), at(T0)),
        Err(DirectoryError::Rejected(_))
    ));
    assert!(matches!(
        directory.submit("did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", genesis.clone(), at(T0)),
        Err(DirectoryError::Rejected(PlcError::GenesisHash { .. }))
    ));
    assert!(matches!(
        directory.submit("did:web:example.com", genesis.clone(), at(T0)),
        Err(DirectoryError::Rejected(PlcError::BadDid(_)))
    ));
    let mut hijack = genesis.operation().normalized().unwrap();
    hijack.rotation_keys = vec![attacker.did_key()];
    hijack.prev = Some(genesis.cid().unwrap());
    let hijack = Operation::Plc(hijack).sign(&pds).unwrap();
    directory
        .submit(did.as_str(), hijack.clone(), at(T0 + HOUR))
        .unwrap();
    let fix = update(&genesis, "fixed.test", &recovery);
    let accepted = directory
        .submit(did.as_str(), fix.clone(), at(T0 + 2 * HOUR))
        .unwrap();
    assert_eq!(accepted.nullified, vec![hijack.cid().unwrap()]);
    let audit = directory.entries(did.as_str(), true).unwrap();
    assert_eq!(
        audit.iter().map(|e| e.nullified).collect::<Vec<_>>(),
        [false, true, false]
    );
    assert!(validate_audit_log(&did, &audit).unwrap().is_some());
    assert_eq!(directory.entries(did.as_str(), false).unwrap().len(), 2);
    match directory.resolve(did.as_str()).unwrap() {
        Resolution::Active(data) => assert_eq!(data.also_known_as, ["at://fixed.test"]),
        other => panic!("{other:?}"),
    }
    let dead = tombstone(&fix, &pds);
    directory
        .submit(did.as_str(), dead.clone(), at(T0 + 3 * HOUR))
        .unwrap();
    assert_eq!(
        directory.resolve(did.as_str()).unwrap(),
        Resolution::Tombstoned
    );
    assert_eq!(
        directory.last(did.as_str()).unwrap().unwrap().operation,
        dead
    );
    let after = Operation::Plc(PlcOperation {
        prev: Some(dead.cid().unwrap()),
        ..fix.operation().normalized().unwrap()
    })
    .sign(&pds)
    .unwrap();
    assert!(
        directory
            .submit(did.as_str(), after, at(T0 + 4 * HOUR))
            .is_err()
    );
    let exported = directory.export(&store::ExportAfter::Start, 10).unwrap();
    assert_eq!(exported.len(), 4);
    let rest = directory
        .export(&store::ExportAfter::Seq(exported[1].0), 10)
        .unwrap();
    assert_eq!(rest.len(), 2);
}

#[test]
fn directory_rate_limits_per_did() {
    let directory = Directory::new(Store::in_memory().unwrap());
    let rotation = key(2);
    let mut last = genesis(&key(1), &rotation, &key(3));
    let did = last.did().unwrap();
    directory
        .submit(did.as_str(), last.clone(), at(T0))
        .unwrap();
    for i in 1..10 {
        let next = update(&last, &format!("h{i}.test"), &rotation);
        directory
            .submit(did.as_str(), next.clone(), at(T0 + i))
            .unwrap();
        last = next;
    }
    let eleventh = update(&last, "h10.test", &rotation);
    assert!(matches!(
        directory.submit(did.as_str(), eleventh.clone(), at(T0 + 10)),
        Err(DirectoryError::Rejected(PlcError::RateLimited(_)))
    ));
    // An hour later the hourly window has passed.
    directory
        .submit(did.as_str(), eleventh, at(T0 + HOUR + 1))
        .unwrap();
    // Without limits, the same burst is accepted.
    let unlimited = Directory::new(Store::in_memory().unwrap()).with_rate_limits(false);
    let mut last = genesis(&key(1), &rotation, &key(3));
    unlimited
        .submit(did.as_str(), last.clone(), at(T0))
        .unwrap();
    for i in 1..12 {
        let next = update(&last, &format!("u{i}.test"), &rotation);
        unlimited
            .submit(did.as_str(), next.clone(), at(T0 + i))
            .unwrap();
        last = next;
    }
}
