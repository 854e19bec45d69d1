//! `pds account export` and `pds account import`: an account's repository CAR, every blob and its
//! preferences as files a user can take away (`repo.car`, `blobs/<cid>`, `preferences.json`,
//! `manifest.json`), read from a running PDS over XRPC with the account's password; and the way back
//! into an account that exists and is deactivated at a PDS (the one a migration left, or one created
//! for the DID with service auth from its current PDS), which the import leaves deactivated: pointing the
//! DID at it and activating it is the owner's next step.

use std::path::{Path, PathBuf};

use futures_util::{Stream, StreamExt as _, TryStreamExt as _};
use lexgen::model::{CidString, Did};
use lexicons::app::bsky::actor::{get_preferences, put_preferences};
use lexicons::client::Client;
use lexicons::com::atproto::repo::{import_repo, upload_blob};
use lexicons::com::atproto::server::check_account_status;
use lexicons::com::atproto::sync::{get_blob, get_latest_commit, get_repo, list_blobs};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use super::flow::client;
use super::secret::PASSWORD;
use super::{MigrateError, blobs, source};

const MANIFEST: &str = "manifest.json";
const REPO: &str = "repo.car";
const PREFERENCES: &str = "preferences.json";
const BLOBS: &str = "blobs";

/// Blobs downloaded or uploaded at once.
const PARALLEL: usize = 4;

/// What a backup directory holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    /// The account.
    pub did: String,
    /// Its handle when exported.
    pub handle: String,
    /// The PDS it was exported from.
    pub pds: String,
    /// The repository's commit and revision in `repo.car`.
    pub commit: String,
    pub rev: String,
    /// Every blob, under `blobs/<cid>`.
    pub blobs: Vec<BlobEntry>,
}

/// One blob of a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlobEntry {
    pub cid: String,
    pub mime_type: String,
    pub size: u64,
}

/// `pds account export`'s arguments.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// The account: DID or handle.
    pub account: String,
    /// Its PDS's URL; default: the one its DID document names.
    pub pds: Option<String>,
    /// Its password (else `PDS_ACCOUNT_PASSWORD`, else a prompt).
    pub password: Option<String>,
    /// The PLC directory that resolves did:plc.
    pub plc_url: String,
    /// The directory to write (created; files in it are replaced).
    pub out: PathBuf,
}

/// `pds account import`'s arguments.
#[derive(Clone, Debug)]
pub struct ImportOptions {
    /// A directory written by `export`.
    pub dir: PathBuf,
    /// The PDS to import into.
    pub to: String,
    /// The account's password there (else `PDS_ACCOUNT_PASSWORD`, else a prompt).
    pub password: Option<String>,
}

/// Writes the backup of an account; returns its manifest.
pub async fn export(options: &ExportOptions) -> Result<Manifest, MigrateError> {
    let url = match &options.pds {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => {
            source::resolve(&options.account, &options.plc_url)
                .await?
                .url
        }
    };
    let pds = client(&url)?;
    let password = PASSWORD.resolve(options.password.as_deref())?;
    let session = pds
        .login(&options.account, &password)
        .await
        .map_err(MigrateError::xrpc("login"))?;
    let did = session.did.clone();
    let out = &options.out;
    let blob_dir = out.join(BLOBS);
    tokio::fs::create_dir_all(&blob_dir)
        .await
        .map_err(MigrateError::io(&blob_dir))?;

    let latest = pds
        .call::<get_latest_commit::GetLatestCommit>(
            &get_latest_commit::Params { did: did.clone() },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getLatestCommit"))?;
    let car = pds
        .download::<get_repo::GetRepo>(
            &get_repo::Params {
                did: did.clone(),
                since: None,
            },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getRepo"))?;
    write_stream(&out.join(REPO), car).await?;

    let cids = all_blobs(&pds, &did).await?;
    let entries: Vec<BlobEntry> = futures_util::stream::iter(cids)
        .map(|cid| export_blob(&pds, &did, cid, &blob_dir))
        .buffer_unordered(PARALLEL)
        .try_collect()
        .await?;

    let preferences = pds
        .call::<get_preferences::GetPreferences>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("getPreferences"))?;
    write_json(&out.join(PREFERENCES), &preferences)?;

    let mut blobs = entries;
    blobs.sort_by(|a, b| a.cid.cmp(&b.cid));
    let manifest = Manifest {
        did: did.to_string(),
        handle: session.handle.to_string(),
        pds: url,
        commit: latest.cid.to_string(),
        rev: latest.rev.to_string(),
        blobs,
    };
    write_json(&out.join(MANIFEST), &manifest)?;
    Ok(manifest)
}

/// Reads a backup into its account at `to`: the repository, the blobs that PDS is missing, the
/// preferences. The account must exist there (deactivated, as a migration leaves it); it stays as it is.
pub async fn import(options: &ImportOptions) -> Result<Manifest, MigrateError> {
    let dir = &options.dir;
    let manifest_path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&manifest_path).map_err(MigrateError::io(&manifest_path))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| MigrateError::Backup {
        path: manifest_path.display().to_string(),
        reason: e.to_string(),
    })?;
    let pds = client(options.to.trim_end_matches('/'))?;
    let password = PASSWORD.resolve(options.password.as_deref())?;
    pds.login(&manifest.did, &password)
        .await
        .map_err(MigrateError::xrpc("login at the PDS imported into"))?;
    // An active account has writes of its own that the backup would replace.
    let status = pds
        .call::<check_account_status::CheckAccountStatus>(&Default::default(), &())
        .await
        .map_err(MigrateError::xrpc("checkAccountStatus"))?;
    if status.activated {
        return Err(MigrateError::AlreadyActive { did: manifest.did });
    }

    let car = dir.join(REPO);
    pds.upload::<import_repo::ImportRepo, _, _, _>(
        &Default::default(),
        "application/vnd.ipld.car",
        read_stream(&car).await?,
    )
    .await
    .map_err(MigrateError::xrpc("importRepo"))?;

    let missing = blobs::missing(&pds).await?;
    let uploads = missing.into_iter().map(|cid| {
        let entry = manifest.blobs.iter().find(|b| b.cid == cid.as_str());
        import_blob(&pds, dir, cid.clone(), entry)
    });
    futures_util::stream::iter(uploads)
        .buffer_unordered(PARALLEL)
        .try_collect::<Vec<()>>()
        .await?;

    let path = dir.join(PREFERENCES);
    let text = std::fs::read_to_string(&path).map_err(MigrateError::io(&path))?;
    let preferences: put_preferences::Input =
        serde_json::from_str(&text).map_err(|e| MigrateError::Backup {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
    pds.call::<put_preferences::PutPreferences>(&Default::default(), &preferences)
        .await
        .map_err(MigrateError::xrpc("putPreferences"))?;
    Ok(manifest)
}

/// Every blob of the account (`sync.listBlobs`).
async fn all_blobs(pds: &Client, did: &Did) -> Result<Vec<CidString>, MigrateError> {
    let mut cids = Vec::new();
    let mut cursor = None;
    loop {
        let page = pds
            .call::<list_blobs::ListBlobs>(
                &list_blobs::Params {
                    cursor: cursor.take(),
                    did: did.clone(),
                    limit: 1000,
                    since: None,
                },
                &(),
            )
            .await
            .map_err(MigrateError::xrpc("listBlobs"))?;
        let last = page.cids.is_empty();
        cids.extend(page.cids);
        match page.cursor {
            Some(next) if !last => cursor = Some(next),
            _ => return Ok(cids),
        }
    }
}

async fn export_blob(
    pds: &Client,
    did: &Did,
    cid: CidString,
    dir: &Path,
) -> Result<BlobEntry, MigrateError> {
    let download = pds
        .download::<get_blob::GetBlob>(
            &get_blob::Params {
                cid: cid.clone(),
                did: did.clone(),
            },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getBlob"))?;
    let mime_type = download
        .content_type()
        .unwrap_or("application/octet-stream")
        .to_owned();
    let size = write_stream(&dir.join(cid.as_str()), download).await?;
    Ok(BlobEntry {
        cid: cid.to_string(),
        mime_type,
        size,
    })
}

async fn import_blob(
    pds: &Client,
    dir: &Path,
    cid: CidString,
    entry: Option<&BlobEntry>,
) -> Result<(), MigrateError> {
    let path = dir.join(BLOBS).join(cid.as_str());
    let mime_type = entry.map_or("application/octet-stream", |e| e.mime_type.as_str());
    let uploaded = pds
        .upload::<upload_blob::UploadBlob, _, _, _>(
            &Default::default(),
            mime_type,
            read_stream(&path).await?,
        )
        .await
        .map_err(MigrateError::xrpc("uploadBlob"))?;
    let got = uploaded.blob.cid.to_string();
    if got != cid.as_str() {
        return Err(MigrateError::BlobMismatch {
            expected: cid.to_string(),
            got,
        });
    }
    Ok(())
}

/// Writes a body to `path` chunk by chunk; returns its length.
async fn write_stream(
    path: &Path,
    mut body: lexicons::client::ByteStream,
) -> Result<u64, MigrateError> {
    let mut file = tokio::fs::File::create(path)
        .await
        .map_err(MigrateError::io(path))?;
    let mut written = 0;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| MigrateError::io(path)(std::io::Error::other(e)))?;
        file.write_all(&chunk)
            .await
            .map_err(MigrateError::io(path))?;
        written += chunk.len() as u64;
    }
    file.flush().await.map_err(MigrateError::io(path))?;
    Ok(written)
}

/// A file as a stream of 64 KiB chunks.
async fn read_stream(
    path: &Path,
) -> Result<impl Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static, MigrateError> {
    let file = tokio::fs::File::open(path)
        .await
        .map_err(MigrateError::io(path))?;
    Ok(futures_util::stream::try_unfold(
        file,
        |mut file| async move {
            let mut chunk = vec![0; 64 * 1024];
            let n = file.read(&mut chunk).await?;
            if n == 0 {
                return Ok(None);
            }
            chunk.truncate(n);
            Ok(Some((chunk, file)))
        },
    ))
}

fn write_json(path: &Path, value: &impl Serialize) -> Result<(), MigrateError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| MigrateError::Backup {
        path: path.display().to_string(),
        reason: e.to_string(),
    })? + "\n";
    std::fs::write(path, text).map_err(MigrateError::io(path))
}
