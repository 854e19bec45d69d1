//! Reading the tree: point lookups, ordered range walks, and the nodes on the search path of a key.

use std::ops::ControlFlow;

use lexgen::model::Cid;

use super::super::RepoError;
use super::super::block_store::BlockStore;
use super::node::Link;
use super::node_view::NodeView;

/// The value stored under `key`, if any.
pub(crate) fn get(
    store: &dyn BlockStore,
    link: &Link,
    layer: u8,
    key: &[u8],
) -> Result<Option<Cid>, RepoError> {
    let node = link.load(store, layer)?;
    match node.search(key) {
        Ok(i) => Ok(Some(node.entries[i].value)),
        Err(i) => match (node.ptr(i), layer.checked_sub(1)) {
            (Some(child), Some(below)) => get(store, child, below, key),
            _ => Ok(None),
        },
    }
}

/// Calls `visit` for every key in `[start, end)` in order, until it breaks.
pub(crate) fn walk_range(
    store: &dyn BlockStore,
    link: &Link,
    layer: u8,
    start: &[u8],
    end: Option<&[u8]>,
    visit: &mut dyn FnMut(&[u8], Cid) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, RepoError> {
    let node = link.load(store, layer)?;
    // Entries before `first` are below `start`, and so is everything in the subtrees left of them.
    let first = node.entries.partition_point(|e| &e.key[..] < start);
    for i in first..=node.entries.len() {
        if let (Some(child), Some(below)) = (node.ptr(i), layer.checked_sub(1))
            && walk_range(store, child, below, start, end, visit)?.is_break()
        {
            return Ok(ControlFlow::Break(()));
        }
        let Some(entry) = node.entries.get(i) else {
            break;
        };
        if end.is_some_and(|end| &entry.key[..] >= end) {
            return Ok(ControlFlow::Break(()));
        }
        if visit(&entry.key, entry.value).is_break() {
            return Ok(ControlFlow::Break(()));
        }
    }
    Ok(ControlFlow::Continue(()))
}

/// The CIDs of the nodes a search for `key` visits, root first: enough to prove the key present or absent.
pub(crate) fn search_path(
    store: &dyn BlockStore,
    link: &Link,
    layer: u8,
    key: &[u8],
    out: &mut Vec<Cid>,
) -> Result<(), RepoError> {
    out.push(link.cid()?);
    let node = link.load(store, layer)?;
    if let Err(i) = node.search(key)
        && let (Some(child), Some(below)) = (node.ptr(i), layer.checked_sub(1))
    {
        search_path(store, child, below, key, out)?;
    }
    Ok(())
}

/// The nearest keys on either side of a key (either may be missing).
pub(crate) struct Neighbours {
    pub(crate) below: Option<Vec<u8>>,
    pub(crate) above: Option<Vec<u8>>,
}

/// The nearest keys below and above `key`.
pub(crate) fn neighbours(
    store: &dyn BlockStore,
    link: &Link,
    layer: u8,
    key: &[u8],
) -> Result<Neighbours, RepoError> {
    let mut below: Option<Vec<u8>> = None;
    let mut above: Option<Vec<u8>> = None;
    let node = link.load(store, layer)?;
    let (i, found) = match node.search(key) {
        Ok(i) => (i, true),
        Err(i) => (i, false),
    };
    if i > 0 {
        below = Some(node.entries[i - 1].key.to_vec());
    }
    let next = if found { i + 1 } else { i };
    if let Some(entry) = node.entries.get(next) {
        above = Some(entry.key.to_vec());
    }
    let Some(child_layer) = layer.checked_sub(1) else {
        return Ok(Neighbours { below, above });
    };
    if found {
        // The neighbours are the extreme keys of the subtrees on either side of the entry.
        if let Some(left) = node.ptr(i) {
            below = last_key(store, left, child_layer)?.or(below);
        }
        if let Some(right) = node.ptr(i + 1) {
            above = first_key(store, right, child_layer)?.or(above);
        }
    } else if let Some(child) = node.ptr(i) {
        let inner = neighbours(store, child, child_layer, key)?;
        below = inner.below.or(below);
        above = inner.above.or(above);
    }
    Ok(Neighbours { below, above })
}

fn first_key(store: &dyn BlockStore, link: &Link, layer: u8) -> Result<Option<Vec<u8>>, RepoError> {
    let mut found = None;
    let _stopped = walk_range(store, link, layer, &[], None, &mut |key, _| {
        found = Some(key.to_vec());
        ControlFlow::Break(())
    })?;
    Ok(found)
}

fn last_key(store: &dyn BlockStore, link: &Link, layer: u8) -> Result<Option<Vec<u8>>, RepoError> {
    let node = link.load(store, layer)?;
    let last = node.entries.len();
    if let (Some(child), Some(below)) = (node.ptr(last), layer.checked_sub(1))
        && let Some(key) = last_key(store, child, below)?
    {
        return Ok(Some(key));
    }
    Ok(node.entries.last().map(|entry| entry.key.to_vec()))
}

/// One step of [`walk_stored`]: a node with its exact stored bytes, or a leaf's record CID.
pub enum TreeItem<'a> {
    Node { cid: Cid, bytes: &'a [u8] },
    Leaf { key: &'a str, cid: Cid },
}

/// Walks a stored tree in CAR streaming order — each node, then its left subtree, then per entry the
/// record and the subtree after it — verifying every node on the way, and that the keys of the whole tree
/// come in strictly increasing order (so no key, and no node, appears twice). Holds one node per layer,
/// read in place ([`NodeView`]) rather than built.
pub(crate) fn walk_stored(
    store: &dyn BlockStore,
    cid: Cid,
    visit: &mut dyn FnMut(TreeItem<'_>) -> Result<(), RepoError>,
) -> Result<(), RepoError> {
    walk_stored_node(store, cid, None, true, &mut Vec::new(), visit)
}

fn walk_stored_node(
    store: &dyn BlockStore,
    cid: Cid,
    layer: Option<u8>,
    is_root: bool,
    previous: &mut Vec<u8>,
    visit: &mut dyn FnMut(TreeItem<'_>) -> Result<(), RepoError>,
) -> Result<(), RepoError> {
    let bytes = store.block(&cid)?.ok_or(RepoError::MissingBlock(cid))?;
    let node = NodeView::read(cid, &bytes, layer)?;
    if node.entries.is_empty() && is_root == node.left.is_some() {
        let reason = if is_root {
            "the root has no entries but a subtree"
        } else {
            "an empty node below the root"
        };
        return Err(RepoError::InvalidTree {
            cid,
            reason: reason.to_owned(),
        });
    }
    visit(TreeItem::Node { cid, bytes: &bytes })?;
    // An entry-less root is the empty tree; an entry-less inner node sits one layer below its parent.
    let layer = match (node.layer, layer) {
        (Some(found), _) => found,
        (None, Some(expected)) => expected,
        (None, None) => 0,
    };
    for i in 0..=node.entries.len() {
        if let Some(child) = node.ptr(i) {
            let below = layer.checked_sub(1).ok_or(RepoError::HeightMismatch)?;
            walk_stored_node(store, child, Some(below), false, previous, visit)?;
        }
        if let Some(entry) = node.entries.get(i) {
            // Within a node the order was checked on reading; across nodes it is checked here.
            let key = node.key(i);
            if !previous.is_empty() && key <= &previous[..] {
                return Err(RepoError::InvalidTree {
                    cid,
                    reason: format!(
                        "key {:?} is out of order with the keys before it in the tree",
                        String::from_utf8_lossy(key)
                    ),
                });
            }
            previous.clear();
            previous.extend_from_slice(key);
            // Keys were checked to be ASCII when the node was read.
            let key = std::str::from_utf8(key).map_err(|_| RepoError::InvalidKey(String::new()))?;
            visit(TreeItem::Leaf {
                key,
                cid: entry.value,
            })?;
        }
    }
    Ok(())
}
