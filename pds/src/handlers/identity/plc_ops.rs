//! `com.atproto.identity.updateHandle`, `getRecommendedDidCredentials`, `requestPlcOperationSignature`,
//! `signPlcOperation`, `submitPlcOperation`: changes to an account's DID document, signed with our PLC
//! rotation key (email-token gated for arbitrary operations), each followed by an `#identity` event.

use std::collections::BTreeMap;

use lexgen::model::{Did, Handle, Map, Value};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::identity::{
    get_recommended_did_credentials, request_plc_operation_signature, sign_plc_operation,
    submit_plc_operation, update_handle,
};

use super::resolve::handle_to_did;
use crate::app::{App, AppState};
use crate::auth::Auth;
use crate::plc::operation::{ATPROTO_PDS_SERVICE, ATPROTO_PDS_TYPE};
use crate::plc::{Operation, PlcOperation, Service, SignedOperation};
use crate::storage::accounts::{self, Account};
use crate::storage::sessions;
use crate::xrpc::{internal, invalid, named, session};

/// Email tokens for PLC operations are valid for 15 minutes.
const TOKEN_LIFETIME: i64 = 15 * 60;
const PURPOSE: &str = "plc_operation";

fn recommended(app: &App, account: &Account) -> Result<PlcOperation, String> {
    let key = app.signing_key(account).map_err(|e| e.to_string())?;
    Ok(PlcOperation::atproto(
        &key.did_key(),
        &account.handle,
        &app.public_url,
        vec![app.secrets.rotation_key.did_key()],
        None,
    ))
}

fn json_map(json: serde_json::Value) -> Option<Map> {
    match Value::from_json(&json).ok()? {
        Value::Map(map) => Some(map),
        _ => None,
    }
}

pub(crate) async fn get_recommended_did_credentials(
    app: AppState,
    auth: Auth,
) -> Result<
    get_recommended_did_credentials::Output,
    XrpcError<get_recommended_did_credentials::Error>,
> {
    let (_, account) = session(&auth)?;
    let op = recommended(&app, account).map_err(internal)?;
    Ok(get_recommended_did_credentials::Output {
        also_known_as: Some(op.also_known_as),
        rotation_keys: Some(op.rotation_keys),
        services: json_map(serde_json::to_value(&op.services).map_err(internal)?),
        verification_methods: json_map(
            serde_json::to_value(&op.verification_methods).map_err(internal)?,
        ),
        extra: Default::default(),
    })
}

/// Signs `update(current)` with our rotation key over the DID's last operation and submits it.
async fn update_plc(
    app: &App,
    did: &Did,
    update: impl FnOnce(&mut PlcOperation),
) -> Result<(), String> {
    let last = app.plc.last_op(did).await.map_err(|e| e.to_string())?;
    let mut next = last
        .operation()
        .normalized()
        .ok_or_else(|| "the DID is tombstoned".to_owned())?;
    update(&mut next);
    next.prev = Some(last.cid().map_err(|e| e.to_string())?);
    let signed = Operation::Plc(next)
        .sign(&app.secrets.rotation_key)
        .map_err(|e| e.to_string())?;
    app.plc.submit(did, signed).await.map_err(|e| e.to_string())
}

pub(crate) async fn update_handle(
    app: AppState,
    auth: Auth,
    input: update_handle::Input,
) -> Result<update_handle::Output, XrpcError<update_handle::Error>> {
    let (did, account) = session(&auth)?;
    let handle: Handle = input.handle;
    let domains = app.config.handle_domains();
    let under_service = domains
        .iter()
        .any(|d| handle.as_str().ends_with(d.as_str()));
    if under_service {
        let valid = domains.iter().any(|d| {
            handle
                .as_str()
                .strip_suffix(d.as_str())
                .is_some_and(|name| !name.contains('.') && (3..=18).contains(&name.len()))
        });
        if !valid {
            return Err(invalid("Invalid handle for this server's domains"));
        }
    } else if handle_to_did(&app, &handle)
        .await
        .map_err(internal)?
        .as_ref()
        != Some(did)
    {
        return Err(invalid("External handle did not resolve to DID"));
    }
    let handle_text = handle.to_string();
    let taken = app
        .storage
        .read(move |conn| accounts::account_by_handle(conn, &handle_text))
        .await
        .map_err(internal)?;
    if let Some(other) = taken
        && other.did != account.did
    {
        return Err(named("HandleNotAvailable", "Handle already taken"));
    }
    if did.method() == "plc" {
        let aka = format!("at://{handle}");
        update_plc(&app, did, |op| {
            op.also_known_as.retain(|a| !a.starts_with("at://"));
            op.also_known_as.insert(0, aka);
        })
        .await
        .map_err(|e| invalid(format!("Could not update the DID document: {e}")))?;
    }
    let (did, handle_text) = (did.clone(), handle.to_string());
    app.storage
        .write(move |conn| {
            accounts::set_handle(conn, did.as_str(), &handle_text)?;
            crate::account_events::identity(conn, &did, Some(&handle_text))?;
            Ok(())
        })
        .await
        .map_err(|e| match e {
            crate::storage::StorageError::Duplicate(_) => {
                named("HandleNotAvailable", "Handle already taken")
            }
            other => internal(other),
        })?;
    Ok(())
}

pub(crate) async fn request_plc_operation_signature(
    app: AppState,
    auth: Auth,
) -> Result<
    request_plc_operation_signature::Output,
    XrpcError<request_plc_operation_signature::Error>,
> {
    let (did, account) = session(&auth)?;
    let email = account
        .email
        .clone()
        .ok_or_else(|| invalid("Account does not have an email address"))?;
    let token = crate::handlers::server::email::new_token().map_err(internal)?;
    let (did_text, stored) = (did.to_string(), token.clone());
    let now = crate::auth::now_secs();
    app.storage
        .write(move |conn| sessions::put_email_token(conn, PURPOSE, &did_text, &stored, now))
        .await
        .map_err(internal)?;
    app.mailer
        .send(
            &email,
            "PLC update requested",
            &format!("Your token to sign a PLC operation for {did} is:\n\n{token}\n\nIt expires in 15 minutes."),
        )
        .await
        .map_err(internal)?;
    Ok(())
}

pub(crate) async fn sign_plc_operation(
    app: AppState,
    auth: Auth,
    input: sign_plc_operation::Input,
) -> Result<sign_plc_operation::Output, XrpcError<sign_plc_operation::Error>> {
    let (did, _) = session(&auth)?;
    let token = input.token.clone().ok_or_else(|| {
        named(
            "InvalidToken",
            "email confirmation token required to sign PLC operations",
        )
    })?;
    crate::handlers::server::email::consume_token(&app, did, PURPOSE, &token, TOKEN_LIFETIME)
        .await?;
    let last = app.plc.last_op(did).await.map_err(internal)?;
    let mut next = last
        .operation()
        .normalized()
        .ok_or_else(|| invalid("Did is tombstoned"))?;
    if let Some(keys) = input.rotation_keys {
        next.rotation_keys = keys;
    }
    if let Some(aka) = input.also_known_as {
        next.also_known_as = aka;
    }
    if let Some(methods) = input.verification_methods {
        next.verification_methods =
            serde_json::from_value::<BTreeMap<String, String>>(Value::Map(methods).to_json())
                .map_err(|e| invalid(format!("verificationMethods: {e}")))?;
    }
    if let Some(services) = input.services {
        next.services =
            serde_json::from_value::<BTreeMap<String, Service>>(Value::Map(services).to_json())
                .map_err(|e| invalid(format!("services: {e}")))?;
    }
    next.prev = Some(last.cid().map_err(internal)?);
    let signed = Operation::Plc(next)
        .sign(&app.secrets.rotation_key)
        .map_err(internal)?;
    Ok(sign_plc_operation::Output {
        operation: json_map(signed.to_json())
            .ok_or_else(|| internal("operation is not an object"))?,
        extra: Default::default(),
    })
}

pub(crate) async fn submit_plc_operation(
    app: AppState,
    auth: Auth,
    input: submit_plc_operation::Input,
) -> Result<submit_plc_operation::Output, XrpcError<submit_plc_operation::Error>> {
    let (did, account) = session(&auth)?;
    if did.method() != "plc" {
        return Err(invalid("Only did:plc identities can submit PLC operations"));
    }
    let op = SignedOperation::from_json(&Value::Map(input.operation).to_json())
        .map_err(|e| invalid(format!("Invalid operation: {e}")))?;
    let Operation::Plc(content) = op.operation() else {
        return Err(invalid("Only plc_operation operations can be submitted"));
    };
    if !content
        .rotation_keys
        .contains(&app.secrets.rotation_key.did_key())
    {
        return Err(invalid(
            "Rotation keys do not include server's rotation key",
        ));
    }
    match content.services.get(ATPROTO_PDS_SERVICE) {
        Some(s)
            if s.kind == ATPROTO_PDS_TYPE && s.endpoint.trim_end_matches('/') == app.public_url => {
        }
        _ => return Err(invalid("Incorrect endpoint on atproto_pds service")),
    }
    let key = app.signing_key(account).map_err(internal)?;
    if content.verification_methods.get("atproto") != Some(&key.did_key()) {
        return Err(invalid("Incorrect signing key"));
    }
    if content.also_known_as.first() != Some(&format!("at://{}", account.handle)) {
        return Err(invalid("Incorrect handle in alsoKnownAs"));
    }
    app.plc
        .submit(did, op)
        .await
        .map_err(|e| invalid(format!("The PLC directory refused the operation: {e}")))?;
    let (did, handle) = (did.clone(), account.handle.clone());
    app.storage
        .write(move |conn| crate::account_events::identity(conn, &did, Some(&handle)))
        .await
        .map_err(internal)?;
    Ok(())
}
