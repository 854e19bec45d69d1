//! The first step: the account at the new PDS, with the same DID.

use lexgen::model::{Did, Handle};
use lexgen::xrpc::XrpcError;
use lexicons::client::Client;
use lexicons::com::atproto::server::{
    check_account_status, create_account, describe_server, get_service_auth, get_session,
};

use super::flow::client;
use super::{MigrateError, Options};

/// Service auth from the old PDS, then `createAccount` with the DID at the new one; an account that is
/// already there and deactivated (moving back to a PDS the account left) is logged in to instead.
pub(crate) async fn create_account(
    options: &Options,
    old: &Client,
    new: &Client,
    did: &Did,
    password: &str,
    described: &describe_server::Output,
) -> Result<(), MigrateError> {
    let me = old
        .call::<get_session::GetSession>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("getSession at the old PDS"))?;
    let handle: Handle = match &options.handle {
        Some(handle) => handle.parse().map_err(|_| MigrateError::Xrpc {
            step: "--handle",
            message: format!("{handle:?} is not a handle"),
        })?,
        None => me.handle.clone(),
    };
    let auth = old
        .call::<get_service_auth::GetServiceAuth>(
            &get_service_auth::Params {
                aud: described.did.to_string(),
                exp: None,
                lxm: "com.atproto.server.createAccount".parse().ok(),
            },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getServiceAuth at the old PDS"))?;
    let mut creating = client(new.base_url())?;
    creating.set_token(Some(auth.token));
    let input = create_account::Input {
        did: Some(did.clone()),
        email: options.email.clone().or(me.email),
        handle,
        invite_code: options.invite_code.clone(),
        password: Some(password.to_owned()),
        plc_op: None,
        recovery_key: None,
        verification_code: None,
        verification_phone: None,
        extra: Default::default(),
    };
    let created = creating
        .call::<create_account::CreateAccount>(&Default::default(), &input)
        .await;
    let exists = match created {
        Ok(_) => false,
        Err(XrpcError::Other { name, .. }) if name == "AlreadyExists" => true,
        Err(e) => return Err(MigrateError::xrpc("createAccount at the new PDS")(e)),
    };
    new.login(did.as_str(), password)
        .await
        .map_err(MigrateError::xrpc("login at the new PDS"))?;
    if exists {
        let status = new
            .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
            .await
            .map_err(MigrateError::xrpc("checkAccountStatus at the new PDS"))?;
        if status.activated {
            return Err(MigrateError::AlreadyActive {
                did: did.to_string(),
            });
        }
        tracing::info!(%did, "the new PDS already holds the account, deactivated: moving into it");
    }
    Ok(())
}
