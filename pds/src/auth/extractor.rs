//! The `Auth` extractor: finds the called method from the path, looks up its [`Policy`], and verifies the
//! request's credentials accordingly, rejecting with the reference's XRPC errors and statuses.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use lexgen::model::Did;

use super::jwt::{self, JwtError};
use super::policy::{Method, Policy, Scopes, policy};
use crate::app::AppState;
use crate::storage::accounts::{Account, account_by_did};

pub const SCOPE_ACCESS: &str = "com.atproto.access";
pub const SCOPE_APP_PASS: &str = "com.atproto.appPass";
pub const SCOPE_APP_PASS_PRIVILEGED: &str = "com.atproto.appPassPrivileged";
pub const SCOPE_REFRESH: &str = "com.atproto.refresh";

/// The verified caller.
#[derive(Clone, Debug)]
pub enum Auth {
    /// A public endpoint (or createAccount without a service token).
    None,
    /// A session of a hosted account.
    Access {
        account: Box<Account>,
        did: Did,
        /// The legacy session scope (`com.atproto.access` for an OAuth session, whose grant decides).
        scope: String,
        /// The OAuth grant, for an OAuth session; `None` for password and app-password sessions.
        oauth: Option<std::sync::Arc<super::OAuthGrant>>,
    },
    /// A refresh token (refreshSession, deleteSession).
    Refresh { did: Did, jti: String, exp: i64 },
    /// The administrator.
    Admin,
    /// A verified service token from `iss`.
    Service { iss: Did },
}

impl Auth {
    /// The account of an access session.
    pub(crate) fn account(&self) -> Option<(&Did, &Account)> {
        match self {
            Auth::Access { did, account, .. } => Some((did, account)),
            _ => None,
        }
    }

    /// Whether an access session is a plain (non-privileged) app password.
    pub(crate) fn is_plain_app_password(&self) -> bool {
        matches!(self, Auth::Access { scope, .. } if scope == SCOPE_APP_PASS)
    }
}

/// A refusal: status, XRPC error name, message.
#[derive(Clone, Debug)]
pub struct AuthError {
    pub status: StatusCode,
    pub error: &'static str,
    pub message: String,
    /// `WWW-Authenticate` (OAuth refusals: `DPoP error="…"`, which clients act on).
    pub www_authenticate: Option<String>,
}

impl AuthError {
    fn new(status: StatusCode, error: &'static str, message: impl Into<String>) -> AuthError {
        AuthError {
            status,
            error,
            message: message.into(),
            www_authenticate: None,
        }
    }

    fn oauth(error: crate::oauth::resource::ResourceError) -> AuthError {
        use crate::oauth::resource::ResourceError;
        let name = match &error {
            ResourceError::UseNonce => "use_dpop_nonce",
            ResourceError::InvalidProof(_) => "invalid_dpop_proof",
            ResourceError::InvalidToken(_) => "InvalidToken",
            ResourceError::Storage(_) => return AuthError::internal(error),
        };
        AuthError {
            status: StatusCode::UNAUTHORIZED,
            error: name,
            message: error.to_string(),
            www_authenticate: Some(crate::oauth::resource::www_authenticate(&error)),
        }
    }
    fn missing() -> AuthError {
        AuthError::new(
            StatusCode::UNAUTHORIZED,
            "AuthMissing",
            "Authentication Required",
        )
    }
    fn invalid(message: impl Into<String>) -> AuthError {
        AuthError::new(StatusCode::BAD_REQUEST, "InvalidToken", message)
    }
    fn internal(cause: impl std::fmt::Display) -> AuthError {
        tracing::error!(%cause, "auth check failed");
        AuthError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalServerError",
            "Internal Server Error",
        )
    }
}

impl From<JwtError> for AuthError {
    fn from(error: JwtError) -> AuthError {
        match error {
            JwtError::Expired => {
                AuthError::new(StatusCode::BAD_REQUEST, "ExpiredToken", "Token has expired")
            }
            JwtError::Invalid(message) => AuthError::invalid(message),
        }
    }
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let mut response = (
            self.status,
            axum::Json(serde_json::json!({"error": self.error, "message": self.message})),
        )
            .into_response();
        if let Some(value) = self
            .www_authenticate
            .and_then(|v| axum::http::HeaderValue::from_str(&v).ok())
        {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, value);
        }
        response
    }
}

/// `(scheme, credentials)` of the Authorization header; `None` when absent.
fn authorization(parts: &Parts) -> Result<Option<(String, String)>, AuthError> {
    let Some(value) = parts.headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let text = value
        .to_str()
        .map_err(|_| AuthError::invalid("Malformed authorization header"))?;
    let pieces: Vec<&str> = text.split(' ').collect();
    let [scheme, credentials] = pieces.as_slice() else {
        return Err(AuthError::invalid("Malformed authorization header"));
    };
    Ok(Some((
        scheme.to_ascii_lowercase(),
        (*credentials).to_owned(),
    )))
}

fn bearer(parts: &Parts) -> Result<String, AuthError> {
    match authorization(parts)? {
        None => Err(AuthError::missing()),
        Some((scheme, token)) if scheme == "bearer" => {
            if crate::oauth::access_token::looks_dpop_bound(&token) {
                // As the reference: a DPoP-bound token is only accepted with its proof.
                return Err(AuthError::invalid(
                    "DPoP-bound access tokens must use the DPoP authorization scheme",
                ));
            }
            Ok(token)
        }
        Some(_) => Err(AuthError::invalid("Unexpected authorization type")),
    }
}

/// An `Authorization: DPoP` access token, verified with its proof: `(did, grant)`.
async fn oauth_session(
    parts: &Parts,
    app: &AppState,
) -> Result<Option<(String, crate::auth::OAuthGrant)>, AuthError> {
    let Some((scheme, token)) = authorization(parts)? else {
        return Ok(None);
    };
    if scheme != "dpop" {
        return Ok(None);
    }
    let claims = crate::oauth::resource::verify(app, parts, &token)
        .await
        .map_err(AuthError::oauth)?;
    Ok(Some((
        claims.sub,
        crate::auth::OAuthGrant {
            client_id: claims.client_id,
            scope: claims.scope,
        },
    )))
}

impl FromRequestParts<AppState> for Auth {
    type Rejection = AuthError;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Auth, AuthError> {
        let nsid = parts.uri.path().strip_prefix("/xrpc/").unwrap_or_default();
        let method = Method::from_nsid(nsid)
            .ok_or_else(|| AuthError::internal(format!("no auth policy for {nsid}")))?;
        let auth = verify(parts, app, policy(method), method.nsid()).await?;
        crate::oauth::permissions::decision::gate(method, &auth, parts, || app.config.appview())?;
        Ok(auth)
    }
}

/// Verifies the request's credentials against `policy` for method `nsid`.
pub(crate) async fn verify(
    parts: &Parts,
    app: &AppState,
    policy: Policy,
    nsid: &str,
) -> Result<Auth, AuthError> {
    let now = super::now_secs();
    match policy {
        Policy::Public => Ok(Auth::None),
        Policy::Admin => {
            let Some((scheme, credentials)) = authorization(parts)? else {
                return Err(AuthError::missing());
            };
            let expected = app.config.admin_password.as_deref();
            let given = base64::engine::general_purpose::STANDARD
                .decode(credentials)
                .ok()
                .and_then(|b| String::from_utf8(b).ok());
            match (scheme.as_str(), given, expected) {
                ("basic", Some(given), Some(expected))
                    if given.strip_prefix("admin:").is_some_and(|p| {
                        p.len() == expected.len()
                            && p.bytes()
                                .zip(expected.bytes())
                                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                                == 0
                    }) =>
                {
                    Ok(Auth::Admin)
                }
                _ => Err(AuthError::new(
                    StatusCode::UNAUTHORIZED,
                    "AuthRequired",
                    "Invalid admin credentials",
                )),
            }
        }
        Policy::Refresh { allow_expired } => {
            let token = bearer(parts)?;
            let claims = jwt::verify_session(
                &app.secrets.jwt_secret,
                &token,
                jwt::TYP_REFRESH,
                &app.service_did,
                now,
                allow_expired,
            )?;
            if claims.scope != SCOPE_REFRESH {
                return Err(AuthError::invalid("Invalid token scope"));
            }
            let (Some(jti), Ok(did)) = (claims.jti, claims.sub.parse::<Did>()) else {
                return Err(AuthError::invalid("Malformed token"));
            };
            Ok(Auth::Refresh {
                did,
                jti,
                exp: claims.exp,
            })
        }
        Policy::Access {
            scopes,
            allow_deactivated,
            allow_takendown,
        } => {
            let (sub, scope, oauth) = match oauth_session(parts, app).await? {
                // The legacy scope checks are for password and app-password sessions: what an OAuth
                // session may do is its grant's permissions, decided by `oauth::permissions::decision`.
                Some((sub, grant)) => (
                    sub,
                    SCOPE_ACCESS.to_owned(),
                    Some(std::sync::Arc::new(grant)),
                ),
                None => {
                    let claims = legacy_access(parts, app, scopes, now)?;
                    (claims.sub, claims.scope, None)
                }
            };
            let did: Did = sub
                .parse()
                .map_err(|_| AuthError::invalid("Malformed token"))?;
            let did_text = did.to_string();
            let account = app
                .storage
                .lookup(move |conn| account_by_did(conn, &did_text))
                .await
                .map_err(AuthError::internal)?
                .ok_or_else(|| {
                    AuthError::new(
                        StatusCode::FORBIDDEN,
                        "AccountNotFound",
                        "Account not found",
                    )
                })?;
            if account.takedown_ref.is_some() && !allow_takendown {
                return Err(AuthError::new(
                    StatusCode::UNAUTHORIZED,
                    "AccountTakedown",
                    "Account has been taken down",
                ));
            }
            if account.deactivated_at.is_some() && !allow_deactivated {
                return Err(AuthError::new(
                    StatusCode::UNAUTHORIZED,
                    "AccountDeactivated",
                    "Account is deactivated",
                ));
            }
            Ok(Auth::Access {
                account: Box::new(account),
                did,
                scope,
                oauth: oauth.or_else(|| crate::oauth::permissions::testing::grant(parts)),
            })
        }
        Policy::OptionalAccess => match authorization(parts)? {
            None => Ok(Auth::None),
            Some((scheme, _)) if scheme == "basic" => {
                Box::pin(verify(parts, app, Policy::Admin, nsid)).await
            }
            Some(_) => {
                let any_status = Policy::Access {
                    scopes: Scopes::Standard,
                    allow_deactivated: true,
                    allow_takendown: true,
                };
                Box::pin(verify(parts, app, any_status, nsid)).await
            }
        },
        Policy::OptionalService => {
            if authorization(parts)?.is_none() {
                return Ok(Auth::None);
            }
            let token = bearer(parts)?;
            let claims = jwt::peek_service(&token).map_err(|e| {
                let name = match &e {
                    JwtError::Invalid(m) if m == "Invalid jwt type" => "BadJwtType",
                    _ => "BadJwt",
                };
                AuthError::new(StatusCode::UNAUTHORIZED, name, e.to_string())
            })?;
            let iss: Did = claims
                .iss
                .split('#')
                .next()
                .unwrap_or_default()
                .parse()
                .map_err(|_| AuthError::new(StatusCode::UNAUTHORIZED, "BadJwtIss", "bad iss"))?;
            let doc = crate::identity::resolve_did(&app.plc, &app.http, &iss)
                .await
                .map_err(|e| {
                    AuthError::new(StatusCode::UNAUTHORIZED, "BadJwtIss", e.to_string())
                })?;
            let key = crate::identity::doc_fields(iss.as_str(), &doc)
                .signing_key
                .ok_or_else(|| {
                    AuthError::new(
                        StatusCode::UNAUTHORIZED,
                        "BadJwtIss",
                        "the issuer's DID document has no #atproto key",
                    )
                })?;
            jwt::verify_service(&token, &key, &app.service_did, Some(nsid), now).map_err(|e| {
                match e {
                    JwtError::Expired => {
                        AuthError::new(StatusCode::UNAUTHORIZED, "JwtExpired", "jwt expired")
                    }
                    JwtError::Invalid(m) => AuthError::new(StatusCode::UNAUTHORIZED, "BadJwt", m),
                }
            })?;
            Ok(Auth::Service { iss })
        }
    }
}

/// A legacy session access token (`Bearer`), checked against the scopes the endpoint accepts.
fn legacy_access(
    parts: &Parts,
    app: &AppState,
    scopes: Scopes,
    now: i64,
) -> Result<jwt::SessionClaims, AuthError> {
    let token = bearer(parts)?;
    let claims = jwt::verify_session(
        &app.secrets.jwt_secret,
        &token,
        jwt::TYP_ACCESS,
        &app.service_did,
        now,
        false,
    )?;
    let allowed = match scopes {
        Scopes::Full => claims.scope == SCOPE_ACCESS,
        Scopes::Privileged => {
            claims.scope == SCOPE_ACCESS || claims.scope == SCOPE_APP_PASS_PRIVILEGED
        }
        Scopes::Standard => [SCOPE_ACCESS, SCOPE_APP_PASS_PRIVILEGED, SCOPE_APP_PASS]
            .contains(&claims.scope.as_str()),
    };
    if !allowed {
        return Err(AuthError::invalid("Bad token scope"));
    }
    Ok(claims)
}
