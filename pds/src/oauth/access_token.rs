//! OAuth access tokens: JWTs as the reference issues them (`typ` `at+jwt`, `jti` `tok-…`, `sub`, `aud` =
//! the PDS's DID, `cnf.jkt`, `client_id`, `scope`, `iss`), HS256 under a key derived from the server
//! secret, never the legacy session key, so neither kind of token passes for the other.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::Mac as _;
use serde::{Deserialize, Serialize};

use crate::auth::jwt::{self, JwtError};

/// How long an access token lives, seconds (the reference allows up to an hour; the spec wants < 30 min).
pub(crate) const LIFETIME: i64 = 15 * 60;

/// The claims of an access token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct AccessClaims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
    pub cnf: Confirmation,
    pub client_id: String,
    pub scope: String,
}

/// The key a token is bound to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Confirmation {
    pub jkt: String,
}

/// The signing key of access tokens: HMAC(server secret, a fixed label).
pub(crate) fn derive_key(server_secret: &[u8]) -> Vec<u8> {
    let mut mac = jwt::mac(server_secret);
    mac.update(b"atmos oauth access token v1");
    mac.finalize().into_bytes().to_vec()
}

pub(crate) fn sign(key: &[u8], claims: &AccessClaims) -> Result<String, String> {
    let signing_input = jwt::encode_parts(
        &serde_json::json!({"typ": "at+jwt", "alg": "HS256"}),
        claims,
    )?;
    let mut mac = jwt::mac(key);
    mac.update(signing_input.as_bytes());
    Ok(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
    ))
}

/// Whether a token looks like one of ours (an `at+jwt` with `cnf`), without verifying anything: used to
/// tell a client that sent one as `Bearer` what went wrong.
pub(crate) fn looks_dpop_bound(token: &str) -> bool {
    jwt::split(token).is_ok_and(|parts| {
        serde_json::from_slice::<serde_json::Value>(&parts.payload)
            .is_ok_and(|claims| claims.get("cnf").is_some())
    })
}

/// Verifies signature, type, audience and expiry.
pub(crate) fn verify(
    key: &[u8],
    token: &str,
    aud: &str,
    now: i64,
) -> Result<AccessClaims, JwtError> {
    let invalid = |m: &str| JwtError::Invalid(m.to_owned());
    let parts = jwt::split(token)?;
    if parts.header.get("alg").and_then(|v| v.as_str()) != Some("HS256")
        || parts.header.get("typ").and_then(|v| v.as_str()) != Some("at+jwt")
    {
        return Err(invalid("Invalid token type"));
    }
    let mut mac = jwt::mac(key);
    mac.update(parts.signing_input.as_bytes());
    mac.verify_slice(&parts.signature)
        .map_err(|_| invalid("Token could not be verified"))?;
    let claims: AccessClaims =
        serde_json::from_slice(&parts.payload).map_err(|_| invalid("Malformed token"))?;
    if claims.aud != aud {
        return Err(invalid("Invalid token audience"));
    }
    if claims.exp <= now {
        return Err(JwtError::Expired);
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_only_with_their_key_audience_and_time() {
        let key = derive_key(b"secret");
        let claims = AccessClaims {
            iss: "https://pds.test".into(),
            aud: "did:web:pds.test".into(),
            sub: "did:plc:a".into(),
            iat: 0,
            exp: 100,
            jti: "tok-1".into(),
            cnf: Confirmation { jkt: "k".into() },
            client_id: "http://localhost".into(),
            scope: "atproto".into(),
        };
        let token = sign(&key, &claims).unwrap();
        assert!(looks_dpop_bound(&token));
        assert_eq!(
            verify(&key, &token, "did:web:pds.test", 50).unwrap(),
            claims
        );
        assert_eq!(
            verify(&key, &token, "did:web:pds.test", 100),
            Err(JwtError::Expired)
        );
        assert!(verify(&key, &token, "did:web:x", 50).is_err());
        assert!(verify(b"secret", &token, "did:web:pds.test", 50).is_err());
        // The legacy session verifier refuses it too.
        assert!(
            jwt::verify_session(b"secret", &token, "at+jwt", "did:web:pds.test", 50, false)
                .is_err()
        );
    }
}
