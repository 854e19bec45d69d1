//! `com.atproto.server.createAppPassword`, `listAppPasswords`, `revokeAppPassword` (revoking also ends the
//! sessions made with it).

use lexgen::model::Datetime;
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::{
    create_app_password, list_app_passwords, revoke_app_password,
};

use crate::app::AppState;
use crate::auth::{Auth, password};
use crate::storage::sessions::{self, AppPassword};
use crate::xrpc::{internal, invalid, session};

pub(crate) async fn create_app_password(
    app: AppState,
    auth: Auth,
    input: create_app_password::Input,
) -> Result<create_app_password::Output, XrpcError<create_app_password::Error>> {
    let (did, _) = session(&auth)?;
    let name = input.name.trim().to_owned();
    if name.is_empty() || name.len() > 100 {
        return Err(invalid("App password name must be 1 to 100 characters"));
    }
    let secret = password::new_app_password().map_err(internal)?;
    let hashed = secret.clone();
    let password_hash = tokio::task::spawn_blocking(move || password::hash(&hashed))
        .await
        .map_err(internal)?
        .map_err(internal)?;
    let created_at = Datetime::now();
    let privileged = input.privileged.unwrap_or(false);
    let row = AppPassword {
        name: name.clone(),
        password_hash,
        privileged,
        created_at: created_at.as_str().to_owned(),
    };
    let did_text = did.to_string();
    let inserted = app
        .storage
        .write(move |conn| {
            if sessions::app_password(conn, &did_text, &row.name)?.is_some() {
                return Ok(false);
            }
            sessions::insert_app_password(conn, &did_text, &row)?;
            Ok(true)
        })
        .await
        .map_err(internal)?;
    if !inserted {
        return Err(invalid("An app password with this name already exists"));
    }
    Ok(create_app_password::AppPassword {
        created_at,
        name,
        password: secret,
        privileged: Some(privileged),
        extra: Default::default(),
    })
}

pub(crate) async fn list_app_passwords(
    app: AppState,
    auth: Auth,
) -> Result<list_app_passwords::Output, XrpcError<list_app_passwords::Error>> {
    let (did, _) = session(&auth)?;
    let did_text = did.to_string();
    let rows = app
        .storage
        .read(move |conn| sessions::app_passwords(conn, &did_text))
        .await
        .map_err(internal)?;
    let mut passwords = Vec::with_capacity(rows.len());
    for row in rows {
        passwords.push(list_app_passwords::AppPassword {
            created_at: row.created_at.parse().map_err(internal)?,
            name: row.name,
            privileged: Some(row.privileged),
            extra: Default::default(),
        });
    }
    Ok(list_app_passwords::Output {
        passwords,
        extra: Default::default(),
    })
}

pub(crate) async fn revoke_app_password(
    app: AppState,
    auth: Auth,
    input: revoke_app_password::Input,
) -> Result<revoke_app_password::Output, XrpcError<revoke_app_password::Error>> {
    let (did, _) = session(&auth)?;
    let did_text = did.to_string();
    app.storage
        .write(move |conn| {
            sessions::delete_app_password(conn, &did_text, &input.name)?;
            sessions::delete_refresh_tokens(conn, &did_text, Some(&input.name))
        })
        .await
        .map_err(internal)?;
    Ok(())
}
