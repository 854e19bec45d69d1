//! [`NodeView`] against a general decoder: a stored node must be accepted exactly when decoding it with
//! the general DAG-CBOR decoder and encoding it again gives the same bytes (and the keys are valid, in
//! order and on one layer), and must then read the same.

use proptest::prelude::*;

use super::*;
use crate::repo::block_store::MemoryBlockStore;
use crate::repo::mst::Mst;
use crate::repo::mst::node::{Entry, Link, Node};
use crate::repo::mst::node_data::NodeData;

/// What a node holds: left subtree, then per entry its key, record and right subtree.
type Content = (Option<Cid>, Vec<(Vec<u8>, Cid, Option<Cid>)>);

fn content(view: &NodeView) -> Content {
    let entries = view
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| (view.key(i).to_vec(), entry.value, entry.right))
        .collect();
    (view.left, entries)
}

/// The general path: decode, rebuild the keys, check them, and require that encoding again gives `bytes`.
fn oracle(bytes: &[u8]) -> Option<Content> {
    let data = NodeData::decode(bytes).ok()?;
    let mut previous: Vec<u8> = Vec::new();
    let mut layer = None;
    let mut entries = Vec::new();
    let mut content = Vec::new();
    for (i, entry) in data.entries.into_iter().enumerate() {
        let prefix = usize::try_from(entry.prefix_len).ok()?;
        if prefix > previous.len() || (i == 0 && prefix != 0) {
            return None;
        }
        let mut key = previous[..prefix].to_vec();
        key.extend_from_slice(&entry.key_suffix);
        if !is_valid_key(&key) || (i > 0 && key <= previous) {
            return None;
        }
        let height = key_height(&key);
        if layer.is_some_and(|layer| layer != height) {
            return None;
        }
        layer = Some(height);
        content.push((key.clone(), entry.value, entry.tree));
        entries.push(Entry {
            key: key.as_slice().into(),
            value: entry.value,
            right: entry.tree.map(Link::Stored),
        });
        previous = key;
    }
    let has_subtree = data.left.is_some() || content.iter().any(|(_, _, tree)| tree.is_some());
    if layer == Some(0) && has_subtree {
        return None;
    }
    let node = Node::new(data.left.map(Link::Stored), entries);
    (node.encode().ok()? == bytes).then_some((data.left, content))
}

fn read(bytes: &[u8]) -> Option<Content> {
    NodeView::read(Cid::for_dag_cbor(bytes), bytes, None)
        .ok()
        .map(|view| content(&view))
}

/// The nodes of a tree of `n` records with keys in a few collections (so prefixes are long and varied).
fn nodes(n: usize, seed: u64) -> Vec<Vec<u8>> {
    let store = MemoryBlockStore::new();
    let mut tree = Mst::new();
    let collections = ["app.bsky.feed.post", "app.bsky.feed.like", "cv.atmos.entry"];
    let mut state = seed;
    for i in 0..n {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let collection = collections[(state >> 60) as usize % collections.len()];
        let key = format!("{collection}/3k{:011x}{i}", state >> 20);
        let value = Cid::for_dag_cbor(&i.to_be_bytes());
        tree.insert(&store, &key, value).unwrap();
    }
    let (_, blocks) = tree.finalize().unwrap();
    blocks.into_iter().map(|(_, bytes)| bytes).collect()
}

#[test]
fn reads_every_node_of_a_tree_as_the_general_decoder_does() {
    let nodes = nodes(2_000, 7);
    assert!(nodes.len() > 100);
    for bytes in &nodes {
        let read = read(bytes).expect("a node the encoder wrote");
        assert_eq!(Some(read), oracle(bytes));
    }
}

#[test]
fn the_empty_node_has_no_layer() {
    let bytes = Node::new(None, Vec::new()).encode().unwrap();
    let view = NodeView::read(Cid::for_dag_cbor(&bytes), &bytes, None).unwrap();
    assert!(view.entries.is_empty() && view.left.is_none() && view.layer.is_none());
}

#[test]
fn refuses_a_node_on_the_wrong_layer() {
    let bytes = &nodes(50, 3)[0];
    let view = NodeView::read(Cid::for_dag_cbor(bytes), bytes, None).unwrap();
    let layer = view.layer.unwrap();
    assert!(NodeView::read(Cid::for_dag_cbor(bytes), bytes, Some(layer)).is_ok());
    assert!(NodeView::read(Cid::for_dag_cbor(bytes), bytes, Some(layer + 1)).is_err());
}

/// Hand-made spellings of the same content that only the canonical form may use.
#[test]
fn refuses_other_spellings() {
    let value = Cid::for_dag_cbor(b"record");
    let mut link = LINK_START.to_vec();
    link.extend(value.to_bytes());
    let entry = |key: &[u8], prefix: &[u8]| {
        let mut out = ENTRY_START.to_vec();
        out.push(0x40 + key.len() as u8);
        out.extend(key);
        out.extend(PREFIX_KEY);
        out.extend(prefix);
        out.extend(TREE_KEY);
        out.push(NULL);
        out.extend(VALUE_KEY);
        out.extend(&link);
        out
    };
    let node = |entries: &[Vec<u8>], tail: &[u8]| {
        let mut out = NODE_START.to_vec();
        out.push(0x80 + entries.len() as u8);
        for entry in entries {
            out.extend(entry);
        }
        out.extend(tail);
        out
    };
    let tail = [0x61, b'l', NULL];
    // Two keys on layer 0, the second sharing "a/".
    let (first, second) = (&b"a/b"[..], &b"a/d"[..]);
    assert_eq!((key_height(first), key_height(second)), (0, 0));
    let canonical = node(&[entry(first, &[0]), entry(b"d", &[2])], &tail);
    assert!(read(&canonical).is_some());
    assert_eq!(read(&canonical), oracle(&canonical));
    let spellings = [
        // The prefix not the longest shared one.
        node(&[entry(first, &[0]), entry(b"/d", &[1])], &tail),
        // The prefix in two bytes.
        node(&[entry(first, &[0x18, 0]), entry(b"d", &[2])], &tail),
        // Trailing byte, missing `l`, an indefinite-length array.
        [canonical.clone(), vec![0]].concat(),
        node(&[entry(first, &[0]), entry(b"d", &[2])], &[]),
        [NODE_START, &[0x9f]].concat(),
    ];
    for bytes in spellings {
        assert_eq!(read(&bytes), None, "{bytes:02x?}");
        assert_eq!(oracle(&bytes), None, "{bytes:02x?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Any change to a node's bytes is accepted by both readers or by neither, with the same result.
    #[test]
    fn agrees_with_the_general_decoder_on_changed_bytes(
        seed in 0u64..8,
        pick in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        change in 0u8..4,
    ) {
        static TREES: std::sync::OnceLock<Vec<Vec<Vec<u8>>>> = std::sync::OnceLock::new();
        let trees = TREES.get_or_init(|| (0..8).map(|seed| nodes(300, seed)).collect());
        let mut bytes = pick.get(&trees[seed as usize]).clone();
        let at = at.index(bytes.len());
        match change {
            0 => bytes[at] = byte,
            1 => bytes[at] ^= 1 << (byte % 8),
            2 => { bytes.remove(at); }
            _ => bytes.insert(at, byte),
        }
        prop_assert_eq!(read(&bytes), oracle(&bytes));
    }
}
