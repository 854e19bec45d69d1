//! Email-token flows of `com.atproto.server`: email confirmation and update, password reset, account
//! deletion. Tokens (`XXXXX-XXXXX`, uppercase base32) are mailed through the outbox and expire.

use lexgen::model::{Datetime, Did};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{
    confirm_email, delete_account, request_account_delete, request_email_confirmation,
    request_email_update, request_password_reset, reset_password, update_email,
};

use crate::app::{App, AppState};
use crate::auth::{Auth, password};
use crate::storage::{accounts, sessions};
use crate::xrpc::{internal, invalid, named, rate_limited, session, unauthorized};

/// How long an emailed token stays valid.
const TOKEN_LIFETIME: i64 = 15 * 60;

/// A new token: `XXXXX-XXXXX`.
pub(crate) fn new_token() -> Result<String, String> {
    let code = crate::auth::random_base32(10)?.to_ascii_uppercase();
    Ok(format!("{}-{}", &code[..5], &code[5..]))
}

/// Checks and consumes the account's token of `purpose`.
pub(crate) async fn consume_token<E>(
    app: &App,
    did: &Did,
    purpose: &'static str,
    token: &str,
    lifetime: i64,
) -> Result<(), XrpcError<E>> {
    let did_text = did.to_string();
    let stored = app
        .storage
        .read(move |conn| sessions::email_token(conn, purpose, &did_text))
        .await
        .map_err(internal)?;
    let Some((expected, requested_at)) = stored else {
        return Err(named("InvalidToken", "Token is invalid"));
    };
    if !expected.eq_ignore_ascii_case(token.trim()) {
        return Err(named("InvalidToken", "Token is invalid"));
    }
    if crate::auth::now_secs() - requested_at > lifetime {
        return Err(named("ExpiredToken", "Token is expired"));
    }
    let did_text = did.to_string();
    app.storage
        .write(move |conn| sessions::delete_email_token(conn, purpose, &did_text))
        .await
        .map_err(internal)?;
    Ok(())
}

/// Stores a fresh token of `purpose` and mails it to `email`.
async fn send_token<E>(
    app: &App,
    did: &Did,
    email: &str,
    purpose: &'static str,
    subject: &str,
) -> Result<(), XrpcError<E>> {
    let token = new_token().map_err(internal)?;
    let (did_text, stored, now) = (did.to_string(), token.clone(), crate::auth::now_secs());
    app.storage
        .write(move |conn| sessions::put_email_token(conn, purpose, &did_text, &stored, now))
        .await
        .map_err(internal)?;
    app.mailer
        .send(
            email,
            subject,
            &format!("Your code is:\n\n{token}\n\nIt expires in 15 minutes."),
        )
        .await
        .map_err(internal)?;
    Ok(())
}

fn email_of<E>(account: &accounts::Account) -> Result<String, XrpcError<E>> {
    account
        .email
        .clone()
        .ok_or_else(|| invalid("Account does not have an email address"))
}

pub(crate) async fn request_email_confirmation(
    app: AppState,
    auth: Auth,
) -> Result<request_email_confirmation::Output, XrpcError<request_email_confirmation::Error>> {
    let (did, account) = session(&auth)?;
    send_token(
        &app,
        did,
        &email_of(account)?,
        "confirm_email",
        "Confirm your email",
    )
    .await
}

pub(crate) async fn confirm_email(
    app: AppState,
    auth: Auth,
    input: confirm_email::Input,
) -> Result<confirm_email::Output, XrpcError<confirm_email::Error>> {
    let (did, account) = session(&auth)?;
    if !account
        .email
        .as_deref()
        .is_some_and(|e| e.eq_ignore_ascii_case(input.email.trim()))
    {
        return Err(XrpcError::endpoint(
            confirm_email::Error::InvalidEmail,
            "Invalid email",
        ));
    }
    consume_token(&app, did, "confirm_email", &input.token, TOKEN_LIFETIME).await?;
    let did_text = did.to_string();
    let now = Datetime::now();
    app.storage
        .write(move |conn| accounts::set_email_confirmed(conn, &did_text, now.as_str()))
        .await
        .map_err(internal)?;
    Ok(())
}

pub(crate) async fn request_email_update(
    app: AppState,
    auth: Auth,
) -> Result<request_email_update::Output, XrpcError<request_email_update::Error>> {
    let (did, account) = session(&auth)?;
    let token_required = account.email_confirmed_at.is_some();
    if token_required {
        send_token(
            &app,
            did,
            &email_of(account)?,
            "update_email",
            "Update your email",
        )
        .await?;
    }
    Ok(request_email_update::Output {
        token_required,
        extra: Default::default(),
    })
}

pub(crate) async fn update_email(
    app: AppState,
    auth: Auth,
    input: update_email::Input,
) -> Result<update_email::Output, XrpcError<update_email::Error>> {
    let (did, account) = session(&auth)?;
    let email = input.email.trim().to_owned();
    if !email.contains('@') || email.contains([' ', '\r', '\n']) {
        return Err(invalid("This email address is not supported"));
    }
    let confirmed = account.email_confirmed_at.is_some();
    let same_address = account
        .email
        .as_deref()
        .is_some_and(|current| current.eq_ignore_ascii_case(&email));
    // The email second factor (absent = off). Turning it on for the current, confirmed address needs no
    // token (the Bluesky app does so); turning it off, or changing the address, is guarded by the token
    // as any change of a confirmed address.
    let factor = input.email_auth_factor.unwrap_or(false);
    if factor && !(same_address && confirmed) {
        return Err(invalid(
            "Confirm your email address before using it for sign-in codes",
        ));
    }
    let account_factor = account.email_auth_factor;
    let enabling_only = same_address && factor && !account_factor;
    match input.token.as_deref() {
        Some(token) if confirmed => {
            consume_token(&app, did, "update_email", token, TOKEN_LIFETIME).await?
        }
        None if confirmed && !enabling_only => {
            return Err(XrpcError::endpoint(
                update_email::Error::TokenRequired,
                "Confirmation token required",
            ));
        }
        _ => {}
    }
    let did_text = did.to_string();
    if same_address {
        // The address stays, and so does its confirmation: only the factor changes. Turning it on forgets
        // the account's remembered sign-ins on devices, so their account choosers ask for the password
        // and the code.
        return app
            .storage
            .write(move |conn| {
                if enabling_only {
                    crate::storage::oauth::forget_device_accounts(conn, &did_text)?;
                }
                accounts::set_email_auth_factor(conn, &did_text, factor)
            })
            .await
            .map(|_| ())
            .map_err(internal);
    }
    app.storage
        .write(move |conn| {
            if accounts::account_by_email(conn, &email)?.is_some_and(|a| a.did.as_str() != did_text)
            {
                return Ok(false);
            }
            accounts::set_email(conn, &did_text, &email)?;
            Ok(true)
        })
        .await
        .map_err(internal)?
        .then_some(())
        .ok_or_else(|| {
            invalid("This email address is already in use, please use a different email.")
        })
}

pub(crate) async fn request_password_reset(
    app: AppState,
    _auth: Auth,
    input: request_password_reset::Input,
) -> Result<request_password_reset::Output, XrpcError<request_password_reset::Error>> {
    let email = input.email.trim().to_owned();
    app.limits
        .spend(&crate::rate_limit::PASSWORD_RESET, &email.to_lowercase(), 1)
        .map_err(rate_limited)?;
    let lookup = email.clone();
    let account = app
        .storage
        .read(move |conn| accounts::account_by_email(conn, &lookup))
        .await
        .map_err(internal)?;
    // Unknown addresses get the same answer (no account enumeration).
    if let Some(account) = account {
        let did: Did = account.did;
        send_token(&app, &did, &email, "reset_password", "Password reset").await?;
    }
    Ok(())
}

pub(crate) async fn reset_password(
    app: AppState,
    _auth: Auth,
    input: reset_password::Input,
) -> Result<reset_password::Output, XrpcError<reset_password::Error>> {
    let token = input.token.trim().to_ascii_uppercase();
    let owner = app
        .storage
        .read(move |conn| sessions::email_token_owner(conn, "reset_password", &token))
        .await
        .map_err(internal)?;
    let Some((did, _)) = owner else {
        return Err(XrpcError::endpoint(
            reset_password::Error::InvalidToken,
            "Token is invalid",
        ));
    };
    let did: Did = did.parse().map_err(internal)?;
    consume_token(&app, &did, "reset_password", &input.token, TOKEN_LIFETIME).await?;
    let new_password = input.password;
    let hash = tokio::task::spawn_blocking(move || password::hash(&new_password))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    let did_text = did.to_string();
    app.storage
        .write(move |conn| {
            accounts::set_password_hash(conn, &did_text, &hash)?;
            sessions::delete_refresh_tokens(conn, &did_text, None)?;
            Ok(())
        })
        .await
        .map_err(internal)?;
    Ok(())
}

pub(crate) async fn request_account_delete(
    app: AppState,
    auth: Auth,
) -> Result<request_account_delete::Output, XrpcError<request_account_delete::Error>> {
    let (did, account) = session(&auth)?;
    send_token(
        &app,
        did,
        &email_of(account)?,
        "delete_account",
        "Account deletion",
    )
    .await
}

pub(crate) async fn delete_account(
    app: AppState,
    _auth: Auth,
    input: delete_account::Input,
) -> Result<delete_account::Output, XrpcError<delete_account::Error>> {
    let did_text = input.did.to_string();
    let account = app
        .storage
        .read(move |conn| accounts::account_by_did(conn, &did_text))
        .await
        .map_err(internal)?
        .ok_or_else(|| invalid("account not found"))?;
    let (given, stored) = (input.password.clone(), account.password_hash.clone());
    let ok = tokio::task::spawn_blocking(move || password::verify(&given, &stored))
        .await
        .map_err(internal)?;
    if !ok {
        return Err(unauthorized("Invalid did or password"));
    }
    consume_token(
        &app,
        &input.did,
        "delete_account",
        &input.token,
        TOKEN_LIFETIME,
    )
    .await?;
    remove_account(&app, &input.did).await.map_err(internal)
}

/// Deletes an account with its repository, blobs and credentials; drops its earlier events and announces
/// `#account` with status `deleted`.
pub(crate) async fn remove_account(
    app: &App,
    did: &Did,
) -> Result<(), crate::storage::StorageError> {
    let did_owned = did.clone();
    app.storage
        .write(move |conn| {
            accounts::delete_account(conn, did_owned.as_str())?;
            crate::storage::delete_events_of(conn, &did_owned)?;
            crate::account_events::account(
                conn,
                &did_owned,
                Some(crate::hosting::InactiveStatus::Deleted),
            )?;
            Ok(())
        })
        .await?;
    if let Err(e) = app.blobs.delete_all(did).await {
        tracing::warn!(%did, error = %e, "could not delete the account's blobs");
    }
    Ok(())
}
