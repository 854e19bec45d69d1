//! A stored MST node read in place. The canonical DAG-CBOR of `{e: [{k, p, t, v}], l}` is checked byte for
//! byte while it is read, so a node is accepted exactly when encoding what was read gives the same bytes
//! back, without building the node or encoding it again. Keys are rebuilt into one buffer.

use lexgen::model::Cid;

use super::super::RepoError;
use super::key::{common_prefix_len, is_valid_key, key_height};

/// How every node's encoding starts: a map of two entries, then the text key "e".
pub(crate) const NODE_START: &[u8] = &[0xa2, 0x61, b'e'];
/// The text key "l", after the entries.
const LEFT_KEY: &[u8] = &[0x61, b'l'];
/// An entry: a map of four entries, then the text key "k".
const ENTRY_START: &[u8] = &[0xa4, 0x61, b'k'];
const PREFIX_KEY: &[u8] = &[0x61, b'p'];
const TREE_KEY: &[u8] = &[0x61, b't'];
const VALUE_KEY: &[u8] = &[0x61, b'v'];
/// Tag 42, a byte string of 37 bytes and the `0x00` prefix: how every link to a blessed CID starts.
const LINK_START: &[u8] = &[0xd8, 0x2a, 0x58, 0x25, 0x00];
const NULL: u8 = 0xf6;
const MAJOR_UNSIGNED: u8 = 0;
const MAJOR_BYTES: u8 = 2;
const MAJOR_ARRAY: u8 = 4;
/// The fewest bytes an encoded entry takes: one-byte heads for the key suffix and the prefix, a null tree
/// and a link.
const MIN_ENTRY_BYTES: usize = ENTRY_START.len()
    + 1
    + PREFIX_KEY.len()
    + 1
    + TREE_KEY.len()
    + 1
    + VALUE_KEY.len()
    + LINK_START.len()
    + Cid::BINARY_LEN;

/// Why a block that does not even start like a node is refused.
pub(crate) const NOT_A_NODE: &str = "the block is not an MST node (a map of `e` and `l`)";

/// One entry of a [`NodeView`].
pub(crate) struct EntryView {
    /// Where the entry's key ends in [`NodeView::keys`] (it starts where the previous one ends).
    key_end: usize,
    pub(crate) value: Cid,
    /// The subtree between this entry and the next.
    pub(crate) right: Option<Cid>,
}

/// A node read and checked: its left subtree, its entries and their full keys.
pub(crate) struct NodeView {
    pub(crate) left: Option<Cid>,
    pub(crate) entries: Vec<EntryView>,
    /// Every entry's full key, one after the other.
    keys: Vec<u8>,
    /// The layer its keys put it on (`None` for a node without entries).
    pub(crate) layer: Option<u8>,
}

impl NodeView {
    /// Reads and verifies a stored node expected on `layer` (`None` for a root whose layer is not known
    /// yet): the canonical encoding, key syntax, strict key order, that every key belongs on the layer, and
    /// that layer 0 has no subtrees.
    pub(crate) fn read(cid: Cid, bytes: &[u8], layer: Option<u8>) -> Result<Self, RepoError> {
        let invalid = |reason: String| RepoError::InvalidTree { cid, reason };
        let mut view = Self::parse(bytes).map_err(invalid)?;
        let mut layer = layer;
        let mut start = 0;
        for (i, entry) in view.entries.iter().enumerate() {
            let key = &view.keys[start..entry.key_end];
            if !is_valid_key(key) {
                return Err(invalid(format!(
                    "entry {i} has an invalid key {:?}",
                    String::from_utf8_lossy(key)
                )));
            }
            let height = key_height(key);
            match layer {
                Some(expected) if expected != height => {
                    return Err(invalid(format!(
                        "key {:?} has height {height} but sits on layer {expected}",
                        String::from_utf8_lossy(key)
                    )));
                }
                _ => layer = Some(height),
            }
            start = entry.key_end;
        }
        if layer == Some(0) && (0..=view.entries.len()).any(|i| view.ptr(i).is_some()) {
            return Err(invalid("a node on layer 0 links to a subtree".to_owned()));
        }
        view.layer = layer;
        Ok(view)
    }

    /// The full key of entry `i`.
    pub(crate) fn key(&self, i: usize) -> &[u8] {
        let start = match i {
            0 => 0,
            _ => self.entries[i - 1].key_end,
        };
        &self.keys[start..self.entries[i].key_end]
    }

    /// The subtree before entry `i` (`i == entries.len()` is the last entry's right subtree).
    pub(crate) fn ptr(&self, i: usize) -> Option<Cid> {
        match i {
            0 => self.left,
            _ => self.entries.get(i - 1).and_then(|entry| entry.right),
        }
    }

    /// Reads the encoding, rebuilding the keys; checks that each prefix is the longest one shared with
    /// the previous key (as the encoder writes it), which also makes the keys strictly increasing.
    fn parse(bytes: &[u8]) -> Result<Self, String> {
        let mut input = Input(bytes);
        input
            .expect(NODE_START, "")
            .map_err(|_| NOT_A_NODE.to_owned())?;
        let count = input.argument(MAJOR_ARRAY, "the entries")?;
        let count = usize::try_from(count).unwrap_or(usize::MAX);
        let room = input.0.len() / MIN_ENTRY_BYTES;
        if count > room {
            return Err(format!("{count} entries cannot fit in the node"));
        }
        let mut entries = Vec::with_capacity(count);
        let mut keys: Vec<u8> = Vec::with_capacity(count * 32);
        let mut previous_start = 0;
        for i in 0..count {
            input.expect(ENTRY_START, "an entry map of `k`, `p`, `t` and `v`")?;
            let suffix_len = input.argument(MAJOR_BYTES, "a key suffix")?;
            let suffix = input.take(suffix_len, "a key suffix")?;
            input.expect(PREFIX_KEY, "the key `p`")?;
            let prefix = input.argument(MAJOR_UNSIGNED, "a prefix length")?;
            let start = keys.len();
            let previous_len = start - previous_start;
            let prefix = usize::try_from(prefix)
                .ok()
                .filter(|&prefix| prefix <= previous_len && (i > 0 || prefix == 0))
                .ok_or_else(|| format!("entry {i} has an impossible prefix length {prefix}"))?;
            keys.extend_from_within(previous_start..previous_start + prefix);
            keys.extend_from_slice(suffix);
            let (previous, key) = keys.split_at(start);
            let previous = &previous[previous_start..];
            if i > 0 {
                if key <= previous {
                    return Err(format!("entry {i} is out of order"));
                }
                if common_prefix_len(previous, key) != prefix {
                    return Err("the node is not canonically encoded".to_owned());
                }
            }
            input.expect(TREE_KEY, "the key `t`")?;
            let right = input.nullable_link()?;
            input.expect(VALUE_KEY, "the key `v`")?;
            let value = input.link()?;
            entries.push(EntryView {
                key_end: keys.len(),
                value,
                right,
            });
            previous_start = start;
        }
        input.expect(LEFT_KEY, "the key `l`")?;
        let left = input.nullable_link()?;
        if !input.0.is_empty() {
            return Err(format!("{} bytes after the node", input.0.len()));
        }
        Ok(Self {
            left,
            entries,
            keys,
            layer: None,
        })
    }
}

/// The bytes still to read.
struct Input<'a>(&'a [u8]);

impl<'a> Input<'a> {
    fn take(&mut self, len: u64, what: &str) -> Result<&'a [u8], String> {
        let len = usize::try_from(len).unwrap_or(usize::MAX);
        if len > self.0.len() {
            return Err(format!("{what} runs past the end of the node"));
        }
        let (taken, rest) = self.0.split_at(len);
        self.0 = rest;
        Ok(taken)
    }

    /// The next bytes must be exactly `expected`.
    fn expect(&mut self, expected: &[u8], what: &str) -> Result<(), String> {
        match self.0.strip_prefix(expected) {
            Some(rest) => {
                self.0 = rest;
                Ok(())
            }
            None => Err(format!("expected {what}")),
        }
    }

    /// The argument of a head of major type `major`, which must be in its shortest form.
    fn argument(&mut self, major: u8, what: &str) -> Result<u64, String> {
        let (&initial, rest) = self
            .0
            .split_first()
            .ok_or_else(|| format!("expected {what}"))?;
        if initial >> 5 != major {
            return Err(format!("expected {what}"));
        }
        self.0 = rest;
        let (len, least) = match initial & 0x1f {
            info @ 0..24 => return Ok(u64::from(info)),
            24 => (1, 24),
            25 => (2, 0x100),
            26 => (4, 0x1_0000),
            27 => (8, 0x1_0000_0000),
            _ => return Err(format!("{what} has an indefinite or reserved length")),
        };
        let bytes = self.take(len, what)?;
        let value = bytes
            .iter()
            .fold(0u64, |value, &byte| (value << 8) | u64::from(byte));
        if value < least {
            return Err(format!("{what} is not in its shortest form"));
        }
        Ok(value)
    }

    fn link(&mut self) -> Result<Cid, String> {
        self.expect(LINK_START, "a link")?;
        let bytes = self.take(Cid::BINARY_LEN as u64, "a link")?;
        Cid::from_bytes(bytes).map_err(|e| format!("a link is not a valid CID: {e}"))
    }

    fn nullable_link(&mut self) -> Result<Option<Cid>, String> {
        match self.0.split_first() {
            Some((&NULL, rest)) => {
                self.0 = rest;
                Ok(None)
            }
            _ => self.link().map(Some),
        }
    }
}

#[cfg(test)]
mod tests;
