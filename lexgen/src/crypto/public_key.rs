//! A k256 or p256 public key: SEC1 point forms and signature verification (low-S, compact only).

use std::fmt;
use std::hash::{Hash, Hasher};

use k256::ecdsa::signature::Verifier as _;
use k256::elliptic_curve::scalar::IsHigh as _;

use super::{
    Algorithm, COMPRESSED_PUBLIC_KEY_LEN, CryptoError, SIGNATURE_LEN, UNCOMPRESSED_PUBLIC_KEY_LEN,
};

/// A public key of either curve. Compared by algorithm and point; printed as its did:key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(Inner);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Inner {
    K256(k256::ecdsa::VerifyingKey),
    P256(p256::ecdsa::VerifyingKey),
}

impl PublicKey {
    pub(crate) fn from_k256(key: k256::ecdsa::VerifyingKey) -> Self {
        PublicKey(Inner::K256(key))
    }

    pub(crate) fn from_p256(key: p256::ecdsa::VerifyingKey) -> Self {
        PublicKey(Inner::P256(key))
    }

    /// Parses a SEC1 point of `algorithm`: compressed (33 bytes, tag `02`/`03`) or uncompressed
    /// (65 bytes, tag `04`). Other lengths, the identity and points off the curve are refused.
    pub fn from_sec1_bytes(algorithm: Algorithm, bytes: &[u8]) -> Result<Self, CryptoError> {
        let invalid = || CryptoError::InvalidPublicKey(algorithm);
        let well_shaped = matches!(
            (bytes.len(), bytes.first()),
            (COMPRESSED_PUBLIC_KEY_LEN, Some(0x02 | 0x03))
                | (UNCOMPRESSED_PUBLIC_KEY_LEN, Some(0x04))
        );
        if !well_shaped {
            return Err(invalid());
        }
        match algorithm {
            Algorithm::K256 => k256::ecdsa::VerifyingKey::from_sec1_bytes(bytes)
                .map(Self::from_k256)
                .map_err(|_| invalid()),
            Algorithm::P256 => p256::ecdsa::VerifyingKey::from_sec1_bytes(bytes)
                .map(Self::from_p256)
                .map_err(|_| invalid()),
        }
    }

    /// The curve and signature algorithm of this key.
    pub fn algorithm(&self) -> Algorithm {
        match self.0 {
            Inner::K256(_) => Algorithm::K256,
            Inner::P256(_) => Algorithm::P256,
        }
    }

    /// The compressed SEC1 point: the key bytes inside multikeys and did:keys.
    pub fn to_compressed_bytes(&self) -> [u8; COMPRESSED_PUBLIC_KEY_LEN] {
        let mut out = [0u8; COMPRESSED_PUBLIC_KEY_LEN];
        match &self.0 {
            Inner::K256(key) => out.copy_from_slice(key.to_sec1_point(true).as_bytes()),
            Inner::P256(key) => out.copy_from_slice(key.to_sec1_point(true).as_bytes()),
        }
        out
    }

    /// The uncompressed SEC1 point `04 ‖ x ‖ y`, for formats that need both coordinates (JWK).
    pub fn to_uncompressed_bytes(&self) -> [u8; UNCOMPRESSED_PUBLIC_KEY_LEN] {
        let mut out = [0u8; UNCOMPRESSED_PUBLIC_KEY_LEN];
        match &self.0 {
            Inner::K256(key) => out.copy_from_slice(key.to_sec1_point(false).as_bytes()),
            Inner::P256(key) => out.copy_from_slice(key.to_sec1_point(false).as_bytes()),
        }
        out
    }

    /// Checks an atproto signature: ECDSA over SHA-256 of `message`, given as the 64-byte compact
    /// `r‖s` with low S. DER encodings, high-S signatures and any malformed input are errors.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        self.verify_with(message, signature, false)
    }

    /// Like [`PublicKey::verify`], but also accepts high-S signatures, which are valid ECDSA but
    /// malleable. Only for signatures made outside atproto's rules, such as JWTs signed with
    /// WebCrypto (the reference's `allowMalleableSig`); repository commits must use `verify`.
    pub fn verify_allowing_high_s(
        &self,
        message: &[u8],
        signature: &[u8],
    ) -> Result<(), CryptoError> {
        self.verify_with(message, signature, true)
    }

    fn verify_with(
        &self,
        message: &[u8],
        signature: &[u8],
        allow_high_s: bool,
    ) -> Result<(), CryptoError> {
        if signature.len() != SIGNATURE_LEN {
            return Err(CryptoError::SignatureLength(signature.len()));
        }
        let algorithm = self.algorithm();
        let malformed = |_| CryptoError::MalformedSignature(algorithm);
        let mismatch = |_| CryptoError::BadSignature(algorithm);
        // The high-S rule is applied here for both curves: k256 alone would refuse high S and
        // p256 alone would accept it; normalising first lets the lenient mode work for both.
        match &self.0 {
            Inner::K256(key) => {
                let signature = k256::ecdsa::Signature::from_slice(signature).map_err(malformed)?;
                if bool::from(signature.s().is_high()) && !allow_high_s {
                    return Err(CryptoError::HighS);
                }
                key.verify(message, &signature.normalize_s())
                    .map_err(mismatch)
            }
            Inner::P256(key) => {
                let signature = p256::ecdsa::Signature::from_slice(signature).map_err(malformed)?;
                if bool::from(signature.s().is_high()) && !allow_high_s {
                    return Err(CryptoError::HighS);
                }
                key.verify(message, &signature.normalize_s())
                    .map_err(mismatch)
            }
        }
    }
}

impl Hash for PublicKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.algorithm().hash(state);
        self.to_compressed_bytes().hash(state);
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PublicKey")
            .field(&self.to_did_key())
            .finish()
    }
}
