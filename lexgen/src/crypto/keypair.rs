//! A k256 or p256 private key: generation, import/export (raw, hex, multibase) and signing.

use std::fmt;

use k256::ecdsa::signature::Signer as _;
use k256::elliptic_curve::Generate as _;

use super::{
    Algorithm, CryptoError, PRIVATE_KEY_LEN, PublicKey, SIGNATURE_LEN, Zeroizing, hex, multibase,
};

/// A private key of either curve, with its public key. `Debug` never shows the secret.
#[derive(Clone)]
pub struct Keypair(Inner);

#[derive(Clone)]
enum Inner {
    K256(k256::ecdsa::SigningKey),
    P256(p256::ecdsa::SigningKey),
}

impl Keypair {
    /// A new random key from the operating system's random number generator.
    pub fn generate(algorithm: Algorithm) -> Result<Self, CryptoError> {
        let inner = match algorithm {
            Algorithm::K256 => k256::ecdsa::SigningKey::try_generate().map(Inner::K256),
            Algorithm::P256 => p256::ecdsa::SigningKey::try_generate().map(Inner::P256),
        };
        inner.map(Keypair).map_err(|_| CryptoError::Randomness)
    }

    /// Imports a raw private key: the 32-byte big-endian scalar, nonzero and below the curve order.
    pub fn from_private_bytes(algorithm: Algorithm, bytes: &[u8]) -> Result<Self, CryptoError> {
        if bytes.len() != PRIVATE_KEY_LEN {
            return Err(CryptoError::PrivateKeyLength(bytes.len()));
        }
        let invalid = |_| CryptoError::InvalidPrivateKey(algorithm);
        let inner = match algorithm {
            Algorithm::K256 => k256::ecdsa::SigningKey::from_slice(bytes)
                .map(Inner::K256)
                .map_err(invalid)?,
            Algorithm::P256 => p256::ecdsa::SigningKey::from_slice(bytes)
                .map(Inner::P256)
                .map_err(invalid)?,
        };
        Ok(Keypair(inner))
    }

    /// Exports the raw private key (32 bytes, big-endian), zeroized on drop.
    pub fn to_private_bytes(&self) -> Zeroizing<[u8; PRIVATE_KEY_LEN]> {
        let mut out = Zeroizing::new([0u8; PRIVATE_KEY_LEN]);
        match &self.0 {
            Inner::K256(key) => out.copy_from_slice(&Zeroizing::new(key.to_bytes())),
            Inner::P256(key) => out.copy_from_slice(&Zeroizing::new(key.to_bytes())),
        }
        out
    }

    /// Imports a private key written as 64 hex digits (either case), the form the reference PDS
    /// reads from its environment (`PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX`). Surrounding
    /// whitespace is ignored, so a key file may end with a newline.
    pub fn from_private_hex(algorithm: Algorithm, text: &str) -> Result<Self, CryptoError> {
        let mut bytes = Zeroizing::new([0u8; PRIVATE_KEY_LEN]);
        hex::decode_into(text.trim(), bytes.as_mut_slice())?;
        Keypair::from_private_bytes(algorithm, bytes.as_slice())
    }

    /// Exports the private key as 64 lowercase hex digits. The algorithm is not part of the text.
    pub fn to_private_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex::encode(self.to_private_bytes().as_slice()))
    }

    /// Imports a private key in its self-describing multibase form: `z` + base58btc of the
    /// private-key multicodec (`secp256k1-priv` or `p256-priv`) and the 32-byte scalar.
    pub fn from_private_multibase(text: &str) -> Result<Self, CryptoError> {
        let bytes = multibase::decode(text.trim())?;
        let (algorithm, scalar) = Algorithm::split_private_key_multicodec(&bytes)
            .ok_or(CryptoError::UnsupportedMulticodec("private"))?;
        Keypair::from_private_bytes(algorithm, scalar)
    }

    /// Exports the private key in its self-describing multibase form (see
    /// [`Keypair::from_private_multibase`]); suited to configuration files and storage.
    pub fn to_private_multibase(&self) -> Zeroizing<String> {
        let prefix = self.algorithm().private_key_multicodec();
        let mut bytes = Zeroizing::new(Vec::with_capacity(prefix.len() + PRIVATE_KEY_LEN));
        bytes.extend_from_slice(prefix);
        bytes.extend_from_slice(self.to_private_bytes().as_slice());
        Zeroizing::new(multibase::encode(&bytes))
    }

    /// The curve and signature algorithm of this key.
    pub fn algorithm(&self) -> Algorithm {
        match self.0 {
            Inner::K256(_) => Algorithm::K256,
            Inner::P256(_) => Algorithm::P256,
        }
    }

    /// The public half.
    pub fn public_key(&self) -> PublicKey {
        match &self.0 {
            Inner::K256(key) => PublicKey::from_k256(*key.verifying_key()),
            Inner::P256(key) => PublicKey::from_p256(*key.verifying_key()),
        }
    }

    /// The did:key of the public half.
    pub fn did_key(&self) -> String {
        self.public_key().to_did_key()
    }

    /// Signs `message` the atproto way: ECDSA over SHA-256 of the bytes (hashed here, so pass
    /// the bytes themselves, e.g. an unsigned commit's DRISL encoding), with the nonce derived
    /// deterministically (RFC 6979), returned as the 64-byte compact `r‖s` with low S.
    pub fn sign(&self, message: &[u8]) -> Result<[u8; SIGNATURE_LEN], CryptoError> {
        let failed = |_| CryptoError::Signing(self.algorithm());
        let mut out = [0u8; SIGNATURE_LEN];
        match &self.0 {
            Inner::K256(key) => {
                let signature: k256::ecdsa::Signature = key.try_sign(message).map_err(failed)?;
                out.copy_from_slice(&signature.normalize_s().to_bytes());
            }
            Inner::P256(key) => {
                let signature: p256::ecdsa::Signature = key.try_sign(message).map_err(failed)?;
                out.copy_from_slice(&signature.normalize_s().to_bytes());
            }
        }
        Ok(out)
    }
}

impl fmt::Debug for Keypair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keypair")
            .field("public_key", &self.did_key())
            .finish_non_exhaustive()
    }
}
