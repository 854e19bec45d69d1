//! The resource server's check of `Authorization: DPoP <token>`: the access token (signature, audience,
//! expiry), a DPoP proof of this request by the key the token is bound to (`ath` = the token's hash, a
//! current nonce), and a session that still exists (revocation is immediate).

use axum::http::request::Parts;

use super::access_token::{self, AccessClaims};
use super::dpop::{self, DpopError};
use crate::app::AppState;
use crate::auth::jwt::JwtError;
use crate::storage::oauth as rows;

/// Why an OAuth-authenticated request was refused.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ResourceError {
    /// The proof lacks a current nonce: retry with the `DPoP-Nonce` sent back.
    #[error("Resource server requires nonce in DPoP proof")]
    UseNonce,
    #[error("{0}")]
    InvalidProof(&'static str),
    #[error("{0}")]
    InvalidToken(String),
    #[error("storage: {0}")]
    Storage(#[from] crate::storage::StorageError),
}

/// The value of `WWW-Authenticate` for a refusal (the algorithms, the error code and its description).
pub(crate) fn www_authenticate(error: &ResourceError) -> String {
    let code = match error {
        ResourceError::UseNonce => "use_dpop_nonce",
        ResourceError::InvalidProof(_) => "invalid_dpop_proof",
        ResourceError::InvalidToken(_) | ResourceError::Storage(_) => "invalid_token",
    };
    let description = error.to_string().replace(['"', '\\'], "'");
    format!(
        "DPoP algs=\"{}\", error=\"{code}\", error_description=\"{description}\"",
        super::metadata::ALGS.join(" ")
    )
}

/// Verifies a DPoP-bound access token and the proof that came with it; returns the token's claims with
/// the scope of its session.
pub(crate) async fn verify(
    app: &AppState,
    parts: &Parts,
    token: &str,
) -> Result<AccessClaims, ResourceError> {
    let now = crate::auth::now_secs();
    let mut claims = access_token::verify(&app.oauth.access_key, token, &app.service_did, now)
        .map_err(|e| match e {
            JwtError::Expired => ResourceError::InvalidToken("Token has expired".into()),
            JwtError::Invalid(m) => ResourceError::InvalidToken(m),
        })?;
    let proof = super::dpop_header(&parts.headers)
        .map_err(|e| match e {
            DpopError::UseNonce => ResourceError::UseNonce,
            DpopError::Invalid(m) => ResourceError::InvalidProof(m),
        })?
        .ok_or(ResourceError::InvalidProof("DPoP proof required"))?;
    let htu = format!("{}{}", app.public_url, parts.uri.path());
    let expected = dpop::Expected {
        htm: parts.method.as_str(),
        htu: &htu,
        access_token: Some(token),
    };
    let verified = dpop::verify(proof, &expected, &app.oauth.nonces, &app.oauth.replay, now)
        .map_err(|e| match e {
            DpopError::UseNonce => ResourceError::UseNonce,
            DpopError::Invalid(m) => ResourceError::InvalidProof(m),
        })?;
    if verified.jkt != claims.cnf.jkt {
        return Err(ResourceError::InvalidToken(
            "The DPoP proof's key is not the one the token is bound to".into(),
        ));
    }
    let jti = claims.jti.clone();
    let session = app
        .storage
        .read(move |conn| rows::token_by_access_id(conn, &jti))
        .await?
        .filter(|session| session.did == claims.sub && session.expires_at > now)
        .ok_or_else(|| ResourceError::InvalidToken("Token has been revoked".into()))?;
    claims.scope = session.scope;
    Ok(claims)
}
