//! `private_key_jwt` client authentication (RFC 7523): a JWT signed with one of the client's keys (ES256
//! or ES256K), `iss` = `sub` = the client id, `aud` = our issuer, issued within the last minute, `jti`
//! never seen before.

use super::{ClientAuth, Jwks};
use crate::oauth::error::OAuthError;
use crate::oauth::replay::ReplayCache;

pub(crate) const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// How old an assertion may be, seconds (plus the DPoP clock tolerance).
const MAX_AGE: i64 = 60;

/// Verifies `assertion` for `client_id` against `keys`; returns the binding to store with the session.
pub(crate) fn verify(
    assertion: &str,
    client_id: &str,
    issuer: &str,
    keys: &Jwks,
    replay: &ReplayCache,
    now: i64,
) -> Result<ClientAuth, OAuthError> {
    let invalid = |m: &str| OAuthError::invalid_client(format!("Invalid client assertion: {m}"));
    let parts = crate::auth::jwt::split(assertion).map_err(|_| invalid("malformed"))?;
    let alg = parts
        .header
        .get("alg")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    let kid = parts.header.get("kid").and_then(|v| v.as_str());
    let key = keys
        .keys
        .iter()
        .filter(|k| kid.is_none() || k.get("kid").and_then(|v| v.as_str()) == kid)
        .filter_map(|k| crate::oauth::jwk::parse(k).ok())
        .find(|k| k.key.algorithm().jwt_alg() == alg)
        .ok_or_else(|| invalid("no matching key"))?;
    key.key
        .verify_allowing_high_s(parts.signing_input.as_bytes(), &parts.signature)
        .map_err(|_| invalid("bad signature"))?;
    let claims: serde_json::Value =
        serde_json::from_slice(&parts.payload).map_err(|_| invalid("malformed"))?;
    let text = |name: &str| claims.get(name).and_then(|v| v.as_str());
    if text("iss") != Some(client_id) || text("sub") != Some(client_id) {
        return Err(invalid("iss and sub must be the client_id"));
    }
    let aud_ok = match claims.get("aud") {
        Some(serde_json::Value::String(aud)) => aud == issuer,
        Some(serde_json::Value::Array(auds)) => auds.iter().any(|a| a.as_str() == Some(issuer)),
        _ => false,
    };
    if !aud_ok {
        return Err(invalid("aud must be the issuer"));
    }
    let tolerance = crate::oauth::dpop::CLOCK_TOLERANCE;
    let iat = claims
        .get("iat")
        .and_then(|v| v.as_i64())
        .ok_or_else(|| invalid("iat missing"))?;
    if iat > now + tolerance || iat < now - MAX_AGE - tolerance {
        return Err(invalid("too old or from the future"));
    }
    if let Some(exp) = claims.get("exp").and_then(|v| v.as_i64())
        && exp <= now
    {
        return Err(invalid("expired"));
    }
    let jti = text("jti").ok_or_else(|| invalid("jti missing"))?;
    let until = now + MAX_AGE + 2 * tolerance;
    if !replay.first_use(format!("assertion:{client_id}:{jti}"), until, now) {
        return Err(invalid("jti reused"));
    }
    Ok(ClientAuth::PrivateKeyJwt {
        kid: kid.map(str::to_owned),
        alg: alg.to_owned(),
        jkt: key.thumbprint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine as _;
    use lexgen::crypto::{Algorithm, Keypair};

    fn assertion(key: &Keypair, kid: &str, claims: serde_json::Value) -> String {
        let header = serde_json::json!({"alg": "ES256", "kid": kid});
        let input = crate::auth::jwt::encode_parts(&header, &claims).unwrap();
        let sig = key.sign(input.as_bytes()).unwrap();
        format!(
            "{input}.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sig)
        )
    }

    #[test]
    fn assertions_are_checked_against_the_clients_keys() {
        let key = Keypair::generate(Algorithm::P256).unwrap();
        let mut jwk = crate::oauth::jwk::to_json(&key.public_key());
        jwk["kid"] = "k1".into();
        let keys = Jwks { keys: vec![jwk] };
        let id = "https://app.example/client-metadata.json";
        let claims = |aud: &str, jti: &str, iat: i64| serde_json::json!({"iss": id, "sub": id, "aud": aud, "jti": jti, "iat": iat});
        let replay = ReplayCache::default();
        let check = |token: &str| verify(token, id, "https://pds.test", &keys, &replay, 1000);
        let good = assertion(&key, "k1", claims("https://pds.test", "a", 1000));
        assert!(matches!(check(&good), Ok(ClientAuth::PrivateKeyJwt { .. })));
        assert!(check(&good).is_err(), "jti reused");
        assert!(
            check(&assertion(
                &key,
                "k1",
                claims("https://other.test", "b", 1000)
            ))
            .is_err()
        );
        assert!(check(&assertion(&key, "k1", claims("https://pds.test", "c", 500))).is_err());
        assert!(
            check(&assertion(
                &key,
                "k2",
                claims("https://pds.test", "d", 1000)
            ))
            .is_err()
        );
        let other = Keypair::generate(Algorithm::P256).unwrap();
        assert!(
            check(&assertion(
                &other,
                "k1",
                claims("https://pds.test", "e", 1000)
            ))
            .is_err()
        );
    }
}
