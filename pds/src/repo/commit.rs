//! Signed commits (repo v3): `{did, version, data, rev, prev, sig}`, signed over the DAG-CBOR of all but `sig`.

use lexgen::crypto::{Keypair, PublicKey};
use lexgen::model::{Bytes, Cid, CidLink, Did, Tid, drisl};
use serde::{Deserialize, Serialize};

use super::RepoError;

/// The commit format version this implementation writes.
pub const COMMIT_VERSION: u8 = 3;

/// A commit: the head of a repository at one revision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Commit {
    /// The account the repository belongs to.
    pub did: Did,
    /// 3 for commits we write; 2 is accepted when read.
    pub version: u8,
    /// The MST root.
    pub data: Cid,
    /// The revision, strictly increasing per repository.
    pub rev: Tid,
    /// The previous commit, almost always `None` (kept as an explicit null on the wire).
    pub prev: Option<Cid>,
    /// The signature over the unsigned encoding.
    pub sig: Vec<u8>,
}

#[derive(Serialize)]
struct UnsignedWire<'a> {
    did: &'a Did,
    version: u8,
    data: CidLink,
    rev: Tid,
    prev: Option<CidLink>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedWire {
    did: Did,
    version: u8,
    data: CidLink,
    rev: Tid,
    prev: Option<CidLink>,
    sig: Bytes,
}

impl Commit {
    /// A new v3 commit signed with `key`.
    pub fn sign(
        did: Did,
        data: Cid,
        rev: Tid,
        prev: Option<Cid>,
        key: &Keypair,
    ) -> Result<Self, RepoError> {
        let mut commit = Self {
            did,
            version: COMMIT_VERSION,
            data,
            rev,
            prev,
            sig: Vec::new(),
        };
        let unsigned = commit.unsigned_bytes()?;
        commit.sig = key
            .sign(&unsigned)
            .map_err(|e| RepoError::Signature(e.to_string()))?
            .to_vec();
        Ok(commit)
    }

    /// The same content re-signed with another key (after a key rotation), at a new revision.
    pub(crate) fn resign(&self, rev: Tid, key: &Keypair) -> Result<Self, RepoError> {
        Self::sign(self.did.clone(), self.data, rev, self.prev, key)
    }

    /// The bytes the signature covers.
    pub(crate) fn unsigned_bytes(&self) -> Result<Vec<u8>, RepoError> {
        let wire = UnsignedWire {
            did: &self.did,
            version: self.version,
            data: CidLink(self.data),
            rev: self.rev,
            prev: self.prev.map(CidLink),
        };
        drisl::to_vec(&wire).map_err(|e| RepoError::Encode(e.to_string()))
    }

    /// The signed block: its CID and bytes.
    pub fn encode(&self) -> Result<(Cid, Vec<u8>), RepoError> {
        let wire = SignedWire {
            did: self.did.clone(),
            version: self.version,
            data: CidLink(self.data),
            rev: self.rev,
            prev: self.prev.map(CidLink),
            sig: Bytes(self.sig.clone()),
        };
        let bytes = drisl::to_vec(&wire).map_err(|e| RepoError::Encode(e.to_string()))?;
        Ok((Cid::for_dag_cbor(&bytes), bytes))
    }

    /// Reads a commit block (v3, or v2 with a `rev`).
    pub fn decode(cid: Cid, bytes: &[u8]) -> Result<Self, RepoError> {
        let invalid = |reason: String| RepoError::InvalidCommit { cid, reason };
        let wire: SignedWire = drisl::from_slice(bytes).map_err(|e| invalid(e.to_string()))?;
        if !(2..=COMMIT_VERSION).contains(&wire.version) {
            return Err(invalid(format!(
                "unsupported commit version {}",
                wire.version
            )));
        }
        Ok(Self {
            did: wire.did,
            version: wire.version,
            data: wire.data.0,
            rev: wire.rev,
            prev: wire.prev.map(|p| p.0),
            sig: wire.sig.0,
        })
    }

    /// Checks the signature against the account's current signing key.
    pub fn verify(&self, key: &PublicKey) -> Result<(), RepoError> {
        let unsigned = self.unsigned_bytes()?;
        key.verify(&unsigned, &self.sig)
            .map_err(|e| RepoError::Signature(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use lexgen::crypto::Algorithm;

    use super::*;

    fn sample(key: &Keypair) -> Commit {
        let did: Did = "did:plc:7iza6de2dwap2sbkpav7c6c6".parse().unwrap();
        let data = Cid::for_dag_cbor(b"\xa0");
        Commit::sign(
            did,
            data,
            Tid::from_parts(1_700_000_000_000_000, 1),
            None,
            key,
        )
        .unwrap()
    }

    #[test]
    fn sign_encode_decode_verify() {
        for algorithm in [Algorithm::K256, Algorithm::P256] {
            let key = Keypair::generate(algorithm).unwrap();
            let commit = sample(&key);
            let (cid, bytes) = commit.encode().unwrap();
            let decoded = Commit::decode(cid, &bytes).unwrap();
            assert_eq!(decoded, commit);
            decoded.verify(&key.public_key()).unwrap();
        }
    }

    #[test]
    fn wrong_key_or_tampered_content_fails() {
        let key = Keypair::generate(Algorithm::K256).unwrap();
        let other = Keypair::generate(Algorithm::K256).unwrap();
        let commit = sample(&key);
        assert!(commit.verify(&other.public_key()).is_err());
        let mut tampered = commit.clone();
        tampered.rev = Tid::from_parts(1_700_000_000_000_001, 1);
        assert!(tampered.verify(&key.public_key()).is_err());
    }

    #[test]
    fn prev_is_an_explicit_null() {
        let key = Keypair::generate(Algorithm::K256).unwrap();
        let (_, bytes) = sample(&key).encode().unwrap();
        let value = lexgen::model::Value::from_drisl(&bytes).unwrap();
        assert!(value.get("prev").is_some_and(lexgen::model::Value::is_null));
    }

    #[test]
    fn resign_after_rotation() {
        let old = Keypair::generate(Algorithm::K256).unwrap();
        let new = Keypair::generate(Algorithm::P256).unwrap();
        let commit = sample(&old);
        let next = commit.resign(Tid::next_after(commit.rev), &new).unwrap();
        assert!(next.rev > commit.rev && next.data == commit.data);
        next.verify(&new.public_key()).unwrap();
        assert!(next.verify(&old.public_key()).is_err());
    }
}
