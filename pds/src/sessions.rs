//! Issuing and rotating session tokens: an access JWT (2 h) and a refresh JWT (90 days) whose id is stored,
//! so it can be revoked and rotated; a rotated token keeps working for a 2-hour grace window and always
//! yields the same successor.

use lexgen::model::Did;

use crate::app::App;
use crate::auth::jwt::{self, SessionClaims};
use crate::auth::{SCOPE_ACCESS, SCOPE_APP_PASS, SCOPE_APP_PASS_PRIVILEGED, SCOPE_REFRESH};
use crate::storage::StorageError;
use crate::storage::sessions::{self, RefreshToken};

/// The grace window of a rotated refresh token, seconds.
pub(crate) const REFRESH_GRACE: i64 = 2 * 60 * 60;

/// A new pair of tokens.
pub(crate) struct Tokens {
    pub access: String,
    pub refresh: String,
}

/// Why tokens could not be issued.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SessionError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("{0}")]
    Internal(String),
    /// The refresh token is unknown (revoked) or its grace window passed.
    #[error("Token has been revoked")]
    Revoked,
}

/// The access scope of a session made with `app_password` (`(name, privileged)`), or a full login.
pub(crate) fn scope_for(app_password: Option<(&str, bool)>) -> &'static str {
    match app_password {
        None => SCOPE_ACCESS,
        Some((_, true)) => SCOPE_APP_PASS_PRIVILEGED,
        Some((_, false)) => SCOPE_APP_PASS,
    }
}

fn access_token(app: &App, did: &Did, scope: &str, now: i64) -> Result<String, SessionError> {
    jwt::sign_session(
        &app.secrets.jwt_secret,
        jwt::TYP_ACCESS,
        &SessionClaims {
            scope: scope.to_owned(),
            aud: app.service_did.clone(),
            sub: did.to_string(),
            iat: now,
            exp: now + jwt::ACCESS_LIFETIME,
            // Unique per issue, so a refresh within the same second still yields a new token.
            jti: Some(new_jti()?),
            lxm: None,
            cnf: None,
        },
    )
    .map_err(SessionError::Internal)
}

fn refresh_token(
    app: &App,
    did: &Did,
    jti: &str,
    now: i64,
    exp: i64,
) -> Result<String, SessionError> {
    jwt::sign_session(
        &app.secrets.jwt_secret,
        jwt::TYP_REFRESH,
        &SessionClaims {
            scope: SCOPE_REFRESH.to_owned(),
            aud: app.service_did.clone(),
            sub: did.to_string(),
            iat: now,
            exp,
            jti: Some(jti.to_owned()),
            lxm: None,
            cnf: None,
        },
    )
    .map_err(SessionError::Internal)
}

fn new_jti() -> Result<String, SessionError> {
    crate::auth::random_hex(32).map_err(SessionError::Internal)
}

/// Issues a new session for `did`, made with `app_password` (`(name, privileged)`) or a full login.
pub(crate) async fn create(
    app: &App,
    did: &Did,
    app_password: Option<(&str, bool)>,
) -> Result<Tokens, SessionError> {
    let now = crate::auth::now_secs();
    let jti = new_jti()?;
    let exp = now + jwt::REFRESH_LIFETIME;
    let row = RefreshToken {
        id: jti.clone(),
        did: did.to_string(),
        app_password: app_password.map(|(name, _)| name.to_owned()),
        expires_at: exp,
        next_id: None,
    };
    app.storage
        .write(move |conn| sessions::insert_refresh_token(conn, &row))
        .await?;
    Ok(Tokens {
        access: access_token(app, did, scope_for(app_password), now)?,
        refresh: refresh_token(app, did, &jti, now, exp)?,
    })
}

/// Rotates the refresh token `jti` of `did`: a new pair, the old id pointing at the new one for the grace
/// window (a retry within it gets a pair for the same successor).
pub(crate) async fn rotate(app: &App, did: &Did, jti: &str) -> Result<Tokens, SessionError> {
    let now = crate::auth::now_secs();
    let id = jti.to_owned();
    let Some(current) = app
        .storage
        .read(move |conn| sessions::refresh_token(conn, &id))
        .await?
    else {
        return Err(SessionError::Revoked);
    };
    if current.did != did.as_str() || current.expires_at <= now {
        return Err(SessionError::Revoked);
    }
    let privileged = match &current.app_password {
        Some(name) => {
            let (did_text, name) = (did.to_string(), name.clone());
            let password = app
                .storage
                .read(move |conn| sessions::app_password(conn, &did_text, &name))
                .await?
                .ok_or(SessionError::Revoked)?;
            Some(password.privileged)
        }
        None => None,
    };
    let scope = scope_for(current.app_password.as_deref().zip(privileged));
    let next_id = match &current.next_id {
        Some(next) => next.clone(),
        None => new_jti()?,
    };
    let exp = now + jwt::REFRESH_LIFETIME;
    if current.next_id.is_none() {
        let (old, next, row) = (
            current.id.clone(),
            next_id.clone(),
            RefreshToken {
                id: next_id.clone(),
                did: did.to_string(),
                app_password: current.app_password.clone(),
                expires_at: exp,
                next_id: None,
            },
        );
        let won = app
            .storage
            .write(move |conn| {
                let won = sessions::rotate_refresh_token(conn, &old, &next, now + REFRESH_GRACE)?;
                if won {
                    sessions::insert_refresh_token(conn, &row)?;
                }
                Ok(won)
            })
            .await?;
        if !won {
            // Another request rotated it first: answer with its successor.
            return Box::pin(rotate(app, did, jti)).await;
        }
    }
    Ok(Tokens {
        access: access_token(app, did, scope, now)?,
        refresh: refresh_token(app, did, &next_id, now, exp)?,
    })
}
