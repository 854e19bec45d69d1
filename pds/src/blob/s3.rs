//! Blobs in an S3-compatible bucket (AWS S3, R2, MinIO, Garage) through `object_store`: permanent blobs at
//! `blocks/<did>/<cid>` and temporary ones at `tmp/<did>/<cid>` (the reference's prefixes), uploads in
//! progress at `tmp/<did>/upload-*`. Uploads stream as a multipart upload once past one part (5 MiB), with
//! at most two parts in flight; reads stream the object's body.

use std::sync::Arc;

use futures_util::{StreamExt as _, TryStreamExt as _};
use lexgen::model::Did;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::buffered::BufWriter;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt as _};
use tokio::io::AsyncWriteExt as _;

use super::upload::{Counter, Uploaded, is_scratch, scratch_name};
use super::{BlobError, BlobStream, ByteSource};

/// The multipart part size: S3's smallest part (every part but the last must be at least this).
const PART: usize = 5 * 1024 * 1024;
/// Parts uploaded at once: memory per upload stays near `PART * (IN_FLIGHT + 1)`.
const IN_FLIGHT: usize = 2;

/// Where the bucket is and how to sign for it (`PDS_BLOBSTORE_S3_*`, the reference's names).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Settings {
    /// The bucket (`PDS_BLOBSTORE_S3_BUCKET`).
    pub bucket: String,
    /// The endpoint URL, for anything but AWS itself (`PDS_BLOBSTORE_S3_ENDPOINT`); `http://` is allowed.
    pub endpoint: Option<String>,
    /// The region (`PDS_BLOBSTORE_S3_REGION`); unset: `AWS_REGION`, else `us-east-1`.
    pub region: Option<String>,
    /// `PDS_BLOBSTORE_S3_ACCESS_KEY_ID`; unset (with the secret): the `AWS_*` variables, else the instance's
    /// or task's role.
    pub access_key_id: Option<String>,
    /// `PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY`.
    pub secret_access_key: Option<String>,
    /// Path-style URLs (`<endpoint>/<bucket>/<key>`) instead of virtual-hosted ones
    /// (`PDS_BLOBSTORE_S3_FORCE_PATH_STYLE`); most self-hosted servers need it.
    pub force_path_style: bool,
    /// Longest time for one request to the bucket, body included, milliseconds
    /// (`PDS_BLOBSTORE_S3_REQUEST_TIMEOUT_MS`); unset: none (as the reference). A multipart upload is one
    /// request per 5 MiB part; a read is one request for the whole blob, however slow its reader.
    pub request_timeout_ms: Option<u64>,
}

/// Blob objects in one bucket.
#[derive(Clone, Debug)]
pub struct S3Store {
    store: Arc<AmazonS3>,
}

impl S3Store {
    pub(crate) fn new(settings: &S3Settings) -> Result<S3Store, BlobError> {
        if settings.bucket.is_empty() {
            return Err(BlobError::Settings("the bucket name is empty".into()));
        }
        // object_store's client is reqwest with rustls: the process's provider is ring, as everywhere here.
        let _ = rustls::crypto::ring::default_provider().install_default();
        // The `AWS_*` variables first (credentials and region when none are configured, as the reference's
        // AWS SDK finds them), then our settings over them. The client options replace object_store's
        // default timeout (30 s for a whole request, body included), which would cut a large blob streaming
        // to a slow client (the reference sets none); they go before `with_allow_http`, which is one of them.
        let options = object_store::ClientOptions::new();
        let mut builder = AmazonS3Builder::from_env()
            .with_client_options(match settings.request_timeout_ms {
                Some(ms) => options.with_timeout(std::time::Duration::from_millis(ms)),
                None => options.with_timeout_disabled(),
            })
            .with_bucket_name(&settings.bucket)
            .with_virtual_hosted_style_request(!settings.force_path_style);
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        if let Some(region) = &settings.region {
            builder = builder.with_region(region);
        }
        if let Some(id) = &settings.access_key_id {
            builder = builder.with_access_key_id(id);
        }
        if let Some(secret) = &settings.secret_access_key {
            builder = builder.with_secret_access_key(secret);
        }
        Ok(S3Store {
            store: Arc::new(builder.build()?),
        })
    }

    fn permanent(did: &Did, cid: &str) -> Path {
        Path::from_iter(["blocks", did.as_str(), cid])
    }

    fn temporary(did: &Did, cid: &str) -> Path {
        Path::from_iter(["tmp", did.as_str(), cid])
    }

    pub(super) async fn upload(
        &self,
        did: &Did,
        mut body: ByteSource<'_>,
        limit: u64,
    ) -> Result<Uploaded, BlobError> {
        let name = scratch_name()?;
        let path = Self::temporary(did, &name);
        let store: Arc<dyn ObjectStore> = self.store.clone();
        let mut writer =
            BufWriter::with_capacity(store, path.clone(), PART).with_max_concurrency(IN_FLIGHT);
        let mut counter = Counter::new(limit);
        let written: Result<(), BlobError> = async {
            while let Some(chunk) = body.next().await {
                let chunk = chunk.map_err(BlobError::Source)?;
                counter.take(&chunk)?;
                writer.put(chunk).await?;
            }
            Ok(())
        }
        .await;
        if let Err(e) = written {
            if let Err(abort) = writer.abort().await {
                tracing::warn!(error = %abort, "could not abort a multipart upload");
            }
            return Err(e);
        }
        // Completes the upload (a writer that failed here cannot be aborted any more).
        writer.shutdown().await?;
        Ok(counter.finish(format!("{did}/{name}")))
    }

    fn scratch(upload: &Uploaded) -> Path {
        Path::from_iter(["tmp"].into_iter().chain(upload.scratch.split('/')))
    }

    pub(super) async fn place(&self, did: &Did, upload: &Uploaded) -> Result<(), BlobError> {
        let cid = upload.cid.to_string();
        let scratch = Self::scratch(upload);
        if self.exists(&Self::permanent(did, &cid)).await? {
            return self.remove(&scratch).await;
        }
        self.store
            .rename(&scratch, &Self::temporary(did, &cid))
            .await?;
        Ok(())
    }

    pub(super) async fn discard(&self, upload: &Uploaded) -> Result<(), BlobError> {
        self.remove(&Self::scratch(upload)).await
    }

    pub(super) async fn make_permanent(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        let (from, to) = (Self::temporary(did, cid), Self::permanent(did, cid));
        match self.store.copy(&from, &to).await {
            Ok(()) => self.remove(&from).await,
            // Already moved (the temporary object went after the copy).
            Err(object_store::Error::NotFound { .. }) if self.exists(&to).await? => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub(super) async fn get(
        &self,
        did: &Did,
        cid: &str,
    ) -> Result<Option<(u64, BlobStream)>, BlobError> {
        for path in [Self::permanent(did, cid), Self::temporary(did, cid)] {
            match self.store.get(&path).await {
                Ok(result) => {
                    let len = result.meta.size;
                    let stream = result.into_stream().map_err(BlobError::ObjectStore);
                    return Ok(Some((len, Box::pin(stream))));
                }
                Err(object_store::Error::NotFound { .. }) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(None)
    }

    pub(super) async fn delete(&self, did: &Did, cid: &str) -> Result<(), BlobError> {
        self.remove(&Self::permanent(did, cid)).await?;
        self.remove(&Self::temporary(did, cid)).await
    }

    pub(super) async fn sweep_scratch(
        &self,
        before: std::time::SystemTime,
    ) -> Result<usize, BlobError> {
        let before = before
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |since| {
                i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
            });
        let mut listed = self.store.list(Some(&Path::from("tmp")));
        let mut swept = 0;
        while let Some(meta) = listed.next().await {
            let meta = meta?;
            let scratch = meta.location.filename().is_some_and(is_scratch);
            if scratch && meta.last_modified.timestamp() < before {
                self.remove(&meta.location).await?;
                swept += 1;
            }
        }
        Ok(swept)
    }

    pub(super) async fn delete_all(&self, did: &Did) -> Result<(), BlobError> {
        for prefix in ["blocks", "tmp"] {
            let prefix = Path::from_iter([prefix, did.as_str()]);
            let locations = self
                .store
                .list(Some(&prefix))
                .map_ok(|meta| meta.location)
                .boxed();
            let mut deleted = self.store.delete_stream(locations);
            while let Some(result) = deleted.next().await {
                match result {
                    Ok(_) | Err(object_store::Error::NotFound { .. }) => {}
                    Err(e) => return Err(e.into()),
                }
            }
        }
        Ok(())
    }

    async fn exists(&self, path: &Path) -> Result<bool, BlobError> {
        match self.store.head(path).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    async fn remove(&self, path: &Path) -> Result<(), BlobError> {
        match self.store.delete(path).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}
