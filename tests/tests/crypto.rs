//! Conformance: `interop-tests/crypto/*.json` against `lexgen::crypto`: signature fixtures (valid,
//! high-S and DER cases) and the W3C did:key vectors (private key → did:key) for k256 and p256.

use std::path::Path;

use anyhow::{Context, anyhow, bail, ensure};
use atmos_tests::{Trial, interop_trials, json_file, run};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use lexgen::crypto::{Algorithm, CryptoError, Keypair, PublicKey, VerificationMethod};
use serde_json::Value;

type Check = fn(&Value) -> anyhow::Result<()>;

fn main() {
    run(interop_trials("crypto", trials))
}

fn trials(dir: &Path) -> anyhow::Result<Vec<Trial>> {
    let files: [(&str, Check); 3] = [
        ("signature-fixtures.json", signature_case),
        ("w3c_didkey_K256.json", |case| {
            did_key_case(Algorithm::K256, case)
        }),
        ("w3c_didkey_P256.json", |case| {
            did_key_case(Algorithm::P256, case)
        }),
    ];
    let mut trials = Vec::new();
    for (file, check) in files {
        let path = dir.join("crypto").join(file);
        let Value::Array(cases) = json_file(&path)? else {
            bail!("{file}: expected a JSON array of cases");
        };
        let lines = case_lines(&path, cases.len())?;
        for (case, line) in cases.into_iter().zip(lines) {
            let label = str_field(&case, "comment")
                .or_else(|_| str_field(&case, "publicDidKey"))
                .unwrap_or_default()
                .to_owned();
            let name = format!("crypto::{file}:{line} {label}");
            trials.push(Trial::test(name, move || {
                check(&case).map_err(|e| format!("{e:#}").into())
            }));
        }
    }
    Ok(trials)
}

/// The line on which each top-level case object opens (a line holding only `{`), so trial
/// names point into the file; falls back to 1-based case numbers for other layouts.
fn case_lines(path: &Path, count: usize) -> anyhow::Result<Vec<usize>> {
    let text = std::fs::read_to_string(path)?;
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| line.trim() == "{")
        .map(|(index, _)| index + 1)
        .collect();
    Ok(if lines.len() == count {
        lines
    } else {
        (1..=count).collect()
    })
}

fn str_field<'a>(case: &'a Value, key: &str) -> anyhow::Result<&'a str> {
    case.get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("case has no string field {key:?}"))
}

fn base64_field(case: &Value, key: &str) -> anyhow::Result<Vec<u8>> {
    STANDARD_NO_PAD
        .decode(str_field(case, key)?)
        .with_context(|| format!("{key} is not unpadded standard base64"))
}

/// One signature fixture: the key's three spellings agree, and verification gives the expected
/// verdict for the expected reason.
fn signature_case(case: &Value) -> anyhow::Result<()> {
    let did = str_field(case, "publicKeyDid")?;
    let key = PublicKey::from_did_key(did).context("publicKeyDid")?;
    ensure!(
        key.to_did_key() == did,
        "did:key does not re-encode to itself"
    );

    let alg = str_field(case, "algorithm")?;
    let algorithm = Algorithm::from_jwt_alg(alg).ok_or_else(|| anyhow!("unknown alg {alg}"))?;
    ensure!(
        key.algorithm() == algorithm,
        "did:key is {}, case says {alg}",
        key.algorithm()
    );

    // The legacy DID-document form: the suite names the curve, the multibase is the bare point.
    let method = VerificationMethod {
        id: format!("{did}#key"),
        kind: str_field(case, "didDocSuite")?.to_owned(),
        controller: did.to_owned(),
        public_key_multibase: Some(str_field(case, "publicKeyMultibase")?.to_owned()),
    };
    ensure!(
        method
            .public_key()
            .context("didDocSuite + publicKeyMultibase")?
            == key
    );

    let message = base64_field(case, "messageBase64")?;
    let signature = base64_field(case, "signatureBase64")?;
    let valid = case
        .get("validSignature")
        .and_then(Value::as_bool)
        .ok_or_else(|| anyhow!("case has no boolean validSignature"))?;
    let tags: Vec<&str> = case
        .get("tags")
        .and_then(Value::as_array)
        .map(|tags| tags.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();

    match (key.verify(&message, &signature), valid) {
        (Ok(()), true) => Ok(()),
        (Err(error), true) => bail!("rejected a valid signature: {error}"),
        (Ok(()), false) => bail!("accepted an invalid signature (tags {tags:?})"),
        (Err(error), false) => {
            let reason_matches = tags.iter().all(|tag| match *tag {
                "high-s" => error == CryptoError::HighS,
                "der-encoded" => matches!(error, CryptoError::SignatureLength(_)),
                _ => true,
            });
            ensure!(
                reason_matches,
                "rejected for the wrong reason ({error}; tags {tags:?})"
            );
            if tags.contains(&"high-s") {
                // Valid ECDSA apart from the high S: the lenient mode (for JWTs) accepts it.
                key.verify_allowing_high_s(&message, &signature)
                    .context("high-S case rejected by verify_allowing_high_s")?;
            }
            Ok(())
        }
    }
}

/// One W3C did:key vector: the private key imports and yields exactly the expected did:key, the
/// did:key parses back to the same public key, and the pair signs and verifies.
fn did_key_case(algorithm: Algorithm, case: &Value) -> anyhow::Result<()> {
    let expected = str_field(case, "publicDidKey")?;
    let keypair = if let Ok(hex) = str_field(case, "privateKeyBytesHex") {
        Keypair::from_private_hex(algorithm, hex)?
    } else {
        let base58 = str_field(case, "privateKeyBytesBase58")?;
        let bytes = bs58::decode(base58)
            .into_vec()
            .map_err(|e| anyhow!("privateKeyBytesBase58: {e}"))?;
        Keypair::from_private_bytes(algorithm, &bytes)?
    };
    ensure!(
        keypair.did_key() == expected,
        "derived {}, expected {expected}",
        keypair.did_key()
    );
    let parsed = PublicKey::from_did_key(expected)?;
    ensure!(
        parsed == keypair.public_key(),
        "did:key parses to another key"
    );
    ensure!(parsed.algorithm() == algorithm);
    let signature = keypair.sign(expected.as_bytes())?;
    parsed.verify(expected.as_bytes(), &signature)?;
    Ok(())
}
