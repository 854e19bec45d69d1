//! `pds adopt`: takes over a reference PDS's (`@atproto/pds`) data directory, so an operator switches
//! binaries and every account keeps working with no PLC operation and no user action.
//!
//! Read from the reference (read-only, `storage::reference`): accounts, handles, e-mail and its confirmation,
//! scrypt password hashes (verified as they are and re-hashed on the next login), app passwords, unexpired
//! sessions, each account's signing key (`<actors>/<hash prefix>/<did>/key`), its repository (blocks and
//! root), blobs (`<blobstore>/<did>/<cid>`), preferences, status, and the invite codes. Each account is
//! written in one transaction: its repository goes through the verified import (commit by the account, signed
//! by its key, every block hashing to its CID, every record reachable and valid) and its rows are written in
//! the import's savepoint, so an account is adopted completely or not at all. Accounts already here are
//! skipped, so a rerun finishes an interrupted adoption. Each account's DID document is resolved first: it
//! must name the adopted signing key, and should name this server's URL. The firehose's sequence numbers
//! continue the reference's, so the relays that followed it keep their cursors. The service's keys are the
//! reference's environment (`PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX`, `PDS_JWT_SECRET`), which the
//! configuration reads.

mod account;
mod blob_file;
mod error;
mod identity;
mod invites;
mod sequence;
mod source;
mod summary;

use crate::app::AppState;
use crate::config::Config;
use crate::storage::reference::ServiceDb;

pub(crate) use error::AdoptError;
pub(crate) use identity::Identities;
pub use source::Source;
pub(crate) use summary::Summary;

/// Adopts everything in `source` into the data directory of `config` (opened here: the server must be
/// stopped). With `dry_run`, everything is read and checked (keys, DID documents, commit signatures, block
/// and blob hashes) and nothing is written.
pub async fn run(config: Config, source: Source, dry_run: bool) -> Result<Summary, AdoptError> {
    let port = config.port;
    let app = crate::app::App::open(config, port)?;
    let dids = ServiceDb::open(&source.service_db()?)?
        .accounts()?
        .into_iter()
        .map(|account| account.did)
        .collect();
    let identities = identity::resolve(&app, dids).await;
    tokio::task::spawn_blocking(move || adopt(&app, &source, &identities, dry_run))
        .await
        .map_err(|e| AdoptError::Worker(e.to_string()))?
}

/// [`run`] on an opened app, with the accounts' DID documents resolved. Blocking.
pub(crate) fn adopt(
    app: &AppState,
    source: &Source,
    identities: &Identities,
    dry_run: bool,
) -> Result<Summary, AdoptError> {
    let service = ServiceDb::open(&source.service_db()?)?;
    let mut summary = Summary {
        dry_run,
        rotation_key_configured: app.config.rotation_key.is_some(),
        jwt_secret_configured: app.config.jwt_secret.is_some(),
        ..Summary::default()
    };
    for reference in service.accounts()? {
        account::adopt(app, source, &service, identities, &reference, &mut summary);
    }
    invites::adopt(app, &service, &mut summary)?;
    sequence::adopt(app, source, &mut summary)?;
    Ok(summary)
}

#[cfg(test)]
mod tests;
