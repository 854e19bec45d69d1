//! `com.atproto.server.createSession`, `refreshSession`, `getSession`, `deleteSession`.

use lexgen::model::{Did, Handle};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{
    create_session, delete_session, get_session, refresh_session,
};

use super::session_did_doc;
use super::sign_in_code::{self, CodeError};
use crate::app::AppState;
use crate::auth::{Auth, password};
use crate::sessions::{self, SessionError};
use crate::storage::accounts::{self, Account};
use crate::storage::sessions as session_rows;
use crate::xrpc::{internal, invalid, named, rate_limited, session, unauthorized};

fn session_error<E>(e: SessionError) -> XrpcError<E> {
    match e {
        SessionError::Revoked => named("InvalidToken", "Token has been revoked"),
        other => internal(other),
    }
}

fn handle_of<E>(account: &Account) -> Result<Handle, XrpcError<E>> {
    account.handle.parse().map_err(internal)
}

fn did_of<E>(account: &Account) -> Result<Did, XrpcError<E>> {
    Ok(account.did.clone())
}

pub(crate) async fn create_session(
    app: AppState,
    _auth: Auth,
    input: create_session::Input,
) -> Result<create_session::Output, XrpcError<create_session::Error>> {
    let identifier = input.identifier.trim().to_ascii_lowercase();
    if let Err(limit) = app.limits.spend(&crate::rate_limit::LOGIN, &identifier, 1) {
        return Err(rate_limited(limit));
    }
    let lookup = identifier.clone();
    let found = app
        .storage
        .read(move |conn| {
            let account = if lookup.contains('@') {
                accounts::account_by_email(conn, &lookup)?
            } else if lookup.starts_with("did:") {
                accounts::account_by_did(conn, &lookup)?
            } else {
                accounts::account_by_handle(conn, &lookup)?
            };
            let app_passwords = match &account {
                Some(a) => session_rows::app_passwords(conn, a.did.as_str())?,
                None => Vec::new(),
            };
            Ok(account.map(|a| (a, app_passwords)))
        })
        .await
        .map_err(internal)?;
    let bad = || unauthorized("Invalid identifier or password");
    let Some((account, app_passwords)) = found else {
        return Err(bad());
    };
    let given = input.password.clone();
    let stored = account.password_hash.clone();
    // A hash adopted from the reference PDS verifies as it is and comes back re-hashed in our scheme.
    let matched = tokio::task::spawn_blocking(move || {
        if password::verify(&given, &stored) {
            return Some((None, password::rehash_if_needed(&given, &stored)));
        }
        if password::looks_like_app_password(&given) {
            for app_password in app_passwords {
                if password::verify(&given, &app_password.password_hash) {
                    let rehashed = password::rehash_if_needed(&given, &app_password.password_hash);
                    return Some((Some((app_password.name, app_password.privileged)), rehashed));
                }
            }
        }
        None
    })
    .await
    .map_err(internal)?;
    let Some((app_password, rehashed)) = matched else {
        return Err(bad());
    };
    if let Some(hash) = rehashed {
        let (did, name) = (
            account.did.to_string(),
            app_password.as_ref().map(|(n, _)| n.clone()),
        );
        let stored = app
            .storage
            .write(move |conn| match name {
                Some(name) => session_rows::set_app_password_hash(conn, &did, &name, &hash),
                None => accounts::set_password_hash(conn, &did, &hash),
            })
            .await;
        if let Err(error) = stored {
            tracing::warn!(%error, did = %account.did, "could not store a re-hashed password");
        }
    }
    if account.takedown_ref.is_some() && input.allow_takendown != Some(true) {
        return Err(XrpcError::endpoint(
            create_session::Error::AccountTakedown,
            "Account has been taken down",
        ));
    }
    let did = did_of(&account)?;
    if account.email_auth_factor && app_password.is_none() {
        second_factor(&app, &did, &account, input.auth_factor_token.as_deref()).await?;
    }
    let tokens = sessions::create(
        &app,
        &did,
        app_password
            .as_ref()
            .map(|(name, privileged)| (name.as_str(), *privileged)),
    )
    .await
    .map_err(session_error)?;
    Ok(create_session::Output {
        access_jwt: tokens.access,
        refresh_jwt: tokens.refresh,
        handle: handle_of(&account)?,
        did_doc: session_did_doc(&app, &did).await,
        email: account.email.clone(),
        email_confirmed: Some(account.email_confirmed_at.is_some()),
        email_auth_factor: Some(account.email_auth_factor),
        active: Some(account.is_active()),
        status: account.status().map(status),
        did,
        extra: Default::default(),
    })
}

/// The email second factor of a password sign-in: without a code, one is mailed and the answer is 401
/// `AuthFactorTokenRequired` (as Bluesky's service answers; the reference PDS has no second factor);
/// a wrong or expired code is `InvalidToken` / `ExpiredToken`, as every email token.
async fn second_factor(
    app: &AppState,
    did: &Did,
    account: &Account,
    token: Option<&str>,
) -> Result<(), XrpcError<create_session::Error>> {
    use lexgen::xrpc::EndpointError as _;
    let Some(token) = token.filter(|t| !t.trim().is_empty()) else {
        sign_in_code::send(app, did, account.email.as_deref())
            .await
            .map_err(code_error)?;
        return Err(XrpcError::Other {
            status: 401,
            name: create_session::Error::AuthFactorTokenRequired
                .name()
                .to_owned(),
            message: "A sign in code has been sent to your email address".to_owned(),
        });
    };
    sign_in_code::redeem(app, did, token)
        .await
        .map_err(code_error)
}

fn code_error<E>(e: CodeError) -> XrpcError<E> {
    match e {
        CodeError::Invalid => named("InvalidToken", e.to_string()),
        CodeError::Expired => named("ExpiredToken", e.to_string()),
        CodeError::RateLimited(limit) => rate_limited(limit),
        CodeError::NoEmail => invalid(e.to_string()),
        other => internal(other),
    }
}

fn status(text: &str) -> create_session::OutputStatus {
    match text {
        "takendown" => create_session::OutputStatus::Takendown,
        "deactivated" => create_session::OutputStatus::Deactivated,
        other => create_session::OutputStatus::Other(other.to_owned()),
    }
}

pub(crate) async fn refresh_session(
    app: AppState,
    auth: Auth,
) -> Result<refresh_session::Output, XrpcError<refresh_session::Error>> {
    let Auth::Refresh { did, jti, .. } = auth else {
        return Err(internal("refreshSession without a refresh token"));
    };
    let did_text = did.to_string();
    let account = app
        .storage
        .read(move |conn| accounts::account_by_did(conn, &did_text))
        .await
        .map_err(internal)?
        .ok_or_else(|| invalid("Could not find user info for account"))?;
    if account.takedown_ref.is_some() {
        return Err(XrpcError::endpoint(
            refresh_session::Error::AccountTakedown,
            "Account has been taken down",
        ));
    }
    let tokens = sessions::rotate(&app, &did, &jti)
        .await
        .map_err(|e| match e {
            SessionError::Revoked => XrpcError::endpoint(
                refresh_session::Error::InvalidToken,
                "Token has been revoked",
            ),
            other => internal(other),
        })?;
    Ok(refresh_session::Output {
        access_jwt: tokens.access,
        refresh_jwt: tokens.refresh,
        handle: handle_of(&account)?,
        did_doc: session_did_doc(&app, &did).await,
        email: account.email.clone(),
        email_confirmed: Some(account.email_confirmed_at.is_some()),
        email_auth_factor: Some(account.email_auth_factor),
        active: Some(account.is_active()),
        status: account.status().map(|s| match s {
            "takendown" => refresh_session::OutputStatus::Takendown,
            "deactivated" => refresh_session::OutputStatus::Deactivated,
            other => refresh_session::OutputStatus::Other(other.to_owned()),
        }),
        did,
        extra: Default::default(),
    })
}

pub(crate) async fn get_session(
    app: AppState,
    auth: Auth,
) -> Result<get_session::Output, XrpcError<get_session::Error>> {
    let (did, account) = session(&auth)?;
    let email = crate::oauth::permissions::decision::may_read_email(&auth);
    Ok(get_session::Output {
        handle: handle_of(account)?,
        did_doc: session_did_doc(&app, did).await,
        email: account.email.clone().filter(|_| email),
        email_confirmed: email.then_some(account.email_confirmed_at.is_some()),
        email_auth_factor: email.then_some(account.email_auth_factor),
        active: Some(account.is_active()),
        status: account.status().map(|s| match s {
            "takendown" => get_session::OutputStatus::Takendown,
            "deactivated" => get_session::OutputStatus::Deactivated,
            other => get_session::OutputStatus::Other(other.to_owned()),
        }),
        did: did.clone(),
        extra: Default::default(),
    })
}

pub(crate) async fn delete_session(
    app: AppState,
    auth: Auth,
) -> Result<delete_session::Output, XrpcError<delete_session::Error>> {
    let Auth::Refresh { jti, .. } = auth else {
        return Err(internal("deleteSession without a refresh token"));
    };
    app.storage
        .write(move |conn| session_rows::delete_refresh_token(conn, &jti))
        .await
        .map_err(internal)?;
    Ok(())
}
