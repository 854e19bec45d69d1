//! Blobs in a directory: `<root>/<did>/<cid>` (the layout this server always used, so existing data keeps
//! working), temporary blobs in `<root>/tmp/<did>/<cid>`, uploads in progress in `<root>/tmp/upload-*`.
//! Every file is written, fsynced and renamed into place, so a crash leaves whole files only.

use std::path::PathBuf;

use futures_util::{StreamExt as _, TryStreamExt as _};
use lexgen::model::Did;
use tokio::io::AsyncWriteExt as _;

use super::upload::{Counter, Uploaded, is_scratch, scratch_name};
use super::{BlobError, BlobStream, ByteSource};

/// The directory of temporary blobs and uploads; a DID directory is never named so (DIDs contain `:`).
const TMP: &str = "tmp";

/// Blob files of every account.
#[derive(Clone, Debug)]
pub(crate) struct DiskStore {
    root: PathBuf,
}

impl DiskStore {
    pub(crate) fn new(root: PathBuf) -> DiskStore {
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

    pub(super) async fn sweep_scratch(
        &self,
        before: std::time::SystemTime,
    ) -> Result<usize, BlobError> {
        let mut entries = match tokio::fs::read_dir(self.root.join(TMP)).await {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e.into()),
        };
        let mut swept = 0;
        while let Some(entry) = entries.next_entry().await? {
            let scratch = entry.file_name().to_str().is_some_and(is_scratch);
            if scratch && entry.metadata().await?.modified()? < before {
                remove(&entry.path()).await?;
                swept += 1;
            }
        }
        Ok(swept)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn did() -> Did {
        "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa".parse().unwrap()
    }

    fn source(chunks: &[&'static [u8]]) -> ByteSource<'static> {
        let chunks: Vec<_> = chunks
            .iter()
            .map(|c| Ok(bytes::Bytes::from_static(c)))
            .collect();
        Box::pin(futures_util::stream::iter(chunks))
    }

    #[tokio::test]
    async fn an_upload_is_placed_promoted_read_and_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let store = DiskStore::new(dir.path().to_owned());
        let upload = store
            .upload(&did(), source(&[b"hello ", b"world"]), 100)
            .await
            .unwrap();
        store.place(&did(), &upload).await.unwrap();
        let cid = upload.cid.to_string();
        assert!(store.temporary(&did(), &cid).is_file());
        store.make_permanent(&did(), &cid).await.unwrap();
        store.make_permanent(&did(), &cid).await.unwrap();
        assert!(!store.temporary(&did(), &cid).exists());
        let (len, stream) = store.get(&did(), &cid).await.unwrap().unwrap();
        let read: Vec<bytes::Bytes> = stream.try_collect().await.unwrap();
        assert_eq!((len, read.concat()), (11, b"hello world".to_vec()));
        store.delete(&did(), &cid).await.unwrap();
        assert!(store.get(&did(), &cid).await.unwrap().is_none());
    }

    #[tokio::test]
    async fn too_large_uploads_and_stale_scratch_files_leave_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = DiskStore::new(dir.path().to_owned());
        let refused = store
            .upload(&did(), source(&[b"hello ", b"world"]), 8)
            .await;
        assert!(matches!(refused, Err(BlobError::TooLarge { limit: 8 })));
        let tmp = dir.path().join(TMP);
        assert_eq!(std::fs::read_dir(&tmp).unwrap().count(), 0);
        // A crash mid-upload leaves a scratch file; the sweep takes it (and nothing else) once stale.
        std::fs::write(tmp.join("upload-0123"), b"partial").unwrap();
        std::fs::create_dir_all(tmp.join("did_plc_x")).unwrap();
        let earlier = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
        assert_eq!(store.sweep_scratch(earlier).await.unwrap(), 0);
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        assert_eq!(store.sweep_scratch(later).await.unwrap(), 1);
        assert!(tmp.join("did_plc_x").is_dir());
    }
}
