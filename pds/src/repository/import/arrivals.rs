//! What an import remembers about the blocks it stored, within a fixed memory budget: a copy of every
//! block shaped like an MST node (so the tree walk reads nodes from memory, not back from SQLite), and
//! every block's CID with its verdict as a record and how many leaves point at it (so the walk proves each
//! record present and valid without a second pass over the stored blocks, and the reference counts are
//! written in CID order). Beyond the budget, nodes are read from SQLite and the records are checked and
//! counted by the exact SQL pass instead: memory stays constant whatever the repository size.

use std::borrow::Cow;

use foldhash::{HashMap, HashMapExt};
use lexgen::model::Cid;

use crate::repo::mst::NODE_START;
use crate::repo::{BlockStore, RepoError};
use crate::storage::RepoBlocks;

/// The block is at most 1 MiB, strict DAG-CBOR and a map: fit to be a record.
const RECORD_OK: u8 = 1;
/// The block starts like an MST node (a map of two entries whose first key is "e").
const NODE_LIKE: u8 = 2;
/// An index entry holds the flags in its low bits and, above them, how many leaves point at the block.
const FLAG_BITS: u32 = 2;
const ONE_LEAF: u32 = 1 << FLAG_BITS;

/// A guess at the allocator's overhead per stored node copy, counted against the budget.
const ALLOCATION_OVERHEAD: usize = 16;

/// The flags of one block.
fn flags(bytes: &[u8]) -> u8 {
    let mut flags = 0;
    if super::check_record(bytes).is_ok() {
        flags |= RECORD_OK;
    }
    if bytes.starts_with(NODE_START) {
        flags |= NODE_LIKE;
    }
    flags
}

/// What the walk learns about a leaf's record block.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Leaf {
    /// The first time the walk reaches this record; `node_like` if it might double as an MST node.
    New { node_like: bool },
    /// Reached before (several keys may share a record).
    Seen,
    /// Not in the CAR.
    Missing,
    /// In the CAR but not a valid record.
    Invalid,
    /// Not known: the index outgrew the budget, the SQL pass decides.
    Unknown,
    /// More leaves point at it than can be counted.
    Overflow,
}

/// The remembered blocks.
pub(super) struct Arrivals {
    budget: usize,
    /// Every stored block's flags and leaf count, while they fit (`None` once they no longer do).
    blocks: Option<HashMap<Cid, u32>>,
    /// Copies of the node-shaped blocks, as many as fit.
    nodes: HashMap<Cid, Vec<u8>>,
    node_bytes: usize,
    /// Whether every node-shaped block was copied.
    all_nodes: bool,
}

/// The bytes a hash map of `capacity` entries of `entry` bytes takes (a table of power-of-two buckets,
/// at most 7/8 full, with one control byte per bucket).
fn table_bytes(capacity: usize, entry: usize) -> usize {
    if capacity == 0 {
        return 0;
    }
    let buckets = (capacity.saturating_mul(8) / 7).max(4).next_power_of_two();
    buckets.saturating_mul(entry + 1)
}

impl Arrivals {
    pub(super) fn new(budget: usize) -> Self {
        Self {
            budget,
            blocks: Some(HashMap::new()),
            nodes: HashMap::new(),
            node_bytes: 0,
            all_nodes: true,
        }
    }

    /// The memory held, by this estimate: the tables and the node copies, and room for the sorted
    /// reference counts that [`Arrivals::references`] makes of the index.
    fn memory(&self) -> usize {
        let blocks = self.blocks.as_ref().map_or(0, |blocks| {
            table_bytes(blocks.capacity(), size_of::<(Cid, u32)>())
                + blocks.len() * size_of::<(Cid, u32)>()
        });
        blocks + table_bytes(self.nodes.capacity(), size_of::<(Cid, Vec<u8>)>()) + self.node_bytes
    }

    /// Whether a table of `len` entries with room for `capacity` can take one more, plus `extra` bytes,
    /// within the budget. A full table doubles, and the old and the new one exist at once while it does.
    fn can_grow(&self, len: usize, capacity: usize, entry: usize, extra: usize) -> bool {
        let growth = if len < capacity {
            0
        } else {
            table_bytes(capacity, entry)
                .saturating_mul(2)
                .max(table_bytes(4, entry))
        };
        self.memory().saturating_add(growth).saturating_add(extra) <= self.budget
    }

    /// Remembers a block of the CAR (a copy of it if it looks like a node and fits); a block added again
    /// is remembered once.
    pub(super) fn add(&mut self, cid: Cid, bytes: &[u8]) {
        let flags = flags(bytes);
        if let Some(blocks) = &self.blocks {
            let (len, capacity) = (blocks.len(), blocks.capacity());
            if self.can_grow(
                len,
                capacity,
                size_of::<(Cid, u32)>(),
                size_of::<(Cid, u32)>(),
            ) {
                if let Some(blocks) = &mut self.blocks {
                    blocks.insert(cid, u32::from(flags));
                }
            } else {
                // The index no longer fits: give its memory to the nodes, and let SQL check the records.
                self.blocks = None;
            }
        }
        if flags & NODE_LIKE != 0 && !self.nodes.contains_key(&cid) {
            let size = bytes.len() + ALLOCATION_OVERHEAD;
            let (len, capacity) = (self.nodes.len(), self.nodes.capacity());
            if self.can_grow(len, capacity, size_of::<(Cid, Vec<u8>)>(), size) {
                self.node_bytes += size;
                self.nodes.insert(cid, bytes.to_vec());
            } else {
                self.all_nodes = false;
            }
        }
    }

    /// Whether every node-shaped block is copied and every block indexed: then the tree can be walked
    /// and its records checked from memory alone.
    pub(super) fn holds_everything(&self) -> bool {
        self.all_nodes && self.blocks.is_some()
    }

    /// Whether every stored block is indexed (so the walk's lookups never answer [`Leaf::Unknown`]).
    #[cfg(test)]
    fn complete(&self) -> bool {
        self.blocks.is_some()
    }

    /// The records more than one leaf points at, with how many, in CID order (the order of the
    /// `record_ref` table, which counts only shared blocks); `None` if the index outgrew the budget. Frees
    /// the index.
    pub(super) fn references(&mut self) -> Option<Vec<(Cid, u32)>> {
        let blocks = self.blocks.take()?;
        let mut references: Vec<(Cid, u32)> = blocks
            .into_iter()
            .filter(|(_, entry)| *entry >= 2 * ONE_LEAF)
            .map(|(cid, entry)| (cid, entry >> FLAG_BITS))
            .collect();
        references.sort_unstable();
        Some(references)
    }

    /// Splits into the node copies (for [`Layered`]) and the rest, so the walk can read one and mark the other.
    pub(super) fn split(&mut self) -> (Nodes<'_>, Index<'_>) {
        (
            Nodes(&self.nodes),
            Index {
                blocks: self.blocks.as_mut(),
            },
        )
    }
}

/// The node copies, borrowed.
pub(super) struct Nodes<'a>(&'a HashMap<Cid, Vec<u8>>);

impl<'a> Nodes<'a> {
    pub(super) fn store(&self, stored: RepoBlocks<'a>) -> Layered<'a> {
        Layered {
            nodes: Nodes(self.0),
            stored,
        }
    }
}

/// The node copies alone (for a walk that may not read SQLite).
impl BlockStore for Nodes<'_> {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError> {
        Ok(self.0.get(cid).cloned())
    }

    fn block(&self, cid: &Cid) -> Result<Option<Cow<'_, [u8]>>, RepoError> {
        Ok(self.0.get(cid).map(|bytes| Cow::Borrowed(&bytes[..])))
    }
}

/// The block index, borrowed mutably.
pub(super) struct Index<'a> {
    blocks: Option<&'a mut HashMap<Cid, u32>>,
}

impl Index<'_> {
    /// Whether the block is known to be in the CAR.
    pub(super) fn contains(&self, cid: &Cid) -> bool {
        self.blocks
            .as_ref()
            .is_some_and(|blocks| blocks.contains_key(cid))
    }

    /// Looks up a leaf's record block, counting the leaf.
    pub(super) fn leaf(&mut self, cid: &Cid) -> Leaf {
        let Some(blocks) = &mut self.blocks else {
            return Leaf::Unknown;
        };
        let Some(entry) = blocks.get_mut(cid) else {
            return Leaf::Missing;
        };
        if *entry & u32::from(RECORD_OK) == 0 {
            return Leaf::Invalid;
        }
        let first = *entry < ONE_LEAF;
        let Some(counted) = entry.checked_add(ONE_LEAF) else {
            return Leaf::Overflow;
        };
        *entry = counted;
        if first {
            Leaf::New {
                node_like: *entry & u32::from(NODE_LIKE) != 0,
            }
        } else {
            Leaf::Seen
        }
    }
}

/// Reads node copies from memory and everything else from the repository's stored blocks.
pub(super) struct Layered<'a> {
    nodes: Nodes<'a>,
    stored: RepoBlocks<'a>,
}

impl BlockStore for Layered<'_> {
    fn get_block(&self, cid: &Cid) -> Result<Option<Vec<u8>>, RepoError> {
        match self.nodes.get_block(cid)? {
            Some(bytes) => Ok(Some(bytes)),
            None => self.stored.get_block(cid),
        }
    }

    fn block(&self, cid: &Cid) -> Result<Option<Cow<'_, [u8]>>, RepoError> {
        match self.nodes.block(cid)? {
            Some(bytes) => Ok(Some(bytes)),
            None => self.stored.block(cid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(bytes: &[u8]) -> (Cid, Vec<u8>) {
        (Cid::for_dag_cbor(bytes), bytes.to_vec())
    }

    /// `{"a": 1}`, `{"e": [], "l": null}` (an empty MST node) and the integer 1.
    fn samples() -> [(Cid, Vec<u8>); 3] {
        [
            block(&[0xa1, 0x61, 0x61, 0x01]),
            block(&[0xa2, 0x61, 0x65, 0x80, 0x61, 0x6c, 0xf6]),
            block(&[0x01]),
        ]
    }

    #[test]
    fn flags_say_what_a_block_can_be() {
        let [map, node, integer] = samples();
        assert_eq!(flags(&map.1), RECORD_OK);
        assert_eq!(flags(&node.1), RECORD_OK | NODE_LIKE);
        assert_eq!(flags(&integer.1), 0);
        // Unsorted keys are not strict DAG-CBOR; a node prefix alone does not make a record.
        assert_eq!(flags(&[0xa2, 0x61, 0x62, 0x01, 0x61, 0x61, 0x02]), 0);
        assert_eq!(flags(&[0xa2, 0x61, 0x65]), NODE_LIKE);
    }

    #[test]
    fn within_the_budget_every_leaf_is_known() {
        let mut arrivals = Arrivals::new(1 << 20);
        for (cid, bytes) in samples() {
            arrivals.add(cid, &bytes);
        }
        assert!(arrivals.complete());
        let [map, node, integer] = samples();
        let (nodes, mut index) = arrivals.split();
        assert_eq!(index.leaf(&map.0), Leaf::New { node_like: false });
        assert_eq!(index.leaf(&map.0), Leaf::Seen);
        assert_eq!(index.leaf(&node.0), Leaf::New { node_like: true });
        assert_eq!(index.leaf(&integer.0), Leaf::Invalid);
        assert_eq!(index.leaf(&block(&[0x02]).0), Leaf::Missing);
        assert_eq!(nodes.0.get(&node.0), Some(&node.1));
        assert!(!nodes.0.contains_key(&map.0));
        // Only the shared one is counted.
        assert_eq!(arrivals.references(), Some(vec![(map.0, 2)]));
        assert!(!arrivals.complete());
    }

    #[test]
    fn beyond_the_budget_nothing_is_claimed() {
        let mut arrivals = Arrivals::new(0);
        for (cid, bytes) in samples() {
            arrivals.add(cid, &bytes);
        }
        assert!(!arrivals.complete());
        let (nodes, mut index) = arrivals.split();
        assert_eq!(index.leaf(&samples()[0].0), Leaf::Unknown);
        assert!(nodes.0.is_empty());
        assert_eq!(arrivals.references(), None);
    }

    #[test]
    fn the_memory_stays_within_the_budget() {
        let budget = 64 * 1024;
        let mut arrivals = Arrivals::new(budget);
        for i in 0..10_000u32 {
            // Node-shaped blocks of a few dozen bytes each: the index goes first, then nodes stop fitting.
            let mut bytes = vec![0xa2, 0x61, 0x65, 0x81, 0x1a];
            bytes.extend(i.to_be_bytes());
            bytes.extend([0x61, 0x6c, 0xf6]);
            let (cid, bytes) = block(&bytes);
            arrivals.add(cid, &bytes);
            assert!(
                arrivals.memory() <= budget,
                "{} after {i}",
                arrivals.memory()
            );
        }
        assert!(!arrivals.complete());
        assert!(!arrivals.nodes.is_empty() && arrivals.nodes.len() < 10_000);
    }
}
