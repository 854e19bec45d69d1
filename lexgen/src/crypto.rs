//! Keys and signatures: k256 and p256 key pairs, low-S compact signatures, did:key and multikey.
//!
//! atproto signs the SHA-256 of the message bytes with ECDSA on NIST P-256 ([`Algorithm::P256`],
//! JWT `ES256`) or secp256k1 ([`Algorithm::K256`], JWT `ES256K`). A signature is always the 64-byte
//! compact `r‖s` form with `s` in the lower half of the curve order ("low-S"); DER and high-S
//! signatures are rejected. Public keys travel as multikeys (`z` + base58btc of a multicodec prefix
//! and the 33-byte compressed point), as `did:key:` + multikey, or inside DID documents as
//! [`VerificationMethod`]s.
//!
//! - [`Keypair`]: a private key; generate, import/export (raw, hex, multibase), sign.
//! - [`PublicKey`]: verify signatures; multikey, did:key and SEC1 forms.
//! - [`VerificationMethod`]: the `Multikey` entry of a DID document (and the legacy suites).
//!
//! ```
//! use lexgen::crypto::{Algorithm, Keypair, PublicKey};
//!
//! let keypair = Keypair::generate(Algorithm::K256)?;
//! let signature = keypair.sign(b"unsigned commit bytes")?; // SHA-256 + ECDSA, low-S r||s
//! let did = keypair.did_key(); // "did:key:zQ3s..."
//! let public = PublicKey::from_did_key(&did)?;
//! public.verify(b"unsigned commit bytes", &signature)?;
//! assert!(public.verify(b"other bytes", &signature).is_err());
//!
//! // Store the private key as text, read it back later.
//! let stored = keypair.to_private_multibase();
//! assert_eq!(Keypair::from_private_multibase(&stored)?.did_key(), did);
//! # Ok::<(), lexgen::crypto::CryptoError>(())
//! ```

mod algorithm;
mod did_key;
mod error;
mod hex;
mod keypair;
mod multibase;
mod public_key;
mod verification_method;

#[cfg(test)]
mod tests;

pub use algorithm::Algorithm;
pub use did_key::DID_KEY_PREFIX;
pub use error::CryptoError;
pub use keypair::Keypair;
pub use public_key::PublicKey;
pub use verification_method::VerificationMethod;

/// Re-exported so callers can hold exported private keys without another dependency.
pub use k256::elliptic_curve::zeroize::Zeroizing;

/// Length of a signature: the compact `r‖s` form, 32 bytes each.
pub const SIGNATURE_LEN: usize = 64;

/// Length of a private key: one big-endian scalar.
pub const PRIVATE_KEY_LEN: usize = 32;

/// Length of a compressed public key point (SEC1: `0x02`/`0x03` tag, then x).
pub const COMPRESSED_PUBLIC_KEY_LEN: usize = 33;

/// Length of an uncompressed public key point (SEC1: `0x04` tag, then x and y).
pub const UNCOMPRESSED_PUBLIC_KEY_LEN: usize = 65;
