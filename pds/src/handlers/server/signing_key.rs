//! `com.atproto.server.reserveSigningKey`: a repo signing key made ahead of `createAccount`, so a migrating
//! account can put it in its DID document (PLC operation) before the account exists here.

use lexgen::crypto::{Algorithm, Keypair};
use lexgen::xrpc::XrpcError;
use lexicons::com::atproto::server::reserve_signing_key::{Error, Input, Output};

use crate::app::AppState;
use crate::auth::{Auth, now_secs};
use crate::storage::reserved_keys::{self, Reservation};
use crate::xrpc::internal;

pub(crate) async fn reserve_signing_key(
    app: AppState,
    _auth: Auth,
    input: Input,
) -> Result<Output, XrpcError<Error>> {
    let key = Keypair::generate(Algorithm::K256).map_err(internal)?;
    let (key_did, private_key) = (key.did_key(), key.to_private_hex());
    let did = input.did.map(|did| did.to_string());
    let signing_key = app
        .storage
        .write(move |conn| {
            let fresh = Reservation {
                key_did: &key_did,
                private_key: &private_key,
            };
            reserved_keys::reserve(conn, did.as_deref(), &fresh, now_secs())
        })
        .await
        .map_err(internal)?;
    Ok(Output {
        signing_key,
        extra: Default::default(),
    })
}

/// The signing key for an account being created: the one reserved for a migrating `did`, else a new one.
/// The reservation itself is released when the account row is written.
pub(crate) async fn for_new_account(
    app: &crate::app::App,
    migrating: Option<&lexgen::model::Did>,
) -> Result<Keypair, String> {
    let reserved = match migrating {
        Some(did) => {
            let did = did.to_string();
            app.storage
                .read(move |conn| reserved_keys::find(conn, &did, now_secs()))
                .await
                .map_err(|e| e.to_string())?
        }
        None => None,
    };
    match reserved {
        Some(hex) => Keypair::from_private_hex(Algorithm::K256, &hex),
        None => Keypair::generate(Algorithm::K256),
    }
    .map_err(|e| e.to_string())
}
