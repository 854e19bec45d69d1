//! Hosted accounts' signing keys, parsed once: loading a k256 key derives its public key (a scalar
//! multiplication, about as costly as the commit's signature itself), which every write used to pay.

use std::collections::HashMap;
use std::sync::Mutex;

use lexgen::crypto::{Algorithm, CryptoError, Keypair};

/// How many keys are kept; past that, an arbitrary one is forgotten (it is parsed again when next used).
const CAPACITY: usize = 4096;

/// Parsed keys by their stored form (the private key in hex), so a rotated key is simply a new entry.
#[derive(Default)]
pub(crate) struct SigningKeys(Mutex<HashMap<String, Keypair>>);

impl SigningKeys {
    /// The keypair for the stored private key `hex`.
    pub(crate) fn get(&self, hex: &str) -> Result<Keypair, CryptoError> {
        if let Some(key) = self.lock().get(hex) {
            return Ok(key.clone());
        }
        let key = Keypair::from_private_hex(Algorithm::K256, hex)?;
        let mut keys = self.lock();
        if keys.len() >= CAPACITY
            && let Some(old) = keys.keys().next().cloned()
        {
            keys.remove(&old);
        }
        keys.insert(hex.to_owned(), key.clone());
        Ok(key)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Keypair>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_key_is_the_parsed_key() {
        let hex = "9085d2bef69286a6cbb51623c8fa258629945cd55ca705cc4e66700396894e0c";
        let keys = SigningKeys::default();
        let first = keys.get(hex).unwrap();
        let again = keys.get(hex).unwrap();
        let parsed = Keypair::from_private_hex(Algorithm::K256, hex).unwrap();
        assert_eq!(first.did_key(), parsed.did_key());
        assert_eq!(again.did_key(), parsed.did_key());
        assert!(keys.get("not hex").is_err());
    }
}
