//! `BlockStore`: how repository code reads blocks by CID, and an in-memory store for tests and imports.

use std::borrow::Cow;
use std::collections::HashMap;

use lexgen::model::Cid;

use super::RepoError;

/// Read access to content-addressed blocks. Implementations return the exact stored bytes.
pub trait BlockStore {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError>;

    /// The block, borrowed where the store holds it in memory (a copy otherwise).
    fn block(&self, cid: &Cid) -> Result<Option<Cow<'_, [u8]>>, RepoError> {
        Ok(self.get_block(cid)?.map(Cow::Owned))
    }
}

/// Blocks in a hash map.
#[derive(Default, Clone)]
pub struct MemoryBlockStore {
    blocks: HashMap<Cid, Vec<u8>>,
}

impl MemoryBlockStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// Stores a block under its CID (the caller vouches that `cid` is the CID of `bytes`).
    pub fn put(&mut self, cid: Cid, bytes: Vec<u8>) {
        self.blocks.insert(cid, bytes);
    }

    /// Stores several blocks.
    pub fn extend(&mut self, blocks: impl IntoIterator<Item = (Cid, Vec<u8>)>) {
        self.blocks.extend(blocks);
    }
}

impl BlockStore for MemoryBlockStore {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError> {
        Ok(self.blocks.get(cid).cloned())
    }

    fn block(&self, cid: &Cid) -> Result<Option<Cow<'_, [u8]>>, RepoError> {
        Ok(self.blocks.get(cid).map(|bytes| Cow::Borrowed(&bytes[..])))
    }
}
