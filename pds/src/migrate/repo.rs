//! The repository step: `getRepo` at the old PDS streamed straight into `importRepo` at the new one.

use lexgen::model::Did;
use lexicons::client::{Client, is_expired_token};
use lexicons::com::atproto::repo::import_repo;
use lexicons::com::atproto::sync::get_repo;

use super::MigrateError;

/// `getRepo` at the old PDS streamed into `importRepo` at the new one; once more (a new download) if the
/// new PDS's session expired meanwhile.
pub(crate) async fn import_repo(old: &Client, new: &Client, did: &Did) -> Result<(), MigrateError> {
    let mut retried = false;
    loop {
        let car = old
            .download::<get_repo::GetRepo>(
                &get_repo::Params {
                    did: did.clone(),
                    since: None,
                },
                &(),
            )
            .await
            .map_err(MigrateError::xrpc("getRepo at the old PDS"))?;
        let imported = new
            .upload::<import_repo::ImportRepo, _, _, _>(
                &Default::default(),
                "application/vnd.ipld.car",
                car,
            )
            .await;
        match imported {
            Ok(()) => return Ok(()),
            Err(e) if is_expired_token(&e) && !retried => retried = true,
            Err(e) => return Err(MigrateError::xrpc("importRepo at the new PDS")(e)),
        }
    }
}
