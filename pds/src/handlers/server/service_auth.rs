//! `com.atproto.server.getServiceAuth`: a service token signed with the account's repo key, with the
//! reference's limits on `exp`, protected methods, and privileged methods for plain app passwords.

use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::get_service_auth;

use crate::app::AppState;
use crate::auth::jwt::{self, ServiceClaims};
use crate::auth::{Auth, now_secs};
use crate::oauth::permissions::{Need, require};
use crate::xrpc::{internal, invalid, session};

/// Methods a service token may never be minted for.
const PROTECTED_METHODS: &[&str] = &[
    "com.atproto.admin.sendEmail",
    "com.atproto.identity.requestPlcOperationSignature",
    "com.atproto.identity.signPlcOperation",
    "com.atproto.identity.updateHandle",
    "com.atproto.server.activateAccount",
    "com.atproto.server.confirmEmail",
    "com.atproto.server.createAppPassword",
    "com.atproto.server.deactivateAccount",
    "com.atproto.server.getAccountInviteCodes",
    "com.atproto.server.getSession",
    "com.atproto.server.listAppPasswords",
    "com.atproto.server.requestAccountDelete",
    "com.atproto.server.requestEmailConfirmation",
    "com.atproto.server.requestEmailUpdate",
    "com.atproto.server.revokeAppPassword",
    "com.atproto.server.updateEmail",
];

/// Methods a plain (non-privileged) app password may not get tokens for.
fn privileged_method(nsid: &str) -> bool {
    nsid.starts_with("chat.bsky.") || nsid == "com.atproto.server.createAccount"
}

pub(crate) async fn get_service_auth(
    app: AppState,
    auth: Auth,
    params: get_service_auth::Params,
) -> Result<get_service_auth::Output, XrpcError<get_service_auth::Error>> {
    let (did, account) = session(&auth)?;
    let aud_did = params.aud.split('#').next().unwrap_or_default();
    if aud_did.parse::<lexgen::model::Did>().is_err() || params.aud.matches('#').count() > 1 {
        return Err(invalid(
            "aud must be a DID, optionally with a #service fragment",
        ));
    }
    let lxm = params.lxm.as_ref().map(|n| n.to_string());
    let (aud, method) = (params.aud.as_str(), lxm.as_deref().unwrap_or("*"));
    require(&auth, Need::Rpc { lxm: method, aud })?;
    let now = now_secs();
    let exp = match params.exp {
        Some(exp) => {
            if exp <= now {
                return Err(XrpcError::endpoint(
                    get_service_auth::Error::BadExpiration,
                    "expiration is in past",
                ));
            }
            if exp - now > 60 * 60 {
                return Err(XrpcError::endpoint(
                    get_service_auth::Error::BadExpiration,
                    "cannot request a token with an expiration more than an hour in the future",
                ));
            }
            if lxm.is_none() && exp - now > jwt::SERVICE_LIFETIME {
                return Err(XrpcError::endpoint(
                    get_service_auth::Error::BadExpiration,
                    "cannot request a method-less token with an expiration more than a minute in the future",
                ));
            }
            exp
        }
        None => now + jwt::SERVICE_LIFETIME,
    };
    if let Some(lxm) = &lxm {
        if PROTECTED_METHODS.contains(&lxm.as_str()) {
            return Err(invalid(format!(
                "cannot request a service token for a protected method: {lxm}"
            )));
        }
        if auth.is_plain_app_password() && privileged_method(lxm) {
            return Err(invalid(format!(
                "insufficient access to request a service token for: {lxm}"
            )));
        }
    }
    let key = app.signing_key(account).map_err(internal)?;
    let token = jwt::sign_service(
        &key,
        &ServiceClaims {
            iss: did.to_string(),
            aud: params.aud.clone(),
            exp,
            iat: now,
            lxm,
            jti: crate::auth::random_hex(16).map_err(internal)?,
        },
    )
    .map_err(internal)?;
    Ok(get_service_auth::Output {
        token,
        extra: Default::default(),
    })
}
