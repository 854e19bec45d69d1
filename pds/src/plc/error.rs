//! Why a PLC operation, log or submission was rejected.

use lexgen::crypto::CryptoError;

/// Everything that can be wrong with a did:plc operation or operation log.
///
/// The messages are what the directory sends back with a 400, so they say what is wrong in terms a
/// client author can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PlcError {
    /// The JSON or CBOR shape is not one of the operation types.
    #[error("Improperly formatted operation: {0}")]
    Malformed(String),
    /// A structural limit (key counts, sizes, lengths) is exceeded.
    #[error("Operation exceeds a limit: {0}")]
    Limit(String),
    /// A rotation key is not a k256/p256 did:key, or a verification method is not a did:key.
    #[error("Unsupported key {key}: {reason}")]
    UnsupportedKey { key: String, reason: String },
    /// The signature is not canonical base64url of a 64-byte low-S signature.
    #[error("Invalid signature encoding: {0}")]
    SignatureEncoding(String),
    /// No allowed rotation key verifies the signature.
    #[error("Invalid signature: not signed by any of the allowed rotation keys")]
    InvalidSignature,
    /// The DID is not `did:plc:` + 24 base32 characters.
    #[error("Improperly formatted did: {0}")]
    BadDid(String),
    /// The genesis operation hashes to another DID.
    #[error("Hash of genesis operation does not match DID identifier: expected {expected}")]
    GenesisHash { expected: String },
    /// `prev` is not null on a genesis operation.
    #[error("Improperly formatted operation: expected null prev on create")]
    GenesisPrev,
    /// A non-genesis operation whose `prev` is missing or points at no usable operation.
    #[error("Operations not correctly ordered: {0}")]
    Misordered(String),
    /// A recovery (fork) operation more than 72 hours after the operation it would nullify.
    #[error(
        "Recovery operation occured outside of the allowed 72 hr recovery window (lapsed {lapsed_seconds} s)"
    )]
    LateRecovery { lapsed_seconds: i64 },
    /// A fork signed by a key that does not outrank the signer of the operation it nullifies.
    #[error("Invalid signature: a fork must be signed by a higher-priority rotation key")]
    NotHigherPriority,
    /// The DID has been tombstoned; nothing can follow.
    #[error("DID is tombstoned: {0}")]
    Tombstoned(String),
    /// Legacy `create` operations can be read, never submitted.
    #[error("Legacy `create` operations are not accepted; use `plc_operation`")]
    LegacyCreateSubmitted,
    /// Too many operations for this DID recently (the directory's per-DID rate limits).
    #[error("Rate limited: {0}")]
    RateLimited(String),
    /// An audit log whose `nullified` flags disagree with the recovery rules.
    #[error("Audit log inconsistent: {0}")]
    AuditMismatch(String),
    /// Encoding the operation to DAG-CBOR failed.
    #[error("Could not encode operation: {0}")]
    Encode(String),
    /// A key operation (signing) failed.
    #[error("Signing failed: {0}")]
    Crypto(#[from] CryptoError),
}
