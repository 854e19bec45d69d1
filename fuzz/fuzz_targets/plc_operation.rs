//! PLC operations: the strict JSON form, its round trip, the spec and submission limits, signature
//! checks against the operation's own keys, and the genesis rules; the same operation signed with a
//! fixed rotation key then verifies, and as a genesis hashes to the DID it is checked against.
#![no_main]

use atmos_fuzz::k256_key;
use libfuzzer_sys::fuzz_target;
use pds::plc::chain::check_genesis;
use pds::plc::limits::{check_spec, check_submission};
use pds::plc::{Operation, SignedOperation, validate_log};

fuzz_target!(|bytes: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return;
    };
    let Ok(op) = SignedOperation::from_json(&json) else {
        return;
    };
    assert_eq!(
        SignedOperation::from_json(&op.to_json()).expect("written JSON reads back"),
        op
    );
    let _ = check_spec(&op);
    let _ = check_submission(&op);
    let _ = op.signature_bytes();
    let _ = op.prev();
    if let Some(normalized) = op.operation().normalized() {
        let _ = op.verify_signer(&normalized.rotation_keys);
    }
    if let Ok(did) = op.did() {
        let _ = check_genesis(&did, &op);
        let _ = validate_log(&did, std::slice::from_ref(&op));
    }

    // Signed with a key it names (as rotation key), the operation must verify.
    let unsigned: Operation = op.operation().clone();
    let Ok(signed) = unsigned.sign(k256_key()) else {
        return;
    };
    let did_key = k256_key().did_key();
    assert_eq!(
        signed
            .verify_signer(std::slice::from_ref(&did_key))
            .expect("own signature"),
        0
    );
    if let Operation::Plc(mut plc) = op.operation().clone() {
        plc.rotation_keys.insert(0, did_key);
        if let Ok(signed) = Operation::Plc(plc).sign(k256_key())
            && let Ok(did) = signed.did()
        {
            let genesis = check_genesis(&did, &signed);
            if signed.prev().is_none() && check_spec(&signed).is_ok() {
                genesis.expect("a signed genesis within limits is valid");
            }
        }
    }
});
