//! Insertion and deletion by path copying: the touched path is rebuilt, everything else is shared.
//!
//! Each function works on a subtree known to sit on `layer`. The tree shape depends only on the set of
//! keys: a key lives on the layer of its height, subtrees are split around a key that lands between their
//! keys, and merged when the key that separated them goes. Empty nodes are kept only where a link would
//! otherwise skip a layer. Every stored node that an edit replaces is recorded in `dropped`.

use std::sync::Arc;

use lexgen::model::Cid;

use super::super::RepoError;
use super::super::block_store::BlockStore;
use super::node::{Entry, Link, Node};

/// The block store to read from and the record of replaced nodes.
pub(crate) struct Editor<'a> {
    pub(crate) store: &'a dyn BlockStore,
    pub(crate) dropped: &'a mut Vec<Cid>,
}

impl Editor<'_> {
    /// Loads a node that is about to be replaced.
    fn take(&mut self, link: &Link, layer: u8) -> Result<Arc<Node>, RepoError> {
        let node = link.load(self.store, layer)?;
        self.dropped.extend(node.cached_cid().copied());
        Ok(node)
    }

    /// Inserts or updates `key` (of `height`, at most `layer`) in the subtree, returning the new subtree.
    pub(crate) fn insert(
        &mut self,
        subtree: Option<&Link>,
        layer: u8,
        key: &[u8],
        value: Cid,
        height: u8,
    ) -> Result<Link, RepoError> {
        let mut node = match subtree {
            Some(link) => self.take(link, layer)?.edit(),
            None => Node::new(None, Vec::new()),
        };
        if height == layer {
            match node.search(key) {
                Ok(i) => node.entries[i].value = value,
                Err(i) => {
                    let (before, after) = match layer.checked_sub(1) {
                        Some(below) => self.split(node.ptr(i), below, key)?,
                        None => (None, None),
                    };
                    node.set_ptr(i, before);
                    let entry = Entry {
                        key: key.into(),
                        value,
                        right: after,
                    };
                    node.entries.insert(i, entry);
                }
            }
        } else {
            let Err(i) = node.search(key) else {
                return Err(RepoError::HeightMismatch);
            };
            let below = layer.checked_sub(1).ok_or(RepoError::HeightMismatch)?;
            let child = self.insert(node.ptr(i), below, key, value, height)?;
            node.set_ptr(i, Some(child));
        }
        Ok(Link::Loaded(Arc::new(node)))
    }

    /// Splits a subtree on `layer` into the keys before `key` and the keys after it.
    fn split(
        &mut self,
        subtree: Option<&Link>,
        layer: u8,
        key: &[u8],
    ) -> Result<(Option<Link>, Option<Link>), RepoError> {
        let Some(link) = subtree else {
            return Ok((None, None));
        };
        let node = self.take(link, layer)?;
        let i = node.entries.partition_point(|e| &e.key[..] < key);
        let (middle_before, middle_after) = match layer.checked_sub(1) {
            Some(below) => self.split(node.ptr(i), below, key)?,
            None => (None, None),
        };
        let mut before = Node::new(node.left.clone(), node.entries[..i].to_vec());
        before.set_ptr(i, middle_before);
        let after = Node::new(middle_after, node.entries[i..].to_vec());
        Ok((before.into_link(), after.into_link()))
    }

    /// Removes `key` (of `height`) from the subtree on `layer`. Returns the new subtree, or `None` inside
    /// `Ok` when the key was not there (the subtree is then unchanged).
    pub(crate) fn delete(
        &mut self,
        link: &Link,
        layer: u8,
        key: &[u8],
        height: u8,
    ) -> Result<Option<Option<Link>>, RepoError> {
        if height > layer {
            return Ok(None);
        }
        let node = link.load(self.store, layer)?;
        let edited = match node.search(key) {
            Ok(i) if height == layer => {
                let mut edited = node.edit();
                let removed = edited.entries.remove(i);
                let merged = match layer.checked_sub(1) {
                    Some(below) => self.merge(edited.ptr(i).cloned(), removed.right, below)?,
                    None => None,
                };
                edited.set_ptr(i, merged);
                edited
            }
            Err(i) if height < layer => {
                let Some(child) = node.ptr(i) else {
                    return Ok(None);
                };
                let below = layer.checked_sub(1).ok_or(RepoError::HeightMismatch)?;
                let Some(child) = self.delete(child, below, key, height)? else {
                    return Ok(None);
                };
                let mut edited = node.edit();
                edited.set_ptr(i, child);
                edited
            }
            Err(_) => return Ok(None),
            Ok(_) => return Err(RepoError::HeightMismatch),
        };
        self.dropped.extend(node.cached_cid().copied());
        Ok(Some(edited.into_link()))
    }

    /// Joins two adjacent subtrees on `layer` (every key of `left` below every key of `right`).
    fn merge(
        &mut self,
        left: Option<Link>,
        right: Option<Link>,
        layer: u8,
    ) -> Result<Option<Link>, RepoError> {
        let (left, right) = match (left, right) {
            (None, other) | (other, None) => return Ok(other),
            (Some(left), Some(right)) => (self.take(&left, layer)?, self.take(&right, layer)?),
        };
        let mut joined = left.edit();
        let seam = joined.entries.len();
        let middle = match layer.checked_sub(1) {
            Some(below) => self.merge(joined.ptr(seam).cloned(), right.left.clone(), below)?,
            None => None,
        };
        joined.set_ptr(seam, middle);
        joined.entries.extend(right.entries.iter().cloned());
        Ok(joined.into_link())
    }
}
