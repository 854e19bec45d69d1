//! Offline administration of a data directory (`pds account ...`): list, create, take down or restore,
//! reset a password, delete. Each change goes through the same code and events as the XRPC endpoints.

use lexgen::model::{Did, Handle};
use lexicons::com::atproto::server::create_account;

use crate::app::AppState;
use crate::auth::{Auth, password};
use crate::storage::accounts::{self, Account};
use crate::storage::sessions;

/// Why an admin command failed.
#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("no account {0}")]
    NotFound(String),
    #[error("{0}")]
    Failed(String),
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
}

/// Every account.
pub async fn list(app: &AppState) -> Result<Vec<Account>, AdminError> {
    Ok(app.storage.read(accounts::list_accounts).await?)
}

/// Creates an account as `createAccount` would (new did:plc, genesis commit, events); returns its DID.
pub async fn create(
    app: &AppState,
    handle: Handle,
    email: String,
    password: String,
) -> Result<Did, AdminError> {
    let input = create_account::Input {
        did: None,
        email: Some(email),
        handle,
        invite_code: None,
        password: Some(password),
        plc_op: None,
        recovery_key: None,
        verification_code: None,
        verification_phone: None,
        extra: Default::default(),
    };
    let output = crate::handlers::server::account::create_account(app.clone(), Auth::None, input)
        .await
        .map_err(|e| AdminError::Failed(e.to_string()))?;
    Ok(output.did)
}

/// Finds an account by DID or handle.
pub async fn find(app: &AppState, who: &str) -> Result<Account, AdminError> {
    let key = who.to_owned();
    app.storage
        .read(move |conn| match key.starts_with("did:") {
            true => accounts::account_by_did(conn, &key),
            false => accounts::account_by_handle(conn, &key),
        })
        .await?
        .ok_or_else(|| AdminError::NotFound(who.to_owned()))
}

fn did_of(account: &Account) -> Result<Did, AdminError> {
    Ok(account.did.clone())
}

/// Takes an account down (`reference` set) or restores it (`None`), ending its sessions on takedown.
pub async fn takedown(
    app: &AppState,
    who: &str,
    reference: Option<String>,
) -> Result<(), AdminError> {
    let did = did_of(&find(app, who).await?)?;
    app.storage
        .write(move |conn| {
            accounts::set_takedown(conn, did.as_str(), reference.as_deref())?;
            match reference {
                Some(_) => {
                    sessions::delete_refresh_tokens(conn, did.as_str(), None)?;
                    crate::account_events::account(
                        conn,
                        &did,
                        Some(crate::hosting::InactiveStatus::Takendown),
                    )?;
                }
                None => {
                    crate::account_events::account(conn, &did, None)?;
                }
            }
            Ok(())
        })
        .await?;
    Ok(())
}

/// Sets a new password and ends every session.
pub async fn set_password(
    app: &AppState,
    who: &str,
    new_password: String,
) -> Result<(), AdminError> {
    let did = find(app, who).await?.did.to_string();
    let hash = tokio::task::spawn_blocking(move || password::hash(&new_password))
        .await
        .map_err(|e| AdminError::Failed(e.to_string()))?
        .map_err(AdminError::Failed)?;
    app.storage
        .write(move |conn| {
            accounts::set_password_hash(conn, &did, &hash)?;
            sessions::delete_refresh_tokens(conn, &did, None)?;
            Ok(())
        })
        .await?;
    Ok(())
}

/// Deletes an account and everything stored for it.
pub async fn delete(app: &AppState, who: &str) -> Result<(), AdminError> {
    let did = did_of(&find(app, who).await?)?;
    crate::handlers::server::email::remove_account(app, &did).await?;
    Ok(())
}
