//! The wire form of an MST node: `{l, e: [{p, k, v, t}]}` in DAG-CBOR, with nullable links present as null.

use lexgen::model::{Bytes, Cid, CidLink, drisl};
use serde::{Deserialize, Serialize};

use super::super::RepoError;

/// A node as stored: the left subtree and prefix-compressed entries.
pub(crate) struct NodeData {
    pub(crate) left: Option<Cid>,
    pub(crate) entries: Vec<EntryData>,
}

pub(crate) struct EntryData {
    /// Bytes shared with the previous entry's key in this node.
    pub(crate) prefix_len: u64,
    /// The rest of the key.
    pub(crate) key_suffix: Vec<u8>,
    /// The record CID.
    pub(crate) value: Cid,
    /// The subtree between this entry and the next.
    pub(crate) tree: Option<Cid>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireNode {
    l: Option<CidLink>,
    e: Vec<WireEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireEntry {
    p: u64,
    k: Bytes,
    v: CidLink,
    t: Option<CidLink>,
}

impl NodeData {
    pub(crate) fn encode(self) -> Result<Vec<u8>, RepoError> {
        let wire = WireNode {
            l: self.left.map(CidLink),
            e: self
                .entries
                .into_iter()
                .map(|e| WireEntry {
                    p: e.prefix_len,
                    k: Bytes(e.key_suffix),
                    v: CidLink(e.value),
                    t: e.tree.map(CidLink),
                })
                .collect(),
        };
        drisl::to_vec(&wire).map_err(|e| RepoError::Encode(e.to_string()))
    }

    /// A general DAG-CBOR decoding, which accepts more than the canonical form: the tests check
    /// [`super::node_view::NodeView`] against it (decoding, then encoding again).
    #[cfg(test)]
    pub(crate) fn decode(bytes: &[u8]) -> Result<Self, drisl::DecodeError> {
        let wire: WireNode = drisl::from_slice(bytes)?;
        Ok(Self {
            left: wire.l.map(|l| l.0),
            entries: wire
                .e
                .into_iter()
                .map(|e| EntryData {
                    prefix_len: e.p,
                    key_suffix: e.k.0,
                    value: e.v.0,
                    tree: e.t.map(|t| t.0),
                })
                .collect(),
        })
    }
}
