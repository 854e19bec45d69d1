//! Why a key, signature or key string was rejected.

use super::{Algorithm, PRIVATE_KEY_LEN, SIGNATURE_LEN};

/// Everything that can go wrong when parsing keys, signing or verifying.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// The signature is not 64 bytes; DER-encoded signatures (70–72 bytes) end up here.
    #[error("signature must be {SIGNATURE_LEN} bytes in compact r||s form, got {0} bytes")]
    SignatureLength(usize),
    /// `r` or `s` is zero or not below the curve order.
    #[error("signature is not a valid r||s pair for {0}")]
    MalformedSignature(Algorithm),
    /// `s` is in the upper half of the curve order: valid ECDSA, but malleable and refused by atproto.
    #[error("signature is not in low-S form")]
    HighS,
    /// The signature is well formed but does not match the message and key.
    #[error("signature does not match the message and {0} key")]
    BadSignature(Algorithm),
    /// Signing failed (a zero `r` or `s`, which does not happen in practice).
    #[error("signing with the {0} key failed")]
    Signing(Algorithm),
    /// The operating system's random number generator failed.
    #[error("the operating system random number generator failed")]
    Randomness,
    /// A raw private key is not 32 bytes.
    #[error("private key must be {PRIVATE_KEY_LEN} bytes, got {0} bytes")]
    PrivateKeyLength(usize),
    /// A private key is zero or not below the curve order.
    #[error("private key is not a valid {0} scalar")]
    InvalidPrivateKey(Algorithm),
    /// A hex string has an odd length, a wrong length, or a non-hex character.
    #[error("invalid hex: {0}")]
    InvalidHex(&'static str),
    /// A public key is not a SEC1 compressed (33 bytes) or uncompressed (65 bytes) point on the curve.
    #[error(
        "not a valid {0} public key (expected a compressed or uncompressed point on the curve)"
    )]
    InvalidPublicKey(Algorithm),
    /// A multibase string does not use base58btc (the `z` prefix).
    #[error("multibase string must be base58btc (start with 'z')")]
    NotBase58Btc,
    /// A multibase string is longer than any key encoding.
    #[error("multibase string too long for a key ({0} characters)")]
    MultibaseTooLong(usize),
    /// The text after the `z` is not base58 (bitcoin alphabet).
    #[error("invalid base58btc")]
    InvalidBase58,
    /// The decoded bytes do not start with a multicodec this module knows.
    #[error("unsupported multicodec: expected a {0} key of k256 or p256")]
    UnsupportedMulticodec(&'static str),
    /// A string that should be a did:key does not start with `did:key:`.
    #[error("not a did:key (must start with \"did:key:\")")]
    NotDidKey,
    /// A DID-document verification method whose type carries no key this module reads.
    #[error("unsupported verification method type {0:?}")]
    UnsupportedVerificationMethod(String),
    /// A DID-document verification method without `publicKeyMultibase`.
    #[error("verification method has no publicKeyMultibase")]
    MissingPublicKeyMultibase,
}
