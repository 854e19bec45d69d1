//! A reference blob file checked against its CID by streaming it through sha2-256, so an account's blobs
//! are checked without holding them in memory (each is read again, alone, when it is copied).

use std::io::Read as _;
use std::path::Path;

use lexgen::model::{Cid, Codec};
use sha2::{Digest, Sha256};

/// Whether the file at `path` is the blob `cid` names (a raw CID of its bytes); and its size.
pub(super) fn matches(path: &Path, cid: &Cid) -> std::io::Result<(bool, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
        size += read as u64;
    }
    let digest: [u8; 32] = hasher.finalize().into();
    Ok((cid.codec() == Codec::Raw && &digest == cid.digest(), size))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_matches_only_its_own_raw_cid() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("blob");
        let bytes: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(
            matches(&path, &Cid::for_raw(&bytes)).unwrap(),
            (true, 200_000)
        );
        assert!(!matches(&path, &Cid::for_dag_cbor(&bytes)).unwrap().0);
        assert!(!matches(&path, &Cid::for_raw(&bytes[1..])).unwrap().0);
    }
}
