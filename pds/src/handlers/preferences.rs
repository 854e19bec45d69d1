//! `app.bsky.actor.getPreferences` / `putPreferences`: private per-account state kept by the PDS.

use lexgen::model::Value;
use lexgen::typed::{Path, Typed};
use lexgen::xrpc::XrpcError;
use lexicons::app::bsky::actor::defs::PreferencesItem;
use lexicons::app::bsky::actor::{get_preferences, put_preferences};

use crate::app::AppState;
use crate::auth::Auth;
use crate::storage::preferences;
use crate::xrpc::{internal, invalid, session};

pub(super) async fn get_preferences(
    app: AppState,
    auth: Auth,
    _params: get_preferences::Params,
    _input: get_preferences::Input,
) -> Result<get_preferences::Output, XrpcError<get_preferences::Error>> {
    let (did, _) = session(&auth)?;
    let did_text = did.to_string();
    let rows = app
        .storage
        .read(move |conn| preferences::preferences(conn, &did_text))
        .await
        .map_err(internal)?;
    let mut items = Vec::with_capacity(rows.len());
    for (_, json) in rows {
        let json: serde_json::Value = serde_json::from_str(&json).map_err(internal)?;
        let value = Value::from_json(&json).map_err(internal)?;
        items.push(PreferencesItem::from_value(value, Path::ROOT).map_err(internal)?);
    }
    Ok(get_preferences::Output {
        preferences: items,
        extra: Default::default(),
    })
}

pub(super) async fn put_preferences(
    app: AppState,
    auth: Auth,
    _params: put_preferences::Params,
    input: put_preferences::Input,
) -> Result<put_preferences::Output, XrpcError<put_preferences::Error>> {
    let (did, _) = session(&auth)?;
    let mut rows = Vec::with_capacity(input.preferences.len());
    for item in &input.preferences {
        let value = item.to_value();
        let name = value
            .type_name()
            .ok_or_else(|| invalid("Preference is missing a $type"))?
            .to_owned();
        if !name.starts_with("app.bsky.") {
            return Err(invalid(format!(
                "Some preferences are not in the app.bsky namespace: {name}"
            )));
        }
        rows.push((name, value.to_json().to_string()));
    }
    let did_text = did.to_string();
    app.storage
        .write(move |conn| preferences::put_preferences(conn, &did_text, &rows))
        .await
        .map_err(internal)?;
    Ok(())
}
