//! JWTs: session tokens (HS256 with the server secret; `at+jwt` access and `refresh+jwt` refresh, the
//! reference's claims) and inter-service tokens (ES256K/ES256 signed with an account's repo key).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use lexgen::crypto::{Algorithm, Keypair, PublicKey};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::Sha256;

/// Access tokens live 2 hours, refresh tokens 90 days, service tokens 60 seconds by default.
pub(crate) const ACCESS_LIFETIME: i64 = 2 * 60 * 60;
pub(crate) const REFRESH_LIFETIME: i64 = 90 * 24 * 60 * 60;
pub(crate) const SERVICE_LIFETIME: i64 = 60;

pub const TYP_ACCESS: &str = "at+jwt";
pub const TYP_REFRESH: &str = "refresh+jwt";

/// Why a token was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JwtError {
    #[error("Token has expired")]
    Expired,
    #[error("{0}")]
    Invalid(String),
}

fn invalid(reason: impl Into<String>) -> JwtError {
    JwtError::Invalid(reason.into())
}

/// The claims of a session token (access or refresh).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClaims {
    pub scope: String,
    pub aud: String,
    pub sub: String,
    pub iat: i64,
    pub exp: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jti: Option<String>,
    /// Present only in service tokens and proof-of-possession tokens: their presence makes a session token invalid.
    #[serde(default, skip_serializing)]
    pub lxm: Option<serde_json::Value>,
    #[serde(default, skip_serializing)]
    pub cnf: Option<serde_json::Value>,
}

pub(crate) fn encode_parts(
    header: &serde_json::Value,
    claims: &impl Serialize,
) -> Result<String, String> {
    let header = serde_json::to_vec(header).map_err(|e| e.to_string())?;
    let claims = serde_json::to_vec(claims).map_err(|e| e.to_string())?;
    Ok(format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header),
        URL_SAFE_NO_PAD.encode(claims)
    ))
}

pub(crate) fn mac(secret: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length, so this cannot fail.
    <Hmac<Sha256> as KeyInit>::new_from_slice(secret).unwrap_or_else(|_| unreachable!())
}

/// Signs a session token of type `typ` (`at+jwt` or `refresh+jwt`).
pub fn sign_session(secret: &[u8], typ: &str, claims: &SessionClaims) -> Result<String, String> {
    let signing_input = encode_parts(&json!({"typ": typ, "alg": "HS256"}), claims)?;
    let mut mac = mac(secret);
    mac.update(signing_input.as_bytes());
    let sig = mac.finalize().into_bytes();
    Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
}

/// A compact JWS taken apart (nothing verified yet).
pub(crate) struct Split<'a> {
    pub signing_input: &'a str,
    pub header: serde_json::Value,
    pub payload: Vec<u8>,
    pub signature: Vec<u8>,
}

pub(crate) fn split(token: &str) -> Result<Split<'_>, JwtError> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid("Malformed token"));
    };
    let decode = |part: &str| {
        URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| invalid("Malformed token"))
    };
    let header: serde_json::Value =
        serde_json::from_slice(&decode(header)?).map_err(|_| invalid("Malformed token"))?;
    Ok(Split {
        signing_input: &token[..token.len() - signature.len() - 1],
        header,
        payload: decode(payload)?,
        signature: decode(signature)?,
    })
}

/// Verifies a session token: HS256 with `secret`, header `typ` equal to `typ`, audience `aud`, not expired
/// (unless `allow_expired`), no `lxm`/`cnf` claims.
pub fn verify_session(
    secret: &[u8],
    token: &str,
    typ: &str,
    aud: &str,
    now: i64,
    allow_expired: bool,
) -> Result<SessionClaims, JwtError> {
    let parts = split(token)?;
    if parts.header.get("alg").and_then(|v| v.as_str()) != Some("HS256") {
        return Err(invalid("Invalid token algorithm"));
    }
    let mut mac = mac(secret);
    mac.update(parts.signing_input.as_bytes());
    mac.verify_slice(&parts.signature)
        .map_err(|_| invalid("Token could not be verified"))?;
    if parts.header.get("typ").and_then(|v| v.as_str()) != Some(typ) {
        return Err(invalid("Invalid token type"));
    }
    let claims: SessionClaims =
        serde_json::from_slice(&parts.payload).map_err(|_| invalid("Malformed token"))?;
    if claims.lxm.is_some() || claims.cnf.is_some() {
        return Err(invalid("Malformed token"));
    }
    if claims.aud != aud {
        return Err(invalid("Invalid token audience"));
    }
    if !allow_expired && claims.exp <= now {
        return Err(JwtError::Expired);
    }
    Ok(claims)
}

/// The claims of an inter-service token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceClaims {
    pub iss: String,
    pub aud: String,
    pub exp: i64,
    pub iat: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lxm: Option<String>,
    pub jti: String,
}

/// Signs a service token with an account's repo key.
pub fn sign_service(key: &Keypair, claims: &ServiceClaims) -> Result<String, String> {
    let header = json!({"typ": "JWT", "alg": key.algorithm().jwt_alg()});
    let signing_input = encode_parts(&header, claims)?;
    let sig = key
        .sign(signing_input.as_bytes())
        .map_err(|e| e.to_string())?;
    Ok(format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(sig)))
}

/// Reads a service token without verifying it (to learn `iss` and find its key).
pub fn peek_service(token: &str) -> Result<ServiceClaims, JwtError> {
    let parts = split(token)?;
    if let Some(TYP_ACCESS | TYP_REFRESH | "dpop+jwt") =
        parts.header.get("typ").and_then(|v| v.as_str())
    {
        return Err(invalid("Invalid jwt type"));
    }
    serde_json::from_slice(&parts.payload).map_err(|_| invalid("Malformed token"))
}

/// Verifies a service token: signature with `key` (high-S accepted, like the reference), audience, method.
pub fn verify_service(
    token: &str,
    key: &PublicKey,
    aud: &str,
    lxm: Option<&str>,
    now: i64,
) -> Result<ServiceClaims, JwtError> {
    let claims = peek_service(token)?;
    let parts = split(token)?;
    let alg = parts.header.get("alg").and_then(|v| v.as_str());
    if alg.and_then(Algorithm::from_jwt_alg) != Some(key.algorithm()) {
        return Err(invalid("Invalid jwt algorithm"));
    }
    key.verify_allowing_high_s(parts.signing_input.as_bytes(), &parts.signature)
        .map_err(|_| invalid("jwt signature does not match jwt issuer"))?;
    if claims.exp <= now {
        return Err(JwtError::Expired);
    }
    if claims.aud != aud && claims.aud.split('#').next() != Some(aud) {
        return Err(invalid("jwt audience does not match service did"));
    }
    if let Some(lxm) = lxm
        && claims.lxm.as_deref() != Some(lxm)
    {
        return Err(invalid("bad jwt lexicon method (\"lxm\")"));
    }
    Ok(claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(exp: i64) -> SessionClaims {
        SessionClaims {
            scope: "com.atproto.access".into(),
            aud: "did:web:pds.test".into(),
            sub: "did:plc:abc".into(),
            iat: 0,
            exp,
            jti: None,
            lxm: None,
            cnf: None,
        }
    }

    #[test]
    fn session_tokens_check_signature_type_audience_and_expiry() {
        let token = sign_session(b"secret", TYP_ACCESS, &claims(100)).unwrap();
        let ok = verify_session(b"secret", &token, TYP_ACCESS, "did:web:pds.test", 50, false);
        assert_eq!(ok.unwrap().sub, "did:plc:abc");
        let wrong =
            |secret: &[u8], typ, aud, now| verify_session(secret, &token, typ, aud, now, false);
        assert!(matches!(
            wrong(b"other", TYP_ACCESS, "did:web:pds.test", 50),
            Err(JwtError::Invalid(_))
        ));
        assert!(matches!(
            wrong(b"secret", TYP_REFRESH, "did:web:pds.test", 50),
            Err(JwtError::Invalid(_))
        ));
        assert!(matches!(
            wrong(b"secret", TYP_ACCESS, "did:web:x.test", 50),
            Err(JwtError::Invalid(_))
        ));
        assert_eq!(
            wrong(b"secret", TYP_ACCESS, "did:web:pds.test", 100),
            Err(JwtError::Expired)
        );
        assert!(verify_session(b"secret", "a.b", TYP_ACCESS, "x", 0, false).is_err());
    }

    #[test]
    fn service_tokens_verify_with_the_signing_key() {
        let key = Keypair::generate(Algorithm::K256).unwrap();
        let claims = ServiceClaims {
            iss: "did:plc:abc".into(),
            aud: "did:web:pds.test".into(),
            exp: 100,
            iat: 0,
            lxm: Some("com.atproto.server.createAccount".into()),
            jti: "n".into(),
        };
        let token = sign_service(&key, &claims).unwrap();
        let lxm = Some("com.atproto.server.createAccount");
        assert!(verify_service(&token, &key.public_key(), "did:web:pds.test", lxm, 50).is_ok());
        let other = Keypair::generate(Algorithm::K256).unwrap().public_key();
        assert!(verify_service(&token, &other, "did:web:pds.test", lxm, 50).is_err());
        assert!(verify_service(&token, &key.public_key(), "did:web:x", lxm, 50).is_err());
        assert!(
            verify_service(
                &token,
                &key.public_key(),
                "did:web:pds.test",
                Some("x.y.z"),
                50
            )
            .is_err()
        );
        assert_eq!(
            verify_service(&token, &key.public_key(), "did:web:pds.test", lxm, 100),
            Err(JwtError::Expired)
        );
    }
}
