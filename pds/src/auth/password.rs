//! Password hashing with argon2id (memory-hard; OWASP parameters: 46 MiB, 1 pass, 1 lane), stored as
//! `argon2id$m,t,p$<salt hex>$<hash hex>`, and app-password generation (`xxxx-xxxx-xxxx-xxxx`). Hashes
//! adopted from the reference PDS (`pds adopt`) are scrypt, `<salt>:<hash hex>`: they verify as they are
//! and are replaced by our scheme on the next successful login ([`rehash_if_needed`]).

use argon2::{Algorithm, Argon2, Params, Version};

/// Of OWASP's equivalent argon2id settings (46 MiB × 1 pass, 19 MiB × 2, 12 MiB × 3, ...), the one whose
/// working memory is above glibc's largest dynamic mmap threshold (32 MiB on 64-bit): it is mapped for
/// each hash and unmapped right after, so the server's idle memory does not keep a freed 19 MiB block
/// per thread that ever hashed a password. Stored hashes keep their own costs, so older ones still verify.
const M_COST: u32 = 46 * 1024;
const T_COST: u32 = 1;
const P_COST: u32 = 1;
const HASH_LEN: usize = 32;

fn hasher(m: u32, t: u32, p: u32) -> Result<Argon2<'static>, String> {
    let params = Params::new(m, t, p, Some(HASH_LEN)).map_err(|e| e.to_string())?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes `password` with a fresh random salt. Slow on purpose: call it off the async runtime.
pub(crate) fn hash(password: &str) -> Result<String, String> {
    let salt = super::random_bytes(16)?;
    let mut out = [0u8; HASH_LEN];
    hasher(M_COST, T_COST, P_COST)?
        .hash_password_into(password.as_bytes(), &salt, &mut out)
        .map_err(|e| e.to_string())?;
    Ok(format!(
        "argon2id${M_COST},{T_COST},{P_COST}${}${}",
        super::hex(&salt),
        super::hex(&out)
    ))
}

/// Whether `password` matches a stored hash (constant-time comparison). A malformed hash never matches.
pub(crate) fn verify(password: &str, stored: &str) -> bool {
    if let Some((salt, expected)) = reference_scrypt(stored) {
        return verify_scrypt(password, salt, &expected);
    }
    let parts: Vec<&str> = stored.split('$').collect();
    let [scheme, costs, salt, expected] = parts.as_slice() else {
        return false;
    };
    if *scheme != "argon2id" {
        return false;
    }
    let costs: Vec<u32> = costs.split(',').filter_map(|c| c.parse().ok()).collect();
    let ([m, t, p], Some(salt), Some(expected)) =
        (costs.as_slice(), super::unhex(salt), super::unhex(expected))
    else {
        return false;
    };
    let Ok(hasher) = hasher(*m, *t, *p) else {
        return false;
    };
    let mut out = vec![0u8; expected.len()];
    if expected.is_empty()
        || hasher
            .hash_password_into(password.as_bytes(), &salt, &mut out)
            .is_err()
    {
        return false;
    }
    same(&out, &expected)
}

/// Constant-time equality of two byte strings of the same length.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The reference PDS's scrypt costs (node's `crypto.scrypt` defaults: N = 2^14, r = 8, p = 1) and output.
const SCRYPT_LOG_N: u8 = 14;
const SCRYPT_R: u32 = 8;
const SCRYPT_P: u32 = 1;
const SCRYPT_LEN: usize = 64;

/// A reference hash, `<salt>:<64 bytes as hex>`: its salt (used as text, as the reference does) and hash.
fn reference_scrypt(stored: &str) -> Option<(&str, Vec<u8>)> {
    let (salt, hash) = stored.split_once(':')?;
    let hash = super::unhex(hash)?;
    (!salt.is_empty() && hash.len() == SCRYPT_LEN).then_some((salt, hash))
}

fn verify_scrypt(password: &str, salt: &str, expected: &[u8]) -> bool {
    let Ok(params) = scrypt::Params::new(SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P) else {
        return false;
    };
    let mut out = [0u8; SCRYPT_LEN];
    if scrypt::scrypt(password.as_bytes(), salt.as_bytes(), &params, &mut out).is_err() {
        return false;
    }
    same(&out, expected)
}

/// After `password` verified against `stored`: a hash in our scheme to store instead, if `stored` is not
/// one (an adopted reference hash). `None` when it already is, or if hashing failed (the old hash stays,
/// and still verifies).
pub(crate) fn rehash_if_needed(password: &str, stored: &str) -> Option<String> {
    if stored.starts_with("argon2id$") {
        return None;
    }
    match hash(password) {
        Ok(new) => Some(new),
        Err(error) => {
            tracing::warn!(%error, "could not re-hash an adopted password");
            None
        }
    }
}

/// A new app password: 16 base32 characters in four groups (`abcd-efgh-ijkl-mnop`).
pub(crate) fn new_app_password() -> Result<String, String> {
    let code = super::random_base32(16)?;
    Ok(code
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Whether `text` has the shape of an app password (to try app passwords only when it could be one).
pub(crate) fn looks_like_app_password(text: &str) -> bool {
    text.len() == 19
        && text.split('-').count() == 4
        && text
            .split('-')
            .all(|g| g.len() == 4 && g.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_only_the_right_password() {
        let stored = hash("hunter22").unwrap();
        assert!(verify("hunter22", &stored));
        assert!(!verify("hunter23", &stored));
        assert!(!verify("hunter22", "argon2id$1,1,1$zz$00"));
        assert!(!verify("hunter22", "garbage"));
        let app = new_app_password().unwrap();
        assert!(looks_like_app_password(&app), "{app}");
        assert_eq!(rehash_if_needed("hunter22", &stored), None);
    }

    /// A hash written by the reference PDS (node: `crypto.scrypt("hunter22", salt, 64)`, stored as
    /// `salt + ':' + hex`) verifies as it is, and is replaced by an argon2id hash of the same password.
    #[test]
    fn reference_scrypt_hashes_verify_and_are_rehashed() {
        let stored = "2b7e151628aed2a6abf7158809cf4f3c:97edea3c9d78271ed56952382449170f47dd6db620009de25bda8017\
                      502dd9960e1e38c73976c8d1af1b273c205673c968617ab4a1908c793ce30c130fb121c2";
        assert!(verify("hunter22", stored));
        assert!(!verify("hunter23", stored));
        assert!(!verify("hunter22", &stored.replace("2b7e", "2b7f")));
        let new = rehash_if_needed("hunter22", stored).unwrap();
        assert!(new.starts_with("argon2id$"), "{new}");
        assert!(verify("hunter22", &new));
    }
}
