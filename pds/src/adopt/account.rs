//! One account: read from the reference, checked, and written in one transaction (the repository's verified
//! import, with the account's rows in its savepoint), or skipped with the reason in the summary.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::str::FromStr;

use lexgen::crypto::Keypair;
use lexgen::model::{Cid, Datetime, Did};

use crate::app::AppState;
use crate::repo::Commit;
use crate::repo::car::CarWriter;
use crate::storage::accounts::{self, Account};
use crate::storage::blobs::{self, BlobRow};
use crate::storage::reference::{ActorStore, ReferenceAccount, ServiceDb};
use crate::storage::sessions::{self, AppPassword, RefreshToken};
use crate::storage::{StorageError, preferences};

use super::summary::AccountCounts;
use super::{AdoptError, Identities, Source, Summary};

/// Adopts `reference` (or, dry, checks it), recording the outcome in `summary`.
pub(super) fn adopt(
    app: &AppState,
    source: &Source,
    service: &ServiceDb,
    identities: &Identities,
    reference: &ReferenceAccount,
    summary: &mut Summary,
) {
    let did = reference.did.clone();
    match read(app, source, service, identities, reference, summary) {
        Ok(None) => {}
        Ok(Some(read)) => {
            if let Err(error) = write(app, read, summary) {
                summary.fail(did, error.to_string());
            }
        }
        Err(error) => summary.fail(did, error.to_string()),
    }
}

/// Everything of one account, read and checked, ready to write.
struct Read {
    did: Did,
    account: Account,
    key: Keypair,
    /// The actor store, streamed to the import as a CAR rooted at the reference's head commit.
    store: PathBuf,
    root: Cid,
    blocks: u64,
    /// The reference's count of records, to compare with what the import finds.
    indexed_records: i64,
    /// Blob rows and their checked files (copied to the blob store, one at a time, before the transaction).
    blobs: Vec<(BlobRow, PathBuf)>,
    /// Record URI → the blobs it references.
    record_blobs: BTreeMap<String, Vec<String>>,
    preferences: Vec<(String, String)>,
    app_passwords: Vec<AppPassword>,
    /// The unexpired sessions the reference issued: with the same JWT secret, its tokens keep working here.
    refresh_tokens: Vec<RefreshToken>,
}

/// Reads an account; `None` when it is skipped (already adopted, never finished at the reference).
fn read(
    app: &AppState,
    source: &Source,
    service: &ServiceDb,
    identities: &Identities,
    reference: &ReferenceAccount,
    summary: &mut Summary,
) -> Result<Option<Read>, AdoptError> {
    let did: Did = reference
        .did
        .parse()
        .map_err(|e| AdoptError::Invalid(format!("DID {:?}: {e}", reference.did)))?;
    let lookup = reference.did.clone();
    if app
        .storage
        .read_blocking(move |conn| accounts::account_by_did(conn, &lookup))?
        .is_some()
    {
        summary.skip(&reference.did, "already adopted");
        return Ok(None);
    }
    let (Some(handle), Some(password_hash)) = (&reference.handle, &reference.password_hash) else {
        summary.skip(
            &reference.did,
            "no handle or no credentials at the reference (an account creation that did not finish)",
        );
        return Ok(None);
    };
    let store_path = source.actor_store(&reference.did);
    if !store_path.is_file() {
        return Err(AdoptError::Invalid(format!(
            "no actor store at {}",
            store_path.display()
        )));
    }
    let store = ActorStore::open(&store_path)?;
    let root = store
        .root()?
        .ok_or_else(|| AdoptError::Invalid("the actor store has no repository root".into()))?;
    let root_cid = parse_cid(&root.cid)?;
    let key = source.signing_key(&reference.did)?;
    super::identity::check(
        identities,
        &reference.did,
        &key.public_key(),
        &app.public_url,
        summary,
    )?;

    let CarWritten { blocks, commit } = write_car(&store, root_cid, std::io::sink())?;
    // Checked here too, so a dry run says what the import would refuse first.
    let commit = commit.ok_or_else(|| {
        AdoptError::Invalid(format!(
            "the head commit {root_cid} is not among the blocks"
        ))
    })?;
    let commit = Commit::decode(root_cid, &commit)
        .map_err(|e| AdoptError::Invalid(format!("the head commit: {e}")))?;
    if commit.did != did {
        return Err(AdoptError::Invalid(format!(
            "the head commit is by {}",
            commit.did
        )));
    }
    commit.verify(&key.public_key()).map_err(|e| {
        AdoptError::Invalid(format!(
            "the head commit does not verify with the account's key: {e}"
        ))
    })?;

    let blobs = checked_blobs(source, &store, &reference.did, summary)?;
    let mut record_blobs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (uri, cid) in store.record_blobs()? {
        record_blobs.entry(uri).or_default().push(cid);
    }
    let refresh_tokens = live_sessions(service, &reference.did, summary)?;
    let account = Account {
        did: did.clone(),
        handle: handle.to_ascii_lowercase(),
        email: reference.email.clone(),
        email_confirmed_at: reference.email_confirmed_at.clone(),
        password_hash: password_hash.clone(),
        signing_key: key.to_private_hex().to_string(),
        created_at: reference.created_at.clone(),
        deactivated_at: reference.deactivated_at.clone(),
        delete_after: reference.delete_after.clone(),
        takedown_ref: reference.takedown_ref.clone(),
        // The reference PDS has no email second factor.
        email_auth_factor: false,
    };
    Ok(Some(Read {
        did,
        account,
        key,
        store: store_path,
        root: root_cid,
        blocks,
        indexed_records: store.record_count()?,
        blobs,
        record_blobs,
        preferences: store.preferences()?,
        app_passwords: service.app_passwords(&reference.did)?,
        refresh_tokens,
    }))
}

/// The account's stored blobs whose files hash to their CIDs; the others are listed in the summary
/// (temporary uploads and taken-down blobs skipped, missing or altered files failed).
fn checked_blobs(
    source: &Source,
    store: &ActorStore,
    did: &str,
    summary: &mut Summary,
) -> Result<Vec<(BlobRow, PathBuf)>, AdoptError> {
    let mut blobs = Vec::new();
    for blob in store.blobs()? {
        let what = format!("{} blob {}", did, blob.cid);
        if blob.temp_key.is_some() {
            summary.skip(what, "a temporary upload no record references");
            continue;
        }
        if blob.takedown_ref.is_some() {
            // The reference moved its file to quarantine; it stays there, and the blob stays unserved.
            summary.skip(what, "taken down at the reference");
            continue;
        }
        let path = source.blob(did, &blob.cid);
        let cid = parse_cid(&blob.cid)?;
        let size = match super::blob_file::matches(&path, &cid) {
            Ok((true, size)) => size,
            Ok((false, _)) => {
                summary.fail(what, format!("{} does not hash to its CID", path.display()));
                continue;
            }
            Err(e) => {
                summary.fail(what, format!("{}: {e}", path.display()));
                continue;
            }
        };
        let created_at = Datetime::from_str(&blob.created_at)
            .map(|at| at.timestamp_micros() / 1_000_000)
            .unwrap_or_else(|_| crate::auth::now_secs());
        blobs.push((
            BlobRow {
                cid,
                mime_type: blob.mime_type,
                size: size as i64,
                permanent: true,
                created_at,
                takedown_ref: None,
            },
            path,
        ));
    }
    Ok(blobs)
}

/// The sessions (refresh tokens) the reference issued to the account that have not expired.
fn live_sessions(
    service: &ServiceDb,
    did: &str,
    summary: &mut Summary,
) -> Result<Vec<RefreshToken>, AdoptError> {
    let now = crate::auth::now_secs();
    let mut refresh_tokens = Vec::new();
    for session in service.refresh_tokens(did)? {
        let Ok(expires_at) = Datetime::from_str(&session.expires_at) else {
            summary.skip(
                format!("{} session {}", did, session.id),
                format!("its expiry {:?} is not a datetime", session.expires_at),
            );
            continue;
        };
        let expires_at = expires_at.timestamp_micros() / 1_000_000;
        if expires_at > now {
            refresh_tokens.push(RefreshToken {
                id: session.id,
                did: did.to_owned(),
                app_password: session.app_password,
                expires_at,
                next_id: session.next_id,
            });
        }
    }
    Ok(refresh_tokens)
}

/// What writing an actor store's blocks as a CAR found.
struct CarWritten {
    blocks: u64,
    /// The root block's bytes, if it is among the blocks.
    commit: Option<Vec<u8>>,
}

/// Writes the actor store's blocks to `out` as a CAR rooted at `root`, checking that each hashes to its CID
/// (the import checks again; here so that a dry run finds it).
fn write_car(
    store: &ActorStore,
    root: Cid,
    out: impl std::io::Write,
) -> Result<CarWritten, AdoptError> {
    let car_error = |source: std::io::Error| AdoptError::Io {
        path: "the repository CAR".into(),
        source,
    };
    let mut car = CarWriter::new(out, root).map_err(car_error)?;
    let (mut blocks, mut commit) = (0u64, None);
    store.each_block(|cid, bytes| {
        let cid = parse_cid(cid)?;
        if Cid::for_dag_cbor(bytes) != cid {
            return Err(AdoptError::Invalid(format!(
                "repository block {cid} does not hash to its CID"
            )));
        }
        if cid == root {
            commit = Some(bytes.to_vec());
        }
        car.write_block(&cid, bytes).map_err(car_error)?;
        blocks += 1;
        Ok::<(), AdoptError>(())
    })?;
    car.finish().map_err(car_error)?;
    Ok(CarWritten { blocks, commit })
}

fn parse_cid(text: &str) -> Result<Cid, AdoptError> {
    Cid::from_str(text).map_err(|e| AdoptError::Invalid(format!("CID {text:?}: {e}")))
}

/// Copies the blobs, then imports the repository with every row of the account in the same savepoint.
fn write(app: &AppState, read: Read, summary: &mut Summary) -> Result<(), AdoptError> {
    let Read {
        did,
        account,
        key,
        store,
        root,
        blocks,
        indexed_records,
        blobs,
        record_blobs,
        preferences,
        app_passwords,
        refresh_tokens,
    } = read;
    let mut counts = AccountCounts {
        records: indexed_records.max(0) as u64,
        blocks,
        blobs: blobs.len() as u64,
        blob_bytes: blobs.iter().map(|(row, _)| row.size as u64).sum(),
        app_passwords: app_passwords.len() as u64,
        sessions: refresh_tokens.len() as u64,
        preferences: preferences.len() as u64,
    };
    if summary.dry_run {
        summary.add(&counts);
        return Ok(());
    }
    // Files first: a blob file without its row (if the transaction fails) is harmless, and a rerun
    // writes it again; a row without its file would not be.
    let mut rows = Vec::with_capacity(blobs.len());
    for (row, path) in blobs {
        let bytes = std::fs::read(&path).map_err(|e| AdoptError::io(&path, e))?;
        let cid = block_on(store_blob(app, &did, bytes))?;
        if cid != row.cid {
            return Err(AdoptError::Invalid(format!(
                "blob {} was stored as {cid}",
                row.cid
            )));
        }
        rows.push(row);
    }
    let permanent: Vec<String> = rows
        .iter()
        .filter(|row| row.permanent)
        .map(|row| row.cid.to_string())
        .collect();
    let did_text = did.to_string();
    let after: crate::repository::AfterImport = Box::new(move |conn| {
        accounts::insert_account(conn, &account)?;
        for password in &app_passwords {
            sessions::insert_app_password(conn, &did_text, password)?;
        }
        for session in &refresh_tokens {
            sessions::insert_refresh_token(conn, session)?;
        }
        preferences::put_preferences(conn, &did_text, &preferences)?;
        for row in &rows {
            blobs::insert_blob(conn, &did_text, row)?;
        }
        let now = crate::auth::now_secs();
        for (uri, cids) in &record_blobs {
            blobs::set_record_blobs(conn, &did_text, uri, cids, now)?;
        }
        Ok::<(), StorageError>(())
    });
    // The CAR is streamed from the actor store by a thread of its own: memory stays constant.
    let (car, out) = std::io::pipe().map_err(|e| AdoptError::io(&store, e))?;
    let producer = std::thread::spawn(move || {
        let store = ActorStore::open(&store)?;
        write_car(&store, root, out).map(|_| ())
    });
    let imported = app
        .repos
        .import_then_blocking(&did, car, &key.public_key(), after);
    let produced = producer
        .join()
        .map_err(|_| AdoptError::Worker("the CAR writer panicked".into()))?;
    let imported = match (imported, produced) {
        (Ok(imported), Ok(())) => imported,
        // The import stopped reading (and says why) or the stream failed first (and the import saw a
        // truncated CAR): report the cause.
        (Err(error), Err(AdoptError::Io { source, .. }))
            if source.kind() == std::io::ErrorKind::BrokenPipe =>
        {
            return Err(error.into());
        }
        (_, Err(error)) => return Err(error),
        (Err(error), Ok(())) => return Err(error.into()),
    };
    // Referenced blobs to their permanent place, now that their rows say so.
    block_on(async {
        for cid in &permanent {
            app.blobs.make_permanent(&did, cid).await?;
        }
        Ok::<(), AdoptError>(())
    })?;
    if imported.records != indexed_records.max(0) as u64 {
        summary.skip(
            did.to_string(),
            format!(
                "the reference indexed {indexed_records} records, its repository holds {}",
                imported.records
            ),
        );
    }
    (counts.records, counts.blocks) = (imported.records, imported.blocks);
    summary.add(&counts);
    Ok(())
}

/// Streams one blob's bytes into the store as the temporary blob they hash to.
async fn store_blob(app: &AppState, did: &Did, bytes: Vec<u8>) -> Result<Cid, AdoptError> {
    let source: crate::blob::ByteSource<'_> =
        Box::pin(futures_util::stream::iter([Ok(bytes::Bytes::from(bytes))]));
    let uploaded = app.blobs.upload(did, source, u64::MAX).await?;
    app.blobs.place(did, &uploaded).await?;
    Ok(uploaded.cid)
}

/// Runs `future` from this blocking thread: on the runtime that spawned it, else (tests) on one of its own.
pub(super) fn block_on<T>(
    future: impl Future<Output = Result<T, AdoptError>>,
) -> Result<T, AdoptError> {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) => handle.block_on(future),
        Err(_) => tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| AdoptError::Worker(format!("a runtime for the blob store: {e}")))?
            .block_on(future),
    }
}
