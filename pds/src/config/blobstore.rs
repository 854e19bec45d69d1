//! Blob store settings from the environment: the S3-compatible bucket under the reference's names
//! (`PDS_BLOBSTORE_S3_*`, which are ours too; a bucket switches the store from disk to S3), the
//! lifecycle's grace period, and the default storage quotas (`PDS_BLOB_QUOTA_BYTES`,
//! `PDS_REPO_QUOTA_BYTES`).

use crate::blob::S3Settings;

use super::{Config, ConfigError, from_env, reference_env};

/// Reads `PDS_BLOBSTORE_S3_*`, `PDS_BLOB_GRACE_SECS` and the quotas.
pub(super) fn apply_env(
    config: &mut Config,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<(), ConfigError> {
    from_env(env, "PDS_BLOB_GRACE_SECS", &mut config.blob_grace_secs)?;
    for (name, field) in [
        ("PDS_BLOB_QUOTA_BYTES", &mut config.blob_quota_bytes),
        ("PDS_REPO_QUOTA_BYTES", &mut config.repo_quota_bytes),
    ] {
        if let Some(v) = env(name) {
            let mut bytes = 0u64;
            from_env(&|_: &str| Some(v.clone()), name, &mut bytes)?;
            *field = Some(bytes);
        }
    }
    let named = [
        "PDS_BLOBSTORE_S3_BUCKET",
        "PDS_BLOBSTORE_S3_ENDPOINT",
        "PDS_BLOBSTORE_S3_REGION",
        "PDS_BLOBSTORE_S3_ACCESS_KEY_ID",
        "PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY",
        "PDS_BLOBSTORE_S3_FORCE_PATH_STYLE",
        "PDS_BLOBSTORE_S3_REQUEST_TIMEOUT_MS",
    ];
    if named.iter().all(|name| env(name).is_none()) {
        return Ok(());
    }
    let s3 = config.blobstore_s3.get_or_insert_with(S3Settings::default);
    if let Some(v) = env("PDS_BLOBSTORE_S3_BUCKET") {
        s3.bucket = v.trim().to_owned();
    }
    let text = |name| env(name).map(|v: String| v.trim().to_owned());
    s3.endpoint = text("PDS_BLOBSTORE_S3_ENDPOINT").or(s3.endpoint.take());
    s3.region = text("PDS_BLOBSTORE_S3_REGION").or(s3.region.take());
    s3.access_key_id = text("PDS_BLOBSTORE_S3_ACCESS_KEY_ID").or(s3.access_key_id.take());
    s3.secret_access_key =
        text("PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY").or(s3.secret_access_key.take());
    if let Some(v) = env("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE") {
        s3.force_path_style = reference_env::flag("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE", &v)?;
    }
    if env("PDS_BLOBSTORE_S3_REQUEST_TIMEOUT_MS").is_some() {
        let mut ms = 0u64;
        from_env(env, "PDS_BLOBSTORE_S3_REQUEST_TIMEOUT_MS", &mut ms)?;
        s3.request_timeout_ms = Some(ms);
    }
    Ok(())
}

/// The settings make sense, as the reference requires: a bucket when S3 is configured, not also a blob
/// directory, the access key with its secret; and a grace period that is not negative.
pub(super) fn check(config: &Config) -> Result<(), ConfigError> {
    if let Some(s3) = &config.blobstore_s3 {
        let refuse = |why: &str| Err(ConfigError::Invalid(why.into()));
        if s3.bucket.is_empty() {
            return refuse("the S3 blob store needs a bucket (PDS_BLOBSTORE_S3_BUCKET)");
        }
        if config.blobs_dir.is_some() {
            return refuse(
                "blobs go either to S3 (PDS_BLOBSTORE_S3_BUCKET) or to a directory \
                 (PDS_BLOBS_DIR / PDS_BLOBSTORE_DISK_LOCATION), not both",
            );
        }
        if s3.access_key_id.is_some() != s3.secret_access_key.is_some() {
            return refuse(
                "the S3 access key id and secret access key go together \
                 (PDS_BLOBSTORE_S3_ACCESS_KEY_ID, PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY)",
            );
        }
    }
    if config.blob_grace_secs < 0 {
        return Err(ConfigError::Invalid(
            "blob_grace_secs must not be negative".into(),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        Config::load(None, |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn the_reference_s3_names_configure_the_bucket() {
        let config = load(&[
            ("PDS_BLOBSTORE_S3_BUCKET", "blobs"),
            ("PDS_BLOBSTORE_S3_ENDPOINT", "http://127.0.0.1:9000"),
            ("PDS_BLOBSTORE_S3_REGION", "auto"),
            ("PDS_BLOBSTORE_S3_ACCESS_KEY_ID", "id"),
            ("PDS_BLOBSTORE_S3_SECRET_ACCESS_KEY", "secret"),
            ("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE", "true"),
            ("PDS_BLOBSTORE_S3_REQUEST_TIMEOUT_MS", "5000"),
        ])
        .unwrap();
        assert_eq!(
            config.blobstore_s3,
            Some(S3Settings {
                bucket: "blobs".into(),
                endpoint: Some("http://127.0.0.1:9000".into()),
                region: Some("auto".into()),
                access_key_id: Some("id".into()),
                secret_access_key: Some("secret".into()),
                force_path_style: true,
                request_timeout_ms: Some(5000),
            })
        );
        for refused in [
            &[
                ("PDS_BLOBSTORE_S3_BUCKET", "blobs"),
                ("PDS_BLOBSTORE_DISK_LOCATION", "/pds/blocks"),
            ][..],
            &[
                ("PDS_BLOBSTORE_S3_BUCKET", "blobs"),
                ("PDS_BLOBSTORE_S3_ACCESS_KEY_ID", "id"),
            ],
        ] {
            assert!(
                matches!(load(refused), Err(ConfigError::Invalid(_))),
                "{refused:?}"
            );
        }
        assert_eq!(load(&[]).unwrap().blobstore_s3, None);
        assert!(matches!(
            load(&[("PDS_BLOBSTORE_S3_REGION", "auto")]),
            Err(ConfigError::Invalid(_))
        ));
        assert!(matches!(
            load(&[("PDS_BLOBSTORE_S3_FORCE_PATH_STYLE", "yes")]),
            Err(ConfigError::Env { .. })
        ));
        assert_eq!(
            load(&[("PDS_BLOB_GRACE_SECS", "60")])
                .unwrap()
                .blob_grace_secs,
            60
        );
        let quotas = load(&[
            ("PDS_BLOB_QUOTA_BYTES", "1000"),
            ("PDS_REPO_QUOTA_BYTES", "2000"),
        ])
        .unwrap();
        assert_eq!(
            (quotas.blob_quota_bytes, quotas.repo_quota_bytes),
            (Some(1000), Some(2000))
        );
        assert_eq!(load(&[]).unwrap().blob_quota_bytes, None);
    }
}
