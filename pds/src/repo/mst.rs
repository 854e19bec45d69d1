//! The Merkle Search Tree of a repository: an ordered map from `<collection>/<rkey>` to record CIDs whose
//! root CID depends only on its contents. IO-free: nodes are read through a [`BlockStore`].

mod edit;
mod key;
mod node;
mod node_data;
mod node_view;
mod walk;

use std::collections::BTreeSet;
use std::ops::ControlFlow;
use std::sync::Arc;

use lexgen::model::Cid;

pub use key::{common_prefix_len, is_valid_key, key_height};
pub(crate) use node_view::{NODE_START, NOT_A_NODE};
pub use walk::TreeItem;

use super::RepoError;
use super::block_store::BlockStore;
use node::{Link, Node};

/// A tree being read or edited. Edits copy the path they touch; [`Mst::finalize`] encodes the new nodes.
#[derive(Clone)]
pub struct Mst {
    /// `None` for the empty tree.
    root: Option<Link>,
    /// The layer of the root node (the height of its keys).
    layer: u8,
    /// Stored nodes replaced by edits since the last [`Mst::finalize`].
    dropped: Vec<Cid>,
    /// Whether the tree was last loaded or finalised as the (canonical, stored) empty node.
    stored_empty: bool,
}

/// A new block: its CID and encoding.
pub type Block = (Cid, Vec<u8>);

impl Default for Mst {
    fn default() -> Self {
        Self::new()
    }
}

impl Mst {
    /// The empty tree.
    pub fn new() -> Self {
        Self {
            root: None,
            layer: 0,
            dropped: Vec::new(),
            stored_empty: false,
        }
    }

    /// The tree whose root node is `root`, read and checked from `store`.
    /// Deeper nodes are read, and checked against their layer, as operations reach them.
    pub fn load(store: &dyn BlockStore, root: Cid) -> Result<Self, RepoError> {
        let bytes = store
            .get_block(&root)?
            .ok_or(RepoError::MissingBlock(root))?;
        let (node, layer) = Node::decode(root, &bytes, None)?;
        if node.entries.is_empty() {
            if node.left.is_some() {
                return Err(RepoError::InvalidTree {
                    cid: root,
                    reason: "the root has no entries but a subtree (the top was not trimmed)"
                        .to_owned(),
                });
            }
            let mut tree = Self::new();
            tree.check_empty_root(root)?;
            tree.stored_empty = true;
            return Ok(tree);
        }
        Ok(Self {
            root: Some(Link::Loaded(Arc::new(node))),
            layer: layer.unwrap_or(0),
            dropped: Vec::new(),
            stored_empty: false,
        })
    }

    fn check_empty_root(&self, root: Cid) -> Result<(), RepoError> {
        let (empty, _) = self.finalized_root()?;
        if empty != root {
            return Err(RepoError::InvalidTree {
                cid: root,
                reason: "an empty root that is not the canonical empty node".to_owned(),
            });
        }
        Ok(())
    }

    /// The record CID stored under `key`.
    pub fn get(&self, store: &dyn BlockStore, key: &str) -> Result<Option<Cid>, RepoError> {
        match &self.root {
            None => Ok(None),
            Some(root) => walk::get(store, root, self.layer, key.as_bytes()),
        }
    }

    /// Adds `key`, or points it at a new value.
    pub fn insert(
        &mut self,
        store: &dyn BlockStore,
        key: &str,
        value: Cid,
    ) -> Result<(), RepoError> {
        let key = key.as_bytes();
        if !is_valid_key(key) {
            return Err(RepoError::InvalidKey(
                String::from_utf8_lossy(key).into_owned(),
            ));
        }
        let height = key_height(key);
        // A key higher than the root grows the tree: empty nodes above the old root, split on insertion.
        let (root, layer) = match &self.root {
            None => (None, height),
            Some(link) => {
                let (mut grown, mut layer) = (link.clone(), self.layer);
                while layer < height {
                    grown = Link::Loaded(Arc::new(Node::new(Some(grown), Vec::new())));
                    layer += 1;
                }
                (Some(grown), layer)
            }
        };
        let mut editor = edit::Editor {
            store,
            dropped: &mut self.dropped,
        };
        self.root = Some(editor.insert(root.as_ref(), layer, key, value, height)?);
        self.layer = layer;
        Ok(())
    }

    /// Removes `key`; returns whether it was there.
    pub fn delete(&mut self, store: &dyn BlockStore, key: &str) -> Result<bool, RepoError> {
        let Some(root) = &self.root else {
            return Ok(false);
        };
        let key = key.as_bytes();
        let mut editor = edit::Editor {
            store,
            dropped: &mut self.dropped,
        };
        let Some(new_root) = editor.delete(root, self.layer, key, key_height(key))? else {
            return Ok(false);
        };
        self.root = new_root;
        self.trim(store)?;
        Ok(true)
    }

    /// Drops entry-less nodes from the top of the tree, so the root holds keys (or the tree is empty).
    fn trim(&mut self, store: &dyn BlockStore) -> Result<(), RepoError> {
        while let Some(root) = &self.root {
            let node = root.load(store, self.layer)?;
            if !node.entries.is_empty() {
                return Ok(());
            }
            self.dropped.extend(node.cached_cid().copied());
            self.root = node.left.clone();
            self.layer = self.layer.saturating_sub(1);
        }
        self.layer = 0;
        Ok(())
    }

    /// Calls `visit` for every key in `[start, end)`, in order, until it returns `Break`.
    pub(crate) fn walk(
        &self,
        store: &dyn BlockStore,
        start: &str,
        end: Option<&str>,
        mut visit: impl FnMut(&str, Cid) -> ControlFlow<()>,
    ) -> Result<(), RepoError> {
        let Some(root) = &self.root else {
            return Ok(());
        };
        let mut visit_bytes = |key: &[u8], cid: Cid| match std::str::from_utf8(key) {
            Ok(key) => visit(key, cid),
            Err(_) => ControlFlow::Break(()),
        };
        let _finished_or_stopped = walk::walk_range(
            store,
            root,
            self.layer,
            start.as_bytes(),
            end.map(str::as_bytes),
            &mut visit_bytes,
        )?;
        Ok(())
    }

    /// Every `(key, cid)` in order (reads the whole tree).
    pub fn entries(&self, store: &dyn BlockStore) -> Result<Vec<(String, Cid)>, RepoError> {
        let mut out = Vec::new();
        self.walk(store, "", None, |key, cid| {
            out.push((key.to_owned(), cid));
            ControlFlow::Continue(())
        })?;
        Ok(out)
    }

    /// Encodes every node changed since the last call and returns the root CID and the new blocks
    /// (children before parents). The empty tree's root is the empty node.
    pub fn finalize(&mut self) -> Result<(Cid, Vec<Block>), RepoError> {
        let (root, blocks, _) = self.finalize_with_removed()?;
        Ok((root, blocks))
    }

    /// [`Mst::finalize`], also returning the stored nodes the edits made unreachable.
    pub fn finalize_with_removed(&mut self) -> Result<(Cid, Vec<Block>, BTreeSet<Cid>), RepoError> {
        let mut blocks = Vec::new();
        let root = match &self.root {
            None => {
                let (cid, bytes) = empty_node()?;
                blocks.push((cid, bytes));
                cid
            }
            Some(root) => {
                finalize_link(root, &mut blocks)?;
                root.cid()?
            }
        };
        let mut removed: BTreeSet<Cid> = self.dropped.drain(..).collect();
        for (cid, _) in &blocks {
            removed.remove(cid);
        }
        if self.stored_empty && self.root.is_some() {
            // The canonical empty node is not a tracked node, so it is not in `dropped`.
            removed.insert(empty_node()?.0);
        }
        self.stored_empty = self.root.is_none();
        Ok((root, blocks, removed))
    }

    fn finalized_root(&self) -> Result<Block, RepoError> {
        match &self.root {
            None => empty_node(),
            Some(root) => Ok((root.cid()?, Vec::new())),
        }
    }

    /// The root CID of a finalised tree.
    pub(crate) fn root_cid(&self) -> Result<Cid, RepoError> {
        self.finalized_root().map(|(cid, _)| cid)
    }

    /// The nodes on the search path of `key`, root first: they prove `key` present (with its value) or absent.
    pub(crate) fn proof(&self, store: &dyn BlockStore, key: &str) -> Result<Vec<Cid>, RepoError> {
        let mut out = Vec::new();
        match &self.root {
            None => out.push(self.root_cid()?),
            Some(root) => walk::search_path(store, root, self.layer, key.as_bytes(), &mut out)?,
        }
        Ok(out)
    }

    /// The nodes a consumer needs to invert an operation on `key`: the search paths of `key` and of its
    /// nearest neighbours on both sides (Sync 1.1 covering proof).
    pub fn covering_proof(
        &self,
        store: &dyn BlockStore,
        key: &str,
    ) -> Result<BTreeSet<Cid>, RepoError> {
        let mut cids: BTreeSet<Cid> = self.proof(store, key)?.into_iter().collect();
        if let Some(root) = &self.root {
            let neighbours = walk::neighbours(store, root, self.layer, key.as_bytes())?;
            for neighbour in [neighbours.below, neighbours.above].into_iter().flatten() {
                let mut path = Vec::new();
                walk::search_path(store, root, self.layer, &neighbour, &mut path)?;
                cids.extend(path);
            }
        }
        Ok(cids)
    }

    /// Walks the stored tree under `root` in CAR order (node, left subtree, then per entry its record and
    /// right subtree), verifying every node: layers, key syntax, canonical encoding, empty nodes, and the
    /// strict order of all keys across the tree (so each node and key is visited once).
    pub fn walk_stored(
        store: &dyn BlockStore,
        root: Cid,
        mut visit: impl FnMut(TreeItem<'_>) -> Result<(), RepoError>,
    ) -> Result<(), RepoError> {
        walk::walk_stored(store, root, &mut visit)
    }
}

fn empty_node() -> Result<Block, RepoError> {
    let bytes = Node::new(None, Vec::new()).encode()?;
    Ok((Cid::for_dag_cbor(&bytes), bytes))
}

fn finalize_link(link: &Link, blocks: &mut Vec<Block>) -> Result<(), RepoError> {
    let Link::Loaded(node) = link else {
        return Ok(());
    };
    if node.cached_cid().is_some() {
        return Ok(());
    }
    for i in 0..=node.entries.len() {
        if let Some(child) = node.ptr(i) {
            finalize_link(child, blocks)?;
        }
    }
    let bytes = node.encode()?;
    let cid = Cid::for_dag_cbor(&bytes);
    node.set_cid(cid);
    blocks.push((cid, bytes));
    Ok(())
}
