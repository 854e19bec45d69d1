//! DPoP proofs (RFC 9449): `typ` `dpop+jwt`, ES256 or ES256K with the public key in the header, `htm`
//! and `htu` of this request (`htu` compared without query and fragment, as the reference tolerates),
//! `iat` at most 10 s old (180 s clock tolerance either way), a current server nonce, a `jti` never
//! seen before, and `ath` exactly when an access token comes with it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use super::nonce::Nonces;
use super::replay::ReplayCache;

/// How old a proof may be, seconds.
pub(crate) const MAX_AGE: i64 = 10;
/// How far our clock and the client's may disagree, seconds.
pub(crate) const CLOCK_TOLERANCE: i64 = 180;

/// A verified proof.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Proof {
    /// The key's RFC 7638 thumbprint: what tokens are bound to.
    pub jkt: String,
}

/// Why a proof was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum DpopError {
    #[error("{0}")]
    Invalid(&'static str),
    /// No nonce, or not a current one: the client should retry with the `DPoP-Nonce` we send.
    #[error("DPoP nonce mismatch")]
    UseNonce,
}

/// What the proof must be about.
pub(crate) struct Expected<'a> {
    pub htm: &'a str,
    /// The URL of this request as the client sees it (public URL + path).
    pub htu: &'a str,
    /// The access token sent with the proof (resource server), if any.
    pub access_token: Option<&'a str>,
}

/// `scheme://host[:port]/path` of a URL (query and fragment dropped, host and scheme lowercased,
/// default ports removed).
pub(crate) fn normalize_htu(url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    Some(format!(
        "{}{}",
        parsed.origin().ascii_serialization(),
        parsed.path()
    ))
}

/// base64url(SHA-256(token)): a proof's `ath`.
pub(crate) fn token_hash(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(token.as_bytes()))
}

/// Verifies `proof` (the `DPoP` header) for a request.
pub(crate) fn verify(
    proof: &str,
    expected: &Expected<'_>,
    nonces: &Nonces,
    replay: &ReplayCache,
    now: i64,
) -> Result<Proof, DpopError> {
    let invalid = DpopError::Invalid;
    let parts = crate::auth::jwt::split(proof).map_err(|_| invalid("Invalid DPoP proof format"))?;
    let header = &parts.header;
    if header.get("typ").and_then(|v| v.as_str()) != Some("dpop+jwt") {
        return Err(invalid("Invalid DPoP proof type"));
    }
    let jwk = header
        .get("jwk")
        .ok_or(invalid("DPoP proof has no key"))
        .and_then(|jwk| super::jwk::parse(jwk).map_err(|_| invalid("Invalid DPoP proof key")))?;
    let alg = header
        .get("alg")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    if alg != jwk.key.algorithm().jwt_alg() {
        return Err(invalid("Unsupported DPoP proof algorithm"));
    }
    jwk.key
        .verify_allowing_high_s(parts.signing_input.as_bytes(), &parts.signature)
        .map_err(|_| invalid("Invalid DPoP proof signature"))?;
    let claims: serde_json::Value =
        serde_json::from_slice(&parts.payload).map_err(|_| invalid("Invalid DPoP proof"))?;
    let text = |name: &str| claims.get(name).and_then(|v| v.as_str());
    let jti = text("jti")
        .filter(|j| !j.is_empty() && j.len() <= 256)
        .ok_or(invalid("DPoP proof jti missing"))?;
    if text("htm") != Some(expected.htm) {
        return Err(invalid("DPoP htm mismatch"));
    }
    let htu = text("htu").and_then(normalize_htu);
    if htu.is_none() || htu != normalize_htu(expected.htu) {
        return Err(invalid("DPoP htu mismatch"));
    }
    let iat = claims
        .get("iat")
        .and_then(|v| v.as_i64())
        .ok_or(invalid("DPoP proof iat missing"))?;
    if iat > now + CLOCK_TOLERANCE || iat < now - MAX_AGE - CLOCK_TOLERANCE {
        return Err(invalid("DPoP proof is too old or from the future"));
    }
    match (expected.access_token, text("ath")) {
        (Some(token), Some(ath)) if super::nonce::constant_eq(&token_hash(token), ath) => {}
        (Some(_), _) => return Err(invalid("DPoP ath mismatch")),
        (None, Some(_)) => return Err(invalid("DPoP ath not allowed")),
        (None, None) => {}
    }
    match text("nonce") {
        Some(nonce) if nonces.is_valid(nonce, now) => {}
        _ => return Err(DpopError::UseNonce),
    }
    let until = now + MAX_AGE + 2 * CLOCK_TOLERANCE;
    if !replay.first_use(format!("dpop:{}:{jti}", jwk.thumbprint), until, now) {
        return Err(invalid("DPoP proof replayed"));
    }
    Ok(Proof {
        jkt: jwk.thumbprint,
    })
}

/// Signs a proof with `key` (tests and tools: a client's side of [`verify`]).
pub fn sign(
    key: &lexgen::crypto::Keypair,
    htm: &str,
    htu: &str,
    nonce: Option<&str>,
    access_token: Option<&str>,
    iat: i64,
) -> Result<String, String> {
    let header = serde_json::json!({
        "typ": "dpop+jwt",
        "alg": key.algorithm().jwt_alg(),
        "jwk": super::jwk::to_json(&key.public_key()),
    });
    let mut claims = serde_json::json!({
        "jti": crate::auth::random_hex(12)?,
        "htm": htm,
        "htu": htu,
        "iat": iat,
    });
    if let Some(nonce) = nonce {
        claims["nonce"] = nonce.into();
    }
    if let Some(token) = access_token {
        claims["ath"] = token_hash(token).into();
    }
    let signing_input = crate::auth::jwt::encode_parts(&header, &claims)?;
    let signature = key
        .sign(signing_input.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(signature)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lexgen::crypto::{Algorithm, Keypair};

    const URL: &str = "https://pds.test/oauth/token";

    fn check(proof: &str, token: Option<&str>, replay: &ReplayCache) -> Result<Proof, DpopError> {
        let expected = Expected {
            htm: "POST",
            htu: URL,
            access_token: token,
        };
        verify(proof, &expected, &Nonces::new(vec![1; 32]), replay, 1000)
    }

    #[test]
    fn a_fresh_proof_verifies_once_with_either_curve() {
        let nonce = Nonces::new(vec![1; 32]).current(1000);
        for algorithm in Algorithm::ALL {
            let key = Keypair::generate(algorithm).unwrap();
            let replay = ReplayCache::default();
            let proof = sign(
                &key,
                "POST",
                "https://PDS.test:443/oauth/token?x=1",
                Some(&nonce),
                None,
                1000,
            )
            .unwrap();
            let verified = check(&proof, None, &replay).unwrap();
            let jwk = super::super::jwk::parse(&super::super::jwk::to_json(&key.public_key()));
            assert_eq!(verified.jkt, jwk.unwrap().thumbprint);
            assert_eq!(
                check(&proof, None, &replay),
                Err(DpopError::Invalid("DPoP proof replayed"))
            );
        }
    }

    #[test]
    fn wrong_method_url_age_nonce_or_ath_are_refused() {
        let key = Keypair::generate(Algorithm::P256).unwrap();
        let nonce = Nonces::new(vec![1; 32]).current(1000);
        let replay = ReplayCache::default();
        let refused =
            |proof: String, token: Option<&str>| check(&proof, token, &replay).unwrap_err();
        let sign = |htm, htu, nonce: Option<&str>, ath: Option<&str>, iat| {
            sign(&key, htm, htu, nonce, ath, iat).unwrap()
        };
        assert_eq!(
            refused(sign("GET", URL, Some(&nonce), None, 1000), None),
            DpopError::Invalid("DPoP htm mismatch")
        );
        assert_eq!(
            refused(
                sign(
                    "POST",
                    "https://pds.test/oauth/par",
                    Some(&nonce),
                    None,
                    1000
                ),
                None
            ),
            DpopError::Invalid("DPoP htu mismatch")
        );
        assert_eq!(
            refused(sign("POST", URL, Some(&nonce), None, 1000 - 300), None),
            DpopError::Invalid("DPoP proof is too old or from the future")
        );
        assert_eq!(
            refused(sign("POST", URL, None, None, 1000), None),
            DpopError::UseNonce
        );
        let stale = Nonces::new(vec![1; 32]).current(1000 - 5 * 60);
        assert_eq!(
            refused(sign("POST", URL, Some(&stale), None, 1000), None),
            DpopError::UseNonce
        );
        assert_eq!(
            refused(
                sign("POST", URL, Some(&nonce), Some("other"), 1000),
                Some("token")
            ),
            DpopError::Invalid("DPoP ath mismatch")
        );
        assert_eq!(
            refused(sign("POST", URL, Some(&nonce), Some("token"), 1000), None),
            DpopError::Invalid("DPoP ath not allowed")
        );
        assert!(
            check(
                &sign("POST", URL, Some(&nonce), Some("token"), 1000),
                Some("token"),
                &replay
            )
            .is_ok()
        );
    }
}
