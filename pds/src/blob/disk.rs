//! Blobs in a directory: `<root>/<did>/<cid>` (the layout this server always used, so existing data keeps
//! working), temporary blobs in `<root>/tmp/<did>/<cid>`, uploads in progress in `<root>/tmp/upload-*`.
//! Every file is written, fsynced and renamed into place, so a crash leaves whole files only.

use std::path::PathBuf;

use futures_util::{StreamExt as _, TryStreamExt as _};
use lexgen::model::Did;
use tokio::io::AsyncWriteExt as _;

use super::upload::{Counter, Uploaded, scratch_name};
use super::{BlobError, BlobStream, ByteSource};

/// The directory of temporary blobs and uploads; a DID directory is never named so (DIDs contain `:`).
const TMP: &str = "tmp";

/// Blob files of every account.
#[derive(Clone, Debug)]
pub struct DiskStore {
    root: PathBuf,
}

impl DiskStore {
    pub fn new(root: PathBuf) -> DiskStore {
        DiskStore { root }
    }

    fn did_dir(did: &Did) -> String {
        // DIDs contain `:` (fine on Unix) and never `/`.
        did.as_str().replace(':', "_")
    }

    fn permanent(&self, did: &Did, cid: &str) -> PathBuf {
        self.root.join(Self::did_dir(did)).join(cid)
    }

    fn temporary(&self, did: &Did, cid: &str) -> PathBuf {
        self.root.join(TMP).join(Self::did_dir(did)).join(cid)
    }

    fn scratch(&self, name: &str) -> PathBuf {
        self.root.join(TMP).join(name)
    }

    pub(super) async fn upload(
        &self,
        _did: &Did,
        mut body: ByteSource<'_>,
        limit: u64,
    ) -> Result<Uploaded, BlobError> {
        tokio::fs::create_dir_all(self.root.join(TMP)).await?;
        let name = scratch_name()?;
        let path = self.scratch(&name);
        let mut file = tokio::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .await?;
        let mut counter = Counter::new(limit);
        let written: Result<(), BlobError> = async {
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(BlobError::Source)?;
                counter.take(&chunk)?;
                file.write_all(&chunk).await?;
            }
            file.sync_all().await?;
            Ok(())
        }
        .await;
        drop(file);
        if let Err(e) = written {
            let _ = tokio::fs::remove_file(&path).await;
            return Err(e);
        }
        Ok(counter.finish(name))
    }

    pub(super) async fn place(&self, did: &Did, upload: &Uploaded) -> Result<(), BlobError> {
        let cid = upload.cid.to_string();
        let scratch = self.scratch(&upload.scratch);
        if exists(&self.permanent(did, &cid)).await? {
            remove(&scratch).await?;
            return Ok(());
        }
        let target = self.temporary(did, &cid);
        if let Some(dir) = target.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        tokio::fs::rename(&scratch, &target).await?;
        Ok(())
    }

    pub(super) async fn discard(&self, upload: &Uploaded) -> Result<(), BlobError> {
        remove(&self.scratch(&upload.scratch)).await
    }

    pub(super) async fn make_permanent(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        let (from, to) = (self.temporary(did, cid), self.permanent(did, cid));
        if exists(&to).await? {
            return remove(&from).await;
        }
        if let Some(dir) = to.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        match tokio::fs::rename(&from, &to).await {
            Ok(()) => Ok(()),
            // Promoted by someone else meanwhile (the rename is atomic).
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && exists(&to).await? => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub(super) async fn get(
        &self,
        did: &Did,
        cid: &str,
    ) -> Result<Option<(u64, BlobStream)>, BlobError> {
        for path in [self.permanent(did, cid), self.temporary(did, cid)] {
            match tokio::fs::File::open(&path).await {
                Ok(file) => {
                    let len = file.metadata().await?.len();
                    let stream = chunks(file);
                    return Ok(Some((len, stream)));
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(None)
    }

    pub(super) async fn delete(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        remove(&self.permanent(did, cid)).await?;
        remove(&self.temporary(did, cid)).await
    }

    pub(super) async fn delete_all(&self, did: &Did) -> Result<(), BlobError> {
        for dir in [
            self.root.join(Self::did_dir(did)),
            self.root.join(TMP).join(Self::did_dir(did)),
        ] {
            match tokio::fs::remove_dir_all(&dir).await {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Reads a file as a stream of 64 KiB chunks.
fn chunks(file: tokio::fs::File) -> BlobStream {
    use tokio::io::AsyncReadExt as _;
    const CHUNK: usize = 64 * 1024;
    let stream = futures_util::stream::try_unfold(file, |mut file| async move {
        let mut buf = vec![0u8; CHUNK];
        let n = file.read(&mut buf).await?;
        if n == 0 {
            return Ok(None);
        }
        buf.truncate(n);
        Ok(Some((bytes::Bytes::from(buf), file)))
    });
    Box::pin(stream.map_err(BlobError::Io))
}

async fn exists(path: &std::path::Path) -> Result<bool, BlobError> {
    Ok(tokio::fs::try_exists(path).await?)
}

async fn remove(path: &std::path::Path) -> Result<(), BlobError> {
    match tokio::fs::remove_file(path).await {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}
