//! OAuth sessions: their lifetimes (the reference's: public clients two weeks in all; confidential
//! clients two years, refreshed at least every three months) and the token pair each grant or refresh
//! hands out (an access JWT and an opaque, single-use refresh token).

use serde_json::{Value, json};

use super::access_token::{self, AccessClaims, Confirmation};
use super::error::OAuthError;
use crate::app::AppState;
use crate::storage::oauth::OAuthToken;

const DAY: i64 = 24 * 60 * 60;
/// A public client's session, from sign-in to its end.
pub(super) const PUBLIC_SESSION: i64 = 14 * DAY;
/// A public client's refresh token, from its issue.
pub(super) const PUBLIC_REFRESH: i64 = 14 * DAY;
/// A confidential client's session.
pub(super) const CONFIDENTIAL_SESSION: i64 = 2 * 365 * DAY;
/// A confidential client's refresh token (an idle session ends after this).
pub(super) const CONFIDENTIAL_REFRESH: i64 = 90 * DAY;

/// `(session lifetime, refresh token lifetime)` for a client.
pub(super) fn lifetimes(confidential: bool) -> (i64, i64) {
    if confidential {
        (CONFIDENTIAL_SESSION, CONFIDENTIAL_REFRESH)
    } else {
        (PUBLIC_SESSION, PUBLIC_REFRESH)
    }
}

/// Whether a session's refresh token is still valid at `now`.
pub(super) fn refreshable(token: &OAuthToken, confidential: bool, now: i64) -> bool {
    let (_, refresh) = lifetimes(confidential);
    token.expires_at > now && token.updated_at + refresh > now
}

/// The token endpoint's answer for a session's current tokens.
pub(super) fn response(app: &AppState, token: &OAuthToken, now: i64) -> Result<Value, OAuthError> {
    let claims = AccessClaims {
        iss: app.oauth.issuer.clone(),
        aud: app.service_did.clone(),
        sub: token.did.clone(),
        iat: now,
        exp: (now + access_token::LIFETIME).min(token.expires_at),
        jti: token.access_id.clone(),
        cnf: Confirmation {
            jkt: token.dpop_jkt.clone(),
        },
        client_id: token.client_id.clone(),
        scope: token.scope.clone(),
    };
    let access =
        access_token::sign(&app.oauth.access_key, &claims).map_err(OAuthError::internal)?;
    Ok(json!({
        "access_token": access,
        "token_type": "DPoP",
        "refresh_token": token.refresh_token,
        "scope": token.scope,
        "expires_in": claims.exp - now,
        "sub": token.did,
    }))
}
