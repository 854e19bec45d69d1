//! A DID document's verification method: the `Multikey` form atproto writes, and the legacy suites it reads.

use serde::{Deserialize, Serialize};

use super::{Algorithm, CryptoError, PublicKey, multibase};

/// One entry of a DID document's `verificationMethod`, as atproto uses it: for example
/// `{"id": "did:plc:…#atproto", "type": "Multikey", "controller": "did:plc:…",
/// "publicKeyMultibase": "zQ3s…"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VerificationMethod {
    /// The method's id, usually the DID plus a fragment (`#atproto`).
    pub id: String,
    /// The method type: `Multikey`, or a legacy `EcdsaSecp256…VerificationKey2019`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The DID that controls the key.
    pub controller: String,
    /// The key; absent for methods that carry it another way (such as `publicKeyJwk`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_multibase: Option<String>,
}

impl VerificationMethod {
    /// The method type atproto writes.
    pub const MULTIKEY: &'static str = "Multikey";

    /// A `Multikey` method for `key`.
    pub fn multikey(
        id: impl Into<String>,
        controller: impl Into<String>,
        key: &PublicKey,
    ) -> VerificationMethod {
        VerificationMethod {
            id: id.into(),
            kind: VerificationMethod::MULTIKEY.to_owned(),
            controller: controller.into(),
            public_key_multibase: Some(key.to_multikey()),
        }
    }

    /// The public key of this method. `Multikey` holds a multikey; the legacy types
    /// `EcdsaSecp256k1VerificationKey2019` and `EcdsaSecp256r1VerificationKey2019` hold the bare
    /// SEC1 point (compressed or not) in base58btc, with the curve given by the type.
    pub fn public_key(&self) -> Result<PublicKey, CryptoError> {
        let text = self
            .public_key_multibase
            .as_deref()
            .ok_or(CryptoError::MissingPublicKeyMultibase)?;
        if self.kind == VerificationMethod::MULTIKEY {
            return PublicKey::from_multikey(text);
        }
        let algorithm = Algorithm::from_legacy_verification_method_type(&self.kind)
            .ok_or_else(|| CryptoError::UnsupportedVerificationMethod(self.kind.clone()))?;
        PublicKey::from_sec1_bytes(algorithm, &multibase::decode(text)?)
    }
}
