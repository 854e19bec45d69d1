//! MST nodes in memory: entries with full keys, links to subtrees that are either stored (a CID) or loaded.

use std::sync::{Arc, OnceLock};

use lexgen::model::Cid;

use super::super::RepoError;
use super::super::block_store::BlockStore;
use super::key::common_prefix_len;
use super::node_data::{EntryData, NodeData};
use super::node_view::NodeView;

/// A subtree: known only by its CID until something needs its contents.
#[derive(Clone)]
pub(crate) enum Link {
    Stored(Cid),
    Loaded(Arc<Node>),
}

/// One node: a left subtree, then entries each followed by the subtree between it and the next entry.
pub(crate) struct Node {
    pub(crate) left: Option<Link>,
    pub(crate) entries: Vec<Entry>,
    /// The CID of this node's encoding, once known (on load, or when the tree is finalised).
    cid: OnceLock<Cid>,
}

#[derive(Clone)]
pub(crate) struct Entry {
    pub(crate) key: Arc<[u8]>,
    pub(crate) value: Cid,
    pub(crate) right: Option<Link>,
}

impl Node {
    pub(crate) fn new(left: Option<Link>, entries: Vec<Entry>) -> Self {
        Self {
            left,
            entries,
            cid: OnceLock::new(),
        }
    }

    /// A copy to modify: same children, no CID yet.
    pub(crate) fn edit(&self) -> Self {
        Self::new(self.left.clone(), self.entries.clone())
    }

    /// The subtree before entry `i` (`i == entries.len()` is the last entry's right subtree).
    pub(crate) fn ptr(&self, i: usize) -> Option<&Link> {
        match i {
            0 => self.left.as_ref(),
            _ => self.entries.get(i - 1).and_then(|e| e.right.as_ref()),
        }
    }

    pub(crate) fn set_ptr(&mut self, i: usize, link: Option<Link>) {
        match i {
            0 => self.left = link,
            _ => {
                if let Some(entry) = self.entries.get_mut(i - 1) {
                    entry.right = link;
                }
            }
        }
    }

    /// Where `key` is, or would be inserted, among this node's entries.
    pub(crate) fn search(&self, key: &[u8]) -> Result<usize, usize> {
        self.entries.binary_search_by(|e| e.key[..].cmp(key))
    }

    /// The node as a link, or `None` when it holds nothing at all (no entries and no subtree).
    pub(crate) fn into_link(self) -> Option<Link> {
        if self.entries.is_empty() && self.left.is_none() {
            None
        } else {
            Some(Link::Loaded(Arc::new(self)))
        }
    }

    pub(crate) fn cached_cid(&self) -> Option<&Cid> {
        self.cid.get()
    }

    pub(crate) fn set_cid(&self, cid: Cid) {
        // A node's encoding never changes, so a second set would store the same value.
        let _ = self.cid.set(cid);
    }

    /// The DAG-CBOR encoding. Every child must already have a CID.
    pub(crate) fn encode(&self) -> Result<Vec<u8>, RepoError> {
        let mut entries = Vec::with_capacity(self.entries.len());
        let mut previous: &[u8] = &[];
        for entry in &self.entries {
            let prefix = common_prefix_len(previous, &entry.key);
            entries.push(EntryData {
                prefix_len: prefix as u64,
                key_suffix: entry.key[prefix..].to_vec(),
                value: entry.value,
                tree: entry.right.as_ref().map(Link::cid).transpose()?,
            });
            previous = &entry.key;
        }
        let data = NodeData {
            left: self.left.as_ref().map(Link::cid).transpose()?,
            entries,
        };
        data.encode()
    }

    /// Decodes and verifies a stored node expected on `layer` (`None` for a root whose layer is not known yet),
    /// as [`NodeView::read`] does; returns it with the layer its keys put it on.
    pub(crate) fn decode(
        cid: Cid,
        bytes: &[u8],
        layer: Option<u8>,
    ) -> Result<(Self, Option<u8>), RepoError> {
        let view = NodeView::read(cid, bytes, layer)?;
        let entries = view
            .entries
            .iter()
            .enumerate()
            .map(|(i, entry)| Entry {
                key: Arc::from(view.key(i)),
                value: entry.value,
                right: entry.right.map(Link::Stored),
            })
            .collect();
        let node = Self::new(view.left.map(Link::Stored), entries);
        node.set_cid(cid);
        Ok((node, view.layer))
    }
}

impl Link {
    /// The CID of the subtree; a loaded node must have been finalised.
    pub(crate) fn cid(&self) -> Result<Cid, RepoError> {
        match self {
            Link::Stored(cid) => Ok(*cid),
            Link::Loaded(node) => node.cached_cid().copied().ok_or(RepoError::Unfinalised),
        }
    }

    /// The node behind the link, reading and verifying it from `store` if needed.
    pub(crate) fn load(&self, store: &dyn BlockStore, layer: u8) -> Result<Arc<Node>, RepoError> {
        match self {
            Link::Loaded(node) => Ok(node.clone()),
            Link::Stored(cid) => {
                let bytes = store.get_block(cid)?.ok_or(RepoError::MissingBlock(*cid))?;
                let (node, _) = Node::decode(*cid, &bytes, Some(layer))?;
                if node.entries.is_empty() && node.left.is_none() {
                    return Err(RepoError::InvalidTree {
                        cid: *cid,
                        reason: "an empty node below the root".to_owned(),
                    });
                }
                Ok(Arc::new(node))
            }
        }
    }
}
