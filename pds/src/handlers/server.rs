//! `com.atproto.server.*` handlers.

pub(crate) mod account;
pub(crate) mod app_password;
pub(crate) mod email;
pub(crate) mod invite;
mod service;
pub(crate) mod service_auth;
pub(crate) mod session;
pub(crate) mod sign_in_code;
pub(crate) mod signing_key;
pub(crate) mod status;

pub(crate) use service::ServerService;

use lexgen::model::{Did, Map, Value};

use crate::app::App;

/// The account's DID document for a session response (`createSession`, `refreshSession`, `getSession`,
/// `createAccount`): only when `enable_did_doc_with_session` is set, as the reference. A client such as
/// `@atproto/api` sends its requests to the PDS that document names, which during a migration is still the
/// old one; without it the client keeps the server it logged in to.
pub(crate) async fn session_did_doc(app: &App, did: &Did) -> Option<Map> {
    if !app.config.enable_did_doc_with_session {
        return None;
    }
    did_doc_map(app, did).await
}

/// The account's DID document as a data-model map; `None` if it cannot be resolved.
async fn did_doc_map(app: &App, did: &Did) -> Option<Map> {
    let doc = crate::identity::resolve_did(&app.plc, &app.http, did)
        .await
        .ok()?;
    match Value::from_json(&doc).ok()? {
        Value::Map(map) => Some(map),
        _ => None,
    }
}
