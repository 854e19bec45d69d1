//! Authentication and authorisation: password hashes, session and service JWTs, the per-endpoint auth
//! policy (one exhaustive match), and the request extractor that enforces it.

pub(crate) mod extractor;
pub mod jwt;
pub(crate) mod password;
pub mod policy;

pub use extractor::{
    Auth, AuthError, SCOPE_ACCESS, SCOPE_APP_PASS, SCOPE_APP_PASS_PRIVILEGED, SCOPE_REFRESH,
};
pub use policy::{Method, Policy};

use std::time::{SystemTime, UNIX_EPOCH};

/// The OAuth grant behind an access session: the client and the scope the account holder consented to,
/// in normal form with `include:` sets already expanded by the authorization server. Carried by
/// [`Auth::Access`] for OAuth-authenticated requests; what it allows is decided by
/// [`crate::oauth::permissions`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuthGrant {
    pub client_id: String,
    pub scope: String,
}

/// Seconds since the Unix epoch.
pub fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `len` bytes from the operating system's random number generator.
pub(crate) fn random_bytes(len: usize) -> Result<Vec<u8>, String> {
    let mut bytes = vec![0u8; len];
    getrandom::fill(&mut bytes).map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// `len` random bytes, hex encoded.
pub fn random_hex(len: usize) -> Result<String, String> {
    Ok(hex(&random_bytes(len)?))
}

/// `len` random characters of lowercase RFC 4648 base32 (`a-z2-7`).
pub(crate) fn random_base32(len: usize) -> Result<String, String> {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    Ok(random_bytes(len)?
        .into_iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
        .collect())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}
