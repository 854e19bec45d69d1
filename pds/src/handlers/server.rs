//! `com.atproto.server.*` handlers.

pub mod account;
pub mod app_password;
pub mod email;
pub mod invite;
mod service;
pub mod service_auth;
pub mod session;
pub mod signing_key;
pub mod status;

pub use service::ServerService;

use lexgen::model::{Did, Map, Value};

use crate::app::App;

/// The account's DID document as a data-model map (for session responses); `None` if it cannot be resolved.
pub async fn did_doc_map(app: &App, did: &Did) -> Option<Map> {
    let doc = crate::identity::resolve_did(&app.plc, &app.http, did)
        .await
        .ok()?;
    match Value::from_json(&doc).ok()? {
        Value::Map(map) => Some(map),
        _ => None,
    }
}
