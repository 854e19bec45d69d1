//! Public JSON Web Keys of the two curves atproto signs with (EC `P-256` for ES256, `secp256k1` for
//! ES256K) and their RFC 7638 SHA-256 thumbprints.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use lexgen::crypto::{Algorithm, PublicKey};
use sha2::{Digest, Sha256};

/// Why a JWK was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum JwkError {
    #[error("unsupported key type or curve")]
    Unsupported,
    #[error("the key is not a valid public key")]
    Malformed,
    #[error("a private key was given where a public one belongs")]
    Private,
}

/// A verified public key and its thumbprint.
#[derive(Clone, Debug)]
pub(crate) struct Jwk {
    pub key: PublicKey,
    /// base64url(SHA-256 of the RFC 7638 canonical members).
    pub thumbprint: String,
}

fn coordinate(value: &serde_json::Value, name: &str) -> Result<Vec<u8>, JwkError> {
    let text = value
        .get(name)
        .and_then(|v| v.as_str())
        .ok_or(JwkError::Malformed)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| JwkError::Malformed)?;
    if bytes.len() != 32 {
        return Err(JwkError::Malformed);
    }
    Ok(bytes)
}

/// Reads a public EC key; `alg`, if the key or its use names one, must agree with the curve.
pub(crate) fn parse(value: &serde_json::Value) -> Result<Jwk, JwkError> {
    if value.get("d").is_some() {
        return Err(JwkError::Private);
    }
    if value.get("kty").and_then(|v| v.as_str()) != Some("EC") {
        return Err(JwkError::Unsupported);
    }
    let crv = value
        .get("crv")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let algorithm = match crv {
        "P-256" => Algorithm::P256,
        "secp256k1" => Algorithm::K256,
        _ => return Err(JwkError::Unsupported),
    };
    if let Some(alg) = value.get("alg").and_then(|v| v.as_str())
        && alg != algorithm.jwt_alg()
    {
        return Err(JwkError::Unsupported);
    }
    let (x, y) = (coordinate(value, "x")?, coordinate(value, "y")?);
    let mut sec1 = Vec::with_capacity(65);
    sec1.push(4);
    sec1.extend_from_slice(&x);
    sec1.extend_from_slice(&y);
    let key = PublicKey::from_sec1_bytes(algorithm, &sec1).map_err(|_| JwkError::Malformed)?;
    // RFC 7638: the required members in lexicographic order, no whitespace.
    let canonical = format!(
        r#"{{"crv":"{crv}","kty":"EC","x":"{}","y":"{}"}}"#,
        URL_SAFE_NO_PAD.encode(&x),
        URL_SAFE_NO_PAD.encode(&y)
    );
    Ok(Jwk {
        key,
        thumbprint: URL_SAFE_NO_PAD.encode(Sha256::digest(canonical.as_bytes())),
    })
}

/// The public JWK of `key` (tests and tools sign proofs with it).
pub(crate) fn to_json(key: &PublicKey) -> serde_json::Value {
    let bytes = key.to_uncompressed_bytes();
    let crv = match key.algorithm() {
        Algorithm::P256 => "P-256",
        Algorithm::K256 => "secp256k1",
    };
    serde_json::json!({
        "kty": "EC",
        "crv": crv,
        "x": URL_SAFE_NO_PAD.encode(&bytes[1..33]),
        "y": URL_SAFE_NO_PAD.encode(&bytes[33..65]),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lexgen::crypto::Keypair;

    #[test]
    fn rfc_7638_example_thumbprint_shape_and_round_trip() {
        for algorithm in Algorithm::ALL {
            let key = Keypair::generate(algorithm).unwrap().public_key();
            let jwk = parse(&to_json(&key)).unwrap();
            assert_eq!(jwk.key, key);
            assert_eq!(jwk.thumbprint.len(), 43);
        }
        // The thumbprint ignores members other than the required ones.
        let key = Keypair::generate(Algorithm::P256).unwrap().public_key();
        let mut json = to_json(&key);
        let plain = parse(&json).unwrap().thumbprint;
        json["kid"] = "k1".into();
        json["use"] = "sig".into();
        assert_eq!(parse(&json).unwrap().thumbprint, plain);
    }

    #[test]
    fn private_unknown_and_mismatched_keys_are_refused() {
        let key = Keypair::generate(Algorithm::P256).unwrap().public_key();
        let mut json = to_json(&key);
        json["d"] = "AAAA".into();
        assert_eq!(parse(&json).unwrap_err(), JwkError::Private);
        let mut json = to_json(&key);
        json["alg"] = "ES256K".into();
        assert_eq!(parse(&json).unwrap_err(), JwkError::Unsupported);
        let mut json = to_json(&key);
        json["crv"] = "P-384".into();
        assert_eq!(parse(&json).unwrap_err(), JwkError::Unsupported);
        let mut json = to_json(&key);
        json["x"] = "AAAA".into();
        assert_eq!(parse(&json).unwrap_err(), JwkError::Malformed);
    }
}
