//! Insertion and deletion by path copying: the touched path is rebuilt, everything else is shared.
//!
//! Each function works on a subtree known to sit on `layer`. The tree shape depends only on the set of
//! keys: a key lives on the layer of its height, subtrees are split around a key that lands between their
//! keys, and merged when the key that separated them goes. Empty nodes are kept only where a link would
//! otherwise skip a layer.

use lexgen::model::Cid;

use super::super::RepoError;
use super::super::block_store::BlockStore;
use super::node::{Entry, Link, Node};

/// Inserts or updates `key` (of `height`, at most `layer`) in the subtree, returning the new subtree.
pub(crate) fn insert(
    store: &dyn BlockStore,
    subtree: Option<&Link>,
    layer: u8,
    key: &[u8],
    value: Cid,
    height: u8,
) -> Result<Link, RepoError> {
    let mut node = match subtree {
        Some(link) => link.load(store, layer)?.edit(),
        None => Node::new(None, Vec::new()),
    };
    if height == layer {
        match node.search(key) {
            Ok(i) => node.entries[i].value = value,
            Err(i) => {
                let (before, after) = match layer.checked_sub(1) {
                    Some(below) => split(store, node.ptr(i), below, key)?,
                    None => (None, None),
                };
                node.set_ptr(i, before);
                node.entries.insert(
                    i,
                    Entry {
                        key: key.into(),
                        value,
                        right: after,
                    },
                );
            }
        }
    } else {
        let Err(i) = node.search(key) else {
            return Err(RepoError::HeightMismatch);
        };
        let below = layer.checked_sub(1).ok_or(RepoError::HeightMismatch)?;
        let child = insert(store, node.ptr(i), below, key, value, height)?;
        node.set_ptr(i, Some(child));
    }
    Ok(Link::Loaded(std::sync::Arc::new(node)))
}

/// Splits a subtree on `layer` into the keys before `key` and the keys after it.
fn split(
    store: &dyn BlockStore,
    subtree: Option<&Link>,
    layer: u8,
    key: &[u8],
) -> Result<(Option<Link>, Option<Link>), RepoError> {
    let Some(link) = subtree else {
        return Ok((None, None));
    };
    let node = link.load(store, layer)?;
    let i = node.entries.partition_point(|e| &e.key[..] < key);
    let (middle_before, middle_after) = match layer.checked_sub(1) {
        Some(below) => split(store, node.ptr(i), below, key)?,
        None => (None, None),
    };
    let mut before = Node::new(node.left.clone(), node.entries[..i].to_vec());
    before.set_ptr(i, middle_before);
    let after = Node::new(middle_after, node.entries[i..].to_vec());
    Ok((before.into_link(), after.into_link()))
}

/// Removes `key` (of `height`) from the subtree on `layer`. Returns the new subtree and whether the key was there.
pub(crate) fn delete(
    store: &dyn BlockStore,
    link: &Link,
    layer: u8,
    key: &[u8],
    height: u8,
) -> Result<(Option<Link>, bool), RepoError> {
    let unchanged = || Ok((Some(link.clone()), false));
    if height > layer {
        return unchanged();
    }
    let node = link.load(store, layer)?;
    let mut edited = node.edit();
    if height == layer {
        let Ok(i) = node.search(key) else {
            return unchanged();
        };
        let removed = edited.entries.remove(i);
        let merged = match layer.checked_sub(1) {
            Some(below) => merge(store, edited.ptr(i).cloned(), removed.right, below)?,
            None => None,
        };
        edited.set_ptr(i, merged);
    } else {
        let Err(i) = node.search(key) else {
            return Err(RepoError::HeightMismatch);
        };
        let Some(child) = node.ptr(i) else {
            return unchanged();
        };
        let below = layer.checked_sub(1).ok_or(RepoError::HeightMismatch)?;
        let (child, found) = delete(store, child, below, key, height)?;
        if !found {
            return unchanged();
        }
        edited.set_ptr(i, child);
    }
    Ok((edited.into_link(), true))
}

/// Joins two adjacent subtrees on `layer` (every key of `left` below every key of `right`).
fn merge(
    store: &dyn BlockStore,
    left: Option<Link>,
    right: Option<Link>,
    layer: u8,
) -> Result<Option<Link>, RepoError> {
    let (left, right) = match (left, right) {
        (None, other) | (other, None) => return Ok(other),
        (Some(left), Some(right)) => (left.load(store, layer)?, right.load(store, layer)?),
    };
    let mut joined = left.edit();
    let seam = joined.entries.len();
    let middle = match layer.checked_sub(1) {
        Some(below) => merge(store, joined.ptr(seam).cloned(), right.left.clone(), below)?,
        None => None,
    };
    joined.set_ptr(seam, middle);
    joined.entries.extend(right.entries.iter().cloned());
    Ok(joined.into_link())
}
