//! `com.atproto.server.describeServer` and `createAccount` (a new did:plc registered with our rotation key,
//! or an existing DID proven with a service token for migration).

use lexgen::crypto::Keypair;
use lexgen::model::{Datetime, Did, Handle};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{create_account, describe_server};

use super::session_did_doc;
use crate::app::{App, AppState};
use crate::auth::{Auth, password};
use crate::plc::{Operation, PlcOperation};
use crate::storage::accounts::{self, Account};
use crate::storage::sessions as session_rows;
use crate::xrpc::{internal, invalid, named, unauthorized};

pub(crate) async fn describe_server(
    app: AppState,
    _auth: Auth,
) -> Result<describe_server::Output, XrpcError<describe_server::Error>> {
    Ok(describe_server::Output {
        available_user_domains: app.config.handle_domains(),
        blob_upload_limit: i64::try_from(app.config.blob_upload_limit).ok(),
        contact: app
            .config
            .contact_email
            .as_ref()
            .map(|email| describe_server::Contact {
                email: Some(email.clone()),
                extra: Default::default(),
            }),
        did: app.service_did.parse().map_err(internal)?,
        invite_code_required: Some(app.config.invite_required),
        links: None,
        phone_verification_required: Some(false),
        extra: Default::default(),
    })
}

type Error = create_account::Error;

fn err(error: Error, message: impl Into<String>) -> XrpcError<Error> {
    XrpcError::endpoint(error, message)
}

/// A handle offered by this server: `<name><domain>` with a 3–18 character single-label name.
fn check_service_handle(app: &App, handle: &Handle) -> Result<(), XrpcError<Error>> {
    let text = handle.as_str();
    let domains = app.config.handle_domains();
    let Some(domain) = domains.iter().find(|d| text.ends_with(d.as_str())) else {
        return Err(err(
            Error::UnsupportedDomain,
            "Not a supported handle domain",
        ));
    };
    let name = &text[..text.len() - domain.len()];
    if name.contains('.') {
        return Err(err(Error::InvalidHandle, "Invalid characters in handle"));
    }
    if name.len() < 3 {
        return Err(err(Error::InvalidHandle, "Handle too short"));
    }
    if name.len() > 18 {
        return Err(err(Error::InvalidHandle, "Handle too long"));
    }
    Ok(())
}

fn check_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains([' ', '\r', '\n'])
}

/// Why createAccount is refused before anything is created.
enum Conflict {
    /// One of the lexicon's errors.
    Endpoint(Error, &'static str),
    /// `InvalidRequest` (a taken email, as the reference answers).
    Invalid(&'static str),
    /// The brought DID's account is already here (`AlreadyExists`, not in the lexicon; the reference's).
    RepoExists,
}

pub(crate) async fn create_account(
    app: AppState,
    auth: Auth,
    input: create_account::Input,
) -> Result<create_account::Output, XrpcError<Error>> {
    let (did, handle) = create(&app, &auth, input).await?;
    let tokens = crate::sessions::create(&app, &did, None)
        .await
        .map_err(internal)?;
    Ok(create_account::Output {
        access_jwt: tokens.access,
        refresh_jwt: tokens.refresh,
        did_doc: session_did_doc(&app, &did).await,
        handle,
        did,
        extra: Default::default(),
    })
}

/// Creates the account (every rule of createAccount: rate limit, handle domain, email, password, invite
/// code, uniqueness, the DID, the repo) without a session: createAccount and the OAuth sign-up page
/// (`oauth::sign_up`) both come here.
pub(crate) async fn create(
    app: &AppState,
    auth: &Auth,
    input: create_account::Input,
) -> Result<(Did, Handle), XrpcError<Error>> {
    if let Err(limit) = app
        .limits
        .spend(&crate::rate_limit::CREATE_ACCOUNT, "global", 1)
    {
        return Err(XrpcError::Other {
            status: 429,
            name: "RateLimitExceeded".into(),
            message: format!("Rate Limit Exceeded ({limit})"),
        });
    }
    // Bringing a signed genesis operation is for an entryway's PDS; this one makes its own (as the reference).
    if input.plc_op.is_some() {
        return Err(invalid(r#"Unsupported input: "plcOp""#));
    }
    let handle = input.handle.clone();
    check_service_handle(app, &handle)?;
    let email = input
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .ok_or_else(|| invalid("Email is required"))?
        .to_owned();
    if !check_email(&email) {
        return Err(invalid(
            "This email address is not supported, please use a different email.",
        ));
    }
    let password_text = input
        .password
        .clone()
        .filter(|p| !p.is_empty())
        .ok_or_else(|| invalid("Password is required"))?;
    if password_text.len() > 256 {
        return Err(err(Error::InvalidPassword, "Password too long"));
    }
    // A migrating account brings its DID and proves it with a service token signed by that DID's key.
    let migrating = match (&input.did, auth) {
        (Some(did), Auth::Service { iss }) if iss == did => Some(did.clone()),
        (Some(_), _) => return Err(unauthorized("Missing auth to create account with did")),
        (None, _) => None,
    };
    let (handle_text, email_lookup) = (handle.to_string(), email.clone());
    let did_lookup = migrating.as_ref().map(Did::to_string);
    let invite = input.invite_code.clone();
    let invite_required = app.config.invite_required;
    let conflict = app
        .storage
        .read(move |conn| {
            // The DID's account already here: `AlreadyExists` ("Repo already exists"), as the reference.
            // Its handle and email checks skip deactivated and taken-down accounts, so a copy we hold
            // deactivated (a migration tried again) gets this answer even when it has the same handle.
            let existing = match &did_lookup {
                Some(did) => accounts::account_by_did(conn, did)?,
                None => None,
            };
            if existing.as_ref().is_some_and(|a| !a.is_active()) {
                return Ok(Some(Conflict::RepoExists));
            }
            if accounts::account_by_handle(conn, &handle_text)?.is_some() {
                return Ok(Some(Conflict::Endpoint(
                    Error::HandleNotAvailable,
                    "Handle already taken",
                )));
            }
            if accounts::account_by_email(conn, &email_lookup)?.is_some() {
                return Ok(Some(Conflict::Invalid("Email already taken")));
            }
            if existing.is_some() {
                return Ok(Some(Conflict::RepoExists));
            }
            if invite_required {
                let usable = match &invite {
                    Some(code) => session_rows::invite_code(conn, code)?
                        .is_some_and(|c| !c.disabled && (c.uses.len() as i64) < c.available),
                    None => false,
                };
                if !usable {
                    return Ok(Some(Conflict::Endpoint(
                        Error::InvalidInviteCode,
                        "Provided invite code not available",
                    )));
                }
            }
            Ok(None)
        })
        .await
        .map_err(internal)?;
    match conflict {
        Some(Conflict::Endpoint(error, message)) => return Err(err(error, message)),
        Some(Conflict::Invalid(message)) => return Err(invalid(message)),
        Some(Conflict::RepoExists) => return Err(named("AlreadyExists", "Repo already exists")),
        None => {}
    }

    let password_hash = tokio::task::spawn_blocking(move || password::hash(&password_text))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    let signing_key = super::signing_key::for_new_account(app, migrating.as_ref())
        .await
        .map_err(internal)?;
    let did = match &migrating {
        Some(did) => did.clone(),
        None => register_plc(app, &signing_key, &handle, input.recovery_key.as_deref()).await?,
    };
    let now = Datetime::now();
    let account = Account {
        did: did.clone(),
        handle: handle.to_string(),
        email: Some(email),
        email_confirmed_at: None,
        password_hash,
        signing_key: signing_key.to_private_hex().to_string(),
        created_at: now.as_str().to_owned(),
        // A migrating account stays deactivated until activateAccount.
        deactivated_at: migrating.as_ref().map(|_| now.as_str().to_owned()),
        delete_after: None,
        takedown_ref: None,
        email_auth_factor: false,
    };
    let (row, did_events, invite_code) = (account.clone(), did.clone(), input.invite_code.clone());
    let announce = migrating.is_none();
    let handle_event = handle.to_string();
    app.storage
        .write(move |conn| {
            accounts::insert_account(conn, &row)?;
            crate::storage::reserved_keys::release(conn, row.did.as_str())?;
            if let Some(code) = invite_code.filter(|_| invite_required) {
                session_rows::use_invite_code(conn, &code, row.did.as_str(), &row.created_at)?;
            }
            if announce {
                crate::account_events::identity(conn, &did_events, Some(&handle_event))?;
                crate::account_events::account(conn, &did_events, None)?;
            }
            Ok(())
        })
        .await
        .map_err(|e| match e {
            crate::storage::StorageError::Duplicate(_) => {
                err(Error::HandleNotAvailable, "Handle or DID already taken")
            }
            other => internal(other),
        })?;
    if let Err(e) = create_repo(app, &did, &signing_key, announce).await {
        let did_text = did.to_string();
        let _ = app
            .storage
            .write(move |conn| accounts::delete_account(conn, &did_text))
            .await;
        return Err(e);
    }
    tracing::info!(%did, %handle, "account created");
    Ok((did, handle))
}

/// The genesis commit (its `#commit` event) and then `#sync`; no events for a migrating account, whose
/// activation announces it.
async fn create_repo(
    app: &App,
    did: &Did,
    key: &Keypair,
    announce: bool,
) -> Result<(), XrpcError<Error>> {
    if !announce {
        app.repos.create_quietly(did, key).await.map_err(internal)?;
        return Ok(());
    }
    app.repos.create(did, key).await.map_err(internal)?;
    let did = did.clone();
    app.storage
        .write(move |conn| crate::account_events::sync_head(conn, &did))
        .await
        .map_err(internal)?;
    Ok(())
}

/// Registers a new did:plc: rotation keys `[recovery?, ours]`, the account's signing key, handle and PDS.
async fn register_plc(
    app: &App,
    signing_key: &Keypair,
    handle: &Handle,
    recovery_key: Option<&str>,
) -> Result<Did, XrpcError<Error>> {
    let mut rotation_keys = Vec::new();
    if let Some(recovery) = recovery_key {
        crate::plc::limits::check_rotation_key(recovery)
            .map_err(|e| invalid(format!("Invalid recovery key: {e}")))?;
        rotation_keys.push(recovery.to_owned());
    }
    rotation_keys.push(app.secrets.rotation_key.did_key());
    let op = Operation::Plc(PlcOperation::atproto(
        &signing_key.did_key(),
        handle.as_str(),
        &app.public_url,
        rotation_keys,
        None,
    ))
    .sign(&app.secrets.rotation_key)
    .map_err(internal)?;
    let did = op.did().map_err(internal)?;
    app.plc
        .submit(&did, op)
        .await
        .map_err(|e| invalid(format!("Could not register the DID: {e}")))?;
    Ok(did)
}
