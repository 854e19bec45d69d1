//! The two signature algorithms of atproto and their names in JWTs, multicodecs and DID documents.

use std::fmt;

/// A curve plus ECDSA with SHA-256: the only signature algorithms atproto uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Algorithm {
    /// secp256k1 (k256), JWT `ES256K`. The default for new atproto keys.
    K256,
    /// NIST P-256 (secp256r1), JWT `ES256`.
    P256,
}

impl Algorithm {
    /// Both algorithms, k256 first.
    pub const ALL: [Algorithm; 2] = [Algorithm::K256, Algorithm::P256];

    /// The JWT / JOSE `alg` name: `ES256K` or `ES256`.
    pub fn jwt_alg(self) -> &'static str {
        match self {
            Algorithm::K256 => "ES256K",
            Algorithm::P256 => "ES256",
        }
    }

    /// The algorithm of a JWT `alg` name, if it is one of ours (case-sensitive, as in JOSE).
    pub fn from_jwt_alg(alg: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.jwt_alg() == alg)
    }

    /// The short name used in configuration: `k256` or `p256`.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::K256 => "k256",
            Algorithm::P256 => "p256",
        }
    }

    /// The algorithm of a short name (`k256`, `p256`; also `secp256k1`, `secp256r1`), ignoring case.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "k256" | "secp256k1" => Some(Algorithm::K256),
            "p256" | "secp256r1" | "p-256" => Some(Algorithm::P256),
            _ => None,
        }
    }

    /// The varint multicodec that prefixes a public key in a multikey
    /// (`secp256k1-pub` 0xe7, `p256-pub` 0x1200).
    pub fn public_key_multicodec(self) -> &'static [u8] {
        match self {
            Algorithm::K256 => &[0xE7, 0x01],
            Algorithm::P256 => &[0x80, 0x24],
        }
    }

    /// The varint multicodec that prefixes a private key in its multibase form
    /// (`secp256k1-priv` 0x1301, `p256-priv` 0x1306).
    pub fn private_key_multicodec(self) -> &'static [u8] {
        match self {
            Algorithm::K256 => &[0x81, 0x26],
            Algorithm::P256 => &[0x86, 0x26],
        }
    }

    /// The legacy DID-document verification method type whose `publicKeyMultibase` is the bare
    /// key without a multicodec prefix.
    pub fn legacy_verification_method_type(self) -> &'static str {
        match self {
            Algorithm::K256 => "EcdsaSecp256k1VerificationKey2019",
            Algorithm::P256 => "EcdsaSecp256r1VerificationKey2019",
        }
    }

    /// The algorithm of a legacy verification method type, if it is one.
    pub fn from_legacy_verification_method_type(kind: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|a| a.legacy_verification_method_type() == kind)
    }

    /// The algorithm whose public-key multicodec starts `bytes`, and the bytes after it.
    pub(crate) fn split_public_key_multicodec(bytes: &[u8]) -> Option<(Self, &[u8])> {
        Self::ALL.into_iter().find_map(|a| {
            bytes
                .strip_prefix(a.public_key_multicodec())
                .map(|rest| (a, rest))
        })
    }

    /// The algorithm whose private-key multicodec starts `bytes`, and the bytes after it.
    pub(crate) fn split_private_key_multicodec(bytes: &[u8]) -> Option<(Self, &[u8])> {
        Self::ALL.into_iter().find_map(|a| {
            bytes
                .strip_prefix(a.private_key_multicodec())
                .map(|rest| (a, rest))
        })
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes an unsigned LEB128 varint, to check the hand-written prefixes.
    fn varint(bytes: &[u8]) -> u64 {
        bytes
            .iter()
            .enumerate()
            .map(|(i, b)| u64::from(b & 0x7f) << (7 * i))
            .sum()
    }

    #[test]
    fn multicodec_prefixes_are_the_registered_codes() {
        assert_eq!(varint(Algorithm::K256.public_key_multicodec()), 0xe7);
        assert_eq!(varint(Algorithm::P256.public_key_multicodec()), 0x1200);
        assert_eq!(varint(Algorithm::K256.private_key_multicodec()), 0x1301);
        assert_eq!(varint(Algorithm::P256.private_key_multicodec()), 0x1306);
    }

    #[test]
    fn names_round_trip() {
        for alg in Algorithm::ALL {
            assert_eq!(Algorithm::from_jwt_alg(alg.jwt_alg()), Some(alg));
            assert_eq!(Algorithm::from_name(alg.name()), Some(alg));
            assert_eq!(
                Algorithm::from_legacy_verification_method_type(
                    alg.legacy_verification_method_type()
                ),
                Some(alg)
            );
        }
        assert_eq!(Algorithm::from_jwt_alg("es256"), None);
        assert_eq!(Algorithm::from_jwt_alg("EdDSA"), None);
        assert_eq!(Algorithm::from_name("ed25519"), None);
    }
}
