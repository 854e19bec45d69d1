//! Verifies a `com.atproto.sync.getRecord` answer: a CAR whose root is a commit signed by the DID's key,
//! holding the MST path from the commit's data root to the record, and the record block itself.

use lexgen::crypto::PublicKey;
use lexgen::model::{Cid, Did, Value};

use crate::repo::car::{CarError, CarLimits, CarReader};
use crate::repo::{BlockStore, Commit, MemoryBlockStore, Mst, RepoError};

/// Why a record proof is refused.
#[derive(Debug, thiserror::Error)]
pub enum ProofError {
    #[error("the CAR is unreadable: {0}")]
    Car(#[from] CarError),
    #[error("the CAR has {0} roots, not one commit")]
    Roots(usize),
    #[error("the commit block {0} is not in the CAR")]
    MissingCommit(Cid),
    #[error("the commit is unreadable: {0}")]
    Commit(RepoError),
    #[error("the commit is for {found}, not {expected}")]
    WrongDid { expected: Did, found: Did },
    #[error("the commit signature does not verify with the DID's key: {0}")]
    Signature(RepoError),
    #[error("the MST proof is incomplete or invalid: {0}")]
    Tree(RepoError),
    #[error("the MST proves that {0} does not exist")]
    Absent(String),
    #[error("the record block {0} is not in the CAR")]
    MissingRecord(Cid),
    #[error("the record is not valid DAG-CBOR: {0}")]
    Record(String),
}

/// A record proved present in a signed commit.
#[derive(Debug, Clone)]
pub struct ProvedRecord {
    /// The record's CID, as the tree holds it.
    pub cid: Cid,
    /// The record, decoded.
    pub value: Value,
    /// The commit that holds it.
    pub commit: Commit,
}

/// Checks `car` proves record `key` (`<collection>/<rkey>`) of `did`, signed with `key`.
pub fn verify_record_proof(
    car: &[u8],
    did: &Did,
    signing_key: &PublicKey,
    key: &str,
) -> Result<ProvedRecord, ProofError> {
    let mut reader = CarReader::new(car, CarLimits::default())?;
    let root = match reader.roots() {
        [root] => *root,
        roots => return Err(ProofError::Roots(roots.len())),
    };
    let mut store = MemoryBlockStore::new();
    while let Some((cid, bytes)) = reader.next_block()? {
        store.put(cid, bytes);
    }
    let commit_bytes = store
        .get_block(&root)
        .map_err(ProofError::Commit)?
        .ok_or(ProofError::MissingCommit(root))?;
    let commit = Commit::decode(root, &commit_bytes).map_err(ProofError::Commit)?;
    if &commit.did != did {
        return Err(ProofError::WrongDid {
            expected: did.clone(),
            found: commit.did.clone(),
        });
    }
    commit.verify(signing_key).map_err(ProofError::Signature)?;
    let tree = Mst::load(&store, commit.data).map_err(ProofError::Tree)?;
    let cid = tree
        .get(&store, key)
        .map_err(ProofError::Tree)?
        .ok_or_else(|| ProofError::Absent(key.to_owned()))?;
    let bytes = store
        .get_block(&cid)
        .map_err(ProofError::Tree)?
        .ok_or(ProofError::MissingRecord(cid))?;
    let value = Value::from_drisl(&bytes).map_err(|e| ProofError::Record(e.to_string()))?;
    Ok(ProvedRecord { cid, value, commit })
}
