//! Multikey and did:key: a public key as `z` + base58btc(multicodec ‖ compressed point).

use super::{Algorithm, CryptoError, PublicKey, multibase};

/// The prefix of every did:key.
pub const DID_KEY_PREFIX: &str = "did:key:";

impl PublicKey {
    /// The multikey form: `z` + base58btc of the algorithm's multicodec and the compressed point
    /// (`zQ3s…` for k256, `zDn…` for p256). This is a DID document's `publicKeyMultibase`.
    pub fn to_multikey(&self) -> String {
        let algorithm = self.algorithm();
        let prefix = algorithm.public_key_multicodec();
        let mut bytes = Vec::with_capacity(prefix.len() + super::COMPRESSED_PUBLIC_KEY_LEN);
        bytes.extend_from_slice(prefix);
        bytes.extend_from_slice(&self.to_compressed_bytes());
        multibase::encode(&bytes)
    }

    /// Parses a multikey. The point may be compressed (what atproto writes) or uncompressed
    /// (accepted like the reference implementation does; re-encoding compresses it).
    pub fn from_multikey(multikey: &str) -> Result<Self, CryptoError> {
        let bytes = multibase::decode(multikey)?;
        let (algorithm, point) = Algorithm::split_public_key_multicodec(&bytes)
            .ok_or(CryptoError::UnsupportedMulticodec("public"))?;
        PublicKey::from_sec1_bytes(algorithm, point)
    }

    /// The did:key form: `did:key:` + multikey.
    pub fn to_did_key(&self) -> String {
        format!("{DID_KEY_PREFIX}{}", self.to_multikey())
    }

    /// Parses a did:key (see [`PublicKey::from_multikey`] for the key part).
    pub fn from_did_key(did: &str) -> Result<Self, CryptoError> {
        let multikey = did
            .strip_prefix(DID_KEY_PREFIX)
            .ok_or(CryptoError::NotDidKey)?;
        PublicKey::from_multikey(multikey)
    }
}
