//! The blob copy: the CIDs the new PDS reports missing (`listMissingBlobs`), each streamed from the old
//! PDS (`getBlob`) into the new one (`uploadBlob`), a few at a time, with a progress line on stderr and
//! each copied CID recorded in the state file as it lands (and the whole batch as started before the first
//! upload, so a run stopped between an upload and its record still counts it next time).

use std::io::{IsTerminal as _, Write as _};

use futures_util::StreamExt as _;
use lexgen::model::{CidString, Did};
use lexgen::xrpc::XrpcError;
use lexicons::client::{Client, is_expired_token};
use lexicons::com::atproto::repo::{list_missing_blobs, upload_blob};
use lexicons::com::atproto::sync::get_blob;

use super::MigrateError;
use super::state::StateFile;

/// Every blob the new PDS reports missing, in its order.
pub(crate) async fn missing(new: &Client) -> Result<Vec<CidString>, MigrateError> {
    let mut cids = Vec::new();
    let mut cursor = None;
    loop {
        let page = new
            .call::<list_missing_blobs::ListMissingBlobs>(
                &list_missing_blobs::Params {
                    cursor: cursor.take(),
                    limit: 500,
                },
                &(),
            )
            .await
            .map_err(MigrateError::xrpc("listMissingBlobs"))?;
        let last = page.blobs.is_empty();
        cids.extend(page.blobs.into_iter().map(|blob| blob.cid));
        match page.cursor {
            Some(next) if !last => cursor = Some(next),
            _ => return Ok(cids),
        }
    }
}

/// Copies `cids` of `did` from `old` to `new`, `parallel` at a time; returns the bytes copied.
pub(crate) async fn copy(
    old: &Client,
    new: &Client,
    did: &Did,
    cids: Vec<CidString>,
    parallel: usize,
    state: &mut StateFile,
) -> Result<u64, MigrateError> {
    let total = cids.len();
    state.blobs_starting(cids.iter().map(CidString::as_str))?;
    let mut progress = Progress::new(total);
    let mut copies = futures_util::stream::iter(cids)
        .map(|cid| copy_one(old, new, did, cid))
        .buffer_unordered(parallel.max(1));
    while let Some(copied) = copies.next().await {
        let (cid, bytes) = copied?;
        state.blob_copied(cid.as_str())?;
        progress.add(bytes);
    }
    progress.finish();
    Ok(progress.bytes)
}

/// One blob, streamed through: never whole in memory. Sent again (from a new download) once if the new
/// PDS's session expired meanwhile (the client has refreshed it).
async fn copy_one(
    old: &Client,
    new: &Client,
    did: &Did,
    cid: CidString,
) -> Result<(CidString, u64), MigrateError> {
    let mut retried = false;
    loop {
        match copy_attempt(old, new, did, &cid).await? {
            Ok(size) => return Ok((cid, size)),
            Err(e) if is_expired_token(&e) && !retried => retried = true,
            Err(e) => return Err(MigrateError::xrpc("uploadBlob")(e)),
        }
    }
}

/// One download and upload; the upload's error is returned as it is, for the caller to judge.
async fn copy_attempt(
    old: &Client,
    new: &Client,
    did: &Did,
    cid: &CidString,
) -> Result<Result<u64, XrpcError<upload_blob::Error>>, MigrateError> {
    let download = old
        .download::<get_blob::GetBlob>(
            &get_blob::Params {
                cid: cid.clone(),
                did: did.clone(),
            },
            &(),
        )
        .await
        .map_err(MigrateError::xrpc("getBlob"))?;
    let content_type = download
        .content_type()
        .unwrap_or("application/octet-stream")
        .to_owned();
    let uploaded = match new
        .upload::<upload_blob::UploadBlob, _, _, _>(&Default::default(), &content_type, download)
        .await
    {
        Ok(uploaded) => uploaded,
        Err(e) => return Ok(Err(e)),
    };
    let got = uploaded.blob.cid.to_string();
    if got != cid.as_str() {
        return Err(MigrateError::BlobMismatch {
            expected: cid.to_string(),
            got,
        });
    }
    Ok(Ok(uploaded.blob.size.unwrap_or_default()))
}

/// The progress line: rewritten in place on a terminal, one line per blob otherwise.
struct Progress {
    total: usize,
    done: usize,
    bytes: u64,
    terminal: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            total,
            done: 0,
            bytes: 0,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    fn add(&mut self, bytes: u64) {
        self.done += 1;
        self.bytes += bytes;
        let line = format!(
            "blobs: {}/{} copied, {:.1} MiB",
            self.done,
            self.total,
            self.bytes as f64 / (1024.0 * 1024.0)
        );
        let mut stderr = std::io::stderr().lock();
        let _ = if self.terminal {
            write!(stderr, "\r{line}").and_then(|()| stderr.flush())
        } else {
            writeln!(stderr, "{line}")
        };
    }

    fn finish(&self) {
        if self.terminal && self.done > 0 {
            let _ = writeln!(std::io::stderr());
        }
    }
}
