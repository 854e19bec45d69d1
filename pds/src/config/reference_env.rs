//! The reference PDS's environment variable names (`@atproto/pds` `config/env.ts`) where they mean the same
//! as one of ours, so a reference `pds.env` starts this server; `docs/reference-config.md` lists them all.
//!
//! A reference name and ours both set to different values is refused: nothing silently loses. Reference
//! variables for things this server does not do are ignored only when ignoring them is harmless; the
//! others (an entryway, a KMS key, a recovery key, a captcha) are refused.

use std::path::PathBuf;

use super::{Config, ConfigError};

/// Reference name → our name, for settings named differently. The ones named alike need nothing here.
pub(super) const RENAMED: &[(&str, &str)] = &[
    ("PDS_DATA_DIRECTORY", "PDS_DATA_DIR"),
    ("PDS_BLOBSTORE_DISK_LOCATION", "PDS_BLOBS_DIR"),
    ("PDS_DID_PLC_URL", "PDS_PLC_URL"),
    (
        "PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX",
        "PDS_ROTATION_KEY",
    ),
    ("PDS_EMAIL_FROM_ADDRESS", "PDS_MAIL_FROM"),
    ("PDS_CONTACT_EMAIL_ADDRESS", "PDS_CONTACT_EMAIL"),
    ("PDS_MAX_REPO_IMPORT_SIZE", "PDS_REPO_IMPORT_LIMIT"),
    ("PDS_RATE_LIMITS_ENABLED", "PDS_RATE_LIMITS"),
];

/// Reference variables whose feature this server lacks and whose absence would change what the operator
/// relies on: refused rather than ignored.
const UNSUPPORTED: &[(&str, &str)] = &[
    ("PDS_ENTRYWAY_URL", "an entryway is not supported"),
    ("PDS_ENTRYWAY_DID", "an entryway is not supported"),
    (
        "PDS_PLC_ROTATION_KEY_KMS_KEY_ID",
        "the rotation key must be given as hex (PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX)",
    ),
    (
        "PDS_RECOVERY_DID_KEY",
        "new accounts would not get the recovery key",
    ),
    (
        "PDS_HCAPTCHA_SITE_KEY",
        "sign-up captchas are not supported",
    ),
];

/// Applies the reference's names (before ours, which [`Config::apply_env`] reads next).
pub(super) fn apply(
    config: &mut Config,
    env: &impl Fn(&str) -> Option<String>,
) -> Result<(), ConfigError> {
    if let Some((name, reason)) = UNSUPPORTED.iter().find(|(name, _)| env(name).is_some()) {
        return Err(ConfigError::Invalid(format!("{name} is set, but {reason}")));
    }
    for (reference, ours) in RENAMED {
        if let (Some(theirs), Some(mine)) = (env(reference), env(ours))
            && theirs.trim() != mine.trim()
        {
            return Err(ConfigError::Invalid(format!(
                "{reference} and {ours} name the same setting with different values; set one"
            )));
        }
    }
    let get = |name: &'static str| env(name).map(|v| (name, v.trim().to_owned()));
    if let Some((_, v)) = get("PDS_DATA_DIRECTORY") {
        config.data_dir = PathBuf::from(v);
    }
    if let Some((_, v)) = get("PDS_BLOBSTORE_DISK_LOCATION") {
        config.blobs_dir = Some(PathBuf::from(v));
    }
    if let Some((_, v)) = get("PDS_DID_PLC_URL") {
        config.plc_url = Some(v);
    }
    if let Some((_, v)) = get("PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX") {
        config.rotation_key = Some(v);
    }
    if let Some((_, v)) = get("PDS_EMAIL_FROM_ADDRESS") {
        config.mail_from = v;
    }
    if let Some((_, v)) = get("PDS_CONTACT_EMAIL_ADDRESS") {
        config.contact_email = Some(v);
    }
    if let Some((name, v)) = get("PDS_MAX_REPO_IMPORT_SIZE") {
        config.repo_import_limit =
            Some(
                v.parse()
                    .map_err(|e: std::num::ParseIntError| ConfigError::Env {
                        name,
                        reason: e.to_string(),
                    })?,
            );
    }
    if let Some((name, v)) = get("PDS_RATE_LIMITS_ENABLED") {
        config.rate_limits = flag(name, &v)?;
    }
    Ok(())
}

/// A boolean as the reference reads one (`true`/`1`, `false`/`0`).
pub(super) fn flag(name: &'static str, value: &str) -> Result<bool, ConfigError> {
    match value.trim() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        other => Err(ConfigError::Env {
            name,
            reason: format!("{other:?} is not true, false, 1 or 0"),
        }),
    }
}
